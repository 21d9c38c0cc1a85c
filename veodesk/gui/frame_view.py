"""Video drawn from frames converted off the UI thread, for machines without a GPU.

Without a GPU, QVideoWidget converts every frame from YUV to RGB and scales it
on the UI thread, with no RHI backend (offscreen) or through a software
OpenGL (llvmpipe): 7-15 ms a 1080p frame, 24 times a second, and heartbeat
gaps of 14-27 ms when playback starts (tests/benchmarks stalls). Here a worker
thread converts each frame and scales it to the view, and the UI thread only
draws the result.

The conversion is Qt's own (QVideoFrame::toImage, QImage::scaled), called
through ctypes: PySide keeps the GIL through a C++ call, so called from a
worker it would stop every Python slot of the UI thread for the whole
conversion all the same; ctypes lets go of the GIL. Calling C++ that way
relies on the x86-64 Linux C++ ABI (a QImage is returned through a hidden
first argument), so elsewhere, or when a symbol is missing, the player keeps
QVideoWidget.
"""

from __future__ import annotations

import ctypes
import glob
import os
import platform
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPaintEvent, QPalette
from PySide6.QtMultimedia import QVideoFrame, QVideoSink
from PySide6.QtWidgets import QWidget

#: ``widget`` keeps QVideoWidget, ``frames`` uses this view even with a GPU.
OUTPUT_ENV = "VEODESK_VIDEO_OUTPUT"
#: Platforms that draw widgets without any OpenGL, so without an RHI.
_RASTER_ONLY_PLATFORMS = {"offscreen", "minimal", "vnc", "linuxfb"}
#: Room for a QImage returned by a C++ call (at most 32 bytes in Qt 6), with margin.
_IMAGE_SLOT = 64
_KEEP_ASPECT_RATIO = 1  # Qt::KeepAspectRatio
_SMOOTH = 1  # Qt::SmoothTransformation


class _QtCalls:
    """The few Qt functions the conversion needs, as plain C calls."""

    def __init__(self) -> None:
        multimedia = _loaded("libQt6Multimedia.so.6")
        gui = _loaded("libQt6Gui.so.6")
        pointer = ctypes.c_void_p
        self.to_image = multimedia._ZNK11QVideoFrame7toImageEv
        self.to_image.argtypes = [pointer, pointer]
        self.to_image.restype = pointer
        self.scaled = gui._ZNK6QImage6scaledERK5QSizeN2Qt15AspectRatioModeENS3_18TransformationModeE
        self.scaled.argtypes = [pointer, pointer, pointer, ctypes.c_int, ctypes.c_int]
        self.scaled.restype = pointer
        self.assign = gui._ZN6QImageaSERKS_
        self.assign.argtypes = [pointer, pointer]
        self.assign.restype = pointer
        self.destroy = gui._ZN6QImageD1Ev
        self.destroy.argtypes = [pointer]
        self.destroy.restype = None

    def view_image(self, frame: QVideoFrame, box: QSize) -> QImage:
        """``frame`` in RGB, scaled to fit ``box``; holds the GIL only between the calls."""
        full = ctypes.create_string_buffer(_IMAGE_SLOT)
        small = ctypes.create_string_buffer(_IMAGE_SLOT)
        self.to_image(full, _address(frame))
        try:
            self.scaled(small, full, _address(box), _KEEP_ASPECT_RATIO, _SMOOTH)
        finally:
            self.destroy(full)
        image = QImage()
        self.assign(_address(image), small)  # a reference to the pixels, not a copy
        self.destroy(small)
        return image


def _loaded(soname: str) -> ctypes.CDLL:
    """The Qt library PySide loaded: by its name first, as a frozen app keeps it elsewhere."""
    try:
        return ctypes.CDLL(soname)
    except OSError:
        import PySide6

        return ctypes.CDLL(str(Path(PySide6.__file__).parent / "Qt" / "lib" / soname))


def _address(wrapper: Any) -> int:
    return int(shiboken6.getCppPointer(wrapper)[0])


_calls: _QtCalls | None = None
_checked = False


def _qt_calls() -> _QtCalls | None:
    global _calls, _checked
    if not _checked:
        _checked = True
        if sys.platform.startswith("linux") and platform.machine() == "x86_64":
            try:
                _calls = _QtCalls()
            except (OSError, AttributeError):  # another Qt build: QVideoWidget it is
                _calls = None
    return _calls


def has_gpu() -> bool:
    """Whether widgets may draw video on a GPU: an OpenGL platform and a DRM render node."""
    if QGuiApplication.platformName() in _RASTER_ONLY_PLATFORMS:
        return False
    # Mesa without a render node falls back to llvmpipe: OpenGL on the CPU.
    return not sys.platform.startswith("linux") or bool(glob.glob("/dev/dri/renderD*"))


