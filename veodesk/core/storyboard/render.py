"""Rendering a storyboard: check everything, send the stale segments, wait, join.

:func:`check` reads and prepares everything a render needs and raises an
:class:`InvalidInputError` on any problem, before anything is sent or written.
:func:`render` then sends one POST per segment that needs one, follows every
take to its video, and joins the chosen takes. Each take is an ordinary job
(saved before its POST, its id saved on arrival), tagged with the storyboard
and segment, so a render stopped anywhere resumes without paying twice: a take
on the server is followed, a take saved but never sent is sent, and only a
take whose POST may have gone unanswered waits for the user.

The caller holds the project's lock (``Project.lock``) from before the check
to the end of the render.
"""

from __future__ import annotations

import contextlib
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from veodesk.core.errors import (
    CancelledError,
    GenerationFailedError,
    InvalidInputError,
    VeodeskError,
)
from veodesk.core.events import STATE_NAMES, Event, EventCode
from veodesk.core.film.options import Transition
from veodesk.core.fsutil import copy_whole
from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message, comma_list
from veodesk.core.models import GenerationParams
from veodesk.core.money import PriceTable
from veodesk.core.runner import JobRunner, Prepared, prepare
from veodesk.core.store import RESUMABLE, Job, JobState, JobStore, TakeTags

from .cost import expected_cost_usd
from .model import MAX_TAKES, TO_SEND, Segment, SegmentState
from .project import TAKES, Project, writable

#: (segment index from 1, event): what a view or a terminal shows as it happens.
#: A view acts on ``event.code``; ``str(event)`` is English, a window translates
#: ``event.message`` (core/i18n.py).
RenderEvents = Callable[[int, Event], None]


@dataclass(frozen=True)
class Work:
    """One segment a render acts on."""

    index: int  # from 0
    segment: Segment
    inputs: str
    params: GenerationParams
    #: The frames to upload, for a new take; None when ``job`` is reused.
    prepared: Prepared | None
    #: A take saved but never sent (READY, sent now), or one on the server (followed).
    job: Job | None

    @property
    def sends(self) -> bool:
        return self.job is None or self.job.state is JobState.READY


@dataclass(frozen=True)
class RenderPlan:
    project: Project
    inputs: list[str]
    work: list[Work]
    output: Path | None
    transition: Transition
    force: bool
    #: The expected cost of the POSTs, in dollars.
    cost_usd: float

    @property
    def posts(self) -> int:
        return sum(1 for w in self.work if w.sends)

    @property
    def warnings(self) -> list[Message]:
        return [
            Message(
                QT_TRANSLATE_NOOP("core", "segment {segment}: {warning}"),
                segment=w.index + 1,
                warning=warning,
            )
            for w in self.work
            if w.prepared is not None
            for warning in w.prepared.warnings
        ]


@dataclass
class RenderResult:
    film: Path | None = None
    #: Jobs sent by this render (one per POST).
    sent: list[int] = field(default_factory=list)
    #: Segment index (from 1) → what went wrong.
    failures: dict[int, VeodeskError] = field(default_factory=dict)
    film_json: dict[str, object] | None = None

    @property
    def exit_code(self) -> int:
        return max((exc.exit_code for exc in self.failures.values()), default=0)


def segment_params(project: Project, index: int) -> GenerationParams:
    board = project.board
    segment = board.segments[index]
    s = board.settings
    return GenerationParams(
        prompt=board.prompt_for(segment),
        first=str(project.picture(index)),
        last=str(project.picture(index + 1)),
        duration=segment.duration,
        resolution=s.resolution,
        aspect_ratio=s.aspect_ratio,
        generate_audio=board.audio_for(segment),
        fit=s.fit,
    )


def check_output(output: Path, force: bool) -> None:
    if output.suffix.lower() != ".mp4":
        raise InvalidInputError(
            Message(
                QT_TRANSLATE_NOOP("core", "--output {path} must end in .mp4."), path=str(output)
            ),
            field="output",
        )
    if output.exists() and not force:
        raise InvalidInputError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{path} already exists; choose another --output or add --force to replace it.",
                ),
                path=str(output),
            ),
            field="output",
        )
    if output.exists() and not output.is_file():
        raise InvalidInputError(
            Message(
                QT_TRANSLATE_NOOP("core", "{path} is not a file; choose another --output."),
                path=str(output),
            ),
            field="output",
        )
    if not writable(output):
        raise InvalidInputError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "Cannot write {path}: its folder does not exist or is not writable."
                ),
                path=str(output),
            ),
            field="output",
        )


