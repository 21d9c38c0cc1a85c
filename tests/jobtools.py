"""Building a JobRunner against the sandbox, with a brisk poll rhythm for tests."""

from __future__ import annotations

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
