"""The SQLite job store: schema, WAL, and what the history teaches."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from veodesk.core.locks import FileLock
from veodesk.core.models import GenerationParams
from veodesk.core.store import SCHEMA_VERSION, JobState, JobStore


def _params(**kw: object) -> GenerationParams:
    values: dict[str, object] = {"prompt": "p", "first": "a", "last": "b"}
    values.update(kw)
    return GenerationParams(**values)  # type: ignore[arg-type]


def test_schema_version_and_wal(tmp_path: Path) -> None:
    store = JobStore(tmp_path / "j.sqlite3")
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    JobStore(store.path)  # opening again migrates nothing and breaks nothing


def test_newer_schema_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    JobStore(path)
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(RuntimeError, match="newer veodesk"):
        JobStore(path)


def test_jobs_round_trip_with_their_history(tmp_path: Path) -> None:
    store = JobStore(tmp_path / "j.sqlite3")
    params = _params(aspect_ratio="9:16", first_anchor=(0.2, 0.8), generate_audio=False)
    job = store.create(params)
    assert job.state is JobState.PREPARING and job.params == params
    store.update(job.id, JobState.QUEUED, generation_id="g-1", server_status="queued")
    store.update(job.id, JobState.GENERATING, server_status="generating")
    job = store.update(job.id, JobState.DONE, credits_used=12.0)
    assert store.find("g-1") == job
    assert [e.state for e in store.events(job.id)] == ["preparing", "queued", "generating", "done"]
    with pytest.raises(ValueError):
        store.update(job.id, params="nope")
    store.delete(job.id)
    assert store.count() == 0 and store.events(job.id) == []


def test_credits_per_second_and_times_learn_from_similar_jobs(tmp_path: Path) -> None:
    store = JobStore(tmp_path / "j.sqlite3")
    params = _params()
    assert store.credits_per_second(params.resolution, params.generate_audio) is None
    for credits, submitted, finished in ((100.0, 0, 60), (120.0, 0, 80), (110.0, 0, 70)):
        job = store.create(_params())
        store.update(
            job.id,
            JobState.DONE,
            credits_used=credits,
            submitted_at=submitted + 1,
            finished_at=finished + 1,
        )
    other = store.create(_params(resolution="720p"))
    store.update(other.id, JobState.DONE, credits_used=5.0)
    seconds = params.duration
    assert store.credits_per_second(params.resolution, True) == 110.0 / seconds
    assert store.credits_per_second("720p", params.generate_audio) == 5.0 / seconds
    assert store.credits_per_second(params.resolution, not params.generate_audio) is None
    assert store.typical_seconds(_params()) == 70.0
    assert store.total_credits() == 335.0


_OPEN_AND_CREATE = """
import sys
from pathlib import Path
from veodesk.core.store import JobStore
from veodesk.core.models import GenerationParams
JobStore(Path(sys.argv[1])).create(GenerationParams(prompt="p", first="a", last="b"))
"""


def test_processes_opening_a_new_history_take_turns(tmp_path: Path) -> None:
    """Setting up a new file waits for another process's set-up instead of failing.

    SQLite does not wait (busy_timeout is not consulted) for the exclusive lock
    that switching a new file to WAL takes: several CLIs started at once on a
    fresh machine failed with "database is locked", about once in 200 starts
    of 8 at once. Here one set-up is held open while another process starts.
    """
    path = tmp_path / "jobs.sqlite3"
    with FileLock(path.with_name(path.name + ".setup")) as setup:
        assert setup.acquire()
        child = subprocess.Popen(
            [sys.executable, "-c", _OPEN_AND_CREATE, str(path)],
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(1.0)
        assert child.poll() is None, "it waits for the set-up under way"
        assert not path.exists() or path.stat().st_size == 0
    _, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    assert JobStore(path).count() == 1


def test_many_processes_create_one_history_at_once(tmp_path: Path) -> None:
    path = tmp_path / "jobs.sqlite3"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _OPEN_AND_CREATE, str(path)], stderr=subprocess.PIPE, text=True
        )
        for _ in range(8)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    assert JobStore(path).count() == 8
