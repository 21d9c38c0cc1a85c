"""The joiner refuses bad input with a clear message and leaves no file behind."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.filmtools import make_clip
from veodesk.core.errors import InvalidInputError
from veodesk.core.film.errors import BadClipError
from veodesk.core.film.joiner import join
from veodesk.core.film.options import JoinOptions, Transition


@pytest.fixture(scope="module")
def two(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("two")
    return [make_clip(folder / f"c{i}.mp4", shade=i, frames=30) for i in range(2)]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("film"))


def test_missing_clip_is_named(two: list[Path], tmp_path: Path) -> None:
    missing = tmp_path / "nope.mp4"
    with pytest.raises(BadClipError, match=r"nope\.mp4: no such file"):
        join([two[0], missing], tmp_path / "film.mp4")
    assert leftovers(tmp_path) == []


def test_not_a_video_is_named(two: list[Path], tmp_path: Path) -> None:
    text = tmp_path / "notes.mp4"
    text.write_text("not a video at all\n" * 50)
    with pytest.raises(BadClipError, match=r"notes\.mp4"):
        join([two[0], text], tmp_path / "film.mp4")
    sound_only = tmp_path / "sound.m4a"
    import av
    import numpy as np

    with av.open(str(sound_only), "w") as container:
        stream = container.add_stream("aac", rate=48_000, layout="stereo")
        frame = av.AudioFrame.from_ndarray(
            np.zeros((2, 4800), np.float32), format="fltp", layout="stereo"
        )
        frame.sample_rate = 48_000
        container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    with pytest.raises(BadClipError, match=r"sound\.m4a: has no video"):
        join([two[0], sound_only], tmp_path / "film.mp4")
    assert leftovers(tmp_path) == []


def test_damaged_clip_mid_join_leaves_no_file(two: list[Path], tmp_path: Path) -> None:
    # The index intact (the check before writing passes), the second half of the
    # frames' data garbled: the join fails part-way, with the film half written.
    data = bytearray(two[1].read_bytes())
    at = data.find(b"mdat")
    end = at - 4 + struct.unpack(">I", data[at - 4 : at])[0]
    for i in range((at + end) // 2, end, 5):
        data[i] = 0xFF
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(bytes(data))
    seen: list[int] = []
    with pytest.raises(BadClipError, match=r"broken\.mp4: damaged, cannot be decoded"):
        join([two[0], broken], tmp_path / "film.mp4", on_progress=lambda d, t: seen.append(d))
    assert seen and seen[-1] > 30  # it failed during the second clip
    assert leftovers(tmp_path) == []


def test_existing_output_is_kept_without_force(two: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "film.mp4"
    out.write_bytes(b"precious")
    with pytest.raises(InvalidInputError, match=r"already exists; add --force"):
        join(two, out)
    assert out.read_bytes() == b"precious"
    join(two, out, JoinOptions(force=True))
    assert out.read_bytes()[4:8] == b"ftyp"
    assert leftovers(tmp_path) == ["film.mp4"]


def test_existing_timeline_is_kept_without_force(two: list[Path], tmp_path: Path) -> None:
    edl = tmp_path / "film.edl"
    edl.write_text("mine")
    with pytest.raises(InvalidInputError, match=r"film\.edl already exists"):
        join(two, tmp_path / "film.mp4", timeline=edl)
    assert edl.read_text() == "mine"
    assert not (tmp_path / "film.mp4").exists()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"output": "film.mov"}, "must end in .mp4"),
        ({"timeline": "film.aaf"}, "must end in .otio"),
        ({"options": JoinOptions(mute_clips=True)}, "--mute-clips needs --music"),
        ({"options": JoinOptions(fade=-1)}, "fade"),
        ({"options": JoinOptions(music=Path("/no/such/song.mp3"))}, "song.mp3: no such file"),
        ({"clips": 1}, "at least two clips"),
        ({"clips": 3, "options": JoinOptions(transition=Transition(24))}, "too short"),
    ],
)
def test_bad_options_are_refused_before_writing(
    two: list[Path], tmp_path: Path, kwargs: dict, message: str
) -> None:
    clips = (two * 2)[: kwargs.pop("clips", 2)]
    output = tmp_path / kwargs.pop("output", "film.mp4")
    if "timeline" in kwargs:
        kwargs["timeline"] = tmp_path / kwargs["timeline"]
    with pytest.raises(InvalidInputError, match=message):
        join(clips, output, **kwargs)
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("text", ["wipe", "crossfade:1", "crossfade:25", "cut:3", "crossfade:x"])
def test_bad_transitions(text: str) -> None:
    with pytest.raises(InvalidInputError, match=r"transition|cut takes|out of range"):
        Transition.parse(text)


def test_full_disk_gives_a_clear_error_and_no_file(two: list[Path], tmp_path: Path) -> None:
    """A file-size limit stands in for a full disk: writes fail part-way (EFBIG)."""
    script = textwrap.dedent(
        f"""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))
        from veodesk.core.film.errors import FilmWriteError
        from veodesk.core.film.joiner import join
        try:
            join([{str(two[0])!r}, {str(two[1])!r}], {str(tmp_path / "film.mp4")!r})
        except FilmWriteError as exc:
            print("ERROR:", exc)
            sys.exit(1)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ),
    )
    assert result.returncode == 1, result.stderr
    assert "Cannot write" in result.stdout and "film.mp4" in result.stdout
    assert "Nothing was saved" in result.stdout
    assert leftovers(tmp_path) == []
