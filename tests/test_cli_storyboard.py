"""veodesk-cli film render / film status, run as a user runs them, against the sandbox."""

from __future__ import annotations

import json
import os
import pty
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from veodesk.core.locks import FileLock
from veodesk.core.paths import resources_dir
from veodesk.sandbox import Sandbox

from .boardtools import edit_manifest, make_board
from .clitools import json_out, probe_mp4, run_cli
from .conftest import user_session


def _render(board: Path, output: Path, *extra: str) -> tuple[int, dict[str, object], str]:
    result = run_cli("film", "render", str(board), "--output", str(output), "--json", *extra)
    data = json.loads(result.stdout) if result.stdout.strip() else {}
    return result.returncode, data, result.stderr


def _status(board: Path) -> dict[str, object]:
    result = run_cli("film", "status", str(board), "--json")
    assert result.returncode == 0, result.stderr
    data: dict[str, object] = json_out(result)
    return data


def _states(board: Path) -> list[str]:
    segments = _status(board)["segments"]
    assert isinstance(segments, list)
    return [s["state"] for s in segments]


def test_render_sends_one_post_per_segment_joins_and_a_second_render_sends_none(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    board = make_board(tmp_path / "project", keyframes=4)
    status = _status(board)
    assert status["stale"] == 3 and status["duration"] == 12
    # Nothing in the history to learn from yet: the list price, $0.10 a second at 720p.
    assert status["expected_cost_usd"] == pytest.approx(3 * 4 * 0.10)
    assert [s["state"] for s in status["segments"]] == ["stale"] * 3  # type: ignore[attr-defined]
    assert sandbox.post_count == 0

    film = tmp_path / "film.mp4"
    code, data, err = _render(board, film, "--yes")
    assert code == 0, err
    assert sandbox.post_count == 3 and data["sent"] == 3
    assert data["film"] == str(film) and film.is_file()
    info = probe_mp4(film)
    # Three 4-second takes at 6 fps, two cuts (each seam shows its keyframe once).
    assert (info["width"], info["height"], info["frames"]) == (1280, 720, 3 * 24 - 2)
    segments = data["segments"]
    assert isinstance(segments, list)
    assert [s["state"] for s in segments] == ["done"] * 3
    takes = [s["take"] for s in segments]
    store = user_session().store()
    for take, segment in zip(takes, json.loads(board.read_text())["segments"]):
        job = store.get(take)
        assert job.tags is not None and job.tags.segment == segment["id"]
        assert job.file_path and Path(job.file_path).parent == board.parent / "takes"
    assert store.get(takes[0]).tags.storyboard == json.loads(board.read_text())["id"]  # type: ignore[union-attr]

    # Nothing changed: nothing is sent, whether to a new file or over the old one.
    code, data, err = _render(board, tmp_path / "again.mp4")
    assert code == 0, err
    assert sandbox.post_count == 3 and data["sent"] == 0
    code, data, err = _render(board, film, "--force", "--transition", "crossfade:4")
    assert code == 0, err
    assert sandbox.post_count == 3 and probe_mp4(film)["frames"] == 3 * 24 - 2 * 4
    status = _status(board)
    assert status["stale"] == 0 and status["expected_cost_usd"] == 0.0

    # One prompt changed: only that segment is sent, at the cost the history has taught.
    edit_manifest(board, lambda d: d["segments"][1].update(prompt="something else happens"))
    status = _status(board)
    assert _states(board) == ["done", "stale", "done"]
    assert status["expected_cost_usd"] == pytest.approx(4 * 84_000 / 2_000_000)
    code, data, err = _render(board, film, "--force")  # below the $2.00 threshold: no --yes
    assert code == 0, err
    assert sandbox.post_count == 4


def test_some_segments_fail_exit_3_no_film_and_the_next_render_sends_only_those(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    board = make_board(tmp_path / "project", keyframes=4)
    film = tmp_path / "film.mp4"
    sandbox.faults.fail_next_task("The model could not render this")
    code, data, err = _render(board, film, "--yes")
    assert code == 3, err
    assert "could not render this" in err and "no film was made" in err
    assert not film.exists() and data["film"] is None
    assert sandbox.post_count == 3
    assert _states(board) == ["failed", "done", "done"]
    takes = list((board.parent / "takes").glob("*.mp4"))
    assert len(takes) == 2  # the finished takes are kept

    code, data, err = _render(board, film, "--yes")
    assert code == 0, err
    assert sandbox.post_count == 4 and data["sent"] == 1 and film.is_file()
    assert _states(board) == ["done"] * 3


@pytest.mark.parametrize(
    ("problem", "words"),
    [
        ("manifest", "segments"),
        ("picture", "k3.jpg is missing"),
        ("not a picture", "Segment 1: "),
        ("output", "already exists"),
        ("transition", "Unknown transition"),
        ("prompt", "Segment 2 has no prompt"),
        ("cost", "4 tasks (expected cost $3.20), above your $2.00 confirmation threshold"),
        ("threshold", "2 tasks (expected cost $0.80), above your $0.10 confirmation"),
        ("busy", "open in another veodesk window or command"),
        ("not mp4", "must end in .mp4"),
        ("no key", "No API key"),
    ],
)
def test_any_problem_exits_2_before_any_post(
    sandbox: Sandbox,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    veodesk_home: Path,
    problem: str,
    words: str,
) -> None:
    board = make_board(tmp_path / "project", keyframes=5 if problem == "cost" else 3)
    output = tmp_path / "film.mp4"
    extra = ["--yes"]
    lock = None
    if problem == "manifest":
        edit_manifest(board, lambda d: d["segments"].pop())
    elif problem == "picture":
        (board.parent / "frames" / "k3.jpg").unlink()
    elif problem == "not a picture":
        (board.parent / "frames" / "k1.jpg").write_text("a note, not a picture")
    elif problem == "output":
        output.write_bytes(b"the user's own film")
    elif problem == "transition":
        extra += ["--transition", "wipe"]
    elif problem == "prompt":
        edit_manifest(board, lambda d: d["segments"][1].update(prompt="  "))
    elif problem == "cost":
        extra = []
        edit_manifest(board, lambda d: [s.update(duration=8) for s in d["segments"]])
    elif problem == "threshold":
        extra = []
        _set_threshold(veodesk_home, 0.1)
    elif problem == "busy":
        lock = FileLock(board.parent / f".{board.name}.lock")
        assert lock.acquire()
    elif problem == "not mp4":
        output = tmp_path / "film.mov"
    elif problem == "no key":
        monkeypatch.delenv("AIMLAPI_KEY")
    posts = sandbox.post_count
    before = board.read_bytes()
    code, _, err = _render(board, output, *extra)
    if lock is not None:
        lock.release()
    assert code == 2, err
    assert words in err
    assert sandbox.post_count == posts
    assert board.read_bytes() == before
    assert not (board.parent / "takes").exists()
    if problem == "output":
        assert output.read_bytes() == b"the user's own film"


def _set_threshold(home: Path, dollars: float) -> None:
    settings = home / "config" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"confirm_above_usd": dollars}), encoding="utf-8")


