"""veodesk-cli end to end against the sandbox: a real MP4 comes out."""

from __future__ import annotations

from pathlib import Path

import pytest

from veodesk.sandbox import Sandbox

from .clitools import generate_args, json_out, probe_mp4, run_cli
from .conftest import TEST_KEY

_gen = generate_args


@pytest.mark.parametrize(
    ("args", "size", "duration", "audio"),
    [
        (
            ["--duration", "4", "--resolution", "720p", "--aspect-ratio", "16:9"],
            (1280, 720),
            4,
            True,
        ),
        (
            ["--duration", "6", "--resolution", "1080p", "--aspect-ratio", "9:16", "--no-audio"],
            (1080, 1920),
            6,
            False,
        ),
        (["--duration", "4", "--resolution", "720p"], (1280, 720), 4, True),
    ],
)
def test_generate_saves_a_real_mp4(
    sandbox: Sandbox,
    frames: tuple[Path, Path],
    tmp_path: Path,
    args: list[str],
    size: tuple[int, int],
    duration: int,
    audio: bool,
) -> None:
    out = tmp_path / "clip.mp4"
    result = run_cli(*_gen(frames, *args, "--output", str(out), "--json"))
    assert result.returncode == 0, result.stderr
    summary = json_out(result)
    assert {"id", "status", "video_url", "file", "credits_used"} <= set(summary)
    assert summary["status"] == "done"
    assert Path(summary["file"]) == out.resolve() and out.is_file()
    assert summary["credits_used"] and summary["credits_used"] > 0
    assert not list(tmp_path.glob(".*.part"))
    info = probe_mp4(out)
    assert (info["width"], info["height"]) == size
    assert info["codec"] == "h264"
    assert abs(info["duration"] - duration) < 0.5
    assert bool(info["audio"]) is audio
    assert out.read_bytes() == sandbox.video_bytes(summary["id"])
    assert sandbox.post_count == 1
    # Progress went to stderr; stdout is the one JSON object.
    assert "job" in result.stderr


def test_default_output_goes_under_veodesk_home(
    sandbox: Sandbox, frames: tuple[Path, Path], veodesk_home: Path
) -> None:
    result = run_cli(*_gen(frames, "--duration", "4", "--resolution", "720p", "--json"))
    assert result.returncode == 0, result.stderr
    file = Path(json_out(result)["file"])
    assert file.is_file() and veodesk_home in file.parents
    assert (veodesk_home / "data" / "jobs.sqlite3").is_file()


def test_key_never_reaches_the_video_host(sandbox: Sandbox, frames: tuple[Path, Path]) -> None:
    result = run_cli(*_gen(frames, "--duration", "4", "--resolution", "720p"))
    assert result.returncode == 0, result.stderr
    video = [r for r in sandbox.requests if r.origin == "video"]
    assert video, "the video was downloaded from the second origin"
    for record in video:
        text = repr(record.headers) + repr(record.query) + record.path
        assert TEST_KEY not in text
        assert "authorization" not in {k.lower() for k in record.headers}
    api = [r for r in sandbox.requests if r.origin == "api"]
    assert all(r.headers.get("Authorization") == f"Bearer {TEST_KEY}" for r in api)


def test_missing_image_is_exit_2_and_sends_nothing(
    sandbox: Sandbox, frames: tuple[Path, Path], tmp_path: Path
) -> None:
    missing = tmp_path / "nope.jpg"
    result = run_cli("generate", "--first", str(missing), "--last", str(frames[1]), "--prompt", "x")
    assert result.returncode == 2
    assert "nope.jpg" in result.stderr
    assert sandbox.post_count == 0


def test_not_an_image_is_exit_2(
    sandbox: Sandbox, frames: tuple[Path, Path], tmp_path: Path
) -> None:
    text = tmp_path / "notes.jpg"
    text.write_text("hello")
    result = run_cli("generate", "--first", str(frames[0]), "--last", str(text), "--prompt", "x")
    assert result.returncode == 2
    assert "notes.jpg" in result.stderr
    assert sandbox.post_count == 0


