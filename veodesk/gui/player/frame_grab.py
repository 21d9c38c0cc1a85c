"""Capturing a video's final frame, decoded by Qt's media backend off the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame, QVideoSink

translate = QCoreApplication.translate


class LastFrameGrabber(QObject):
    """Opens the file in a silent, invisible player, seeks to the end and keeps that frame.

    The visible player cannot be used: it drops its frame at the end of the media.
    """

    grabbed = Signal(QImage)
    failed = Signal(str)

    def __init__(self, path: str, parent: QObject | None = None, timeout_ms: int = 15000) -> None:
        super().__init__(parent)
        self.path = path
        self._player = QMediaPlayer(self)
        self._sink = QVideoSink(self)
        self._player.setVideoOutput(self._sink)
        self._done = False
        self._seeked = False
        self._timer = QTimer(self, singleShot=True, interval=timeout_ms)
        self._timer.timeout.connect(
            lambda: self._fail(translate("LastFrameGrabber", "Reading the video took too long."))
        )
        self._player.mediaStatusChanged.connect(self._status)
        self._player.errorOccurred.connect(
            lambda _e, text: self._fail(text or translate("LastFrameGrabber", "unreadable"))
        )
        self._sink.videoFrameChanged.connect(self._frame)

    def start(self) -> None:
        self._timer.start()
        self._player.setSource(QUrl.fromLocalFile(self.path))

    def _status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.LoadedMedia and not self._seeked:
            if not self._player.hasVideo():
                self._fail(translate("LastFrameGrabber", "The file has no video track."))
                return
            self._seeked = True
            self._player.setPosition(max(0, self._player.duration() - 1))
            self._player.pause()  # decodes the frame at the position without playing
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._fail(translate("LastFrameGrabber", "The file is not a video Qt can read."))

    def _frame(self, frame: QVideoFrame) -> None:
        if self._done or not self._seeked or not frame.isValid():
            return
        end_us = self._player.duration() * 1000
        # Frames decoded before the seek landed belong to the start; wait for the last one.
        if end_us and frame.endTime() >= 0 and frame.endTime() < end_us * 0.9:
            return
        image = frame.toImage()
        if image.isNull():
            return
        self._finish()
        self.grabbed.emit(image)

    def _fail(self, message: str) -> None:
        if self._done:
            return
        self._finish()
        self.failed.emit(
            translate("LastFrameGrabber", "The last frame could not be captured: {error}").format(
                error=message
            )
        )

    def _finish(self) -> None:
        self._done = True
        self._timer.stop()
        self._player.stop()
        self.deleteLater()