def check(
    project: Project,
    store: JobStore,
    *,
    output: Path | None,
    transition: Transition | None = None,
    force: bool = False,
    prices: PriceTable | None = None,
    segments: Sequence[int] | None = None,
    takes: int = 1,
) -> RenderPlan:
    """Everything a render needs, checked and prepared. Sends nothing; writes no manifest.

    Reads and prepares every picture to be sent: run it off a window's UI thread.
    ``prices`` is the user's list-price table (``Settings.prices()``).

    By default every segment that is not done is acted on, once. ``segments``
    (indexes from 0) asks for those segments only, done or not, with ``takes``
    new takes each (a window's Generate and "k takes"); a take of the current
    inputs still on the server, or saved but never sent, counts as the first.
    """
    if not 1 <= takes <= MAX_TAKES:
        raise InvalidInputError(
            Message(
                QT_TRANSLATE_NOOP("core", "Ask for 1 to {most} takes at a time."), most=MAX_TAKES
            ),
            field="takes",
        )
    if output is not None:
        check_output(output, force)
    project.sync(store)
    board = project.board
    inputs = project.all_inputs()
    work: list[Work] = []
    attention: list[Message] = []
    wanted = range(len(board.segments)) if segments is None else sorted(set(segments))
    for i in wanted:
        if not 0 <= i < len(board.segments):
            raise InvalidInputError(
                Message(QT_TRANSLATE_NOOP("core", "There is no segment {segment}."), segment=i + 1),
                field="segments",
            )
        segment = board.segments[i]
        state = segment.state(inputs[i])
        if state is SegmentState.ATTENTION:
            job = segment.current_takes(inputs[i])[-1].job
            attention.append(
                Message(
                    QT_TRANSLATE_NOOP("core", "segment {segment} (job {job})"),
                    segment=i + 1,
                    job=job,
                )
            )
            continue
        if state is SegmentState.DONE and segments is None:
            continue
        params = segment_params(project, i)
        if not segment.prompt.strip():
            raise InvalidInputError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Segment {segment} has no prompt: describe what happens between keyframes "
                        "{first} and {last} (in {path}).",
                    ),
                    segment=i + 1,
                    first=i + 1,
                    last=i + 2,
                    path=str(project.path),
                ),
                field=f"segments[{i}].prompt",
            )
        existing = _reusable(store, board.id, segment, inputs[i])
        if existing is not None:
            work.append(Work(i, segment, inputs[i], params, None, existing))
        new = takes - (existing is not None)
        if new:
            try:
                prepared = prepare(params)
            except InvalidInputError as exc:
                raise InvalidInputError(
                    Message(
                        QT_TRANSLATE_NOOP("core", "Segment {segment}: {reason}"),
                        segment=i + 1,
                        reason=exc.message,
                    ),
                    field=exc.field,
                ) from exc
            work += [Work(i, segment, inputs[i], params, prepared, None) for _ in range(new)]
    if attention:
        raise InvalidInputError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Nothing was sent. For {segments} a request was sent but no answer came "
                    "back, so a task may have been created and charged. Check your dashboard; to "
                    "send one again, run 'veodesk-cli resubmit JOB --yes' (it stays a take of its "
                    "segment), then render again.",
                ),
                segments=comma_list(attention),
            ),
            field="segments",
        )
    sending = [(w.params.duration, w.params.generate_audio) for w in work if w.sends]
    table = prices or PriceTable.default()
    cost = expected_cost_usd(store, table, sending, board.settings.resolution)
    return RenderPlan(project, inputs, work, output, transition or Transition(), force, cost)


def _reusable(store: JobStore, board: str, segment: Segment, inputs: str) -> Job | None:
    """The segment's newest current take if it is on the server or saved but never sent."""
    current = segment.current_takes(inputs)
    if not current:
        return None
    try:
        job = store.get(current[-1].job)
    except KeyError:
        return None
    if job.tags != TakeTags(board, segment.id, inputs):
        return None  # a job number of another computer's history
    if job.state is JobState.READY or job.state in RESUMABLE:
        return job
    return None