@pytest.mark.parametrize(
    "args",
    [
        ["--duration", "5"],
        ["--resolution", "4k"],
        ["--aspect-ratio", "4:3"],
        ["--fit", "zoom"],
    ],
)
def test_bad_options_are_exit_2(
    sandbox: Sandbox, frames: tuple[Path, Path], args: list[str]
) -> None:
    result = run_cli(*_gen(frames, *args))
    assert result.returncode == 2
    assert args[0] in result.stderr
    assert sandbox.post_count == 0


def test_empty_prompt_is_exit_2(sandbox: Sandbox, frames: tuple[Path, Path]) -> None:
    result = run_cli(
        "generate", "--first", str(frames[0]), "--last", str(frames[1]), "--prompt", "   "
    )
    assert result.returncode == 2 and "prompt" in result.stderr.lower()
    assert sandbox.post_count == 0


def test_missing_key_is_exit_2(
    sandbox: Sandbox, frames: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AIMLAPI_KEY")
    result = run_cli(*_gen(frames))
    assert result.returncode == 2
    assert "AIMLAPI_KEY" in result.stderr
    assert sandbox.post_count == 0


def test_plain_http_remote_base_url_is_refused(
    sandbox: Sandbox, frames: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VEODESK_BASE_URL", "http://api.example.com")
    result = run_cli(*_gen(frames))
    assert result.returncode == 2
    assert "http" in result.stderr


def test_refused_request_is_exit_3(sandbox: Sandbox, frames: tuple[Path, Path]) -> None:
    sandbox.faults.fail_next(1, 422, method="POST")
    result = run_cli(*_gen(frames, "--json"))
    assert result.returncode == 3, result.stderr
    assert "422" in result.stderr


def test_rejected_key_is_exit_3(
    sandbox: Sandbox, frames: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AIMLAPI_KEY", "sk-not-the-right-one")
    result = run_cli(*_gen(frames))
    assert result.returncode == 3
    assert "key" in result.stderr.lower()
    assert "sk-not-the-right-one" not in result.stderr


def test_failed_generation_is_exit_3_with_the_servers_message(
    sandbox: Sandbox, frames: tuple[Path, Path]
) -> None:
    sandbox.faults.fail_next_task("The prompt was flagged by the safety filter")
    result = run_cli(*_gen(frames, "--duration", "4"))
    assert result.returncode == 3
    assert "safety filter" in result.stderr


def test_unreachable_service_is_exit_4(
    frames: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("VEODESK_BASE_URL", f"http://127.0.0.1:{port}")
    monkeypatch.setenv("AIMLAPI_KEY", TEST_KEY)
    result = run_cli(*_gen(frames))
    assert result.returncode == 4
    assert "connect" in result.stderr.lower()


def test_deadline_is_exit_5_and_resumable(
    frames: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    with Sandbox(api_key=TEST_KEY, queued_seconds=0.1, generating_seconds=3.0, fps=6) as slow:
        monkeypatch.setenv("VEODESK_BASE_URL", slow.base_url)
        monkeypatch.setenv("AIMLAPI_KEY", TEST_KEY)
        result = run_cli(
            *_gen(frames, "--duration", "4", "--resolution", "720p", "--timeout", "0.5")
        )
        assert result.returncode == 5, result.stderr
        assert "resume" in result.stderr
        resumed = run_cli("resume", "--json")
        assert resumed.returncode == 0, resumed.stderr
        [job] = json_out(resumed)
        assert job["status"] == "done" and Path(job["file"]).is_file()
        assert slow.post_count == 1


def test_status_and_history(sandbox: Sandbox, frames: tuple[Path, Path]) -> None:
    done = json_out(run_cli(*_gen(frames, "--duration", "4", "--resolution", "720p", "--json")))
    status = run_cli("status", done["id"], "--json")
    assert status.returncode == 0, status.stderr
    info = json_out(status)
    assert info["server"]["status"] == "completed" and info["server"]["id"] == done["id"]
    assert info["history"]["status"] == "done"
    history = json_out(run_cli("history", "--json"))
    assert [h["id"] for h in history] == [done["id"]]
    plain = run_cli("history")
    assert "done" in plain.stdout and "the sun sets" in plain.stdout


def test_url_frames_pass_through_unchanged(sandbox: Sandbox) -> None:
    first = "https://example.com/first.jpg"
    last = "https://example.com/last.jpg?size=big"
    result = run_cli(
        "generate",
        "--first",
        first,
        "--last",
        last,
        "--prompt",
        "p",
        "--duration",
        "4",
        "--resolution",
        "720p",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    import json

    post = [r for r in sandbox.requests if r.origin == "api" and r.method == "POST"][-1]
    body = json.loads(post.body)
    assert body["image_url"] == first and body["last_image_url"] == last


def test_needs_attention_job_is_resent_only_with_consent(
    sandbox: Sandbox, frames: tuple[Path, Path]
) -> None:
    sandbox.faults.fail_next(1, 500, method="POST")
    first = run_cli(*_gen(frames, "--duration", "4", "--resolution", "720p"))
    assert first.returncode == 4
    assert "may cost credits" in first.stderr
    [job] = json_out(run_cli("history", "--json"))
    assert job["status"] == "needs_attention" and sandbox.post_count == 1

    refused = run_cli("resubmit", str(job["job"]))
    assert refused.returncode == 2 and "--yes" in refused.stderr
    assert sandbox.post_count == 1

    again = run_cli("resubmit", str(job["job"]), "--yes", "--json")
    assert again.returncode == 0, again.stderr
    assert json_out(again)["status"] == "done"
    assert sandbox.post_count == 2


def test_key_is_read_from_stdin_and_shown_masked(veodesk_home: Path) -> None:
    import subprocess
    import sys

    saved = subprocess.run(
        [sys.executable, "-m", "veodesk.cli", "key", "set"],
        input="sk-from-stdin-5678\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert saved.returncode == 0, saved.stderr
    assert "…5678" in saved.stderr and "sk-from-stdin" not in saved.stderr
    shown = run_cli("key", "show")
    assert shown.stdout.strip().startswith("…5678")
    assert "sk-from-stdin" not in shown.stdout
    assert run_cli("key", "delete").returncode == 0
    assert "No API key" in run_cli("key", "show").stdout


def test_demo_leaves_the_users_history_and_totals_as_they_were(
    sandbox: Sandbox, frames: tuple[Path, Path], veodesk_home: Path, tmp_path: Path
) -> None:
    done = json_out(run_cli(*_gen(frames, "--duration", "4", "--resolution", "720p", "--json")))
    before = run_cli("history", "--json")
    totals_before = run_cli("history").stderr
    demo = run_cli("demo", "--json", "--output", str(tmp_path / "demo.mp4"))
    assert demo.returncode == 0, demo.stderr
    made = json_out(demo)
    assert made["status"] == "done" and (tmp_path / "demo.mp4").is_file()
    # The user's history and its credit total are untouched; the demo's job is elsewhere.
    assert run_cli("history", "--json").stdout == before.stdout
    assert run_cli("history").stderr == totals_before
    assert [h["id"] for h in json_out(before)] == [done["id"]]
    assert (veodesk_home / "data" / "demo" / "data" / "jobs.sqlite3").is_file()
    # And the next real job still goes to the real API: the demo changed nothing.
    again = run_cli(*_gen(frames, "--duration", "4", "--resolution", "720p", "--json"))
    assert again.returncode == 0, again.stderr
    assert sandbox.post_count == 2
