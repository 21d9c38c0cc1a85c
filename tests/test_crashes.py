"""Run markers: a clean exit leaves nothing, a crash leaves its trace for the next start."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from veodesk.core.crashes import (
    LAST_CRASH_FILE,
    RunMarker,
    collect_unclean_exits,
    last_crash_trace,
    remove_orphan_parts,
)
from veodesk.core.download import part_path
from veodesk.core.models import GenerationParams
from veodesk.core.store import JobState, JobStore

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX signals")

_CHILD = """
import os, signal, sys, time
from pathlib import Path
from veodesk.core.crashes import RunMarker
marker = RunMarker(Path(sys.argv[1]))
marker.open()
print("open", flush=True)
if sys.argv[2] == "segv":
    os.kill(os.getpid(), signal.SIGSEGV)
elif sys.argv[2] == "clean":
    marker.close()
else:
    time.sleep(60)
"""


def _child(log_dir: Path, how: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(log_dir), how],
        stdout=subprocess.PIPE,
        text=True,
        # The SIGSEGV is sent on purpose: no core file in the checkout.
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_CORE, (0, 0)),
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
    return proc


def test_a_clean_exit_leaves_nothing(tmp_path: Path) -> None:
    assert _child(tmp_path, "clean").wait(30) == 0
    assert not list((tmp_path / "runs").iterdir())
    assert collect_unclean_exits(tmp_path) == []
    assert last_crash_trace(tmp_path) is None


def test_a_crash_is_found_once_with_its_trace(tmp_path: Path) -> None:
    before = time.time()
    assert _child(tmp_path, "segv").wait(30) == -signal.SIGSEGV
    [crash] = collect_unclean_exits(tmp_path)
    assert "Fatal Python error: Segmentation fault" in crash.trace
    assert before - 1 <= crash.when <= time.time()
    assert "Segmentation fault" in (last_crash_trace(tmp_path) or "")
    assert not list((tmp_path / "runs").iterdir()), "the marker is collected"
    assert collect_unclean_exits(tmp_path) == [], "and reported once"
    assert (tmp_path / LAST_CRASH_FILE).is_file(), "the trace stays for the diagnostics"


def test_a_killed_run_without_trace_counts_too(tmp_path: Path) -> None:
    proc = _child(tmp_path, "sleep")
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    [crash] = collect_unclean_exits(tmp_path)
    assert crash.trace == ""
    assert last_crash_trace(tmp_path) is None


def test_a_running_window_is_not_a_crash(tmp_path: Path) -> None:
    proc = _child(tmp_path, "sleep")
    try:
        own = RunMarker(tmp_path)
        own.open()
        assert collect_unclean_exits(tmp_path, own=own) == []
        assert len(list((tmp_path / "runs").glob("*.lock"))) == 2
        own.close()
    finally:
        proc.kill()
        proc.wait(30)


def test_orphaned_partial_downloads_go_and_owned_ones_stay(tmp_path: Path) -> None:
    store = JobStore(tmp_path / "jobs.sqlite3")
    videos = tmp_path / "videos"
    videos.mkdir()
    params = GenerationParams(prompt="p", first="a", last="b")
    downloading = store.create(params)
    store.update(
        downloading.id, JobState.DOWNLOADING, generation_id="g1", file_path=str(videos / "a.mp4")
    )
    done = store.create(params)
    store.update(done.id, JobState.DONE, generation_id="g2", file_path=str(videos / "b.mp4"))
    owned, finished, stray = (part_path(videos / n) for n in ("a.mp4", "b.mp4", "c.mp4"))
    for part in (owned, finished, stray):
        part.write_bytes(b"x" * 10)
    kept = videos / "c.mp4"
    kept.write_bytes(b"a finished video of another tool")

    removed = remove_orphan_parts(store, [videos])

    assert sorted(removed) == sorted([finished, stray])
    assert owned.exists() and kept.exists()
    assert not finished.exists() and not stray.exists()