class _Render:
    def __init__(
        self,
        plan: RenderPlan,
        runner: JobRunner,
        cancel: threading.Event,
        on_event: RenderEvents | None,
    ) -> None:
        self.plan = plan
        self.project = plan.project
        self.runner = runner
        self.store = runner.store
        self.cancel = cancel
        self.on_event = on_event
        self.result = RenderResult()

    def say(self, work: Work, code: EventCode, message: Message) -> None:
        if self.on_event:
            self.on_event(work.index + 1, Event(code, message))

    def save(self) -> None:
        self.project.sync(self.store)
        self.project.save()

    def submit(self, work: Work, locks: contextlib.ExitStack) -> Job | None:
        """Send the segment's one POST; the job's lock stays held until the render ends."""
        project, runner = self.project, self.runner
        job = work.job
        if job is None:
            assert work.prepared is not None
            name = f"{work.segment.id[:8]}-{uuid.uuid4().hex[:8]}.mp4"
            tags = TakeTags(project.board.id, work.segment.id, work.inputs)
            job = runner.create(
                work.params, work.prepared, output=project.folder / TAKES / name, tags=tags
            )
            self.save()  # the take is in the manifest before its POST
        lock = locks.enter_context(runner.lock(job))
        if not lock.acquire():
            self.result.failures[work.index + 1] = InvalidInputError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Job {job} is being worked on by another veodesk window or command.",
                    ),
                    job=job.id,
                )
            )
            return None
        self.say(
            work,
            EventCode.SEGMENT_SENDING,
            Message(QT_TRANSLATE_NOOP("core", "sending job {job}"), job=job.id),
        )
        self.result.sent.append(job.id)
        try:
            return runner.submit(self.store.get(job.id), cancel=self.cancel)
        except CancelledError:
            raise
        except VeodeskError as exc:
            self.result.failures[work.index + 1] = exc
            self.say(work, EventCode.SEGMENT_FAILED, _failed(exc))
            return None
        finally:
            self.save()

    def follow(self, work: Work, job: Job) -> None:
        try:
            if job.id in self.result.sent:
                done = self.runner.follow(job, cancel=self.cancel)
            else:
                self.say(
                    work,
                    EventCode.SEGMENT_RESUMING,
                    Message(
                        QT_TRANSLATE_NOOP("core", "resuming job {job} ({generation_id})"),
                        job=job.id,
                        generation_id=str(job.generation_id),
                    ),
                )
                done = self.runner.resume(job, cancel=self.cancel)
            if done.state is not JobState.DONE:
                state = Message(STATE_NAMES[done.state.value])
                raise GenerationFailedError(
                    Message(
                        QT_TRANSLATE_NOOP("core", "Job {job} ended {state}: {reason}."),
                        job=done.id,
                        state=state,
                        reason=done.error_message or done.error,
                    )
                    if done.error
                    else Message(
                        QT_TRANSLATE_NOOP("core", "Job {job} ended {state}: no video."),
                        job=done.id,
                        state=state,
                    )
                )
            self.say(
                work,
                EventCode.SEGMENT_DONE,
                Message(QT_TRANSLATE_NOOP("core", "done (job {job})"), job=done.id),
            )
        except CancelledError:
            raise
        except VeodeskError as exc:
            self.result.failures[work.index + 1] = exc
            self.say(work, EventCode.SEGMENT_FAILED, _failed(exc))
        finally:
            self.save()

    def run(self) -> RenderResult:
        self.save()  # ids of a hand-written manifest are kept before any job names them
        with contextlib.ExitStack() as locks:
            following: list[tuple[Work, Job]] = []
            for work in self.plan.work:
                if work.sends:
                    job = self.submit(work, locks)
                    if job is not None:
                        following.append((work, job))
                elif work.job is not None:
                    following.append((work, work.job))
            # Every task is on the server before the first wait: they render side by side.
            for work, job in following:
                self.follow(work, job)
        if not self.result.failures and self.plan.output is not None:
            self.join()
        return self.result

    def join(self) -> None:
        from veodesk.core.film.history import record_film  # the joiner loads PyAV
        from veodesk.core.film.joiner import join, plan
        from veodesk.core.film.options import JoinOptions

        project, output = self.project, self.plan.output
        assert output is not None
        board = project.board
        takes = [s.chosen_take(h) for s, h in zip(board.segments, self.plan.inputs)]
        if any(t is None or t.video is None for t in takes):
            raise InvalidInputError(
                Message(QT_TRANSLATE_NOOP("core", "A segment has no finished take to join.")),
                field="segments",
            )
        videos = [project.resolve(t.video) for t in takes if t is not None and t.video]
        if len(videos) == 1:
            copy_whole(videos[0], output)
            self.result.film = output
            return
        options = JoinOptions(transition=self.plan.transition, force=self.plan.force)
        pictures = [project.picture(i) for i in range(len(board.keyframes))]
        film = join(plan(videos, output, options, keyframes=pictures), cancel=self.cancel)
        jobs = [self.store.get(t.job) for t in takes if t is not None]
        record_film(self.store, jobs, film, self.plan.transition)
        self.result.film = film.path
        self.result.film_json = film.to_json()


def _failed(exc: VeodeskError) -> Message:
    return Message(QT_TRANSLATE_NOOP("core", "failed: {reason}"), reason=exc.message)


def render(
    plan: RenderPlan,
    runner: JobRunner,
    *,
    cancel: threading.Event | None = None,
    on_event: RenderEvents | None = None,
) -> RenderResult:
    """Send what the plan sends, follow every take, join when all are done.

    The result's ``failures`` name the segments that did not finish; then no
    film is made, the finished takes are kept, and the next render sends only
    what is still stale.
    """
    return _Render(plan, runner, cancel or threading.Event(), on_event).run()


def to_send(states: list[SegmentState]) -> int:
    return sum(1 for s in states if s in TO_SEND)
