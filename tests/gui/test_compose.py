"""Filling the frame slots by drop, paste, chooser and link; the Generate button's state."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSize, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QPalette,
)
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from veodesk.gui.compose import frame_preview
from veodesk.gui.compose.frame_preview import SlotState
from veodesk.gui.compose.frame_slot import FrameSlot

from .conftest import App


def drop(qtbot: QtBot, target: QWidget, mime: QMimeData) -> bool:
    """Send the drag-enter and drop a window system would; True if the drop was taken."""
    pos = QPointF(target.width() / 2, target.height() / 2)
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(  # Qt 6 takes a QPoint here, a QPointF for the drop
        pos.toPoint(), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(
        pos, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, event)
    return event.isAccepted()


def file_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def wait_ready(qtbot: QtBot, slot: FrameSlot) -> None:
    qtbot.waitUntil(lambda: slot.state is SlotState.READY, timeout=10_000)


def test_dropping_a_file_fills_the_slot_with_a_preview(
    qtbot: QtBot, app: App, frames: tuple[Path, Path]
) -> None:
    app.start()
    slot = app.window.findChild(FrameSlot, "firstFramePicker")
    assert slot is app.compose.first
    assert drop(qtbot, slot, file_mime(frames[0]))
    wait_ready(qtbot, slot)
    assert slot.source == str(frames[0])
    assert slot.info.text() == "first.jpg · 1280×720"
    assert slot.preview.image is not None and not slot.preview.image.isNull()
    # A 16:9 picture in a 16:9 video keeps everything: no crop box drawn.
    assert slot.preview.box is None


def test_the_preview_arrives_scaled_and_is_scaled_again_only_when_its_size_changes(
    qtbot: QtBot, app: App, frames: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    on_ui_thread: list[QSize] = []
    real = frame_preview.scaled_for_screen

    def scaled(image: QImage, size: QSize) -> QImage:
        if threading.current_thread() is threading.main_thread():
            on_ui_thread.append(size)
        return real(image, size)

    monkeypatch.setattr(frame_preview, "scaled_for_screen", scaled)
    app.start()
    slot = app.compose.first
    slot.set_source(str(frames[0]))
    wait_ready(qtbot, slot)
    view = slot.preview
    before = view.grab().toImage()
    assert on_ui_thread == []  # the pool thread scaled it for the view's size
    # What is painted is the picture: the frame's middle has the picture's colour.
    middle = before.pixelColor(before.width() // 2, before.height() // 2)
    assert middle != view.palette().color(QPalette.ColorRole.AlternateBase)
    view.grab()
    assert on_ui_thread == []  # a paint at the same size is a blit
    view.resize(view.width() + 40, view.height() + 24)
    view.grab()
    view.grab()
    assert len(on_ui_thread) == 1  # once for the new size


def test_dropping_two_files_fills_both_slots(
    qtbot: QtBot, app: App, frames: tuple[Path, Path]
) -> None:
    app.start()
    assert drop(qtbot, app.compose.last, file_mime(*frames))
    wait_ready(qtbot, app.compose.first)
    wait_ready(qtbot, app.compose.last)
    assert app.compose.first.source == str(frames[0])
    assert app.compose.last.source == str(frames[1])


def test_dropping_two_files_anywhere_on_the_window_fills_both_slots(
    qtbot: QtBot, app: App, frames: tuple[Path, Path]
) -> None:
    app.start()
    assert drop(qtbot, app.window, file_mime(*frames))
    wait_ready(qtbot, app.compose.first)
    wait_ready(qtbot, app.compose.last)
    assert (app.compose.first.source, app.compose.last.source) == tuple(map(str, frames))
    # One picture dropped there goes to the first empty slot.
    app.compose.last.clear()
    assert drop(qtbot, app.window, file_mime(frames[0]))
    wait_ready(qtbot, app.compose.last)
    assert app.compose.last.source == str(frames[0])


def test_dropping_a_web_link_keeps_it_as_a_link(qtbot: QtBot, app: App) -> None:
    app.start()
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.com/pictures/sunset.jpg")])
    assert drop(qtbot, app.compose.last, mime)
    slot = app.compose.last
    assert slot.state is SlotState.LINK
    assert slot.source == "https://example.com/pictures/sunset.jpg"
    assert slot.url_edit.text() == slot.source
    assert "example.com" in slot.preview.message
    assert slot.info.text() == "Sent as a link"


def test_dropping_image_data_from_a_browser_keeps_the_pixels(
    qtbot: QtBot, app: App, veodesk_home: Path
) -> None:
    app.start()
    image = QImage(800, 1000, QImage.Format.Format_RGB32)
    image.fill(QColor(10, 200, 30))
    mime = QMimeData()
    mime.setImageData(image)
    # Browsers also offer the address; the pixels win because the link may need cookies.
    mime.setUrls([QUrl("https://example.com/page.html")])
    slot = app.compose.first
    assert drop(qtbot, slot, mime)
    wait_ready(qtbot, slot)
    assert Path(slot.source).is_file()
    assert Path(slot.source).is_relative_to(veodesk_home)
    assert slot.source_size == (800, 1000)
    # Auto aspect follows the portrait first frame: a 4:5 picture loses its sides to 9:16.
    assert app.compose.aspect.currentData() == "auto"
    box = slot.preview.box
    assert box is not None
    assert (box[1], box[3]) == (0.0, 1.0)
    assert box[0] == pytest.approx(1 - box[2]) and box[0] > 0.1


def test_a_drop_of_plain_text_is_refused(qtbot: QtBot, app: App) -> None:
    app.start()
    mime = QMimeData()
    mime.setText("just some words")
    assert not drop(qtbot, app.compose.first, mime)
    assert app.compose.first.state is SlotState.EMPTY


def test_ctrl_v_pastes_an_image_into_the_first_empty_slot(
    qtbot: QtBot, app: App, frames: tuple[Path, Path]
) -> None:
    app.start()
    app.compose.first.set_source(str(frames[0]))
    wait_ready(qtbot, app.compose.first)
    image = QImage(640, 360, QImage.Format.Format_RGB32)
    image.fill(QColor(250, 250, 0))
    QGuiApplication.clipboard().setImage(image)
    app.window.jobs.view.setFocus()  # not a text field: Ctrl+V means "paste a frame"
    app.window.paste_action.trigger()
    wait_ready(qtbot, app.compose.last)
    assert app.compose.last.source_size == (640, 360)
    assert app.compose.first.source == str(frames[0])


def test_paste_button_takes_a_copied_file(
    qtbot: QtBot, app: App, frames: tuple[Path, Path]
) -> None:
    app.start()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(frames[1]))])
    QGuiApplication.clipboard().setMimeData(mime)
    qtbot.mouseClick(app.compose.first.paste_button, Qt.MouseButton.LeftButton)
    wait_ready(qtbot, app.compose.first)
    assert app.compose.first.source == str(frames[1])


def test_clicking_the_preview_opens_the_chooser_and_two_files_fill_both(
    qtbot: QtBot, app: App, frames: tuple[Path, Path]
) -> None:
    app.start()
    app.chooser.answers.append([str(frames[0]), str(frames[1])])
    qtbot.mouseClick(app.compose.first.preview, Qt.MouseButton.LeftButton)
    assert app.chooser.asked == ["images"]
    wait_ready(qtbot, app.compose.first)
    wait_ready(qtbot, app.compose.last)
    assert (app.compose.first.source, app.compose.last.source) == tuple(map(str, frames))


def test_typing_a_link_fills_the_slot(qtbot: QtBot, app: App) -> None:
    app.start()
    edit = app.compose.first.url_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "https://example.org/a.png")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert app.compose.first.state is SlotState.LINK
    assert app.compose.first.source == "https://example.org/a.png"


def test_an_unreadable_file_says_so_in_the_slot(qtbot: QtBot, app: App, tmp_path: Path) -> None:
    app.start()
    bad = tmp_path / "notes.jpg"
    bad.write_text("not a picture")
    app.compose.first.set_source(str(bad))
    qtbot.waitUntil(lambda: app.compose.first.state is SlotState.BROKEN, timeout=10_000)
    assert app.compose.first.warning.isVisibleTo(app.window)
    assert "notes.jpg" in app.compose.first.warning.text()
    assert app.compose.first.warning.textFormat() == Qt.TextFormat.PlainText


def test_generate_is_enabled_only_with_both_frames_and_a_prompt(
    qtbot: QtBot, app: App, frames: tuple[Path, Path]
) -> None:
    app.start()
    c = app.compose
    button = app.window.findChild(QWidget, "generateButton")
    assert button is c.generate
    assert not button.isEnabled()
    assert button.toolTip() == (
        "To generate, choose a first frame; choose a last frame; write a prompt."
    )
    c.first.set_source(str(frames[0]))
    wait_ready(qtbot, c.first)
    assert button.toolTip() == "To generate, choose a last frame; write a prompt."
    c.last.set_source(str(frames[1]))
    wait_ready(qtbot, c.last)
    assert not button.isEnabled()
    assert button.toolTip() == "To generate, write a prompt."
    c.prompt.setPlainText("   ")
    assert not button.isEnabled()
    c.prompt.setPlainText("The light changes")
    assert button.isEnabled()
    assert "Ctrl+Return" in button.toolTip()
    assert c.char_count.text() == "17 / 4,000"
    c.last.clear()
    assert not button.isEnabled()
    assert button.toolTip() == "To generate, choose a last frame."


def test_swap_and_clear(qtbot: QtBot, app: App, frames: tuple[Path, Path]) -> None:
    app.start()
    c = app.compose
    c.first.set_source(str(frames[0]))
    c.last.set_source(str(frames[1]))
    wait_ready(qtbot, c.first)
    wait_ready(qtbot, c.last)
    qtbot.mouseClick(c.swap_button, Qt.MouseButton.LeftButton)
    wait_ready(qtbot, c.first)
    wait_ready(qtbot, c.last)
    assert (c.first.source, c.last.source) == (str(frames[1]), str(frames[0]))
    qtbot.mouseClick(c.first.clear_button, Qt.MouseButton.LeftButton)
    assert c.first.state is SlotState.EMPTY and c.first.source == ""


@pytest.mark.parametrize("aspect", ["9:16"])
def test_dragging_the_crop_moves_the_anchor(
    qtbot: QtBot, app: App, frames: tuple[Path, Path], aspect: str
) -> None:
    app.start()
    c = app.compose
    c.aspect.setCurrentIndex(c.aspect.findData(aspect))
    c.first.set_source(str(frames[0]))
    wait_ready(qtbot, c.first)
    preview = c.first.preview
    box = preview.box
    assert box is not None  # a landscape picture in a portrait video is cropped
    left, top, right, bottom = box
    assert (top, bottom) == (0.0, 1.0)
    assert abs((left + right) / 2 - 0.5) < 1e-6  # centred to start with
    r = preview.image_rect()
    start = QPoint(int(r.left() + (left + right) / 2 * r.width()), int(r.center().y()))
    qtbot.mousePress(preview, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(preview, start + QPoint(-int(r.width()), 0))
    qtbot.mouseRelease(preview, Qt.MouseButton.LeftButton, pos=start + QPoint(-int(r.width()), 0))
    assert c.first.anchor[0] == 0.0  # dragged against the left edge
    assert preview.box is not None and preview.box[0] == 0.0
    assert c.params().first_anchor == (0.0, c.first.anchor[1])
    # The keyboard moves it too.
    preview.setFocus()
    qtbot.keyClick(preview, Qt.Key.Key_Right)
    assert c.first.anchor[0] == pytest.approx(0.1)


def test_ctrl_v_in_the_prompt_pastes_text_not_a_frame(qtbot: QtBot, app: App) -> None:
    app.start()
    app.window.activateWindow()
    QGuiApplication.clipboard().setText("pasted words")
    app.compose.prompt.setFocus()
    qtbot.keyClick(app.compose.prompt, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert app.compose.prompt.toPlainText() == "pasted words"
    assert app.compose.first.state is SlotState.EMPTY
    assert app.compose.first.error == ""
