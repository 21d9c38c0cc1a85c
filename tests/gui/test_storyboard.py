"""The storyboard tab as a user drives it: drop pictures, type prompts, Generate all, edit, undo.

Real window, real sandbox over loopback, real files: the counts are the
sandbox's POSTs, the states are the cards' texts.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from veodesk.core.storyboard.project import Project
from veodesk.gui.player.player import Player
from veodesk.gui.shell.job_events import ERROR_BANNER
from veodesk.gui.storyboard.cards import KEYFRAME_MIME
from veodesk.gui.storyboard.controller import StoryboardController
from veodesk.gui.storyboard.view import StoryboardView
from veodesk.sandbox import Sandbox

from ..boardtools import COLOURS, make_board
from ..conftest import draw_frame, user_session
from .conftest import App

WAIT_MS = 30_000


def _board(app: App) -> tuple[StoryboardController, StoryboardView]:
    controller = app.controller.boards.show()
    view = app.window.findChild(StoryboardView, "storyboardView")
    assert view is not None and view.isVisible()
    return controller, view


def _states(view: StoryboardView) -> list[str]:
    return [card.state.text() for card in view.segment_cards]


def _drop_mime(
    target: QWidget, mime: QMimeData, action: Qt.DropAction = Qt.DropAction.CopyAction
) -> None:
    """What a drag-and-drop delivers: the real drag-enter and drop events, both accepted."""
    point = QPointF(target.rect().center())
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), action, mime, buttons, keys)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(point, action, mime, buttons, keys)
    QApplication.sendEvent(target, drop)
    assert drop.isAccepted()


def _drop(target: QWidget, files: list[Path]) -> None:
    """Pictures dropped from a file manager."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    _drop_mime(target, mime)


def _pictures(folder: Path, names: list[str]) -> list[Path]:
    return [
        draw_frame(folder / name, (640, 360), COLOURS[i % 5], name) for i, name in enumerate(names)
    ]


def _settled(controller: StoryboardController) -> Callable[[], bool]:
    """No run, and the newest survey shown (nothing of the board's still on its way)."""
    return lambda: controller.run is None and controller.io.pending == 0


def _fresh_board(
    make_app: Callable[[], App], tmp_path: Path
) -> tuple[Path, App, StoryboardController, StoryboardView]:
    """A started window with a new 3-keyframe project open in its storyboard tab."""
    path = make_board(tmp_path / "project", keyframes=3)
    app = make_app().start()
    controller, view = _board(app)
    controller.open_board(path)
    _wait_states(app.qtbot, view, ["To generate"] * 2)
    return path, app, controller, view


def _banner(app: App) -> str:
    """The error banner's text, where the window says what went wrong."""
    banner = app.window.banners.get(ERROR_BANNER)
    return banner.label.text() if banner is not None else ""


def _opened(player: Player) -> bool:
    """The player's backend has opened its source (it may be playing or at its end)."""
    status = player.player.mediaStatus()
    return status not in (QMediaPlayer.MediaStatus.NoMedia, QMediaPlayer.MediaStatus.LoadingMedia)


def _wait_states(qtbot: QtBot, view: StoryboardView, want: list[str]) -> None:
    qtbot.waitUntil(lambda: _states(view) == want, timeout=WAIT_MS)


