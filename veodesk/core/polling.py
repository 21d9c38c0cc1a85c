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
from veodesk.core.models import Task

log = logging.getLogger(__name__)

DEFAULT_DEADLINE = 30 * 60.0
#: Failures worth waiting out: the task is still running on the server.
TRANSIENT = (NetworkError, RateLimitedError, ServerError)


@dataclass(frozen=True)
class PollSchedule:
    """How long to wait before the next status request.

    Short waits first (a task that fails validation fails fast), then longer
    ones, capped. With ``expected_seconds`` (learned from past jobs) it waits
    longer early and polls briskly around the time the task usually finishes.
    """

    first: float = 1.0
    factor: float = 1.5
    cap: float = 8.0
    near_end: float = 2.0
    jitter: float = 0.1
    expected_seconds: float | None = None
    #: The longest wait between retries of a failing status request.
    retry_cap: float = 30.0

    def interval(self, attempt: int, elapsed: float) -> float:
        base = min(self.cap, self.first * self.factor ** max(0, attempt))
        if self.expected_seconds:
            # Most tasks finish close to their usual time: poll sparsely until
            # then, briskly around it, and grow the plain way past it.
            brisk_from = 0.8 * self.expected_seconds
            if elapsed < brisk_from:
                base = max(self.near_end, min(brisk_from - elapsed, 3 * self.cap))
            elif elapsed < 1.5 * self.expected_seconds:
                base = self.near_end
        spread = base * self.jitter
        return max(0.05, base + random.uniform(-spread, spread))


def backoff(attempt: int, *, first: float = 1.0, cap: float = 30.0) -> float:
    """Exponential backoff with full jitter for retrying failures."""
    return random.uniform(0.5, 1.0) * min(cap, first * 2 ** max(0, attempt))


def wait_for_task(
    fetch: Callable[[], Task],
    *,
    generation_id: str,
    schedule: PollSchedule | None = None,
    timeout: float = DEFAULT_DEADLINE,
    cancel: threading.Event | None = None,
    on_update: Callable[[Task], None] | None = None,
    on_retry: Callable[[VeodeskError, float], None] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> Task:
    """Poll until the task is completed or errored; return that last Task.

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
                "Stopped waiting. The API cannot cancel a task, so it keeps running (and is "
                "paid for); resume the job later to fetch the video."
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
                f"The video is not ready yet (last status: {last_status}). It keeps rendering "
                "on the server; resume the job later to fetch it.",
                generation_id=generation_id,
                last_status=last_status,
            )
        cancel.wait(min(delay, remaining))
