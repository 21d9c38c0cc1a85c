"""veodesk-cli and money, against the sandbox: dollars in the history, the estimate before and
after the first job, and a failed job sent again without audio."""

from __future__ import annotations

import json
from pathlib import Path

from veodesk.sandbox import Sandbox

from .clitools import generate_args, json_out, run_cli
from .conftest import user_session

# 4 s at 720p with audio, by the sandbox's published credit formula (84,000 a second).
CREDITS = 336_000


def _gen(frames: tuple[Path, Path], *extra: str) -> list[str]:
    return generate_args(frames, "--duration", "4", "--resolution", "720p", *extra)


def _estimate(*args: str) -> dict[str, object]:
    result = run_cli("estimate", *args, "--json")
    assert result.returncode == 0, result.stderr
    out: dict[str, object] = json_out(result)
    return out


def test_the_estimate_is_the_list_price_then_the_history(
    sandbox: Sandbox, frames: tuple[Path, Path]
) -> None:
    # Nothing finished yet: Google's dated list price, 8 s at 1080p by default.
    assert _estimate() == {
        "credits": 1_920_000,
        "usd": 0.96,
        "per_second_usd": 0.12,
        "source": "list price",
    }
    plain = run_cli("estimate", "--duration", "8", "--resolution", "720p", "--count", "2")
    assert plain.returncode == 0, plain.stderr
    assert plain.stdout.startswith("about $1.60 (3,200,000 credits), list price Sep 2026")
    assert "Google Veo 3.1 Fast list price, Sep 2026" in plain.stderr

    done = run_cli(*_gen(frames))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith(f"$0.17 ({CREDITS:,} credits)")

    # One finished 4 s 720p job with audio prices 720p with audio, at any duration.
    learned = _estimate("--duration", "8", "--resolution", "720p", "--count", "3")
    assert learned == {
        "credits": 3 * 2 * CREDITS,
        "usd": 3 * 2 * CREDITS / 2_000_000,
        "per_second_usd": CREDITS / 4 / 2_000_000,
        "source": "history",
    }
    plain = run_cli("estimate", "--duration", "8", "--resolution", "720p")
    assert plain.stdout.startswith("about $0.34 (672,000 credits), from your history")
    # Nothing taught the other kinds yet.
    assert _estimate("--resolution", "720p", "--no-audio")["source"] == "list price"
    assert _estimate("--resolution", "1080p")["source"] == "list price"


def test_the_list_price_is_the_one_in_the_settings(sandbox: Sandbox) -> None:
    session = user_session()
    settings = session.load_settings()
    settings.list_prices["720p/silent"] = 0.15
    settings.list_price_source, settings.list_price_date = "fal.ai", "Oct 2026"
    session.save_settings(settings)
    result = run_cli("estimate", "--duration", "4", "--resolution", "720p", "--no-audio")
    assert result.stdout.startswith("about $0.60 (1,200,000 credits), list price Oct 2026")
    assert "fal.ai list price, Oct 2026" in result.stderr


def test_a_bad_count_is_refused_by_name() -> None:
    result = run_cli("estimate", "--count", "0")
    assert result.returncode == 2 and "--count" in result.stderr


def test_history_shows_dollars_and_its_json_the_unrounded_cost(
    sandbox: Sandbox, frames: tuple[Path, Path]
) -> None:
    assert run_cli(*_gen(frames)).returncode == 0
    assert run_cli(*_gen(frames, "--no-audio")).returncode == 0
    silent = round(CREDITS * 0.67)
    history = json_out(run_cli("history", "--json"))
    assert [(h["credits_used"], h["cost_usd"]) for h in history] == [
        (silent, silent / 2_000_000),
        (CREDITS, 0.168),
    ]
    plain = run_cli("history")
    lines = plain.stdout.splitlines()
    assert "silent" in lines[0] and "$0.11" in lines[0]
    assert "audio" in lines[1] and "$0.17" in lines[1]
    assert f"2 jobs, $0.28 ({CREDITS + silent:,} credits) in all" in plain.stderr


def test_a_failed_job_is_sent_again_without_audio_with_the_same_frames(
    sandbox: Sandbox, frames: tuple[Path, Path]
) -> None:
    sandbox.faults.fail_next_task("Audio could not be generated: blocked by the audio filter")
    failed = run_cli(*_gen(frames))
    assert failed.returncode == 3, failed.stderr
    [job] = json_out(run_cli("history", "--json"))
    assert job["status"] == "failed" and job["cost_usd"] is None

    refused = run_cli("resubmit", str(job["job"]), "--no-audio")
    assert refused.returncode == 2 and "--yes" in refused.stderr and sandbox.post_count == 1
    assert "without audio" in refused.stderr
    assert "about $0.40 (800,000 credits), list price Sep 2026" in refused.stderr
    again = run_cli("resubmit", str(job["job"]), "--no-audio", "--yes", "--json")
    assert again.returncode == 0, again.stderr
    copy = json_out(again)
    assert copy["status"] == "done" and copy["generate_audio"] is False
    assert copy["credits_used"] == round(CREDITS * 0.67)

    first, second = (
        json.loads(r.body) for r in sandbox.requests if r.origin == "api" and r.method == "POST"
    )
    assert first["generate_audio"] is True and second["generate_audio"] is False
    assert second["image_url"] == first["image_url"]
    assert second["last_image_url"] == first["last_image_url"]
    same = ("prompt", "duration", "resolution", "aspect_ratio", "model")
    assert {k: second[k] for k in same} == {k: first[k] for k in same}
