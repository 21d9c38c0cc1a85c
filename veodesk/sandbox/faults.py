"""Fault injection: switches tests flip to make the sandbox misbehave on cue.

Request faults (``fail_next``, ``drop_next``) sit in one FIFO list; each request
takes the first entry whose method matches, so ``fail_next(1, 500)`` followed by
``drop_next(1)`` fails the next request and drops the one after. Method names:
``"POST"`` / ``"GET"`` (the generations endpoint), ``"VIDEO"`` (any request to
the video origin), ``"BILLING"`` (the balance path, on either origin that serves
it) and ``None`` (any request to the generations endpoint).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

VIDEO = "VIDEO"
BILLING = "BILLING"
_METHODS = ("POST", "GET", VIDEO, BILLING)


@dataclass
class ResponseFault:
    remaining: int
    status: int
    method: str | None
    retry_after: float | str | None = None
    body: bytes | None = None
    content_type: str | None = None
    headers: dict[str, str] | None = None


@dataclass
class DropFault:
    remaining: int
    method: str | None
    after_processing: bool = False


RequestFault = ResponseFault | DropFault


@dataclass(frozen=True)
class TaskFaults:
    """What the sandbox was told to do to one newly created task."""

    fail: tuple[str, str] | None = None  # (error name, message)
    without_url: bool = False
    extra_delay: float = 0.0


def _normalise_method(method: str | None) -> str | None:
    if method is None:
        return None
    upper = method.upper()
    if upper not in _METHODS:
        raise ValueError(f"method must be one of {', '.join(_METHODS)} or None, not {method!r}")
    return upper


def _matches(fault_method: str | None, kind: str) -> bool:
    if fault_method is None:
        return kind not in (VIDEO, BILLING)
    return fault_method == kind


class Faults:
    """All switches. Thread-safe; every method may be called while serving."""

    def __init__(self, *, range_support: bool = True, on_reset: Callable[[], None] | None = None):
        self._lock = threading.Lock()
        self._on_reset = on_reset
        self._default_range_support = range_support
        self._request_faults: list[RequestFault] = []
        self._truncations: deque[int] = deque()
        self._task_failures: deque[tuple[str, str]] = deque()
        self._tasks_without_url = 0
        self._task_delays: deque[float] = deque()
        self._bytes_per_second: float | None = None
        self._range_enabled = range_support
        self._low_balance = False
        self._balance_age = 0.0
        # The tasks' clock: monotonic time less the time tasks were held.
        self._held_since: float | None = None
        self._held_for = 0.0

    # -- API-facing switches ---------------------------------------------------------

    def fail_next(
        self,
        n: int,
        status: int,
        *,
        method: str | None = None,
        retry_after: float | str | None = None,
        body: bytes | str | None = None,
        content_type: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        """Answer the next ``n`` matching requests with ``status``.

        ``body`` replaces the vendor error JSON (e.g. an HTML error page, or broken
        JSON with status 200). Without ``content_type``, a body starting with ``<``
        is sent as text/html, anything else as application/json. ``headers`` are
        added to the answer (e.g. a ``Location`` for a 302).
        """
        if n < 1:
            raise ValueError("n must be at least 1")
        if not 100 <= int(status) <= 599:
            raise ValueError(f"status must be an HTTP status code, not {status!r}")
        raw = body.encode("utf-8") if isinstance(body, str) else body
        fault = ResponseFault(
            remaining=int(n),
            status=int(status),
            method=_normalise_method(method),
            retry_after=retry_after,
            body=raw,
            content_type=content_type,
            headers={str(k): str(v) for k, v in (headers or {}).items()},
        )
        with self._lock:
            self._request_faults.append(fault)

    def drop_next(
        self, n: int = 1, *, method: str | None = None, after_processing: bool = False
    ) -> None:
        """Close the socket of the next ``n`` matching requests without answering.

        With ``after_processing`` the request is handled first (a POST creates its
        task) and only the answer is lost: the "paid, but the client never heard" case.
        """
        if n < 1:
            raise ValueError("n must be at least 1")
        fault = DropFault(
            remaining=int(n), method=_normalise_method(method), after_processing=after_processing
        )
        with self._lock:
            self._request_faults.append(fault)

    def slow_download(self, bytes_per_second: float | None) -> None:
        """Throttle video bodies to this rate until reset; None lifts the limit."""
        if bytes_per_second is not None and bytes_per_second <= 0:
            raise ValueError("bytes_per_second must be positive or None")
        with self._lock:
            self._bytes_per_second = bytes_per_second

    def truncate_download(self, at_bytes: int, times: int = 1) -> None:
        """The next ``times`` video bodies promise their full length, then stop at ``at_bytes``."""
        if at_bytes < 0 or times < 1:
            raise ValueError("at_bytes must be >= 0 and times >= 1")
        with self._lock:
            self._truncations.extend([int(at_bytes)] * int(times))

    def disable_range(self) -> None:
        """Ignore Range headers: every video GET gets 200 and the whole file."""
        with self._lock:
            self._range_enabled = False

    def enable_range(self) -> None:
        with self._lock:
            self._range_enabled = True

    def fail_next_task(self, message: str, name: str = "GenerationError") -> None:
        """The next created task ends in status ``error`` (after its generating time)."""
        with self._lock:
            self._task_failures.append((str(name), str(message)))

    def complete_next_without_url(self) -> None:
        """The next created task reports ``completed`` with ``video: null``."""
        with self._lock:
            self._tasks_without_url += 1

    def delay_next_task(self, seconds: float) -> None:
        """Add ``seconds`` to the generating phase of the next created task."""
        if seconds < 0:
            raise ValueError("seconds must not be negative")
        with self._lock:
            self._task_delays.append(float(seconds))

    def report_low_balance(self, on: bool = True) -> None:
        """The balance answers ``lowBalance: true`` whatever the balance, until reset."""
        with self._lock:
            self._low_balance = bool(on)

    def age_balance(self, seconds: float) -> None:
        """The balance's ``lastUpdated`` lies this far in the past, until reset."""
        if seconds < 0:
            raise ValueError("seconds must not be negative")
        with self._lock:
            self._balance_age = float(seconds)

    def hold_tasks(self) -> None:
        """Tasks stop advancing (a queued task stays queued) until :meth:`release_tasks`.

        A stalled service; it also lets a test see a task in one status for sure,
        where the time between two requests on a busy machine would not.
        """
        with self._lock:
            if self._held_since is None:
                self._held_since = time.monotonic()

    def release_tasks(self) -> None:
        """Tasks advance again, from where they were held."""
        with self._lock:
            self._release_locked()

    def _release_locked(self) -> None:
        if self._held_since is not None:
            self._held_for += time.monotonic() - self._held_since
            self._held_since = None

    def reset(self) -> None:
        """Clear every fault, restore Range support, and zero the sandbox's counters."""
        with self._lock:
            self._release_locked()
            self._request_faults.clear()
            self._truncations.clear()
            self._task_failures.clear()
            self._tasks_without_url = 0
            self._task_delays.clear()
            self._bytes_per_second = None
            self._range_enabled = self._default_range_support
            self._low_balance = False
            self._balance_age = 0.0
        if self._on_reset is not None:
            self._on_reset()

    # -- consumed by the handlers -----------------------------------------------------

    def task_clock(self) -> float:
        """The time tasks advance by: monotonic seconds, less the time they were held."""
        with self._lock:
            now = time.monotonic()
            held = self._held_for
            if self._held_since is not None:
                held += now - self._held_since
            return now - held

    def take_request_fault(self, kind: str) -> RequestFault | None:
        """Pop one use of the first fault matching ``kind`` ("POST", "GET", "VIDEO", ...)."""
        with self._lock:
            for fault in self._request_faults:
                if _matches(fault.method, kind):
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self._request_faults.remove(fault)
                    return fault
        return None

    def take_truncation(self) -> int | None:
        with self._lock:
            return self._truncations.popleft() if self._truncations else None

    def take_task_faults(self) -> TaskFaults:
        with self._lock:
            fail = self._task_failures.popleft() if self._task_failures else None
            without_url = self._tasks_without_url > 0
            if without_url:
                self._tasks_without_url -= 1
            delay = self._task_delays.popleft() if self._task_delays else 0.0
        return TaskFaults(fail=fail, without_url=without_url, extra_delay=delay)

    @property
    def bytes_per_second(self) -> float | None:
        with self._lock:
            return self._bytes_per_second

    @property
    def range_enabled(self) -> bool:
        with self._lock:
            return self._range_enabled

    @property
    def low_balance(self) -> bool:
        with self._lock:
            return self._low_balance

    @property
    def balance_age(self) -> float:
        with self._lock:
            return self._balance_age

    def snapshot(self) -> dict[str, Any]:
        """JSON-able view of what is still armed."""
        with self._lock:
            pending: list[dict[str, Any]] = []
            for fault in self._request_faults:
                if isinstance(fault, ResponseFault):
                    pending.append(
                        {
                            "action": "fail_next",
                            "n": fault.remaining,
                            "status": fault.status,
                            "method": fault.method,
                            "retry_after": fault.retry_after,
                        }
                    )
                else:
                    pending.append(
                        {
                            "action": "drop_next",
                            "n": fault.remaining,
                            "method": fault.method,
                            "after_processing": fault.after_processing,
                        }
                    )
            return {
                "request_faults": pending,
                "truncations": list(self._truncations),
                "bytes_per_second": self._bytes_per_second,
                "range_enabled": self._range_enabled,
                "task_failures": [list(item) for item in self._task_failures],
                "tasks_without_url": self._tasks_without_url,
                "task_delays": list(self._task_delays),
                "low_balance": self._low_balance,
                "balance_age": self._balance_age,
            }
