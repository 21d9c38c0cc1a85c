"""Jobs survive SIGKILL and share one data directory between processes."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from veodesk.core.download import part_path
from veodesk.core.store import JobState, JobStore
from veodesk.sandbox import Sandbox

from .clitools import json_out, run_cli
from .conftest import TEST_KEY, user_session
from .jobtools import newest_job_row, wait_for

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL semantics are POSIX")


def _spawn_generate(frames: tuple[Path, Path], *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "veodesk.cli",
            "generate",
            "--first",
            str(frames[0]),
            "--last",
            str(frames[1]),
            "--prompt",
            "a paper boat drifts",
            "--duration",
            "4",
            "--resolution",
            "720p",
            "--aspect-ratio",
            "16:9",
            *extra,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        stdin=subprocess.DEVNULL,
    )


def _kill_once_submitted(frames: tuple[Path, Path], home: Path) -> None:
    """Start a generate and SIGKILL it as soon as its generation id is stored."""
    proc = _spawn_generate(frames)
    try:
        wait_for(
            lambda: (row := newest_job_row(home)) is not None and row["generation_id"] is not None,
            "the job submitted",
        )
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)


@pytest.fixture
def slow_sandbox(monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    with Sandbox(api_key=TEST_KEY, queued_seconds=0.2, generating_seconds=2.5, fps=24) as sb:
        monkeypatch.setenv("VEODESK_BASE_URL", sb.base_url)
        monkeypatch.setenv("AIMLAPI_KEY", TEST_KEY)
        yield sb


def test_sigkill_while_polling_then_resume(
    slow_sandbox: Sandbox, frames: tuple[Path, Path], veodesk_home: Path
) -> None:
    _kill_once_submitted(frames, veodesk_home)
    row = newest_job_row(veodesk_home)
    assert row is not None and row["state"] in ("queued", "generating")
    gid = row["generation_id"]

    resumed = run_cli("resume", "--json")
    assert resumed.returncode == 0, resumed.stderr
    [job] = json_out(resumed)
    assert job["id"] == gid and job["status"] == "done"
    assert Path(job["file"]).read_bytes() == slow_sandbox.video_bytes(gid)
    assert slow_sandbox.post_count == 1


def test_sigkill_while_downloading_then_resume(
    slow_sandbox: Sandbox, frames: tuple[Path, Path], veodesk_home: Path
) -> None:
    slow_sandbox.faults.slow_download(30_000)
    proc = _spawn_generate(frames)
    try:

        def partly_downloaded() -> bool:
            row = newest_job_row(veodesk_home)
            if row is None or row["state"] != "downloading":
                return False
            part = part_path(Path(row["file_path"]))
            return part.exists() and part.stat().st_size > 40_000

        wait_for(partly_downloaded)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    row = newest_job_row(veodesk_home)
    assert row is not None and row["state"] == "downloading"
    final = Path(row["file_path"])
    assert not final.exists(), "a partial file must never sit at the final path"
    had = part_path(final).stat().st_size

    slow_sandbox.faults.slow_download(None)
    resumed = run_cli("resume", "--json")
    assert resumed.returncode == 0, resumed.stderr
    [job] = json_out(resumed)
    assert job["status"] == "done"
    assert final.read_bytes() == slow_sandbox.video_bytes(row["generation_id"])
    assert not part_path(final).exists()
    ranges = [r.headers.get("Range") for r in slow_sandbox.requests if r.origin == "video"]
    assert f"bytes={had}-" in ranges, "the download continued where it stopped"
    assert slow_sandbox.post_count == 1


def test_several_clis_share_one_data_directory(
    sandbox: Sandbox, frames: tuple[Path, Path], veodesk_home: Path
) -> None:
    procs = [_spawn_generate(frames, "--json") for _ in range(3)]
    outs = [p.communicate(timeout=120) for p in procs]
    for proc, (_out, err) in zip(procs, outs):
        assert proc.returncode == 0, err
        assert "locked" not in err.lower()
    files = {Path(json.loads(o)["file"]) for o, _ in outs}
    assert len(files) == 3 and all(f.is_file() for f in files)
    store = user_session().store()
    assert [j.state for j in store.jobs()] == [JobState.DONE] * 3
    assert sqlite3.connect(store.path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert sandbox.post_count == 3


def test_two_resumes_never_download_one_job_twice(
    slow_sandbox: Sandbox, frames: tuple[Path, Path], veodesk_home: Path
) -> None:
    _kill_once_submitted(frames, veodesk_home)
    slow_sandbox.faults.slow_download(400_000)
    cmd = [sys.executable, "-m", "veodesk.cli", "resume", "--json"]
    both = [
        subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    results = [p.communicate(timeout=120) for p in both]
    assert [p.returncode for p in both] == [0, 0], results
    row = newest_job_row(veodesk_home)
    assert row is not None and row["state"] == "done"
    full_gets = [
        r
        for r in slow_sandbox.requests
        if r.origin == "video" and r.method == "GET" and "Range" not in r.headers
    ]
    assert len(full_gets) == 1
    assert Path(row["file_path"]).read_bytes() == slow_sandbox.video_bytes(row["generation_id"])
    assert slow_sandbox.post_count == 1


def test_store_survives_concurrent_writers(tmp_path: Path) -> None:
    db = tmp_path / "jobs.sqlite3"
    JobStore(db)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from veodesk.core.models import GenerationParams\n"
        "from veodesk.core.store import JobStore, JobState\n"
        "s = JobStore(Path(sys.argv[1]))\n"
        "for i in range(40):\n"
        "    j = s.create(GenerationParams(prompt=f'p{i}', first='a', last='b'))\n"
        "    s.update(j.id, JobState.QUEUED, generation_id=f'{sys.argv[2]}-{i}')\n"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(db), f"w{n}"], stderr=subprocess.PIPE, text=True
        )
        for n in range(4)
    ]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    store = JobStore(db)
    assert store.count() == 160
    assert len({j.generation_id for j in store.jobs()}) == 160
