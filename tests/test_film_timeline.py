"""The film's timeline, read back by OpenTimelineIO in all three formats."""

from __future__ import annotations

from pathlib import Path

import opentimelineio as otio
import pytest

from tests.filmtools import frame_count, make_clip
from veodesk.core.film.joiner import join
from veodesk.core.film.options import JoinOptions, Transition


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("media")
    return [make_clip(folder / f"shot{i}.mp4", shade=i, frames=30 + 4 * i) for i in range(3)]


@pytest.mark.parametrize("suffix", [".otio", ".xml", ".edl"])
@pytest.mark.parametrize("transition", ["cut", "crossfade:6"])
def test_timeline_reads_back(
    clips: list[Path], tmp_path: Path, suffix: str, transition: str
) -> None:
    out_dir = tmp_path / "edit"
    out_dir.mkdir()
    path = out_dir / f"film{suffix}"
    chosen = Transition.parse(transition)
    film = join(clips, out_dir / "film.mp4", JoinOptions(transition=chosen), timeline=path)
    assert film.timeline == path and path.is_file()
    assert not path.with_name(path.name + ".part").exists()

    timeline = otio.adapters.read_from_file(str(path))
    video = [t for t in timeline.tracks if t.kind == otio.schema.TrackKind.Video]
    assert len(video) == 1
    items = list(video[0])
    shots = [i for i in items if isinstance(i, otio.schema.Clip)]
    fades = [i for i in items if isinstance(i, otio.schema.Transition)]
    lengths = [frame_count(c) for c in clips]
    if chosen.is_cut:
        expected = [n - 1 for n in lengths[:-1]] + [lengths[-1]]
        assert fades == []
    else:
        expected = [n - 6 for n in lengths[:-1]] + [lengths[-1]]
        assert len(fades) == 2
        assert all(t.in_offset.value + t.out_offset.value == 6 for t in fades)
    assert [c.name for c in shots] == ["shot0", "shot1", "shot2"]
    assert [c.source_range.duration.value for c in shots] == expected
    assert [c.source_range.start_time.value for c in shots] == [0, 0, 0]
    assert all(c.source_range.duration.rate == 24 for c in shots)
    # The track plays exactly as long as the film.
    assert video[0].duration().value == film.frames
    if suffix != ".edl":  # an EDL names reels, not files
        urls = [c.media_reference.target_url for c in shots]
        assert all(not Path(u).is_absolute() for u in urls)
        assert [(out_dir / u).resolve() for u in urls] == [c.resolve() for c in clips]


@pytest.mark.parametrize("suffix", [".xml", ".edl"])
def test_a_rate_without_timecode_is_refused_before_writing(tmp_path: Path, suffix: str) -> None:
    from veodesk.core.errors import InvalidInputError

    slow = [make_clip(tmp_path / f"slow{i}.mp4", fps=6, frames=12, shade=i) for i in range(2)]
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(InvalidInputError, match="standard frame rate"):
        join(slow, out / "film.mp4", timeline=out / f"film{suffix}")
    assert list(out.iterdir()) == []
    # An .otio timeline has no such limit.
    film = join(slow, out / "film.mp4", timeline=out / "film.otio")
    assert otio.adapters.read_from_file(str(film.timeline)).duration().value == film.frames
    assert sorted(p.name for p in out.iterdir()) == ["film.mp4", "film.otio"]


@pytest.mark.parametrize("suffix", [".otio", ".xml", ".edl"])
def test_music_goes_on_its_own_track(clips: list[Path], tmp_path: Path, suffix: str) -> None:
    music = Path(__file__).parent / "data" / "music.mp3"  # 1 s: shorter than the film
    path = tmp_path / f"film{suffix}"
    film = join(clips, tmp_path / "film.mp4", JoinOptions(music=music), timeline=path)
    timeline = otio.adapters.read_from_file(str(path))
    audio = [t for t in timeline.tracks if t.kind == otio.schema.TrackKind.Audio]
    if suffix == ".edl":
        assert audio == []  # an EDL carries the picture only
        return
    names = [[c.name for c in t if isinstance(c, otio.schema.Clip)] for t in audio]
    assert names[0] == ["shot0", "shot1", "shot2"]
    assert names[1] == ["music"]
    song = next(iter(audio[1]))
    assert 0 < song.source_range.duration.value <= min(24, film.frames)
