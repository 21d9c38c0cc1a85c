"""The storyboard driven in-process, as a window drives it: edits, Undo, Generate all."""

from __future__ import annotations

from pathlib import Path

import pytest

from veodesk.core.errors import InvalidInputError
from veodesk.core.events import Event, EventCode
from veodesk.core.runner import prepare
from veodesk.core.store import JobState, TakeTags
from veodesk.core.storyboard import manifest
from veodesk.core.storyboard.edits import Editor, name_order
from veodesk.core.storyboard.project import Project
from veodesk.core.storyboard.render import check, render, segment_params
from veodesk.sandbox import Sandbox

from .boardtools import COLOURS
from .conftest import draw_frame
from .jobtools import make_runner


def _generate_all(project: Project, sandbox: Sandbox) -> tuple[int, list[tuple[int, str]]]:
    """ "Generate all": what a view's button runs on a worker thread. Returns the POSTs sent."""
    runner = make_runner(sandbox)
    events: list[tuple[int, Event]] = []
    before = sandbox.post_count
    with project.lock() as lock:
        project.acquire(lock)
        plan = check(project, runner.store, output=None)
        result = render(plan, runner, on_event=lambda i, m: events.append((i, m)))
    assert not result.failures, result.failures
    return sandbox.post_count - before, events


def _states(project: Project) -> list[str]:
    return [s.state.value for s in project.statuses(project.all_inputs())]


def test_add_generate_swap_generate_undo_reopen(sandbox: Sandbox, tmp_path: Path) -> None:
    drops = [
        draw_frame(tmp_path / "drop" / f"shot {n}.png", (640, 360), COLOURS[n % 5], str(n))
        for n in (10, 2, 1, 3)
    ]
    path = tmp_path / "project" / "board.veoboard"
    project = Project.new(path)
    changes: list[int] = []
    editor = Editor(project, on_change=lambda: changes.append(1))
    editor.add_keyframes(drops)  # dropped at once: in file-name order, 10 last
    board = project.board
    assert [Path(k.image).name for k in board.keyframes] == [
        "shot 1.png",
        "shot 2.png",
        "shot 3.png",
        "shot 10.png",
    ]
    assert all((project.folder / k.image).is_file() for k in board.keyframes)  # frames/ copies
    assert len(board.segments) == 3
    for i, words in enumerate(["a door opens", "we step outside", "the garden blooms"]):
        editor.set_prompt(i, words)
        editor.set_duration(i, 4)
    editor.set_settings(resolution="720p")
    assert len(changes) == 8 and path.is_file()  # autosaved

    posts, events = _generate_all(project, sandbox)
    assert posts == 3 and _states(project) == ["done"] * 3
    assert {i for i, e in events if e.code is EventCode.SEGMENT_DONE} == {1, 2, 3}
    assert all(str(e).startswith("done") for _, e in events if e.code is EventCode.SEGMENT_DONE)

    editor.swap_keyframes(2, 3)
    assert _states(project) == ["done", "stale", "stale"]  # exactly the segments that touch them
    posts, _ = _generate_all(project, sandbox)
    assert posts == 2 and _states(project) == ["done"] * 3

    assert editor.undo_label == "Swap keyframes" and editor.undo()
    assert _states(project) == ["done"] * 3  # the earlier takes are current again
    posts, _ = _generate_all(project, sandbox)
    assert posts == 0
    chosen = [s.take for s in project.statuses(project.all_inputs())]

    # Saved (autosave), closed and reopened: the same state.
    again = Project.open(path)
    again.sync(make_runner(sandbox).store)
    assert manifest.to_json(again.board) == manifest.to_json(project.board)
    assert [s.take for s in again.statuses(again.all_inputs())] == chosen

    assert editor.redo() and _states(project) == ["done"] * 3  # the swap's own takes
    assert sandbox.post_count == 5


def test_insert_and_delete_split_and_merge_segments_and_undo_brings_takes_back(
    tmp_path: Path,
) -> None:
    pictures = [
        draw_frame(tmp_path / f"p{i}.jpg", (320, 180), COLOURS[i], str(i)) for i in range(4)
    ]
    project = Project.new(tmp_path / "project" / "b.veoboard")
    editor = Editor(project)
    editor.add_keyframes(pictures[:3])
    editor.set_prompt(0, "first")
    editor.set_prompt(1, "second")
    first = project.board.segments[0]
    editor.insert_keyframes(1, [pictures[3]])
    assert [s.prompt for s in project.board.segments] == ["first", "first", "second"]
    assert project.board.segments[0] is first
    editor.remove_keyframe(1)
    editor.remove_keyframe(0)
    assert [s.prompt for s in project.board.segments] == ["second"]
    editor.undo()
    editor.undo()
    assert project.board.segments[0] is first and len(project.board.keyframes) == 4
    with pytest.raises(InvalidInputError, match="not offered"):
        editor.set_duration(0, 5)
    with pytest.raises(InvalidInputError, match="aspect_ratio"):
        editor.set_settings(aspect_ratio="auto")
    assert Project.open(project.path).board.keyframes[1].image.startswith("frames/")


def test_name_order_puts_numbers_in_order() -> None:
    names = ["b10.jpg", "B2.jpg", "a.jpg", "b1.jpg"]
    assert sorted(names, key=lambda n: name_order(Path(n))) == [
        "a.jpg",
        "b1.jpg",
        "B2.jpg",
        "b10.jpg",
    ]


def test_a_take_saved_but_never_sent_is_sent_not_duplicated(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    pictures = [draw_frame(tmp_path / f"k{i}.jpg", (320, 180), COLOURS[i], "") for i in range(2)]
    project = Project.new(tmp_path / "project" / "b.veoboard")
    editor = Editor(project)
    editor.add_keyframes(pictures)
    editor.set_prompt(0, "it moves")
    editor.set_settings(resolution="720p")
    # A render stopped between saving its job and sending it.
    runner = make_runner(sandbox)
    [inputs] = project.all_inputs()
    segment = project.board.segments[0]
    params = segment_params(project, 0)
    job = runner.create(
        params, prepare(params), tags=TakeTags(project.board.id, segment.id, inputs)
    )
    assert job.state is JobState.READY
    project.sync(runner.store)
    assert _states(project) == ["stale"]
    posts, events = _generate_all(project, sandbox)
    assert posts == 1
    assert (1, EventCode.SEGMENT_SENDING, f"sending job {job.id}") in [
        (i, e.code, str(e)) for i, e in events
    ]
    assert runner.store.get(job.id).state is JobState.DONE
    assert [t.job for t in segment.takes] == [job.id]
    # Sent again as it was, it stays a take of the segment; silent, it was made from other inputs.
    assert runner.copy_for_resubmit(job).tags == job.tags
    assert runner.copy_for_resubmit(job, without_audio=True).tags is None
