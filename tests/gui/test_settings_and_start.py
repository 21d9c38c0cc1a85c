"""First run, demo mode, settings and what the window remembers between runs."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from tests.conftest import user_session
from veodesk.gui.compose.frame_preview import SlotState
from veodesk.gui.main import FIRST_PAINT_WAIT_MS, StagedStart, parse
from veodesk.gui.shell.demo import MARKER_TEXT
from veodesk.sandbox import Sandbox

from ..boardtools import make_board
from .conftest import App, ScriptedChooser


def test_first_run_without_a_key_shows_a_banner_not_a_dialog(qtbot: QtBot, app: App) -> None:
    app.start()
    banner = app.window.banners.get("keyBanner")
    assert banner is not None and banner.isVisibleTo(app.window)
    assert "https://aimlapi.com/app/keys" in banner.label.text()
    assert set(banner.buttons) == {"Get a key", "Open settings", "Try the demo"}
    assert app.controller.settings_dialog is None  # nothing modal popped up
    assert not app.window.demo_marker.isVisibleTo(app.window)


def test_a_start_with_a_key_ends_ready(qtbot: QtBot, app: App, sandbox: Sandbox) -> None:
    # "Opening the history…" stayed up for good once a key was found (only the
    # key-less start said something after it).
    app.start()
    qtbot.waitUntil(lambda: app.window.status_text.text() == "Ready.", timeout=10_000)


def test_try_the_demo_from_the_banner(qtbot: QtBot, app: App) -> None:
    app.start()
    banner = app.window.banners.get("keyBanner")
    assert banner is not None
    qtbot.mouseClick(banner.buttons["Try the demo"], Qt.MouseButton.LeftButton)
    marker = app.window.findChild(QLabel, "demoMarker")
    assert marker is not None and marker.isVisibleTo(app.window)
    assert marker.text().strip() == MARKER_TEXT
    assert MARKER_TEXT in app.window.windowTitle()
    assert app.window.banners.get("keyBanner") is None
    c = app.compose
    qtbot.waitUntil(lambda: c.first.is_ready and c.last.is_ready, timeout=10_000)
    assert Path(c.first.source).name == "first-frame.jpg"
    assert Path(c.last.source).name == "last-frame.jpg"
    assert c.generate.isEnabled()
    qtbot.waitUntil(lambda: app.controller.jobs.backend is not None, timeout=10_000)
    assert app.controller.demo is not None
    # The demo talks to its own sandbox on loopback, never to the real API.
    assert app.controller.demo.base_url.startswith("http://127.0.0.1:")


def test_demo_mode_at_start(qtbot: QtBot, app: App, veodesk_home: Path) -> None:
    app.start(demo=True)
    assert app.window.demo_marker.isVisibleTo(app.window)
    assert app.window.banners.get("keyBanner") is None
    qtbot.waitUntil(lambda: app.compose.generate.isEnabled(), timeout=10_000)
    store = app.controller.store
    assert store is not None
    # Demo jobs are kept apart from the real history.
    assert store.path.is_relative_to(veodesk_home / "data" / "demo")


def test_settings_are_saved_and_the_key_goes_to_a_private_file(
    qtbot: QtBot,
    app: App,
    chooser,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    app.start()
    app.window.settings_action.trigger()
    dialog = app.controller.settings_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    key_edit = dialog.findChild(QLineEdit, "apiKeyEdit")
    assert key_edit is not None and key_edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(key_edit, "sk-user-key-1234567890")
    chooser.answers.append([str(tmp_path / "clips")])
    dialog.findChild(QLineEdit, "outputDirEdit")
    qtbot.mouseClick(dialog.findChild(object, "browseOutputButton"), Qt.MouseButton.LeftButton)
    assert dialog.output_edit.text() == str(tmp_path / "clips")
    dialog.max_jobs.setValue(3)
    dialog.autoplay.setChecked(False)
    dialog.notifications.setChecked(False)
    dialog.duration.setCurrentIndex(dialog.duration.findData(4))
    dialog.advanced.setChecked(True)
    dialog.base_url_edit.setText("not a url")
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.error.isVisibleTo(dialog)  # told, not saved
    dialog.base_url_edit.setText("https://api.example.com")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: app.window.status_text.text() == "Settings saved.", timeout=10_000)

    saved = user_session().load_settings()
    assert saved.output_dir == str(tmp_path / "clips")
    assert (saved.max_concurrent_jobs, saved.autoplay, saved.notifications) == (3, False, False)
    assert saved.duration == 4 and saved.base_url == "https://api.example.com"
    assert app.compose.duration.currentData() == 4  # new defaults apply to the next video
    assert app.controller.jobs.pool.maxThreadCount() == 3
    stored = user_session().keys.load()
    assert stored.key == "sk-user-key-1234567890" and stored.origin == "file"
    key_file = Path(os.environ["VEODESK_HOME"]) / "config" / "api-key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    # Without a keychain the window says where the key is.
    warning = app.window.banners.get("insecureKeyBanner")
    assert warning is not None and "file" in warning.label.text()
    assert app.window.banners.get("keyBanner") is None

    # Reopened, the dialog shows the key masked and warns about the file.
    app.window.settings_action.trigger()
    again = app.controller.settings_dialog
    assert again is not None and again is not dialog
    assert again.key_edit.text() == ""
    assert "…7890" in again.key_edit.placeholderText()
    assert again.key_status.text().startswith("⚠")


def test_env_key_overrides_and_is_named(
    qtbot: QtBot, make_app: Callable[[], App], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AIMLAPI_KEY", "sk-env-key-abcdefgh")
    app = make_app()  # the session reads the environment when it is made
    app.start()
    assert app.window.banners.get("keyBanner") is None
    app.window.settings_action.trigger()
    dialog = app.controller.settings_dialog
    assert dialog is not None
    assert "AIMLAPI_KEY" in dialog.key_status.text() and "…efgh" in dialog.key_status.text()
    assert "sk-env-key" not in dialog.key_status.text()
    dialog.close()


def test_copy_diagnostics_puts_a_safe_report_on_the_clipboard(
    qtbot: QtBot, make_app: Callable[[], App], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QGuiApplication

    monkeypatch.setenv("AIMLAPI_KEY", "sk-diag-key-zyxw9876")
    app = make_app()  # the session reads the environment when it is made
    app.start()
    QGuiApplication.clipboard().clear()
    app.window.diagnostics_action.trigger()
    qtbot.waitUntil(lambda: "veodesk" in QGuiApplication.clipboard().text(), timeout=10_000)
    text = QGuiApplication.clipboard().text()
    assert "Qt: 6." in text and "API key: set, from env" in text
    assert "sk-diag-key" not in text and "9876" not in text
    assert "safe to paste" in app.window.status_text.text()


def test_window_geometry_splitters_and_last_parameters_persist(
    qtbot: QtBot,
    make_app,
    frames: tuple[Path, Path],  # type: ignore[no-untyped-def]
) -> None:
    first = make_app().start()
    w = first.window
    w.resize(w.minimumSizeHint().width() + 20, 720)  # fits the offscreen screen (800×800)
    size = w.size()
    w.main.setSizes([400, 700])
    c = first.compose
    c.set_defaults(6, "720p", "9:16", "pad", False)
    c.first.set_source(str(frames[0]), (0.2, 0.5))
    c.last.set_source(str(frames[1]))
    c.prompt.setPlainText("Remember me")
    qtbot.waitUntil(lambda: c.first.is_ready and c.last.is_ready, timeout=10_000)
    sizes = w.main.sizes()
    w.close()

    second = make_app().start()
    w2, c2 = second.window, second.compose
    assert w2.size() == size
    assert w2.main.sizes() == sizes
    qtbot.waitUntil(lambda: c2.first.state is SlotState.READY, timeout=10_000)
    p = c2.params()
    assert (p.prompt, p.first, p.last, p.first_anchor) == (
        "Remember me",
        str(frames[0]),
        str(frames[1]),
        (0.2, 0.5),
    )
    assert (p.duration, p.resolution, p.aspect_ratio, p.fit, p.generate_audio) == (
        6,
        "720p",
        "9:16",
        "pad",
        False,
    )


def test_keyboard_shortcuts_and_accessible_names(qtbot: QtBot, app: App) -> None:
    app.start()
    c = app.compose
    assert c.generate.shortcut().toString() == "Ctrl+Return"
    assert app.window.open_action.shortcut().toString() == "Ctrl+O"
    assert app.window.paste_action.shortcut().toString() == "Ctrl+V"
    for name in (
        "promptEdit",
        "durationCombo",
        "resolutionCombo",
        "aspectRatioCombo",
        "fitCombo",
        "audioCheckBox",
        "generateButton",
        "jobsView",
        "videoWidget",
        "playButton",
        "seekSlider",
        "muteButton",
        "volumeSlider",
        "loopButton",
        "lastFrameButton",
    ):
        widget = app.window.findChild(object, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    # Tab walks the compose panel in reading order.
    c.prompt.setFocus()
    order = []
    widget = c.prompt
    for _ in range(6):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isVisibleTo(
            app.window
        ):
            widget = widget.nextInFocusChain()
        order.append(widget.objectName())
    assert order == [
        "durationCombo",
        "resolutionCombo",
        "aspectRatioCombo",
        "fitCombo",
        "audioCheckBox",
        "generateButton",
    ]


@pytest.mark.parametrize("tuning", ["on", "off"])
def test_self_test_command_makes_and_plays_a_video(tmp_path: Path, tuning: str) -> None:
    # Started as the file manager starts it (Exec=veodesk %f), with a storyboard project.
    board = make_board(tmp_path / "films", keyframes=2, name="My Film.veoboard")
    env = dict(
        os.environ,
        VEODESK_HOME=str(tmp_path / "selftest"),
        QT_QPA_PLATFORM="offscreen",
        VEODESK_TUNING=tuning,
    )
    result = subprocess.run(
        [sys.executable, "-m", "veodesk", "--self-test", "--timeout", "90", str(board)],
        env=env,
        capture_output=True,
        text=True,
        timeout=150,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "self-test: ok: played the video to its end" in result.stderr
    videos = list((tmp_path / "selftest" / "data" / "demo" / "videos").glob("*.mp4"))
    assert len(videos) == 1
    # With VEODESK_TUNING=off the app works on the defaults, and says so in its log.
    log = (tmp_path / "selftest" / "logs" / "veodesk.log").read_text()
    assert ("process tuning is off" in log) is (tuning == "off")
    assert "opening My Film.veoboard" in log


def test_a_file_on_the_command_line_is_taken_as_an_absolute_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert parse(["--demo", "films/My Film.veoboard"]).path == tmp_path / "films/My Film.veoboard"
    assert parse(["/srv/a.veoboard"]).path == Path("/srv/a.veoboard")
    assert parse(["--demo"]).path is None and parse([]).path is None


class FirstFrame(QObject):
    """What the window looks like when its first frame is painted."""

    def __init__(self, start: StagedStart) -> None:
        super().__init__(start.window)
        self.start = start
        self.seen: dict[str, object] = {}
        start.window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            w = self.start.window
            self.seen = {
                "content": w.has_content,
                "controller": self.start.controller is not None,
                "title": w.windowTitle(),
                "menus": [a.text() for a in w.menuBar().actions()],
                "status bar": w.statusBar().isVisible(),
                "size": w.size(),
                "main": w.main.sizes(),
                "right": w.right.sizes(),
            }
        return False


@pytest.fixture
def staged(
    qtbot: QtBot, chooser: ScriptedChooser
) -> Iterator[Callable[..., tuple[StagedStart, FirstFrame]]]:
    """Starts the window the way the ``veodesk`` command does: frame first, then the rest."""
    starts: list[StagedStart] = []

    def make(
        *, demo: bool = False, open_path: Path | None = None
    ) -> tuple[StagedStart, FirstFrame]:
        start = StagedStart(demo=demo, chooser=chooser, open_path=open_path)
        starts.append(start)
        first = FirstFrame(start)
        with qtbot.waitSignal(start.window.firstPainted, timeout=10_000):
            start.show()
        return start, first

    yield make
    for start in starts:
        if start.controller is not None:
            qtbot.waitUntil(lambda s=start: s.controller.player is not None, timeout=10_000)
        start.window.close()
    QApplication.processEvents()


def test_the_main_window_paints_its_frame_first_then_fills_in_place(
    qtbot: QtBot, staged: Callable[..., tuple[StagedStart, FirstFrame]]
) -> None:
    start, first = staged()
    w = start.window
    # The first frame is the main window itself, laid out, before the panels exist.
    assert first.seen["content"] is False and first.seen["controller"] is False
    assert first.seen["title"] == "veodesk"
    assert first.seen["menus"] == ["&File", "&Jobs", "&Help"]
    assert first.seen["status bar"] is True
    # The panels arrive in the panes the frame already had: nothing moves.
    assert w.has_content and start.controller is not None
    assert (w.size(), w.main.sizes(), w.right.sizes()) == (
        first.seen["size"],
        first.seen["main"],
        first.seen["right"],
    )
    assert w.right.widget(1) is w.jobs and w.compose_scroll.widget() is w.compose
    assert w.jobs_menu.actions() == w.jobs.actions()
    assert w.focusWidget() is w.compose.prompt
    # The first run still greets without a dialog, once the key and history are loaded.
    qtbot.waitUntil(lambda: w.banners.get("keyBanner") is not None, timeout=10_000)
    assert start.controller.settings_dialog is None
    assert start.controller.store is not None


def test_the_frame_opens_at_the_remembered_size_and_layout(
    qtbot: QtBot,
    make_app,  # type: ignore[no-untyped-def]
    staged: Callable[..., tuple[StagedStart, FirstFrame]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("AIMLAPI_KEY", "sk-layout-key-12345678")  # no first-run banner
    before = make_app().start()
    w = before.window
    w.resize(w.minimumSizeHint().width() + 40, 700)  # fits the offscreen screen (800×800)
    qtbot.waitUntil(lambda: w.centralWidget().height() < 700, timeout=5_000)  # laid out
    w.main.setSizes([360, 700])
    w.right.setSizes([300, 300])
    remembered = (w.size(), w.main.sizes(), w.right.sizes())
    before.compose.prompt.setPlainText("Remember me")
    w.close()

    start, first = staged()
    # Already in the first frame, not after the panels arrive.
    assert (first.seen["size"], first.seen["main"], first.seen["right"]) == remembered
    w2 = start.window
    assert (w2.size(), w2.main.sizes(), w2.right.sizes()) == remembered
    assert w2.compose.prompt.toPlainText() == "Remember me"


def test_staged_start_in_demo_mode(
    qtbot: QtBot, staged: Callable[..., tuple[StagedStart, FirstFrame]]
) -> None:
    start, _ = staged(demo=True)
    assert start.window.demo_marker.isVisibleTo(start.window)
    qtbot.waitUntil(lambda: start.window.compose.generate.isEnabled(), timeout=10_000)


def test_a_file_given_at_start_reaches_the_controller_and_start_up_goes_on(
    qtbot: QtBot,
    staged: Callable[..., tuple[StagedStart, FirstFrame]],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="veodesk.gui.shell.controller")
    board = make_board(tmp_path / "films", keyframes=3, name="My Film.veoboard")
    start, first = staged(open_path=board)
    w = start.window
    assert first.seen["content"] is False  # the file did not hold up the first frame
    assert start.controller is not None
    assert "opening My Film.veoboard" in caplog.text
    # It opens in the storyboard tab, once the window's content is on screen.
    boards = start.controller.boards
    qtbot.waitUntil(
        lambda: boards.controller is not None and boards.controller.project is not None,
        timeout=10_000,
    )
    assert boards.controller.project.path == board  # type: ignore[union-attr]
    assert w.modes.currentIndex() == 1
    qtbot.waitUntil(lambda: len(boards.controller.view.segment_cards) == 2, timeout=10_000)  # type: ignore[union-attr]
    # The rest of the start is the usual one: the first-run greeting, no dialog.
    qtbot.waitUntil(lambda: w.banners.get("keyBanner") is not None, timeout=10_000)
    assert QApplication.activeModalWidget() is None
    assert start.controller.settings_dialog is None


def test_a_window_closed_before_its_content_comes_builds_nothing(
    qtbot: QtBot, chooser: ScriptedChooser
) -> None:
    start = StagedStart(chooser=chooser)
    start.show()
    start.window.close()  # before its frame was ever painted
    qtbot.wait(FIRST_PAINT_WAIT_MS + 200)  # past the fallback for a frame never painted
    assert start.controller is None and not start.window.has_content
