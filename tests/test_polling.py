"""The poll loop's schedule, retry and deadline rules (driven by a scripted fetch)."""

from __future__ import annotations

import dataclasses
import itertools
import threading
from collections.abc import Callable

import pytest

from veodesk.core.errors import (
    AuthError,
    CancelledError,
    NetworkError,
    RateLimitedError,
    ServerError,
    StillPendingError,
)
from veodesk.core.http import MAX_RETRY_AFTER, retry_after_seconds
from veodesk.core.models import RemoteTask
from veodesk.core.polling import UNKNOWN_CAP, PollSchedule, wait_for_task


def _script(*steps: object) -> Callable[[], RemoteTask]:
    items = list(steps)

    def fetch() -> RemoteTask:
        step = items.pop(0) if len(items) > 1 else items[0]
        if isinstance(step, Exception):
            raise step
        return RemoteTask(id="g", status=str(step))

    return fetch


FAST = PollSchedule(first=0.01, factor=1.5, cap=0.02, jitter=0, retry_cap=0.05)


def test_intervals_start_short_grow_and_cap() -> None:
    s = PollSchedule(first=1.0, factor=1.5, cap=8.0, jitter=0)
    waits = [s.interval(i, 0) for i in range(10)]
    assert waits[0] == 1.0
    assert all(b >= a for a, b in itertools.pairwise(waits))
    assert max(waits) == 8.0
    assert sum(waits) < 10 * 8.0


def test_expected_duration_polls_sparsely_then_briskly() -> None:
    s = PollSchedule(first=1.0, cap=8.0, jitter=0, expected_seconds=100)
    # The job usually ends within 70-130 s: one quick early check, then long
    # waits closing in on 70 s without overshooting it, brisk polls through the
    # window, and an easing back-off past it.
    assert s.interval(0, 0) == 1.0
    early = s.interval(1, 1)
    assert early > 8.0
    assert 1 + early <= 70
    assert s.interval(3, 60) < early
    assert 60 + s.interval(3, 60) <= 70
    assert s.interval(5, 78) == s.interval(6, 125) == pytest.approx(3.2)
    assert 3.2 < s.interval(20, 200) <= 8.0
    assert s.interval(30, 4000) == 8.0


def test_brisk_rhythm_scales_with_the_typical_duration() -> None:
    short = PollSchedule(jitter=0, expected_seconds=40)
    long = PollSchedule(jitter=0, expected_seconds=160)
    assert long.interval(5, 160) == pytest.approx(4 * short.interval(5, 40))
    assert PollSchedule(jitter=0, expected_seconds=5).interval(5, 5) == 1.0  # never hammering


def test_resumed_wait_counts_the_time_already_run() -> None:
    fresh = dataclasses.replace(PollSchedule.learned(100), jitter=0)
    resumed = dataclasses.replace(PollSchedule.learned(100, elapsed_before=90), jitter=0)
    assert fresh.interval(1, 0) == 25.0  # far from the usual 70-130 s
    assert resumed.interval(1, 0) == pytest.approx(3.2)  # already in it


def test_no_history_polls_in_a_plain_rhythm() -> None:
    s = dataclasses.replace(PollSchedule.learned(None), jitter=0)
    assert s.expected_seconds is None
    assert s.interval(0, 0) == 1.0  # a sandbox job of a few seconds is seen at once
    assert s.interval(40, 600) == UNKNOWN_CAP


def test_unknown_statuses_keep_waiting() -> None:
    seen: list[str] = []
    task = wait_for_task(
        _script("waiting", "active", "queued", "whatever", "completed"),
        generation_id="g",
        schedule=FAST,
        timeout=5,
        on_update=lambda t: seen.append(t.status),
    )
    assert task.is_completed
    assert seen == ["waiting", "active", "queued", "whatever", "completed"]


@pytest.mark.parametrize(
    "exc",
    [
        NetworkError("down"),
        ServerError("502", status_code=502),
        RateLimitedError("slow", retry_after=0.01),
        ServerError("not json", status_code=200),
    ],
)
def test_transient_failures_are_retried(exc: Exception) -> None:
    retries: list[float] = []
    task = wait_for_task(
        _script(exc, exc, "generating", "completed"),
        generation_id="g",
        schedule=FAST,
        timeout=30,
        on_retry=lambda e, d: retries.append(d),
    )
    assert task.is_completed
    assert len(retries) == 2


def test_retry_after_is_honoured() -> None:
    retries: list[float] = []
    wait_for_task(
        _script(RateLimitedError("x", retry_after=0.3), "completed"),
        generation_id="g",
        schedule=FAST,
        timeout=5,
        on_retry=lambda e, d: retries.append(d),
    )
    assert retries[0] >= 0.3


def test_retry_after_is_capped() -> None:
    assert retry_after_seconds("999999") == MAX_RETRY_AFTER
    assert retry_after_seconds("3") == 3
    assert retry_after_seconds("nonsense") is None
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0


def test_auth_failure_is_not_retried() -> None:
    calls = []

    def fetch() -> RemoteTask:
        calls.append(1)
        raise AuthError("no", status_code=401)

    with pytest.raises(AuthError):
        wait_for_task(fetch, generation_id="g", schedule=FAST, timeout=5)
    assert len(calls) == 1


def test_deadline_reports_still_pending_not_failed() -> None:
    with pytest.raises(StillPendingError) as info:
        wait_for_task(_script("generating"), generation_id="g", schedule=FAST, timeout=0.2)
    assert info.value.generation_id == "g"
    assert info.value.last_status == "generating"
    assert info.value.exit_code == 5


def test_cancel_stops_waiting_promptly() -> None:
    cancel = threading.Event()
    timer = threading.Timer(0.2, cancel.set)
    timer.start()
    slow = PollSchedule(first=30, cap=30, jitter=0)
    with pytest.raises(CancelledError):
        wait_for_task(
            _script("generating"), generation_id="g", schedule=slow, timeout=60, cancel=cancel
        )
