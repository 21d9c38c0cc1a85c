"""A storyboard's render survives SIGKILL and never pays for a segment twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from veodesk.sandbox import Sandbox

from .boardtools import make_board, tagged_rows
from .clitools import json_out, probe_mp4, run_cli
from .conftest import TEST_KEY
from .jobtools import wait_for

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL semantics are POSIX")


@pytest.fixture
def slow_sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    with Sandbox(api_key=TEST_KEY, queued_seconds=0.2, generating_seconds=2.5, fps=6) as sb:
        monkeypatch.setenv("VEODESK_BASE_URL", sb.base_url)
        monkeypatch.setenv("AIMLAPI_KEY", TEST_KEY)
        yield sb


def _kill_once_all_sent(board: Path, output: Path, home: Path, segments: int) -> None:
    """Start a render and SIGKILL it once every segment's generation id is stored."""
    command = ["film", "render", str(board), "--output", str(output), "--yes"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "veodesk.cli", *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    try:
        wait_for(
            lambda: sum(1 for r in tagged_rows(home) if r["generation_id"]) == segments,
            "every segment sent",
        )
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=10)


@pytest.mark.parametrize("then", ["render again", "resume, then render"])
def test_sigkill_during_a_three_segment_render_then_one_post_per_segment(
    slow_sandbox: Sandbox, tmp_path: Path, veodesk_home: Path, then: str
) -> None:
    board = make_board(tmp_path / "project", keyframes=4)
    film = tmp_path / "film.mp4"
    _kill_once_all_sent(board, film, veodesk_home, 3)
    assert not film.exists()
    assert {r["state"] for r in tagged_rows(veodesk_home)} <= {"queued", "generating"}
    assert slow_sandbox.post_count == 3

    if then == "resume, then render":
        resumed = run_cli("resume", "--json")
        assert resumed.returncode == 0, resumed.stderr
        assert [j["status"] for j in json_out(resumed)] == ["done"] * 3
    result = run_cli("film", "render", str(board), "-o", str(film), "--json")
    assert result.returncode == 0, result.stderr
    data = json_out(result)
    assert data["sent"] == 0 and [s["state"] for s in data["segments"]] == ["done"] * 3
    assert slow_sandbox.post_count == 3
    assert probe_mp4(film)["frames"] == 3 * 24 - 2
    # Every take is the video its own task made.
    for row in tagged_rows(veodesk_home):
        assert Path(row["file_path"]).read_bytes() == slow_sandbox.video_bytes(row["generation_id"])


def test_an_unanswered_post_is_not_sent_again_until_the_user_resubmits(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    board = make_board(tmp_path / "project", keyframes=3)
    film = tmp_path / "film.mp4"
    # The first POST creates its (paid) task, but the answer never arrives.
    sandbox.faults.drop_next(1, method="POST", after_processing=True)
    first = run_cli("film", "render", str(board), "-o", str(film), "--yes")
    assert first.returncode == 4, first.stderr
    assert "may have been created and charged" in first.stderr and not film.exists()
    assert sandbox.post_count == 2 and sandbox.tasks_created == 2

    again = run_cli("film", "render", str(board), "-o", str(film), "--yes")
    assert again.returncode == 2, again.stderr
    assert "resubmit" in again.stderr and sandbox.post_count == 2
    status = json_out(run_cli("film", "status", str(board), "--json"))
    assert [s["state"] for s in status["segments"]] == ["attention", "done"]
    assert status["stale"] == 0

    job = json.loads(board.read_text())["segments"][0]["takes"][0]["job"]
    resent = run_cli("resubmit", str(job), "--yes")
    assert resent.returncode == 0, resent.stderr
    assert sandbox.post_count == 3
    final = run_cli("film", "render", str(board), "-o", str(film), "--json")
    assert final.returncode == 0, final.stderr
    assert json_out(final)["sent"] == 0 and film.is_file() and sandbox.post_count == 3