def test_drop_four_generate_swap_generate_undo_save_reopen(
    sandbox: Sandbox, make_app: Callable[[], App], tmp_path: Path
) -> None:
    app = make_app().start()
    qtbot = app.qtbot
    controller, view = _board(app)
    # Dropped at once: added in file-name order, 10 after 2.
    drops = _pictures(tmp_path / "drop", ["shot 10.png", "shot 2.png", "shot 1.png", "shot 3.png"])
    _drop(view.strip, drops)
    qtbot.waitUntil(lambda: len(view.segment_cards) == 3, timeout=WAIT_MS)
    names = [card.name.toolTip() for card in view.keyframe_cards]
    assert [Path(n).name for n in names] == [
        "shot 1.png",
        "shot 2.png",
        "shot 3.png",
        "shot 10.png",
    ]
    assert controller.project is not None
    project_path = controller.project.path
    for i, words in enumerate(["a door opens", "we step outside", "the garden blooms"]):
        prompt = view.findChild(QWidget, f"segmentPrompt_{i + 1}")
        duration = view.findChild(QWidget, f"segmentDuration_{i + 1}")
        assert prompt is not None and duration is not None
        qtbot.keyClicks(prompt, words)
        card = view.segment_cards[i]
        card.duration.setCurrentIndex(card.duration.findData(4))
        card.duration.activated.emit(card.duration.currentIndex())
    for card in view.segment_cards:
        card.flush()
    qtbot.waitUntil(
        lambda: (
            [s.prompt for s in controller.project.board.segments]  # type: ignore[union-attr]
            == ["a door opens", "we step outside", "the garden blooms"]
        ),
        timeout=WAIT_MS,
    )
    _wait_states(qtbot, view, ["To generate"] * 3)
    qtbot.waitUntil(_settled(controller), timeout=WAIT_MS)
    summary = view.summary.text()
    assert "Segments: 3, 12 s of film." in summary and "Tasks to send: 3, about $" in summary

    before = sandbox.post_count
    generate_all = view.findChild(QPushButton, "generateAllButton")
    assert generate_all is not None and generate_all.isEnabled()
    qtbot.mouseClick(generate_all, Qt.MouseButton.LeftButton)
    _wait_states(qtbot, view, ["Done"] * 3)
    qtbot.waitUntil(_settled(controller), timeout=WAIT_MS)
    assert sandbox.post_count - before == 3
    assert "Every segment is done" in view.summary.text()
    assert not generate_all.isEnabled()  # nothing is stale: nothing to send
    # each card shows its chosen take
    qtbot.waitUntil(
        lambda: all(not c.poster.pixmap().isNull() for c in view.segment_cards), timeout=WAIT_MS
    )

    # Keyframe 1 moved right: it swaps with keyframe 2, so segments 1 and 2 touch them.
    qtbot.mouseClick(view.keyframe_cards[0].right, Qt.MouseButton.LeftButton)
    _wait_states(qtbot, view, ["To generate", "To generate", "Done"])
    before = sandbox.post_count
    qtbot.mouseClick(generate_all, Qt.MouseButton.LeftButton)
    _wait_states(qtbot, view, ["Done"] * 3)
    qtbot.waitUntil(_settled(controller), timeout=WAIT_MS)
    assert sandbox.post_count - before == 2

    # Undo the swap: the first takes are current again, and nothing is sent.
    before = sandbox.post_count
    generate_all.setFocus()
    qtbot.keyClick(generate_all, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: (
            [Path(c.name.toolTip()).name for c in view.keyframe_cards][:2]
            == ["shot 1.png", "shot 2.png"]
        ),
        timeout=WAIT_MS,
    )
    _wait_states(qtbot, view, ["Done"] * 3)
    qtbot.waitUntil(_settled(controller), timeout=WAIT_MS)
    assert sandbox.post_count == before
    state = [
        (Path(k.image).name, s.prompt, s.duration, s.chosen_take(h).job)  # type: ignore[union-attr]
        for k, s, h in zip(
            controller.project.board.keyframes,  # type: ignore[union-attr]
            controller.project.board.segments,  # type: ignore[union-attr]
            controller.survey.inputs,  # type: ignore[union-attr]
        )
    ]

    # The manifest on disk is the board as shown; close the window and open it again.
    saved = json.loads(project_path.read_text(encoding="utf-8"))
    assert [s["prompt"] for s in saved["segments"]] == [
        "a door opens",
        "we step outside",
        "the garden blooms",
    ]
    app.close()
    again = make_app().start()
    controller2, view2 = _board(again)
    controller2.open_board(project_path)
    _wait_states(qtbot, view2, ["Done"] * 3)
    reopened = [
        (Path(k.image).name, s.prompt, s.duration, s.chosen_take(h).job)  # type: ignore[union-attr]
        for k, s, h in zip(
            controller2.project.board.keyframes,  # type: ignore[union-attr]
            controller2.project.board.segments,  # type: ignore[union-attr]
            controller2.survey.inputs,  # type: ignore[union-attr]
        )
    ]
    assert reopened == state
    assert sandbox.post_count == before