def test_a_moved_project_keeps_its_takes_and_sends_nothing(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    board = make_board(tmp_path / "project", keyframes=3)
    code, _, err = _render(board, tmp_path / "one.mp4", "--yes")
    assert code == 0, err
    moved = Path(shutil.move(str(tmp_path / "project"), str(tmp_path / "elsewhere")))
    board = moved / board.name
    assert _states(board) == ["done", "done"]
    code, data, err = _render(board, tmp_path / "two.mp4")
    assert code == 0, err
    assert sandbox.post_count == 2 and data["sent"] == 0


def test_a_two_keyframe_storyboard_is_its_one_take(sandbox: Sandbox, tmp_path: Path) -> None:
    board = make_board(tmp_path / "project", keyframes=2)
    film = tmp_path / "film.mp4"
    code, data, err = _render(board, film, "--yes")
    assert code == 0, err
    take = data["segments"][0]["take"]  # type: ignore[index]
    assert film.read_bytes() == Path(user_session().store().get(take).file_path or "").read_bytes()


def test_status_text_and_nothing_sent(sandbox: Sandbox, tmp_path: Path) -> None:
    board = make_board(tmp_path / "project", keyframes=3)
    before = board.read_bytes()
    result = run_cli("film", "status", str(board))
    assert result.returncode == 0, result.stderr
    assert "stale" in result.stdout and "8 s in all; 2 to send" in result.stdout
    assert sandbox.post_count == 0 and board.read_bytes() == before


def test_the_shipped_sample_renders_on_the_sandbox(sandbox: Sandbox, tmp_path: Path) -> None:
    sample = resources_dir() / "samples" / "storyboard"
    before = (sample / "sunset.veoboard").read_bytes()
    status = _status(sample / "sunset.veoboard")
    assert (status["stale"], status["duration"]) == (2, 8)
    assert (sample / "sunset.veoboard").read_bytes() == before  # status writes nothing
    project = Path(shutil.copytree(sample, tmp_path / "sunset"))
    code, _, err = _render(project / "sunset.veoboard", tmp_path / "sunset.mp4", "--yes")
    assert code == 0, err
    assert sandbox.post_count == 2 and probe_mp4(tmp_path / "sunset.mp4")["frames"] == 2 * 24 - 1


def _render_on_a_terminal(board: Path, output: Path, answer: bytes) -> tuple[int, str]:
    """Run film render with a terminal on stdin and stderr, and answer its question."""
    master, slave = pty.openpty()
    command = ["film", "render", str(board), "--output", str(output)]
    proc = subprocess.Popen(
        [sys.executable, "-m", "veodesk.cli", *command],
        stdin=slave,
        stdout=subprocess.DEVNULL,
        stderr=slave,
    )
    os.close(slave)
    seen = b""
    answered = False
    try:
        while True:
            ready, _, _ = select.select([master], [], [], 60)
            assert ready, f"no output from the command: {seen!r}"
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the command ended and closed the terminal
                break
            if not chunk:
                break
            seen += chunk
            if not answered and b"[y/N]" in seen:
                os.write(master, answer + b"\n")
                answered = True
    finally:
        os.close(master)
    assert answered, seen
    return proc.wait(60), seen.decode(errors="replace")


@pytest.mark.skipif(os.name == "nt", reason="a POSIX terminal")
def test_on_a_terminal_the_cost_is_confirmed(
    sandbox: Sandbox, tmp_path: Path, veodesk_home: Path
) -> None:
    _set_threshold(veodesk_home, 0.5)
    board = make_board(tmp_path / "project", keyframes=3)
    code, text = _render_on_a_terminal(board, tmp_path / "film.mp4", b"n")
    assert code == 2 and "Send 2 tasks (expected cost $0.80)? [y/N]" in text
    assert "Nothing was sent" in text
    assert sandbox.post_count == 0
    code, text = _render_on_a_terminal(board, tmp_path / "film.mp4", b"y")
    assert code == 0, text
    assert sandbox.post_count == 2 and (tmp_path / "film.mp4").is_file()
