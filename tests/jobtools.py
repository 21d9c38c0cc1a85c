"""Building a JobRunner against the sandbox, with a brisk poll rhythm for tests."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from veodesk.core import http
from veodesk.core.api import ApiClient
from veodesk.core.models import GenerationParams
from veodesk.core.polling import PollSchedule
from veodesk.core.runner import JobRunner
from veodesk.core.settings import Settings
from veodesk.core.store import JobStore
from veodesk.sandbox import Sandbox

from .conftest import TEST_KEY, user_session

BRISK = PollSchedule(first=0.05, factor=1.5, cap=0.2, jitter=0, retry_cap=0.2)


def make_runner(
    sandbox: Sandbox, *, timeout: float = 60, store: JobStore | None = None
) -> JobRunner:
    session = user_session()
    return JobRunner(
        store or session.store(),
        ApiClient(sandbox.base_url, TEST_KEY),
        video_session=http.new_session(),
        video_dir=session.video_dir(Settings()),
        timeout=timeout,
        schedule=BRISK,
    )


def params_for(frames: tuple[Path, Path], **overrides: object) -> GenerationParams:
    values: dict[str, object] = {
        "prompt": "waves roll in",
        "first": str(frames[0]),
        "last": str(frames[1]),
        "duration": 4,
        "resolution": "720p",
        "aspect_ratio": "16:9",
    }
    values.update(overrides)
    return GenerationParams(**values)  # type: ignore[arg-type]


def wait_for(predicate: Callable[[], bool], what: str = "condition", timeout: float = 60) -> None:
    """Poll ``predicate`` (another process is doing the work) until it holds."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(f"{what}: not met in time")


def newest_job_row(home: Path) -> sqlite3.Row | None:
    """The newest job as another process wrote it, read straight from the file."""
    db = home / "data" / "jobs.sqlite3"
    if not db.exists():
        return None
    with sqlite3.connect(db, timeout=10) as conn:
        conn.row_factory = sqlite3.Row
        try:
            return conn.execute("SELECT * FROM jobs ORDER BY id DESC LIMIT 1").fetchone()
        except sqlite3.OperationalError:
            return None  # the other process has created the file but not yet its tables