def wanted() -> bool:
    """Whether the player should draw through a FrameView rather than QVideoWidget."""
    choice = os.environ.get(OUTPUT_ENV, "")
    if choice == "widget" or _qt_calls() is None:
        return False
    return choice == "frames" or not has_gpu()


class _Converter:
    """The worker thread's side: the newest frame waiting, and the thread converting it.

    Pictures go back to the UI thread through ``out``, a QVideoSink living
    there, whose C++ signal crosses threads: no Python signal is emitted 24
    times a second (PySide 6.12.0, which pyproject.toml excludes, dropped a
    reference to True at every emit).
    """

    def __init__(self, convert: Callable[[QVideoFrame, QSize], QImage], out: QVideoSink) -> None:
        self._convert = convert
        self._out = out
        self._lock = threading.Condition()
        self._next: tuple[QVideoFrame, QSize, int] | None = None
        self._done: tuple[QImage, int] | None = None
        self._working = False
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="video-frames", daemon=True)
        self._thread.start()

    @property
    def stopped(self) -> bool:
        return self._stopped

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._working or self._next is not None

    def offer(self, frame: QVideoFrame, box: QSize, tag: int) -> None:
        """Convert ``frame`` next; a frame still waiting is dropped for it."""
        with self._lock:
            self._next = (frame, box, tag)
            self._lock.notify()

    def take(self) -> tuple[QImage, int] | None:
        """The newest picture and the tag its frame was offered with, once."""
        with self._lock:
            done, self._done = self._done, None
            return done

    def drop(self) -> None:
        with self._lock:
            self._next = None
            self._done = None

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            self._next = None
            self._lock.notify()
        # No timeout: a conversion is one bounded Qt call, and a thread left
        # running could deliver to a sink that is being destroyed.
        self._thread.join()

    def _run(self) -> None:
        while True:
            with self._lock:
                while self._next is None and not self._stopped:
                    self._lock.wait()
                if self._stopped:
                    return
                assert self._next is not None
                (frame, box, tag), self._next = self._next, None
                self._working = True
            try:
                image = self._convert(frame, box)
                del frame  # the decoder's buffer goes back as soon as it is converted
                if not image.isNull():
                    with self._lock:
                        self._done = (image, tag)
                    self._out.setVideoFrame(QVideoFrame(image))  # wakes the UI thread
            finally:
                with self._lock:
                    self._working = False


class FrameView(QWidget):
    """Shows the newest frame of ``sink``, converted and scaled to the view on a worker thread.

    A frame that arrives while another is converted waits; a newer one
    replaces it (a slow machine drops frames, the UI does not wait). An
    invalid frame (the end of the clip) leaves the last picture on screen.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        calls = _qt_calls()
        assert calls is not None, "FrameView needs wanted() first"
        self.sink = QVideoSink(self)
        self.sink.videoFrameChanged.connect(self._frame)
        self._pictures = QVideoSink(self)
        self._pictures.videoFrameChanged.connect(self._picture)
        self._converter = _Converter(calls.view_image, self._pictures)
        # Stopped and joined here, on the UI thread, before the sinks go.
        self.destroyed.connect(self._converter.stop)
        self._image = QImage()
        #: Called on the UI thread whenever a new picture is on screen.
        self.on_shown: Callable[[], None] | None = None
        #: Bumped by clear(): a conversion under way then is not shown.
        self._generation = 0
        # Qt fills the black behind the picture, in C++: paintEvent makes
        # as few calls into the bindings as it can, 24 times a second.
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.black)
        self.setPalette(palette)
        self.setAutoFillBackground(True)

    def image(self) -> QImage:
        return self._image

    @property
    def busy(self) -> bool:
        """A frame is being converted, or waits to be."""
        return self._converter.busy

    def release(self) -> None:
        """Stop and join the converter thread; no frame is converted after (idempotent)."""
        self._converter.stop()

    def clear(self) -> None:
        """Forget the picture and any frame not yet converted (a new clip is coming)."""
        self._converter.drop()
        self._generation += 1
        self._image = QImage()
        self.update()

    def _frame(self, frame: QVideoFrame) -> None:
        if not frame.isValid() or self._converter.stopped:
            return
        ratio = self.devicePixelRatioF()
        box = QSize(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)))
        self._converter.offer(frame, box, self._generation)

    def _picture(self, _frame: QVideoFrame) -> None:
        done = self._converter.take()
        if done is None or done[1] != self._generation:
            return  # taken already, or converted before a clear(): the previous clip's
        self._image = done[0]
        self.update()
        if self.on_shown is not None:
            self.on_shown()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._image.isNull():
            return
        size = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - size.width()) // 2
        y = (self.height() - size.height()) // 2
        painter = QPainter(self)
        # Made for this view, the picture is drawn as it is; after a resize, scaled.
        if abs(size.width() * self.devicePixelRatioF() - self._image.width()) > 1:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRect(x, y, size.width(), size.height()), self._image)
