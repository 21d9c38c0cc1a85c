"""A storyboard's long work, on a thread of its own: check, send and follow, then join.

Each step runs a core function (``render.check``, ``render.render``, the
join's child process) on a detached copy of the project, so the window edits
on while takes render; the window's own copy learns of the takes from the
store. Everything reported comes back on the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from veodesk.core.events import Event
from veodesk.core.money import PriceTable
from veodesk.core.store import Job, JobStore
from veodesk.core.storyboard.project import Project

if TYPE_CHECKING:
    from veodesk.core.film.child import ChildJoin
    from veodesk.core.runner import EventSink, JobRunner, ProgressSink
    from veodesk.core.storyboard.render import RenderPlan, RenderResult

RunnerFactory = Callable[["EventSink", "ProgressSink"], "JobRunner"]
Post = Callable[[Callable[[], None]], None]


@dataclass
class BoardRun:
    """One Generate, "k takes", Generate all or Render film, from its check to its end."""

    #: Join the chosen takes once every segment is done.
    film: bool
    cancel: threading.Event = field(default_factory=threading.Event)
    child: ChildJoin | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def stop(self) -> None:
        """From any thread: stop waiting (the tasks sent go on) or stop the join (no file)."""
        with self._lock:
            self.cancel.set()
            child = self.child
        if child is not None:
            child.stop()

    def check(
        self,
        project: Project,
        store: JobStore,
        prices: PriceTable,
        segments: list[int] | None,
        takes: int,
    ) -> RenderPlan:
        from veodesk.core.storyboard.render import check  # Pillow and requests load here

        return check(project, store, output=None, prices=prices, segments=segments, takes=takes)

    def send(
        self,
        plan: RenderPlan,
        make_runner: RunnerFactory,
        on_job: Callable[[Job, Event], None],
        on_segment: Callable[[int, Event], None],
    ) -> RenderResult:
        from veodesk.core.storyboard.render import render

        def quiet(job: Job, done: int, total: int | None) -> None:
            pass  # a take's download is over in a moment: its state tells the rest

        runner = make_runner(on_job, quiet)
        return render(plan, runner, cancel=self.cancel, on_event=on_segment)

    def join(
        self, project: Project, store: JobStore, on_progress: Callable[[int, int], None]
    ) -> Job:
        """The chosen takes, joined by the join's child process into the project's folder."""
        from veodesk.core.errors import CancelledError, InvalidInputError
        from veodesk.core.film.child import ChildJoin
        from veodesk.core.film.history import record_film
        from veodesk.core.film.options import JoinOptions, Transition
        from veodesk.core.fsutil import copy_whole

        project.sync(store)
        board = project.board
        inputs = project.all_inputs()
        takes = [s.chosen_take(h) for s, h in zip(board.segments, inputs)]
        clips: list[Path] = []
        for i, take in enumerate(takes):
            if take is None or take.video is None:
                raise InvalidInputError(
                    f"Segment {i + 1} has no finished take yet: generate it, then render again.",
                    field="segments",
                )
            clips.append(project.resolve(take.video))
        output = film_path(project)
        if len(clips) == 1:  # nothing to join: the film is its one take
            copy_whole(clips[0], output)
            return store.get(takes[0].job)  # type: ignore[union-attr]
        options = JoinOptions(transition=Transition(), force=True)
        child = ChildJoin(clips, output, options, None)
        with self._lock:
            if self.cancel.is_set():
                raise CancelledError("Stopped before the join started.")
            self.child = child
        film = child.run(on_progress)
        jobs = [store.get(t.job) for t in takes if t is not None]
        return record_film(store, jobs, film, options.transition)


def film_path(project: Project) -> Path:
    """Where "Render film" writes: beside the manifest, under its name (replaced each time)."""
    return project.folder / f"{project.path.stem}.mp4"