def test_above_the_threshold_the_cost_is_confirmed_first(
    sandbox: Sandbox, make_app: Callable[[], App], tmp_path: Path
) -> None:
    path = make_board(tmp_path / "project", keyframes=3)
    app = make_app().start()
    qtbot = app.qtbot
    # The threshold is a setting in dollars, $2.00 until the user changes it.
    app.window.settings_action.trigger()
    dialog = app.controller.settings_dialog
    assert dialog is not None and dialog.confirm_above.value() == 2.0
    assert dialog.confirm_above.text() == "$2.00"
    dialog.confirm_above.setValue(0.05)
    dialog.save_button.click()
    qtbot.waitUntil(
        lambda: app.controller.state.user_settings.confirm_above_usd == 0.05, timeout=WAIT_MS
    )
    assert user_session().load_settings().confirm_above_usd == 0.05
    controller, view = _board(app)
    controller.open_board(path)
    _wait_states(qtbot, view, ["To generate"] * 2)
    before = sandbox.post_count

    qtbot.mouseClick(view.generate_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.confirm is not None, timeout=WAIT_MS)
    box = controller.confirm
    assert box is not None and box.isVisible()
    assert box.text().startswith("Tasks to send: 2, about $")
    assert "above $0.05" in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(_settled(controller), timeout=WAIT_MS)
    assert sandbox.post_count == before
    assert view.message.text() == "Nothing was sent."
    assert _states(view) == ["To generate"] * 2

    # One segment's "2 takes": two tasks, confirmed, two POSTs.
    card = view.segment_cards[1]
    card.count.setValue(2)
    qtbot.mouseClick(card.generate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.confirm is not None, timeout=WAIT_MS)
    box = controller.confirm
    assert box is not None and box.text().startswith("Tasks to send: 2,")
    send = next(b for b in box.buttons() if b.text() == "Send")
    send.click()
    _wait_states(qtbot, view, ["To generate", "Done"])
    qtbot.waitUntil(_settled(controller), timeout=WAIT_MS)
    assert sandbox.post_count - before == 2
    takes = [card.takes.itemText(i) for i in range(card.takes.count())]
    assert len(takes) == 2 and card.takes.isEnabled()
    # choosing the other take is an edit of its own, undone like any other
    first_job = card.takes.itemData(0)
    card.takes.setCurrentIndex(0)
    card.takes.activated.emit(0)
    qtbot.waitUntil(
        lambda: controller.project.board.segments[1].chosen == first_job,  # type: ignore[union-attr]
        timeout=WAIT_MS,
    )
    assert controller.editor is not None and controller.editor.undo_label == "Choose take"


