"""The window's join: `veodesk-cli film join` in a child process (core/film/child.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.filmtools import frame_count, make_clip
from veodesk.core.errors import InvalidInputError, VeodeskError
from veodesk.core.film.child import CHILD_NICE, ChildJoin, film_from_json
from veodesk.core.film.options import JoinOptions, Transition


def test_a_child_join_reports_progress_and_describes_the_film(tmp_path: Path) -> None:
    clips = [make_clip(tmp_path / f"c{i}.mp4", frames=24, shade=i) for i in range(2)]
    output = tmp_path / "film.mp4"
    options = JoinOptions(transition=Transition.parse("crossfade:4"))
    reports: list[tuple[int, int]] = []
    nice: list[int] = []
    join = ChildJoin(clips, output, options, tmp_path / "film.otio")

    def progress(done: int, total: int) -> None:
        reports.append((done, total))
        if not nice and join.pid is not None and hasattr(os, "getpriority"):
            nice.append(os.getpriority(os.PRIO_PROCESS, join.pid))

    film = join.run(progress)
    assert film.path == output and film.frames == 2 * 24 - 4 == frame_count(output)
    assert (film.width, film.height, float(film.fps)) == (320, 180, 24.0)
    assert [s.index for s in film.seams] == [0]
    assert film.timeline == tmp_path / "film.otio" and film.timeline.is_file()
    assert reports and reports[-1] == (44, 44)
    assert [d for d, _ in reports] == sorted(d for d, _ in reports)
    assert not hasattr(os, "getpriority") or nice[0] >= CHILD_NICE  # the window comes first


def test_a_refused_clip_is_the_childs_message_and_leaves_no_file(tmp_path: Path) -> None:
    good = make_clip(tmp_path / "good.mp4", frames=24)
    bad = tmp_path / "bad.mp4"
    bad.write_bytes(b"not a video")
    output = tmp_path / "film.mp4"
    with pytest.raises(InvalidInputError) as caught:
        ChildJoin([good, bad], output, JoinOptions(), None).run()
    assert str(caught.value).startswith(f"{bad}:")
    assert "veodesk-cli" not in str(caught.value)
    # The child's words arrive as their template, for the window to translate.
    message = caught.value.message
    assert message.template == "{path}: not a video FFmpeg can read ({reason}). Use an MP4 clip."
    assert message.params["path"] == str(bad) and str(message) == str(caught.value)
    assert not list(tmp_path.glob("film.*"))


def test_a_stopped_join_never_starts(tmp_path: Path) -> None:
    clips = [make_clip(tmp_path / f"c{i}.mp4", frames=24) for i in range(2)]
    join = ChildJoin(clips, tmp_path / "film.mp4", JoinOptions(), None)
    join.stop()
    with pytest.raises(VeodeskError, match="stopped"):
        join.run()
    assert join.pid is None and not (tmp_path / "film.mp4").exists()


@pytest.mark.parametrize(
    "text", ["", "Traceback (most recent call last):", '{"file": "x.mp4"}', '{"frames": "many"}']
)
def test_a_result_that_describes_no_film_is_a_clear_error(text: str) -> None:
    with pytest.raises(VeodeskError, match="result could not be read"):
        film_from_json(text)
