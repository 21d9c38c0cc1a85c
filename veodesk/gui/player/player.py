"""The player: QMediaPlayer on a QVideoWidget, with the controls a clip needs.

Importing this module loads QtMultimedia, so the window imports it only once
it has painted.

A clip that has played to its end is unloaded: its decode pipeline (some
40 MB at 1080p) is freed, and the view keeps its last frame as a picture the
size of the view. Play or a seek loads the file again.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QImage, QKeySequence, QPalette, QShortcut
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer, QVideoFrame
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from veodesk.gui.formatting import clock
from veodesk.gui.icons import icon
from veodesk.gui.player import frame_view
from veodesk.gui.player.controls import PlayerControls
from veodesk.gui.player.frame_grab import LastFrameGrabber
from veodesk.gui.player.still import StillView, still_image
from veodesk.gui.tuning import heap

translate = QCoreApplication.translate

#: After unloading a clip, wait this long before trimming the heap: the
#: backend's threads finish freeing the pipeline in the meantime.
TRIM_DELAY_MS = 500
#: The still is never larger than this: past a 1080p frame's own size it gains nothing.
STILL_MAX = QSize(1920, 1080)


def _return_freed_memory() -> None:
    # ctypes lets go of the GIL for the call: the UI thread runs on meanwhile.
    threading.Thread(target=heap.return_freed_memory, name="malloc-trim", daemon=True).start()


class Player(QWidget):
    lastFrameCaptured = Signal(QImage)
    problem = Signal(str)
    #: The clip played to its end (a queue of clips plays the next one then).
    ended = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: str | None = None
        #: Without a GPU, frames are converted off the UI thread (frame_view).
        self.frames = frame_view.FrameView() if frame_view.wanted() else None
        self.video: QWidget = self.frames if self.frames is not None else QVideoWidget()
        self.video.setObjectName("videoWidget")
        self.video.setAccessibleName(translate("Player", "Video"))
        self.video.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.audio = QAudioOutput(self)
        self.player = QMediaPlayer(self)
        if self.frames is not None:
            self.player.setVideoOutput(self.frames.sink)
        else:
            self.player.setVideoOutput(self.video)
        self.devices = QMediaDevices(self)

        self.empty = QLabel(
            translate("Player", "Your video plays here.\nGenerate one, or pick a finished job.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.still = StillView()
        self.still.setObjectName("stillFrame")
        self.still.setAccessibleName(translate("Player", "Last frame of the video"))
        self.still.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.video)
        self.stack.addWidget(self.still)
        #: The newest frame on screen: at the end of the clip the sink has none left.
        self._frame: QVideoFrame | None = None
        #: The clip ended and was unloaded; ``path`` is kept to load it again.
        self.released = False
        #: A reload shows the still until the video has a frame to replace it.
        self._awaiting_frame = False
        #: Where to seek once a reloaded clip has opened.
        self._pending_position: int | None = None
        #: Bumped by whatever makes a pending unload out of date (play, seek, load).
        self._generation = 0
        self._released_for_quit = False
        self._trim = QTimer(self, singleShot=True, interval=TRIM_DELAY_MS)
        self._trim.timeout.connect(_return_freed_memory)
        self.stack.setMinimumHeight(180)

        controls = PlayerControls()
        self.title = controls.title
        self.play_button = controls.play_button
        self.seek = controls.seek
        self.time = controls.time
        self.mute_button = controls.mute_button
        self.volume = controls.volume
        self.loop_button = controls.loop_button
        self.last_frame_button = controls.last_frame_button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 4)
        layout.setSpacing(6)
        layout.addWidget(self.stack, 1)
        layout.addLayout(controls.bar)
        layout.addLayout(controls.below)

        space = QShortcut(QKeySequence(Qt.Key.Key_Space), self)
        space.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        space.activated.connect(self.toggle)

        self.play_button.clicked.connect(self.toggle)
        self.seek.sliderMoved.connect(self._seek_to)
        self.seek.valueChanged.connect(self._seek_by_keyboard)
        self.mute_button.toggled.connect(self._mute)
        self.volume.valueChanged.connect(lambda v: self.audio.setVolume(v / 100))
        self.loop_button.toggled.connect(self._loop)
        self.last_frame_button.clicked.connect(self.capture_last_frame)
        self.player.durationChanged.connect(self._duration)
        self.player.positionChanged.connect(self._position)
        self.player.playbackStateChanged.connect(self._state)
        self.player.mediaStatusChanged.connect(self._status)
        self.player.errorOccurred.connect(self._error)
        if self.frames is not None:
            self.frames.on_shown = self._picture_shown
        elif isinstance(self.video, QVideoWidget):
            self.video.videoSink().videoFrameChanged.connect(self._frame_shown)
        self.audio.setVolume(0.8)
        self.devices.audioOutputsChanged.connect(self._route_audio)
        self._route_audio()
        self._update_enabled()

    def _route_audio(self) -> None:
        """Attach the audio output only while the system has an output device.

        Without a device, Qt's FFmpeg backend warns from its audio thread on
        every play; attaching when a device appears (headphones plugged in)
        gives sound without a restart.
        """
        has_device = bool(QMediaDevices.audioOutputs())
        if has_device:
            self.audio.setDevice(QMediaDevices.defaultAudioOutput())
        # Qt takes a null output to mean "none"; the stubs name only the object.
        self.player.setAudioOutput(self.audio if has_device else None)  # type: ignore[arg-type]
        for control in (self.mute_button, self.volume):
            control.setEnabled(has_device)
        self.volume.setToolTip(
            translate("Player", "Volume")
            if has_device
            else translate("Player", "No sound output on this computer")
        )

    # -- playing --------------------------------------------------------------------
    def load(self, path: str, *, title: str = "", autoplay: bool = True) -> None:
        self._forget_clip()
        self.path = path
        self.title.setText(title or Path(path).name)
        self.stack.setCurrentWidget(self.video)
        heap.keep_freed_memory(True)
        self.player.setSource(QUrl.fromLocalFile(path))
        self._update_enabled()
        if autoplay:
            self.player.play()

    def unload(self, path: str | None = None) -> None:
        """Let go of a file (it is about to be deleted); only if it is the one loaded."""
        if path is not None and path != self.path:
            return
        self._forget_clip()
        self.player.stop()
        self._unload_source()
        self.path = None
        self.title.clear()
        self.stack.setCurrentWidget(self.empty)
        self._update_enabled()

    def toggle(self) -> None:
        if self.path is None:
            return
        if self.released:
            self._reload(0, play=True)
        elif self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            if self.player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia:
                self._generation += 1  # the clip plays on: no unloading at its end
                self.player.setPosition(0)
            self.player.play()

    def stop(self) -> None:
        self.player.stop()

    def release(self) -> None:
        """At quit, before the window goes: the media pipeline stops and lets go of its outputs.

        The backend's decoder and audio threads then have nothing of the
        window's left to deliver to, and the frame converter's thread is
        joined here, on the UI thread, not whenever the garbage collector or
        the bindings' exit handler gets to the widgets.
        """
        if self._released_for_quit:
            return
        self._released_for_quit = True
        self._trim.stop()
        self.devices.blockSignals(True)
        self.player.stop()
        self.player.setSource(QUrl())
        # Null outputs detach them (Qt's API; its stubs name only objects).
        self.player.setVideoOutput(None)  # type: ignore[arg-type]
        self.player.setAudioOutput(None)  # type: ignore[arg-type]
        if self.frames is not None:
            self.frames.release()

    # -- the end of a clip: a still instead of a loaded pipeline ------------------------
    def _forget_clip(self) -> None:
        self._generation += 1
        self._frame = None
        if self.frames is not None:
            self.frames.clear()
        self.released = False
        self._awaiting_frame = False
        self._pending_position = None
        self._trim.stop()
        self.still.clear()

    def _unload_source(self) -> None:
        heap.keep_freed_memory(False)
        self.player.setSource(QUrl())
        self._trim.start()

    def _frame_shown(self, frame: QVideoFrame) -> None:
        if frame.isValid():
            self._frame = frame
            self._picture_shown()

    def _picture_shown(self) -> None:
        if self._awaiting_frame and self._pending_position is None:
            self._awaiting_frame = False
            self.stack.setCurrentWidget(self.video)
            self.still.clear()

    def _status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            self._ended()
        elif status == QMediaPlayer.MediaStatus.LoadedMedia and self._pending_position is not None:
            position, self._pending_position = self._pending_position, None
            self.player.setPosition(position)

    def _ended(self) -> None:
        # Unloading from inside the player's own signal would tear its pipeline
        # down under the slots still to be called: next turn of the event loop.
        self._generation += 1
        generation = self._generation
        QTimer.singleShot(0, self, lambda: self._show_still(generation))
        QTimer.singleShot(0, self, self.ended.emit)

    def _show_still(self, generation: int) -> None:
        # Played again, sought or replaced meanwhile: keep the clip.
        if generation != self._generation or self.path is None:
            return
        if self.player.mediaStatus() != QMediaPlayer.MediaStatus.EndOfMedia:
            return
        if self.frames is not None:
            if self.frames.busy:  # the last frame is being converted: show that one
                # A timer on purpose: the converter thread signals no "idle"; a
                # conversion takes a few ms, so look again shortly.
                QTimer.singleShot(5, self, lambda: self._show_still(generation))
                return
            image = self.frames.image()  # made for this view already
        else:
            image = self._still_of_last_frame()
        self.still.set_image(image)
        self.stack.setCurrentWidget(self.still)
        self.released = True  # the controls keep showing the clip's end
        self._unload_source()

    def _still_of_last_frame(self) -> QImage:
        frame, self._frame = self._frame, None
        if frame is None:
            return QImage()
        # On the UI thread, once per clip: without a GPU the widget has
        # converted this frame already; with one, Qt converts it on the GPU
        # context it keeps for this thread, where a worker would set up its own.
        ratio = self.devicePixelRatioF()
        view = self.stack.size()
        box = QSize(round(view.width() * ratio), round(view.height() * ratio))
        return still_image(frame, box.boundedTo(STILL_MAX) if not box.isEmpty() else STILL_MAX)

    def _reload(self, position: int, *, play: bool) -> None:
        assert self.path is not None
        self._generation += 1
        self.released = False
        self._awaiting_frame = True
        self._pending_position = position or None
        self._trim.stop()
        heap.keep_freed_memory(True)
        self.player.setSource(QUrl.fromLocalFile(self.path))
        if play:
            self.player.play()
        else:
            self.player.pause()  # opens the clip and shows the frame at the position

    def _seek_to(self, position: int) -> None:
        if self.released:
            self._reload(position, play=False)
        elif self._pending_position is not None:
            self._pending_position = position
        else:
            self._generation += 1
            self.player.setPosition(position)

    def capture_last_frame(self) -> None:
        if self.path is None:
            return
        self.last_frame_button.setEnabled(False)
        grabber = LastFrameGrabber(self.path, self)
        grabber.grabbed.connect(self._captured)
        grabber.failed.connect(self._capture_failed)
        grabber.start()

    def _captured(self, image: QImage) -> None:
        self._update_enabled()
        self.lastFrameCaptured.emit(image)

    def _capture_failed(self, message: str) -> None:
        self._update_enabled()
        self.problem.emit(message)

    # -- keeping the controls in step ---------------------------------------------------
    def _update_enabled(self) -> None:
        loaded = self.path is not None
        for widget in (self.play_button, self.seek, self.last_frame_button):
            widget.setEnabled(loaded)

    def _duration(self, ms: int) -> None:
        if self.released:
            return
        self.seek.blockSignals(True)
        self.seek.setRange(0, max(0, ms))
        self.seek.setSingleStep(max(1, ms // 50))
        self.seek.setPageStep(max(1, ms // 10))
        self.seek.blockSignals(False)
        self._position(self.player.position())

    def _position(self, ms: int) -> None:
        if self.released:
            return
        if not self.seek.isSliderDown():
            self.seek.blockSignals(True)
            self.seek.setValue(ms)
            self.seek.blockSignals(False)
        self.time.setText(f"{clock(ms / 1000)} / {clock(self.player.duration() / 1000)}")

    def _seek_by_keyboard(self, value: int) -> None:
        if not self.seek.isSliderDown():
            self._seek_to(value)

    def _state(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setIcon(icon("media-pause" if playing else "media-play"))
        tip = (
            translate("Player", "Pause (Space)") if playing else translate("Player", "Play (Space)")
        )
        self.play_button.setToolTip(tip)
        self.play_button.setAccessibleName(tip)

    def _mute(self, muted: bool) -> None:
        self.audio.setMuted(muted)
        self.mute_button.setIcon(icon("audio-off" if muted else "audio-on"))
        tip = translate("Player", "Unmute") if muted else translate("Player", "Mute")
        self.mute_button.setToolTip(tip)
        self.mute_button.setAccessibleName(tip)

    def _loop(self, on: bool) -> None:
        self.player.setLoops(QMediaPlayer.Loops.Infinite if on else 1)

    def _error(self, _error: QMediaPlayer.Error, text: str) -> None:
        if text:
            self.problem.emit(
                translate("Player", "The video cannot be played: {error}").format(error=text)
            )
