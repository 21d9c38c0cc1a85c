"""Background tasks: a function runs on a pool thread and its result comes back as a signal.

Each task gets its own signals object, created on the UI thread, so the result
reaches the UI thread through a queued connection whatever thread emits it.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from veodesk.gui.tuning.priority import lower_current_thread

log = logging.getLogger(__name__)

#: How long a finished runnable is kept before our reference to it is dropped.
RETIRE_SECONDS = 2.0
_retired: deque[tuple[float, object]] = deque()


def while_alive(owner: QObject, slot: Callable[..., None]) -> Callable[..., None]:
    """``slot``, or nothing once ``owner`` is deleted (its window closed mid-job)."""

    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            slot(*args)

    return call


def retire(runnable: object) -> None:
    """Keep a finished runnable (and so its signals object) alive a moment longer.

    Its last signal reaches the UI thread while its pool thread may still be
    returning from ``run()``. Dropping our reference right then would let the
    pool thread drop the last one, destroying the signals QObject (which
    belongs to the UI thread) on the wrong thread: a crash. Kept a while, the
    last reference is dropped here, on the UI thread, long after run() ended.
    """
    now = time.monotonic()
    while _retired and now - _retired[0][0] > RETIRE_SECONDS:
        _retired.popleft()
    _retired.append((now, runnable))


class TaskSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class PoolCall(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = TaskSignals()

    def run(self) -> None:
        lower_current_thread()
        try:
            result = self.fn()
        except Exception as exc:  # reported to the UI, never swallowed
            log.debug("background task failed", exc_info=True)
            self.signals.failed.emit(exc)
            return
        self.signals.succeeded.emit(result)


class TaskRunner(QObject):
    """Starts tasks on a pool and keeps them alive until their result is delivered."""

    def __init__(self, pool: QThreadPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool
        self._live: set[PoolCall] = set()
        self._closed = False

    def close(self) -> None:
        """Accept no new task: the app is quitting (those running finish)."""
        self._closed = True

    def start(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> PoolCall | None:
        if self._closed:
            log.debug("not started: quitting")
            return None
        task = PoolCall(fn)
        task.setAutoDelete(False)
        self._live.add(task)

        def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
            self._live.discard(task)
            retire(task)
            if not shiboken6.isValid(self):
                return  # the window closed while the task ran: nobody is left to tell
            if callback is not None:
                callback(value)
            elif isinstance(value, Exception):
                log.warning("background task failed: %s", value)

        task.signals.succeeded.connect(lambda value: finish(on_done, value))
        task.signals.failed.connect(lambda exc: finish(on_error, exc))
        self.pool.start(task)
        return task

    @property
    def pending(self) -> int:
        return len(self._live)
