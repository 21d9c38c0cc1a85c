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
first argument) and on a QImage's size, which nothing checks at compile time:
a mismatch would corrupt memory rather than raise. So the path is fenced, and
the player keeps QVideoWidget unless every check passes at load:

- x86-64 Linux;
- a Qt version it was verified on: Qt 6.11 (6.11.3, PySide6's wheels). The
  pin in pyproject.toml admits 6.6 to 6.11; on the versions not verified here
  the fence falls back. Add a version to ``VERIFIED_QT`` only after running
  tests/gui/test_player.py and the stalls benchmark on it;
- the four symbols below, by their mangled names;
- a probe: one small frame converted through the path, with guard bytes
  after the space a QImage may take, gives the picture PySide's own
  conversion gives, and leaves the guard bytes alone.
"""

from __future__ import annotations

import ctypes
import glob
import logging
import os
import platform
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QRect, QSize, Qt, qVersion
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPaintEvent, QPalette
from PySide6.QtMultimedia import QVideoFrame, QVideoSink
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

#: ``widget`` keeps QVideoWidget, ``frames`` uses this view even with a GPU.
OUTPUT_ENV = "VEODESK_VIDEO_OUTPUT"
#: Platforms that draw widgets without any OpenGL, so without an RHI.
_RASTER_ONLY_PLATFORMS = {"offscreen", "minimal", "vnc", "linuxfb"}
#: (major, minor) Qt versions the ctypes path was verified on (see the docstring).
VERIFIED_QT = frozenset({(6, 11)})
#: Room for a QImage returned by a C++ call (24 bytes in Qt 6 on x86-64; at most
#: _IMAGE_MAX), and guard bytes after it that the probe checks are untouched.
_IMAGE_MAX = 32
_IMAGE_SLOT = 64
_GUARD = 0xA5
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
        return self._view_image(frame, box, [])

    def _view_image(self, frame: QVideoFrame, box: QSize, guards: list[bytes]) -> QImage:
        full = ctypes.create_string_buffer(bytes([_GUARD]) * _IMAGE_SLOT, _IMAGE_SLOT)
        small = ctypes.create_string_buffer(bytes([_GUARD]) * _IMAGE_SLOT, _IMAGE_SLOT)
        self.to_image(full, _address(frame))
        try:
            self.scaled(small, full, _address(box), _KEEP_ASPECT_RATIO, _SMOOTH)
        finally:
            guards.append(full.raw[_IMAGE_MAX:])
            self.destroy(full)
        guards.append(small.raw[_IMAGE_MAX:])
        image = QImage()
        self.assign(_address(image), small)  # a reference to the pixels, not a copy
        self.destroy(small)
        return image

    def probe(self) -> str | None:
        """Convert one known frame both ways; what differs, or None when they agree."""
        source = QImage(16, 8, QImage.Format.Format_RGB32)
        source.fill(Qt.GlobalColor.red)
        guards: list[bytes] = []
        ours = self._view_image(QVideoFrame(source), QSize(8, 4), guards)
        if any(guard != bytes([_GUARD]) * len(guard) for guard in guards):
            return "a QImage is larger than the room kept for it"
        theirs = (
            QVideoFrame(source)
            .toImage()
            .scaled(
                QSize(8, 4),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        if ours.size() != theirs.size() or ours.pixelColor(4, 2) != theirs.pixelColor(4, 2):
            return "the converted picture differs from Qt's own"
        return None


def _loaded(soname: str) -> ctypes.CDLL:
    """The Qt library PySide loaded: by its name first, as a frozen app keeps it elsewhere."""
    try:
        return ctypes.CDLL(soname)
    except OSError:
        # only when the library is not found by its name
        import PySide6

        return ctypes.CDLL(str(Path(PySide6.__file__).parent / "Qt" / "lib" / soname))


def _address(wrapper: Any) -> int:
    return int(shiboken6.getCppPointer(wrapper)[0])


_calls: _QtCalls | None = None
_checked = False
#: Why the ctypes path is not used, once checked; None when it is.
fallback_reason: str | None = None


def _fence() -> tuple[_QtCalls | None, str | None]:
    if not (sys.platform.startswith("linux") and platform.machine() == "x86_64"):
        return None, "not x86-64 Linux"
    version = qVersion()
    major, minor = (int(part) for part in version.split(".")[:2])
    if (major, minor) not in VERIFIED_QT:
        return None, f"Qt {version} is not a version the frame path was verified on"
    try:
        calls = _QtCalls()
    except (OSError, AttributeError) as exc:  # another Qt build
        return None, f"a Qt symbol is missing ({exc})"
    problem = calls.probe()
    return (None, problem) if problem else (calls, None)


def _qt_calls() -> _QtCalls | None:
    global _calls, _checked, fallback_reason
    if not _checked:
        _checked = True
        _calls, fallback_reason = _fence()
        if fallback_reason:
            log.info("video drawn by QVideoWidget: %s", fallback_reason)
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