def test_a_missing_picture_says_relink_and_nothing_is_sent(
    sandbox: Sandbox, make_app: Callable[[], App], tmp_path: Path
) -> None:
    path = make_board(tmp_path / "project", keyframes=3)
    (tmp_path / "project" / "frames" / "k2.jpg").unlink()
    app = make_app().start()
    qtbot = app.qtbot
    controller, view = _board(app)
    app.controller.open_path(path)  # as ``veodesk FILE`` does
    qtbot.waitUntil(lambda: len(view.keyframe_cards) == 3, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: controller.survey is not None, timeout=WAIT_MS)
    card = view.keyframe_cards[1]
    assert card.picture.text() == "missing — relink"
    assert card.replace.text() == "Relink…"
    assert "Relink the missing pictures" in view.summary.text()
    assert not view.generate_all.isEnabled()
    before = sandbox.post_count
    qtbot.mouseClick(view.segment_cards[0].generate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(_settled(controller), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "k2.jpg" in _banner(app), timeout=WAIT_MS)
    assert sandbox.post_count == before

    # Relinked: the card shows the picture, and the board can be generated.
    app.chooser.answers.append([str(draw_frame(tmp_path / "new.png", (640, 360), (9, 9, 9)))])
    qtbot.mouseClick(card.replace, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.survey is not None and not controller.survey.missing)
    qtbot.waitUntil(lambda: view.generate_all.isEnabled(), timeout=WAIT_MS)


def test_a_second_window_is_told_the_storyboard_is_open(
    sandbox: Sandbox, make_app: Callable[[], App], tmp_path: Path
) -> None:
    path = make_board(tmp_path / "project", keyframes=2)
    first = make_app().start()
    controller, _ = _board(first)
    controller.open_board(path)
    first.qtbot.waitUntil(lambda: controller.lock is not None, timeout=WAIT_MS)
    second = make_app().start()
    controller2, _ = _board(second)
    controller2.open_board(path)
    second.qtbot.waitUntil(
        lambda: "open in another veodesk window" in _banner(second), timeout=WAIT_MS
    )
    assert controller2.project is None
    assert Project.open(path).board.id == controller.project.board.id  # type: ignore[union-attr]


def test_the_demo_opens_the_sample_and_renders_the_film_offline(
    make_app: Callable[[], App], qtbot: QtBot
) -> None:
    app = make_app().start(demo=True)
    controller, view = _board(app)
    qtbot.waitUntil(lambda: len(view.segment_cards) == 2, timeout=WAIT_MS)
    assert controller.project is not None and controller.project.path.name == "sunset.veoboard"
    render = view.findChild(QPushButton, "renderFilmButton")
    assert render is not None
    qtbot.waitUntil(render.isEnabled, timeout=WAIT_MS)
    with qtbot.waitSignal(controller.filmMade, timeout=120_000) as made:
        qtbot.mouseClick(render, Qt.MouseButton.LeftButton)
    film = made.args[0]
    assert film.kind == "film" and Path(film.file_path).is_file()
    assert Path(film.file_path).parent == controller.project.folder
    assert _states(view) == ["Done", "Done"]
    qtbot.waitUntil(lambda: app.controller.player is not None, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: app.controller.player.path == film.file_path,  # type: ignore[union-attr]
        timeout=WAIT_MS,
    )
    player = app.controller.player
    assert player is not None
    # (a source replaced while the backend still opens it makes FFmpeg warn)
    qtbot.waitUntil(lambda: _opened(player), timeout=WAIT_MS)
    # "Play film": the chosen takes back to back in the player
    takes = [controller._take_file(i) for i in range(2)]
    qtbot.mouseClick(view.play_film, Qt.MouseButton.LeftButton)
    assert player.path == takes[0]
    qtbot.waitUntil(lambda: player.path == takes[1], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: _opened(player), timeout=WAIT_MS)


def test_a_damaged_project_gets_a_clear_message_and_is_left_as_it_is(
    make_app: Callable[[], App], tmp_path: Path
) -> None:
    path = tmp_path / "My Film.veoboard"
    text = '{"format": "veodesk-storyboard"}\n'
    path.write_text(text, encoding="utf-8")
    app = make_app().start()
    app.controller.open_path(path)
    app.qtbot.waitUntil(lambda: "My Film.veoboard" in _banner(app), timeout=WAIT_MS)
    assert "version" in _banner(app)
    controller = app.controller.boards.controller
    assert controller is not None and controller.project is None
    assert path.read_text(encoding="utf-8") == text


def test_quit_during_generate_all_then_reopen_resumes_without_paying_twice(
    sandbox: Sandbox, make_app: Callable[[], App], tmp_path: Path
) -> None:
    path, app, _, view = _fresh_board(make_app, tmp_path)
    qtbot = app.qtbot
    before = sandbox.post_count
    sandbox.faults.hold_tasks()  # the service is slow: both tasks stay queued
    try:
        qtbot.mouseClick(view.generate_all, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: sandbox.post_count - before == 2, timeout=WAIT_MS)
        _wait_states(qtbot, view, ["Running…"] * 2)
        app.close()  # quit while both take are on the server
    finally:
        sandbox.faults.release_tasks()
    # Reopened: the history resumes the two tasks, and the storyboard sees them finish.
    again = make_app().start()
    controller2, view2 = _board(again)
    controller2.open_board(path)
    _wait_states(qtbot, view2, ["Done"] * 2)
    qtbot.waitUntil(_settled(controller2), timeout=WAIT_MS)
    assert sandbox.post_count - before == 2
    takes = controller2.project.board.segments  # type: ignore[union-attr]
    assert [len(s.takes) for s in takes] == [1, 1]
    assert all((path.parent / t.video).is_file() for s in takes for t in s.takes if t.video)


def test_keyboard_only_tab_reaches_every_control_and_edits_undo_and_redo(
    sandbox: Sandbox, make_app: Callable[[], App], tmp_path: Path
) -> None:
    _, app, _, view = _fresh_board(make_app, tmp_path)
    qtbot = app.qtbot
    before = sandbox.post_count
    app.window.activateWindow()
    view.style_edit.setFocus()
    seen: list[str] = []
    for _ in range(80):
        focused = QApplication.focusWidget()
        assert focused is not None
        seen.append(focused.objectName())
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    for name in (
        "boardStyle",
        "boardResolution",
        "keyframeRight_1",
        "keyframeReplace_2",
        "keyframeDelete_3",
        "segmentPrompt_1",
        "segmentDuration_1",
        "segmentAudio_2",
        "segmentGenerate_2",
        "segmentTakeCount_2",
        "segmentInsert_2",
        "addKeyframeButton",
        "generateAllButton",
    ):
        assert name in seen, name + " not in " + " ".join(seen)
    # Delete keyframe 3 with the keyboard, undo it, redo it.
    delete = view.keyframe_cards[2].delete
    delete.setFocus()
    qtbot.keyClick(delete, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(view.keyframe_cards) == 2, timeout=WAIT_MS)
    focused = QApplication.focusWidget()
    assert focused is not None and view.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(view.keyframe_cards) == 3, timeout=WAIT_MS)
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(
        focused,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: len(view.keyframe_cards) == 2, timeout=WAIT_MS)
    assert view.undo_button.isEnabled() and not view.redo_button.isEnabled()
    assert sandbox.post_count == before  # editing sends nothing


