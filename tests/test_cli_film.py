"""veodesk-cli film join, run as a user runs it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.clitools import json_out, run_cli
from tests.filmtools import frame_count, make_clip, stream_info
from veodesk.core.models import GenerationParams
from veodesk.sandbox import Sandbox

from .conftest import user_session


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("cliclips")
    return [make_clip(folder / f"c{i}.mp4", shade=i, frames=36) for i in range(3)]


def test_join_files_prints_the_json_summary(clips: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "film.mp4"
    timeline = tmp_path / "film.otio"
    result = run_cli(
        "film",
        "join",
        *map(str, clips),
        "--output",
        str(out),
        "--transition",
        "crossfade:4",
        "--timeline",
        str(timeline),
        "--json",
    )
    assert result.returncode == 0, result.stderr
    data = json_out(result)
    assert set(data) >= {
        "file",
        "frames",
        "duration",
        "width",
        "height",
        "fps",
        "seams",
        "timeline",
    }
    assert data["file"] == str(out) and data["timeline"] == str(timeline)
    assert data["frames"] == 3 * 36 - 2 * 4 == frame_count(out)
    assert data["duration"] == pytest.approx(data["frames"] / 24)
    assert (data["width"], data["height"], data["fps"]) == (320, 180, 24)
    assert [s["index"] for s in data["seams"]] == [0, 1]
    assert all(
        isinstance(s["score"], float) and isinstance(s["visible"], bool) for s in data["seams"]
    )
    assert "frames (100%)" in result.stderr  # progress goes to stderr
    assert timeline.is_file()


def test_join_history_jobs_by_number(
    sandbox: Sandbox, frames: tuple[Path, Path], tmp_path: Path
) -> None:
    for prompt in ("the door opens", "we walk into the garden"):
        made = run_cli(
            "generate",
            "--first",
            str(frames[0]),
            "--last",
            str(frames[1]),
            "--prompt",
            prompt,
            "--duration",
            "4",
            "--resolution",
            "720p",
        )
        assert made.returncode == 0, made.stderr
    out = tmp_path / "film.mp4"
    result = run_cli("film", "join", "1", "2", "--output", str(out), "--json")
    assert result.returncode == 0, result.stderr
    data = json_out(result)
    per_clip = 4 * sandbox.fps
    assert data["frames"] == 2 * per_clip - 1 == frame_count(out)
    assert (stream_info(out)["width"], stream_info(out)["height"]) == (1280, 720)


def test_a_job_without_video_is_exit_2(clips: list[Path], tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    store = user_session().store()
    job = store.create(GenerationParams(prompt="x", first=str(clips[0]), last=str(clips[1])))
    store.close()
    out = tmp_path / "film.mp4"
    for ref, message in (
        (str(job.id), "has no video"),
        ("99", "no job 99"),
        ("nonsense", "no such file"),
    ):
        result = run_cli("film", "join", str(clips[0]), ref, "--output", str(out))
        assert result.returncode == 2, result.stderr
        assert message in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "extra",
    [
        ["--transition", "wipe"],
        ["--transition", "crossfade:30"],
        ["--fade", "x"],
        ["--mute-clips"],
        ["--timeline", "film.aaf"],
    ],
)
def test_bad_options_are_exit_2_with_nothing_written(
    clips: list[Path], tmp_path: Path, extra: list[str]
) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = tmp_path / "film.mp4"
    extra = [str(tmp_path / e) if e.endswith(".aaf") else e for e in extra]
    result = run_cli("film", "join", *map(str, clips), "--output", str(out), *extra)
    assert result.returncode == 2, result.stderr
    assert list(tmp_path.iterdir()) == []


def test_existing_output_needs_force(clips: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "film.mp4"
    out.write_bytes(b"keep me")
    result = run_cli("film", "join", *map(str, clips[:2]), "--output", str(out))
    assert result.returncode == 2 and "--force" in result.stderr
    assert out.read_bytes() == b"keep me"
    result = run_cli("film", "join", *map(str, clips[:2]), "--output", str(out), "--force")
    assert result.returncode == 0, result.stderr
    assert frame_count(out) == 71


# A shell starts background jobs with SIGINT ignored, and Python then keeps it
# ignored, so under a CI runner that does this the Ctrl-C below was lost and the
# join ran to its end. A terminal's Ctrl-C reaches a foreground process with the
# default handler; the child gets that handler back whatever started the tests.
_CLI_WITH_DEFAULT_SIGINT = (
    "import signal, sys\n"
    "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
    "from veodesk.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def test_ctrl_c_leaves_no_file_and_exits_130(tmp_path: Path) -> None:
    parts = [
        make_clip(tmp_path / f"long{i}.mp4", size=(640, 360), frames=240, shade=i, crf=30)
        for i in range(3)
    ]
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            _CLI_WITH_DEFAULT_SIGINT,
            "film",
            "join",
            *map(str, parts),
            "--output",
            str(out_dir / "film.mp4"),
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    assert process.stderr is not None
    for line in process.stderr:  # wait until it is writing the film
        if "frames" in line:
            break
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "no film was written" in err
    assert list(out_dir.iterdir()) == []
