"""Waiting for a task: a growing, capped poll interval with jitter and a deadline."""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from veodesk.core.errors import (
    CancelledError,
    NetworkError,
    RateLimitedError,
    ServerError,
    StillPendingError,
    VeodeskError,
)
from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message, ServerText
from veodesk.core.models import RemoteTask

log = logging.getLogger(__name__)

DEFAULT_DEADLINE = 30 * 60.0
#: Failures worth waiting out: the task is still running on the server.
TRANSIENT = (NetworkError, RateLimitedError, ServerError)


#: With no history to learn from, the plain rhythm settles at this interval:
#: a result is noticed about 2 s late on average, whatever the job's length.
UNKNOWN_CAP = 4.0


@dataclass(frozen=True)
class PollSchedule:
    """How long to wait before the next status request.

    Without ``expected_seconds`` the waits start at ``first`` and grow by
    ``factor`` up to ``cap``. With it (the history's typical duration for such
    a job, see :meth:`learned`), a job is expected to finish within
    ``expected × (1 ± spread)``: one early check (a task that fails validation
    fails fast), a few sparse checks closing in on that window, a brisk rhythm of
    ``brisk_share × expected`` through it (so the delay in noticing the result
    is a fixed small share of the job's length, whatever its length), and a
    gentle back-off up to ``cap`` when the job runs late. ``elapsed_before`` is
    the time the task already ran before this wait began (a resumed job).

    Tuned by simulation (``python -m tests.benchmarks polling``, figures in
    docs/PERFORMANCE.md): over jobs of 30–180 s straying ±30 % from their
    typical time, the result is noticed under 2 s after the server has it, on
    average, for at most 25 requests per job.
    """

    first: float = 1.0
    factor: float = 1.5
    cap: float = 8.0
    #: The shortest brisk interval.
    near_end: float = 1.0
    jitter: float = 0.1
    expected_seconds: float | None = None
    #: How far a job strays from its typical duration, as a share of it.
    spread: float = 0.3
    #: The brisk interval inside the window, as a share of the typical duration.
    brisk_share: float = 0.032
    #: The longest sparse interval before the window, as a share of the typical duration.
    sparse_share: float = 0.25
    #: Before the window, the wait is the brisk interval plus this share of the time left.
    approach: float = 0.5
    #: How many quick checks (``first`` growing by ``factor``) come before the sparse ones.
    early_checks: int = 1
    elapsed_before: float = 0.0
    #: The longest wait between retries of a failing status request.
    retry_cap: float = 30.0

    @classmethod
    def learned(cls, typical_seconds: float | None, *, elapsed_before: float = 0.0) -> PollSchedule:
        """The schedule for a job whose similar past jobs took ``typical_seconds`` (or None)."""
        elapsed_before = max(0.0, elapsed_before)
        if typical_seconds and typical_seconds > 0:
            return cls(expected_seconds=typical_seconds, elapsed_before=elapsed_before)
        # Knowing nothing, assume nothing: a job may finish in seconds (a sandbox)
        # or minutes. A range guessed up front costs dearly whenever it is wrong.
        return cls(cap=UNKNOWN_CAP, elapsed_before=elapsed_before)

    def interval(self, attempt: int, elapsed: float) -> float:
        if self.expected_seconds:
            base = self._expected(attempt, elapsed + self.elapsed_before, self.expected_seconds)
        else:
            base = self._plain(attempt)
        spread = base * self.jitter
        return max(0.05, base + random.uniform(-spread, spread))

    def _plain(self, attempt: int) -> float:
        return min(self.cap, self.first * self.factor ** max(0, attempt))

    def _expected(self, attempt: int, elapsed: float, expected: float) -> float:
        opens = (1 - self.spread) * expected
        closes = (1 + self.spread) * expected
        brisk = max(self.near_end, self.brisk_share * expected)
        left = opens - elapsed
        if left > 0:
            if attempt < self.early_checks:
                return min(self._plain(attempt), left)
            # Closing in on the window: each wait covers about half the way left,
            # so a job that beats its usual time is still noticed soon.
            return min(max(brisk, self.sparse_share * expected), brisk + self.approach * left)
        if elapsed < closes:
            return brisk
        # Later than usual: ease off from the brisk rhythm, never past the cap.
        return min(max(self.cap, brisk), brisk + 0.1 * (elapsed - closes))


def backoff(attempt: int, *, first: float = 1.0, cap: float = 30.0) -> float:
    """Exponential backoff with full jitter for retrying failures."""
    return random.uniform(0.5, 1.0) * min(cap, first * 2.0 ** max(0, attempt))


def wait_for_task(
    fetch: Callable[[], RemoteTask],
    *,
    generation_id: str,
    schedule: PollSchedule | None = None,
    timeout: float = DEFAULT_DEADLINE,
    cancel: threading.Event | None = None,
    on_update: Callable[[RemoteTask], None] | None = None,
    on_retry: Callable[[VeodeskError, float], None] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> RemoteTask:
    """Poll until the task is completed or errored; return that last RemoteTask.

    Transient failures are retried until the deadline; anything else (a
    rejected key, an unknown id) is raised at once. At the deadline the task is
    reported as still pending, never as failed: it may well finish later.
    """
    schedule = schedule or PollSchedule()
    cancel = cancel or threading.Event()
    started = clock()
    deadline = started + timeout
    attempt = failures = 0
    last_status = "queued"
    while True:
        if cancel.is_set():
            raise CancelledError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Stopped waiting. The API cannot cancel a task, so it keeps running (and "
                        "is paid for); resume the job later to fetch the video.",
                    )
                )
            )
        try:
            task = fetch()
        except TRANSIENT as exc:
            failures += 1
            delay = backoff(failures, first=schedule.first, cap=schedule.retry_cap)
            if isinstance(exc, (RateLimitedError, ServerError)) and exc.retry_after is not None:
                delay = max(delay, exc.retry_after)
            log.info("status check failed (%s); retrying in %.1fs", type(exc).__name__, delay)
            if on_retry:
                on_retry(exc, delay)
        else:
            failures = 0
            last_status = task.status
            if on_update:
                on_update(task)
            if task.is_terminal:
                return task
            delay = schedule.interval(attempt, clock() - started)
            attempt += 1
        remaining = deadline - clock()
        if remaining <= 0:
            raise StillPendingError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The video is not ready yet (last status: {status}). It keeps rendering "
                        "on the server; resume the job later to fetch it.",
                    ),
                    status=ServerText(last_status),
                ),
                generation_id=generation_id,
                last_status=last_status,
            )
        cancel.wait(min(delay, remaining))
