"""The player at the end of a clip: the decoder is let go, the last frame stays on screen.

Every test runs with both video outputs: the frames converted off the UI thread
(frame_view, what a machine without a GPU gets) and QVideoWidget.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from veodesk.gui.player import frame_view
from veodesk.gui.player.player import Player

from .conftest import App

RED = (210, 40, 30)
BLUE = (30, 60, 220)
GREEN = (40, 190, 60)
YELLOW = (230, 210, 40)


def render_clip(path: Path, start: tuple[int, int, int], end: tuple[int, int, int]) -> Path:
    """A 1 s clip (the sandbox's encoder) that fades from ``start`` to ``end``, no sound."""
    from veodesk.sandbox.render import render_mp4

    size = (640, 360)
    clip = render_mp4(
        Image.new("RGB", size, start),
        Image.new("RGB", size, end),
        prompt="",
        size=size,
        duration=1,
        fps=12,
        audio=False,
    )
    path.write_bytes(clip)
    return path


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("clips")
    return (
        render_clip(folder / "red-to-blue.mp4", RED, BLUE),
        render_clip(folder / "green-to-yellow.mp4", GREEN, YELLOW),
    )


@pytest.fixture(params=["frames", "widget"])
def output(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "frames" and frame_view._qt_calls() is None:
        pytest.skip("frames converted off the UI thread need x86-64 Linux")
    monkeypatch.setenv(frame_view.OUTPUT_ENV, request.param)
    return str(request.param)


@pytest.fixture
def app(make_app, output: str) -> App:  # type: ignore[no-untyped-def]
    return make_app()


def started_player(qtbot: QtBot, app: App) -> Player:
    app.start()
    player = app.controller.player
    assert player is not None
    wanted = os.environ[frame_view.OUTPUT_ENV] == "frames"
    assert isinstance(player.video, frame_view.FrameView) == wanted
    return player


def near(colour: QColor, rgb: tuple[int, int, int], tolerance: int = 40) -> bool:
    got = (colour.red(), colour.green(), colour.blue())
    return all(abs(a - b) <= tolerance for a, b in zip(got, rgb, strict=True))


def centre_of_view(player: Player) -> QColor:
    """The colour in the middle of the video area, as the screen shows it."""
    shot = player.stack.grab().toImage()
    return shot.pixelColor(shot.width() // 2, shot.height() // 2)


def wait_for_the_end(qtbot: QtBot, player: Player) -> None:
    qtbot.waitUntil(lambda: player.still.isVisible(), timeout=20_000)


def played_to_the_end(qtbot: QtBot, app: App, clip: Path, title: str = "") -> Player:
    """The started app's player, once ``clip`` has played to its end."""
    player = started_player(qtbot, app)
    player.load(str(clip), title=title)
    wait_for_the_end(qtbot, player)
    return player


def test_a_clip_played_to_its_end_lets_go_of_the_decoder_and_keeps_its_last_frame(
    qtbot: QtBot, app: App, clips: tuple[Path, Path]
) -> None:
    player = started_player(qtbot, app)
    player.load(str(clips[0]), title="Red to blue")
    qtbot.waitUntil(lambda: player.video.isVisible(), timeout=10_000)
    wait_for_the_end(qtbot, player)

    # What the user sees: the clip's last frame where the video was, and controls at the end.
    assert not player.video.isVisible()
    assert near(centre_of_view(player), BLUE)
    assert player.title.text() == "Red to blue"
    assert player.play_button.toolTip() == "Play (Space)"
    assert player.play_button.isEnabled() and player.last_frame_button.isEnabled()
    assert player.time.text() == "0:01 / 0:01"
    assert player.seek.maximum() > 0 and player.seek.value() == player.seek.maximum()

    # Behind it: no source loaded, so Qt Multimedia holds no decoder or frame buffers...
    assert player.player.source().isEmpty()
    assert player.player.mediaStatus() == QMediaPlayer.MediaStatus.NoMedia
    # ...and the still is the size of the view, not a copy of the full frame.
    still = player.still.image()
    ratio = player.devicePixelRatioF()
    assert 0 < still.width() <= player.stack.width() * ratio
    assert 0 < still.height() <= player.stack.height() * ratio


def test_play_after_the_end_plays_the_clip_again_from_the_start(
    qtbot: QtBot, app: App, clips: tuple[Path, Path]
) -> None:
    player = played_to_the_end(qtbot, app, clips[0], "Red to blue")

    qtbot.mouseClick(player.play_button, Qt.MouseButton.LeftButton)
    assert player.player.source().toLocalFile() == str(clips[0])
    qtbot.waitUntil(lambda: player.video.isVisible(), timeout=10_000)
    assert not player.still.isVisible() and player.still.image().isNull()
    qtbot.waitUntil(
        lambda: player.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState,
        timeout=10_000,
    )
    assert player.play_button.toolTip() == "Pause (Space)"
    assert player.time.text().endswith(" / 0:01")
    assert player.seek.value() < player.seek.maximum()

    # It plays through to the end again, and lets go again.
    wait_for_the_end(qtbot, player)
    assert near(centre_of_view(player), BLUE)
    assert player.player.source().isEmpty()
    assert player.play_button.toolTip() == "Play (Space)"
    assert player.time.text() == "0:01 / 0:01"


def test_space_after_the_end_plays_again_too(
    qtbot: QtBot, app: App, clips: tuple[Path, Path]
) -> None:
    player = played_to_the_end(qtbot, app, clips[0])
    player.play_button.setFocus()
    qtbot.keyClick(player.play_button, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: player.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState,
        timeout=10_000,
    )
    assert player.player.source().toLocalFile() == str(clips[0])


def test_seeking_after_the_end_shows_that_moment_paused(
    qtbot: QtBot, app: App, clips: tuple[Path, Path]
) -> None:
    player = played_to_the_end(qtbot, app, clips[0])
    end = player.seek.maximum()

    player.seek.setFocus()
    qtbot.keyClick(player.seek, Qt.Key.Key_PageDown)  # a tenth of the clip back
    target = end - player.seek.pageStep()
    qtbot.waitUntil(lambda: player.video.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: abs(player.player.position() - target) < 100, timeout=10_000)
    assert player.player.playbackState() == QMediaPlayer.PlaybackState.PausedState
    assert player.player.source().toLocalFile() == str(clips[0])
    assert player.play_button.toolTip() == "Play (Space)"
    assert abs(player.seek.value() - target) < 100


def test_loading_another_clip_after_the_end_drops_the_first_entirely(
    qtbot: QtBot, app: App, clips: tuple[Path, Path]
) -> None:
    player = played_to_the_end(qtbot, app, clips[0], "Red to blue")

    player.load(str(clips[1]), title="Green to yellow")
    assert player.still.image().isNull()  # the first clip's picture is gone at once
    assert player.player.source().toLocalFile() == str(clips[1])
    assert player.title.text() == "Green to yellow"
    qtbot.waitUntil(lambda: player.video.isVisible(), timeout=10_000)
    wait_for_the_end(qtbot, player)
    assert near(centre_of_view(player), YELLOW)
    assert player.player.source().isEmpty()


def test_unloading_after_the_end_leaves_the_empty_player(
    qtbot: QtBot, app: App, clips: tuple[Path, Path]
) -> None:
    player = played_to_the_end(qtbot, app, clips[0])
    player.unload(str(clips[0]))  # its file is about to be deleted
    assert player.empty.isVisible()
    assert player.still.image().isNull()
    assert not player.play_button.isEnabled()
    player.toggle()  # nothing to play: nothing happens
    assert player.player.source().isEmpty()


def test_frames_are_converted_off_the_ui_thread_only_without_a_gpu(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    if frame_view._qt_calls() is None:
        pytest.skip("frames converted off the UI thread need x86-64 Linux")
    monkeypatch.delenv(frame_view.OUTPUT_ENV, raising=False)
    assert not frame_view.has_gpu()  # the offscreen platform draws without OpenGL
    assert frame_view.wanted()
    monkeypatch.setattr(frame_view, "has_gpu", lambda: True)
    assert not frame_view.wanted()
    monkeypatch.setenv(frame_view.OUTPUT_ENV, "frames")
    assert frame_view.wanted()
    monkeypatch.setattr(frame_view, "has_gpu", lambda: False)
    monkeypatch.setenv(frame_view.OUTPUT_ENV, "widget")
    assert not frame_view.wanted()
    monkeypatch.delenv(frame_view.OUTPUT_ENV)
    monkeypatch.setattr(frame_view, "_qt_calls", lambda: None)  # another Qt build, or ABI
    assert not frame_view.wanted()


def test_the_frame_view_shows_each_frame_fitted_to_it_and_keeps_the_last(qtbot: QtBot) -> None:
    if frame_view._qt_calls() is None:
        pytest.skip("frames converted off the UI thread need x86-64 Linux")
    view = frame_view.FrameView()
    qtbot.addWidget(view)
    view.resize(320, 240)
    view.show()
    big = QImage(1920, 1080, QImage.Format.Format_RGB32)
    big.fill(QColor(*RED))
    view.sink.setVideoFrame(QVideoFrame(big))
    qtbot.waitUntil(lambda: not view.image().isNull(), timeout=5_000)
    ratio = view.devicePixelRatioF()
    assert view.image().width() <= 320 * ratio and view.image().height() <= 180 * ratio + 1
    shot = view.grab().toImage()
    assert near(shot.pixelColor(160, 120), RED)
    assert near(shot.pixelColor(160, 10), (0, 0, 0))  # letterboxed, as video is

    view.sink.setVideoFrame(QVideoFrame())  # what the sink gets at the end of a clip
    qtbot.wait(50)
    assert near(view.grab().toImage().pixelColor(160, 120), RED)
    view.clear()
    assert view.image().isNull()
    assert near(view.grab().toImage().pixelColor(160, 120), (0, 0, 0))


def test_a_destroyed_frame_view_stops_its_thread(qtbot: QtBot) -> None:
    if frame_view._qt_calls() is None:
        pytest.skip("frames converted off the UI thread need x86-64 Linux")
    parent = QWidget()
    view = frame_view.FrameView(parent)
    thread = view._converter._thread
    assert thread.is_alive()
    parent.deleteLater()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=5_000)


def refenced(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the fence again, as at a fresh load, with whatever the test changed."""
    monkeypatch.setattr(frame_view, "_checked", False)
    monkeypatch.setattr(frame_view, "_calls", None)
    monkeypatch.setattr(frame_view, "fallback_reason", None)


@pytest.mark.parametrize("mismatch", ["version", "symbol", "probe"])
def test_any_fence_mismatch_falls_back_to_qvideowidget(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, mismatch: str
) -> None:
    from PySide6.QtMultimediaWidgets import QVideoWidget

    if mismatch == "version":
        monkeypatch.setattr(frame_view, "qVersion", lambda: "6.6.3")
    elif mismatch == "symbol":

        def missing(self: object) -> None:
            raise AttributeError("undefined symbol: _ZNK11QVideoFrame7toImageEv")

        monkeypatch.setattr(frame_view._QtCalls, "__init__", missing)
    else:
        monkeypatch.setattr(frame_view._QtCalls, "probe", lambda self: "a QImage grew")
    refenced(monkeypatch)
    monkeypatch.setenv(frame_view.OUTPUT_ENV, "frames")  # asked for, and still refused
    assert not frame_view.wanted()
    assert frame_view.fallback_reason
    player = Player()
    qtbot.addWidget(player)
    assert isinstance(player.video, QVideoWidget)
    refenced(monkeypatch)  # the next test fences the real Qt again


def test_the_fence_admits_only_verified_versions_and_the_pin_agrees() -> None:
    import re

    pin = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text()
    low, high = re.search(r'"PySide6-Essentials>=6\.(\d+),<6\.(\d+)"', pin).groups()  # type: ignore[union-attr]
    # Every version the fence admits is one the pin admits; the others fall back.
    assert all(
        major == 6 and int(low) <= minor < int(high) for major, minor in frame_view.VERIFIED_QT
    )
