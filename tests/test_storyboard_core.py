"""The storyboard's core: the manifest, what makes a segment stale, takes and the store's tags."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from veodesk.core.errors import InvalidInputError
from veodesk.core.models import GenerationParams
from veodesk.core.settings import Settings
from veodesk.core.store import _MIGRATIONS, SCHEMA_VERSION, JobState, JobStore, TakeTags
from veodesk.core.storyboard import manifest
from veodesk.core.storyboard.manifest import ManifestError
from veodesk.core.storyboard.model import SegmentState, Take
from veodesk.core.storyboard.project import Project

from .boardtools import edit_manifest, make_board
from .conftest import draw_frame

ISSUE_EXAMPLE = """{"format": "veodesk-storyboard", "version": 1,
 "settings": {"resolution": "720p", "aspect_ratio": "16:9", "fit": "crop", "generate_audio": true,
  "style": ""},
 "keyframes": [{"image": "frames/a.jpg"}, {"image": "frames/b.jpg"}, {"image": "frames/c.jpg"}],
 "segments": [{"prompt": "the door opens", "duration": 4}, {"prompt": "we walk into the garden",
  "duration": 6, "generate_audio": false}]}"""


def test_the_issues_minimal_form_is_accepted_under_any_name(tmp_path: Path) -> None:
    path = tmp_path / "any name.json"
    path.write_text(ISSUE_EXAMPLE, encoding="utf-8")
    board = Project.open(path).board
    assert [k.image for k in board.keyframes] == ["frames/a.jpg", "frames/b.jpg", "frames/c.jpg"]
    first, second = board.segments
    assert (first.prompt, first.duration, board.audio_for(first)) == ("the door opens", 4, True)
    assert (second.duration, board.audio_for(second)) == (6, False)
    assert board.duration == 10
    # Optional fields may be left out.
    data = json.loads(ISSUE_EXAMPLE)
    del data["settings"]["style"]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert Project.open(path).board.settings.style == ""


def test_saved_manifest_reads_back_the_same(tmp_path: Path) -> None:
    path = make_board(tmp_path)
    project = Project.open(path)
    project.board.segments[0].takes.append(Take(job=7, inputs="ab", state="done", video="t.mp4"))
    project.board.segments[0].chosen = 7
    project.board.settings.style = "in watercolour"
    project.save()
    again = Project.open(path).board
    assert manifest.to_json(again) == manifest.to_json(project.board)
    # What the desktop's MIME type looks for (resources/…mime.xml): the format in the first bytes.
    assert b'"format": "veodesk-storyboard"' in path.read_bytes()[:64]
    assert again.id == project.board.id and again.segments[0].take(7) is not None


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d.update(version=2), "newer veodesk"),
        (lambda d: d.update(format="something"), "not a veodesk storyboard"),
        (lambda d: d["segments"].pop(), "3 keyframes need exactly 2"),
        (lambda d: d["segments"].append({"prompt": "x", "duration": 4}), "has 3, but"),
        (lambda d: d.update(keyframes=d["keyframes"][:1], segments=[]), "2 to 24"),
        (lambda d: d["settings"].update(aspect_ratio="auto"), "every segment must share"),
        (lambda d: d["segments"][1].update(duration=5), "segments[1].duration"),
        (lambda d: d["segments"][0].update(duration=True), "segments[0].duration"),
        (lambda d: d["settings"].update(resolution="4k"), "settings.resolution"),
        (lambda d: d["keyframes"][2].pop("image"), "keyframes[2]"),
        (lambda d: d["segments"][0].update(generate_audio="yes"), "true or false"),
        (lambda d: d["settings"].pop("fit"), "settings.fit"),
    ],
)
def test_wrong_manifests_get_a_clear_error_and_stay_as_they_are(
    tmp_path: Path, change: object, words: str
) -> None:
    path = make_board(tmp_path)
    edit_manifest(path, change)
    before = path.read_bytes()
    with pytest.raises(ManifestError) as caught:
        Project.open(path)
    assert words in str(caught.value) and str(path) in str(caught.value)
    assert caught.value.exit_code == 2
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "data", [b"", b"{", b"\xff\xfe garbage", b"[]", b'{"format": "veodesk-storyboard"', b"NaN"]
)
def test_damaged_files_are_reported(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "broken.veoboard"
    path.write_bytes(data)
    with pytest.raises(ManifestError, match=r"broken\.veoboard"):
        Project.open(path)
    assert path.read_bytes() == data


def test_a_missing_picture_is_named(tmp_path: Path) -> None:
    path = make_board(tmp_path)
    (tmp_path / "frames" / "k2.jpg").unlink()
    project = Project.open(path)  # opens: the window shows "missing — relink"
    assert project.missing_keyframes() == [1]
    with pytest.raises(InvalidInputError, match=r"Keyframe 2's picture .*k2\.jpg is missing"):
        project.all_inputs()


def _inputs(path: Path) -> list[str]:
    return Project.open(path).all_inputs()


@pytest.mark.parametrize(
    ("change", "stale"),
    [
        (lambda d: d["segments"][1].update(prompt="other words"), [1]),
        (lambda d: d["settings"].update(style="in watercolour"), [0, 1]),
        (lambda d: d["segments"][0].update(duration=8), [0]),
        (lambda d: d["settings"].update(resolution="1080p"), [0, 1]),
        (lambda d: d["settings"].update(aspect_ratio="9:16"), [0, 1]),
        (lambda d: d["settings"].update(fit="pad"), [0, 1]),
        (lambda d: d["settings"].update(generate_audio=False), [0, 1]),
        (lambda d: d["segments"][0].update(generate_audio=False), [0]),
        (lambda d: d["segments"][0].update(generate_audio=True), []),  # the film's value
        (lambda d: d["keyframes"].reverse(), [0, 1]),
    ],
)
def test_what_changes_makes_exactly_those_segments_stale(
    tmp_path: Path, change: object, stale: list[int]
) -> None:
    path = make_board(tmp_path)
    before = _inputs(path)
    edit_manifest(path, change)
    after = _inputs(path)
    assert [i for i in range(2) if before[i] != after[i]] == stale


def test_pictures_count_by_their_bytes_not_their_name(tmp_path: Path) -> None:
    path = make_board(tmp_path)
    before = _inputs(path)
    # The same bytes under another name: nothing to pay for again.
    shutil.copy(tmp_path / "frames" / "k3.jpg", tmp_path / "frames" / "copy.jpg")
    edit_manifest(path, lambda d: d["keyframes"][2].update(image="frames/copy.jpg"))
    assert _inputs(path) == before
    # Another picture under the old name: the segment that uses it is stale.
    draw_frame(tmp_path / "frames" / "copy.jpg", (640, 360), (9, 9, 9), "new")
    after = _inputs(path)
    assert after[0] == before[0] and after[1] != before[1]


def test_swapping_keyframes_makes_the_touching_segments_stale_and_swapping_back_cures_it(
    tmp_path: Path,
) -> None:
    path = make_board(tmp_path, keyframes=5)
    before = _inputs(path)

    def swap(d: dict[str, list[object]]) -> None:
        d["keyframes"][1], d["keyframes"][2] = d["keyframes"][2], d["keyframes"][1]

    edit_manifest(path, swap)
    after = _inputs(path)
    assert [i for i in range(4) if before[i] != after[i]] == [0, 1, 2]
    edit_manifest(path, swap)
    assert _inputs(path) == before


def test_the_chosen_take_and_the_segment_state(tmp_path: Path) -> None:
    segment = Project.open(make_board(tmp_path)).board.segments[0]
    assert segment.state("now") is SegmentState.STALE
    segment.takes = [
        Take(1, "old", "done", "takes/1.mp4"),
        Take(2, "now", "done", "takes/2.mp4"),
        Take(3, "now", "done", "takes/3.mp4"),
        Take(4, "now", "failed"),
    ]
    assert segment.chosen_take("now") == segment.takes[2]  # the newest current one
    segment.chosen = 2
    assert segment.chosen_take("now") == segment.takes[1] and segment.state("now").value == "done"
    segment.chosen = 1  # a pick made before an edit does not hide that it is stale
    assert segment.chosen_take("other") is None
    assert segment.state("other") is SegmentState.STALE
    assert segment.chosen_take("old") == segment.takes[0]  # the edit undone: it counts again
    segment.takes = [Take(5, "now", "generating")]
    assert segment.state("now") is SegmentState.RUNNING
    segment.takes.append(Take(6, "now", "failed"))
    assert segment.state("now") is SegmentState.FAILED
    segment.takes.append(Take(7, "now", "needs_attention"))
    assert segment.state("now") is SegmentState.ATTENTION
    segment.takes.append(Take(8, "now", "done", None))  # its video is gone
    assert segment.state("now") is SegmentState.STALE


def _store_at_schema(path: Path, version: int) -> None:
    with sqlite3.connect(path) as conn:
        for script in _MIGRATIONS[:version]:
            conn.executescript(script)
        conn.execute(f"PRAGMA user_version = {version}")
        conn.execute(
            "INSERT INTO jobs (created_at, updated_at, state, params, credits_used) "
            "VALUES (1, 1, 'done', ?, 5)",
            (json.dumps({"prompt": "old", "first": "a", "last": "b", "duration": 4}),),
        )


def test_an_older_history_gains_the_tags_and_keeps_its_jobs(tmp_path: Path) -> None:
    path = tmp_path / "jobs.sqlite3"
    _store_at_schema(path, 2)
    store = JobStore(path)
    [old] = store.jobs()
    assert (old.params.prompt, old.state, old.tags, old.kind) == (
        "old",
        JobState.DONE,
        None,
        "generation",
    )
    tags = TakeTags("board", "seg", "hash")
    take = store.create(GenerationParams(prompt="p", first="a", last="b"), tags=tags)
    assert store.get(take.id).tags == tags
    assert [j.id for j in store.takes("board")] == [take.id] and store.takes("other") == []
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_sync_adopts_jobs_the_manifest_missed_and_a_moved_project_keeps_its_takes(
    tmp_path: Path,
) -> None:
    path = make_board(tmp_path / "here")
    project = Project.open(path)
    project.save()  # the storyboard's id is in the file now
    inputs = project.all_inputs()
    store = JobStore(tmp_path / "jobs.sqlite3")
    segment = project.board.segments[1]
    video = tmp_path / "videos" / "made-elsewhere.mp4"
    video.parent.mkdir()
    video.write_bytes(b"not really a video")
    job = store.create(
        GenerationParams(prompt="p", first="a", last="b"),
        tags=TakeTags(project.board.id, segment.id, inputs[1]),
    )
    store.update(job.id, JobState.DONE, file_path=str(video))
    # Another storyboard's job is not adopted.
    store.create(GenerationParams(prompt="p", first="a", last="b"), tags=TakeTags("x", "y", "z"))
    assert project.sync(store) is True
    take = segment.take(job.id)
    assert take is not None and take.video is not None and take.video.startswith("takes/")
    assert (project.folder / take.video).read_bytes() == video.read_bytes()
    assert [s.state.value for s in project.statuses(inputs)] == ["stale", "done"]
    project.save()
    assert project.sync(store) is False
    # Moved (the store still names the old place): the takes come along.
    moved = shutil.move(str(tmp_path / "here"), str(tmp_path / "there"))
    shutil.rmtree(tmp_path / "videos")
    again = Project.open(Path(moved) / path.name)
    again.sync(store)
    assert [s.take for s in again.statuses(again.all_inputs())] == [None, job.id]


def test_the_confirmation_threshold_is_a_setting_in_dollars(tmp_path: Path) -> None:
    assert Settings().confirm_above_usd == 2.0
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"confirm_above_usd": 5}), encoding="utf-8")
    assert Settings.load(path).confirm_above_usd == 5.0
    path.write_text(json.dumps({"confirm_above_usd": "lots"}), encoding="utf-8")
    assert Settings.load(path).confirm_above_usd == 2.0
