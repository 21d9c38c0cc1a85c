"""Background work: a function runs on a pool thread, its result comes back to the UI thread.

As in Picard: every result is posted to the UI thread through one long-lived
object (:class:`MainThread`), not through a QObject made for each task, so no
QObject is ever left for a pool thread to destroy and nothing has to be kept
alive after it finishes. The pool runs plain Python callables (Qt wraps each
in a runnable it deletes itself). Quitting waits on a counter of the work
still running (:meth:`TaskRunner.wait`).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from veodesk.gui.tuning.priority import lower_current_thread

log = logging.getLogger(__name__)


class MainThread(QObject):
    """The one object that carries calls from any thread to the UI thread, in order."""

    _call = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        # Queued from any thread, the UI thread's own included: a posted call never
        # runs inside the code that posts it.
        self._call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def post(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` on the UI thread, in an event-loop turn of its own; from any thread."""
        try:
            self._call.emit(fn)
        except RuntimeError:  # the application, and this object with it, is gone
            log.debug("a result arrived after the application quit; dropped")

    def _run(self, fn: Callable[[], None]) -> None:
        fn()


_main: MainThread | None = None


def main_thread() -> MainThread:
    """The process's MainThread; made, on the UI thread, by the first task runner."""
    global _main
    if _main is None or not shiboken6.isValid(_main):
        app = QCoreApplication.instance()
        if app is None or threading.current_thread() is not threading.main_thread():
            raise RuntimeError("the MainThread object is made on the UI thread, with the app")
        _main = MainThread()
        _main.setParent(app)  # lives exactly as long as the application
    return _main


class Counter:
    """Work still running on pool threads, to be waited for at quit."""

    def __init__(self) -> None:
        self._running = 0
        self._changed = threading.Condition()

    def enter(self) -> None:
        with self._changed:
            self._running += 1

    def leave(self) -> None:
        with self._changed:
            self._running -= 1
            self._changed.notify_all()

    @property
    def running(self) -> int:
        with self._changed:
            return self._running

    def wait(self, timeout_ms: int) -> bool:
        """True once nothing runs; False when something still did after ``timeout_ms``."""
        deadline = time.monotonic() + timeout_ms / 1000
        with self._changed:
            while self._running:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._changed.wait(left)
            return True


class TaskRunner(QObject):
    """Runs functions on a pool and hands their results to callbacks on the UI thread."""

    def __init__(self, pool: QThreadPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool
        self._main = main_thread()
        self._counter = Counter()
        self._undelivered = 0
        self._closed = False

    def close(self) -> None:
        """Accept no new task: the app is quitting (those running finish)."""
        self._closed = True

    def start(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> bool:
        """Run ``fn`` on the pool; False when quitting (it does not run)."""
        if self._closed:
            log.debug("not started: quitting")
            return False
        self._counter.enter()
        self._undelivered += 1

        def run() -> None:
            lower_current_thread()
            try:
                try:
                    result: Any = fn()
                except Exception as exc:  # reported to the UI, never swallowed
                    log.debug("background task failed", exc_info=True)
                    error = exc  # ``exc`` is unbound when the except clause ends
                    self._main.post(lambda: self._deliver(on_error, error))
                else:
                    self._main.post(lambda: self._deliver(on_done, result))
            finally:
                self._counter.leave()

        self.pool.start(run)
        return True

    def _deliver(self, callback: Callable[[Any], None] | None, value: Any) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed while the task ran: nobody is left to tell
        self._undelivered -= 1
        if callback is not None:
            callback(value)
        elif isinstance(value, Exception):
            log.warning("background task failed: %s", value)

    def wait(self, timeout_ms: int) -> bool:
        """Wait for the tasks still running (at quit). True when none is left."""
        return self._counter.wait(timeout_ms)

    @property
    def pending(self) -> int:
        """Tasks started whose result has not reached its callback yet."""
        return self._undelivered


class AfterPaint(QObject):
    """Calls made once ``window`` has painted what changed before they were asked for.

    The window is watched only while calls wait (a filter on every event of
    the window for the app's whole life would cost each repaint a call into
    Python). Qt offers no "painted" signal; the top-level widget's
    UpdateRequest is the event in which it paints its dirty children, so the
    calls run in the event-loop turn after it.
    """

    #: The window may never paint (minimised, hidden): the calls run anyway after
    #: this long, a timer on purpose, as the stand-in for a paint that will not come.
    FALLBACK_MS = 200

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._calls: list[Callable[[], None]] = []
        self._fallback = QTimer(self, singleShot=True, interval=self.FALLBACK_MS)
        self._fallback.timeout.connect(self._flush)

    def call(self, fn: Callable[[], None]) -> None:
        if not self._calls:
            self._window.installEventFilter(self)
            self._fallback.start()
        self._calls.append(fn)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.UpdateRequest:
            # This event paints the window; the calls come after it, not before.
            self._main_post()
        return False

    def _main_post(self) -> None:
        self._window.removeEventFilter(self)
        main_thread().post(self._flush)

    def _flush(self) -> None:
        self._fallback.stop()
        self._window.removeEventFilter(self)
        calls, self._calls = self._calls, []
        for fn in calls:
            fn()
