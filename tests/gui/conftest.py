"""Fixtures for the window: a started window with a scripted file chooser."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from veodesk.gui import i18n
from veodesk.gui.compose.panel import ComposePanel
from veodesk.gui.main import build
from veodesk.gui.shell.controller import AppController
from veodesk.gui.shell.window import MainWindow


class ScriptedChooser:
    """Answers file dialogs for the user: tests put the answers in ``answers``."""

    def __init__(self) -> None:
        self.answers: list[list[str]] = []
        self.asked: list[str] = []

    def _answer(self, kind: str, on_done: Callable[[list[str]], None]) -> None:
        self.asked.append(kind)
        if self.answers:
            on_done(self.answers.pop(0))

    def images(self, parent: QWidget, title: str, on_done: Callable[[list[str]], None]) -> None:
        self._answer("images", on_done)

    def save_video(
        self, parent: QWidget, suggested: str, on_done: Callable[[list[str]], None]
    ) -> None:
        self._answer("save_video", on_done)

    def folder(self, parent: QWidget, start: str, on_done: Callable[[list[str]], None]) -> None:
        self._answer("folder", on_done)

    def storyboard(self, parent: QWidget, start: str, on_done: Callable[[list[str]], None]) -> None:
        self._answer("storyboard", on_done)


class App:
    """One window of the app as a user has it, plus handles for the test."""

    def __init__(self, qtbot: QtBot, chooser: ScriptedChooser) -> None:
        self.qtbot = qtbot
        self.chooser = chooser
        window, controller = build(chooser=chooser)
        self.window: MainWindow = window
        self.controller: AppController = controller
        qtbot.addWidget(window)

    def start(self, *, demo: bool = False, wait_key: bool = True) -> App:
        with self.qtbot.waitSignal(self.controller.playerReady, timeout=10_000):
            self.window.show()
            self.controller.start(demo=demo)
        if wait_key:
            self.qtbot.waitUntil(lambda: self.controller.store is not None, timeout=10_000)
            self.qtbot.waitUntil(lambda: self.controller.stored_key is not None, timeout=10_000)
        return self

    def close(self) -> None:
        if self.window.isVisible() or not self.controller._closed:
            self.window.close()
        # As the app quits: no thread of the window's is left when qtbot deletes it.
        self.controller.release()

    @property
    def compose(self) -> ComposePanel:
        return self.controller.compose

    def fill(self, first: Path | str, last: Path | str, prompt: str = "A slow pan") -> None:
        c = self.compose
        c.first.set_source(str(first))
        c.last.set_source(str(last))
        c.prompt.setPlainText(prompt)
        self.qtbot.waitUntil(lambda: c.generate.isEnabled(), timeout=10_000)

    def fast_params(self) -> None:
        """Small, short videos: the sandbox renders them in a moment."""
        c = self.compose
        c.set_defaults(4, "720p", "16:9", "crop", True)


@pytest.fixture(scope="session", autouse=True)
def multimedia_plugin_loaded(qapp: QApplication) -> None:
    """Qt Multimedia's FFmpeg plugin, loaded once before any test has started a thread.

    Loading it runs its libraries' constructors under the dynamic loader's lock,
    and they log (the VA-API stubs' "Couldn't load va library"). In the tests that
    log goes to pytest-qt's message handler, which is Python: the main thread
    runs Python inside dlopen, and may hand the GIL to a pool thread that is
    importing a C extension (Pillow's, on a thumbnail). That thread then waits for
    the loader's lock with the GIL held, and the main thread waits for the GIL:
    the test hangs (seen about 1 run in 3 under load; gdb showed both stacks).
    The app installs no Python message handler, so it is a test-only deadlock;
    loading the plugin here, with no other thread running, avoids it.
    """
    from PySide6.QtMultimedia import QVideoSink

    QVideoSink().deleteLater()  # QPlatformMediaIntegration::instance() loads the plugin
    QApplication.processEvents()


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """The window in English, whatever the machine's language: the tests read its words.

    As ``veodesk`` does at start (gui/main.py); English has a catalogue too, for
    its plurals ("1 job", "2 jobs").
    """
    i18n.install(qapp, i18n.ENGLISH)
    yield
    i18n.uninstall(qapp)


@pytest.fixture
def chooser() -> ScriptedChooser:
    return ScriptedChooser()


@pytest.fixture
def make_app(
    qtbot: QtBot, chooser: ScriptedChooser, request: pytest.FixtureRequest
) -> Iterator[Callable[[], App]]:
    # The window's session reads the environment once, when it is built: a test
    # on the sandbox has it pointed there first, whatever order it names them in.
    if "sandbox" in request.fixturenames:
        request.getfixturevalue("sandbox")
    apps: list[App] = []

    def make() -> App:
        app = App(qtbot, chooser)
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.close()
    QApplication.processEvents()


@pytest.fixture
def app(make_app: Callable[[], App]) -> App:
    return make_app()