def test_drag_to_reorder_drop_to_insert_and_split_a_segment(
    make_app: Callable[[], App], tmp_path: Path
) -> None:
    path = make_board(tmp_path / "project", keyframes=3)
    app = make_app().start()
    qtbot = app.qtbot
    controller, view = _board(app)
    controller.open_board(path)
    qtbot.waitUntil(lambda: len(view.keyframe_cards) == 3, timeout=WAIT_MS)

    def names() -> list[str]:
        return [Path(c.name.toolTip()).name for c in view.keyframe_cards]

    # Keyframe 1's card dragged onto keyframe 3's: it moves there.
    mime = QMimeData()
    mime.setData(KEYFRAME_MIME, QByteArray(b"0"))
    _drop_mime(view.keyframe_cards[2], mime, Qt.DropAction.MoveAction)
    qtbot.waitUntil(lambda: names() == ["k2.jpg", "k3.jpg", "k1.jpg"], timeout=WAIT_MS)
    # A picture dropped on keyframe 1's card is inserted after it.
    new = draw_frame(tmp_path / "drop" / "new.png", (640, 360), (10, 200, 200), "new")
    _drop(view.keyframe_cards[0], [new])
    qtbot.waitUntil(lambda: names() == ["k2.jpg", "new.png", "k3.jpg", "k1.jpg"], timeout=WAIT_MS)
    assert len(view.segment_cards) == 3
    # "+ Keyframe" on segment 3 splits it; both halves keep its prompt.
    prompt = controller.project.board.segments[2].prompt  # type: ignore[union-attr]
    other = draw_frame(tmp_path / "drop" / "mid.png", (640, 360), (200, 10, 200), "mid")
    app.chooser.answers.append([str(other)])
    qtbot.mouseClick(view.segment_cards[2].insert, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(view.segment_cards) == 4, timeout=WAIT_MS)
    assert names() == ["k2.jpg", "new.png", "k3.jpg", "mid.png", "k1.jpg"]
    board = controller.project.board  # type: ignore[union-attr]
    assert [s.prompt for s in board.segments[2:]] == [prompt, prompt]
    assert view.segment_cards[3].prompt.toPlainText() == prompt
    # every picture was copied into the project's frames/ folder
    assert all((path.parent / k.image).is_file() for k in board.keyframes)
