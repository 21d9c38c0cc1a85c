"""Running a job end to end: prepare, submit once, poll, download, resume.

The ordering is what keeps users' money safe: the job row exists before the
POST, the generation id is committed the moment it arrives, and every status
change is committed as it is seen. A POST is only ever repeated when we know
the server cannot have created a task.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import threading
import time
from collections.abc import Callable
from pathlib import Path

import requests

from veodesk.core import images, uploads
from veodesk.core.api import ApiClient
from veodesk.core.download import download
from veodesk.core.errors import (
    ApiError,
    AuthError,
    CancelledError,
    GenerationFailedError,
    InvalidInputError,
    JobBusyError,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    StillPendingError,
    SubmitUncertainError,
    VeodeskError,
)
from veodesk.core.events import STATE_NAMES, Event, EventCode, server_status
from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message, ServerText
from veodesk.core.locks import FileLock
from veodesk.core.models import GenerationParams, RemoteTask, request_body
from veodesk.core.polling import DEFAULT_DEADLINE, PollSchedule, backoff, wait_for_task
from veodesk.core.store import RESUMABLE, Job, JobState, JobStore, TakeTags
from veodesk.core.uploads import Upload
from veodesk.core.urls import UnsafeVideoUrl, check_video_url

log = logging.getLogger(__name__)

SUBMIT_ATTEMPTS = 4

EventSink = Callable[[Job, Event], None]
ProgressSink = Callable[[Job, int, "int | None"], None]


Prepared = images.PreparedFrames


def prepare(params: GenerationParams) -> Prepared:
    """Validate the parameters and turn both frames into upload data. Sends nothing."""
    params.validate()
    return images.prepare_frames(
        params.first,
        params.last,
        resolution=params.resolution,
        aspect_ratio=params.aspect_ratio,
        fit=params.fit,
        first_anchor=params.first_anchor,
        last_anchor=params.last_anchor,
    )


def state_for(task: RemoteTask) -> JobState:
    if task.status in ("queued", "waiting", "pending"):
        return JobState.QUEUED
    return JobState.GENERATING


def _slug(text: str) -> str:
    words = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return words[:40].rstrip("-") or "video"


class JobRunner:
    """Drives jobs through the store. Used by the CLI directly and by GUI workers."""

    def __init__(
        self,
        store: JobStore,
        client: ApiClient,
        *,
        video_session: requests.Session,
        video_dir: Path,
        timeout: float = DEFAULT_DEADLINE,
        on_event: EventSink | None = None,
        on_progress: ProgressSink | None = None,
        schedule: PollSchedule | None = None,
    ) -> None:
        self.store = store
        #: Uploads and locks live beside the job database: they belong to its jobs.
        self.work_dir = store.path.parent
        #: None: learn the poll rhythm from how long similar jobs took.
        self.schedule = schedule
        self.client = client
        # A session of its own: the API key must never reach the video host.
        self.video_session = video_session
        self.video_dir = video_dir
        self.timeout = timeout
        self._on_event = on_event
        self._on_progress = on_progress

    # -- events -------------------------------------------------------------
    def _emit(self, job: Job, event: Event) -> None:
        log.info("job %s: %s", job.id, event)
        if self._on_event:
            self._on_event(job, event)

    def _set(
        self,
        job: Job,
        state: JobState | None = None,
        *,
        event: Event | None = None,
        **fields: object,
    ) -> Job:
        """Update the job; the store keeps the event's English text as the detail."""
        job = self.store.update(job.id, state, detail=str(event) if event else None, **fields)
        if event is None and state is not None:
            event = Event(EventCode.STATE, Message(STATE_NAMES[state.value]))
        if event is not None:
            self._emit(job, event)
        return job

    # -- creating ---------------------------------------------------------------
    def create(
        self,
        params: GenerationParams,
        prepared: Prepared,
        *,
        output: Path | None = None,
        tags: TakeTags | None = None,
    ) -> Job:
        """Save a job and its upload images. Nothing is sent yet.

        ``tags`` make the job a storyboard's take (core/storyboard).
        """
        uploads: list[Upload] = []
        for name, image in (("first", prepared.first), ("last", prepared.last)):
            if image.data is None or image.mime is None:
                uploads.append(image.as_request_value())
            else:
                uploads.append((name, image.mime, image.data))
        return self._ready(params, prepared.aspect_ratio, uploads, output=output, tags=tags)

    def copy_for_resubmit(self, job: Job, *, without_audio: bool = False) -> Job:
        """A new READY job with the same parameters and saved uploads.

        ``without_audio`` makes the copy silent, nothing else changed: Veo's
        audio filter blocks some generations that pass without audio.
        Submitting it creates (and pays for) a new task: the caller must have
        the user's explicit go-ahead.
        """
        if not job.first_upload or not job.last_upload:
            raise InvalidInputError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Job {job} has no saved frames to send again; start a new job instead.",
                    ),
                    job=job.id,
                )
            )
        try:
            copies = [uploads.load(job.first_upload), uploads.load(job.last_upload)]
        except InvalidInputError as exc:
            raise InvalidInputError(
                Message(
                    QT_TRANSLATE_NOOP("core", "Job {job}: {reason}"), job=job.id, reason=exc.message
                )
            ) from exc
        params = (
            dataclasses.replace(job.params, generate_audio=False) if without_audio else job.params
        )
        copied = (
            Message(QT_TRANSLATE_NOOP("core", "copy of job {job} without audio"), job=job.id)
            if without_audio
            else Message(QT_TRANSLATE_NOOP("core", "copy of job {job}"), job=job.id)
        )
        # A storyboard's take sent again as it was stays a take of its segment; a silent
        # copy was made from other inputs, so it belongs to no segment.
        tags = None if without_audio else job.tags
        return self._ready(
            params, job.aspect_ratio, copies, event=Event(EventCode.COPIED, copied), tags=tags
        )

    def _ready(
        self,
        params: GenerationParams,
        aspect_ratio: str | None,
        frames: list[Upload],
        *,
        output: Path | None = None,
        event: Event | None = None,
        tags: TakeTags | None = None,
    ) -> Job:
        """Create the job row, keep its upload files beside it, and mark it READY.

        The uploads are kept so the job can be sent again after the user's
        originals have moved.
        """
        job = self.store.create(params, tags=tags)
        folder = self.work_dir / "uploads" / str(job.id)
        values = [uploads.save(folder, frame) for frame in frames]
        dest = output or self.video_dir / f"veodesk-{job.id:05d}-{_slug(params.prompt)}.mp4"
        return self._set(
            job,
            JobState.READY,
            aspect_ratio=aspect_ratio,
            first_upload=values[0],
            last_upload=values[1],
            file_path=str(dest.resolve()),
            event=event,
        )

    def submit_and_follow(self, job: Job, *, cancel: threading.Event | None = None) -> Job:
        """Send a READY job and see it through (used for "submit again")."""
        with self.lock(job) as lock:
            if not lock.acquire():
                raise JobBusyError(
                    Message(
                        QT_TRANSLATE_NOOP("core", "Job {job} is being worked on elsewhere."),
                        job=job.id,
                    )
                )
            job = self.submit(self.store.get(job.id), cancel=cancel)
            return self.follow(job, cancel=cancel)

    def lock(self, job: Job) -> FileLock:
        return FileLock(self.work_dir / "locks" / f"job-{job.id}.lock")

    # -- submitting ---------------------------------------------------------------
    def submit(self, job: Job, *, cancel: threading.Event | None = None) -> Job:
        """POST the task once. Retries only when the server cannot have created it."""
        cancel = cancel or threading.Event()
        params = job.params
        body = request_body(
            params,
            image_url=uploads.request_value(job.first_upload),
            last_image_url=uploads.request_value(job.last_upload),
            aspect_ratio=job.aspect_ratio,
        )
        job = self._set(job, JobState.SUBMITTING)
        for attempt in range(SUBMIT_ATTEMPTS):
            try:
                task = self.client.create(body)
                break
            except (NetworkError, RateLimitedError, ServerError) as exc:
                if not _safe_to_resend(exc) or attempt == SUBMIT_ATTEMPTS - 1:
                    if _safe_to_resend(exc):
                        self._set(
                            job,
                            JobState.FAILED,
                            error=exc.message,
                            event=Event(
                                EventCode.NOT_CREATED,
                                Message(
                                    QT_TRANSLATE_NOOP("core", "not created; nothing was charged")
                                ),
                            ),
                        )
                        raise
                    raise self._uncertain(job, exc) from exc
                delay = backoff(attempt, first=self._retry_first, cap=self._retry_cap)
                if isinstance(exc, (RateLimitedError, ServerError)) and exc.retry_after:
                    delay = max(delay, exc.retry_after)
                again = Message(
                    QT_TRANSLATE_NOOP(
                        "core", "{reason} Trying again in {seconds} s (nothing was created)."
                    ),
                    reason=exc.message,
                    seconds=f"{delay:.0f}",
                )
                self._emit(job, Event(EventCode.RETRYING_SUBMIT, again))
                if cancel.wait(delay):
                    self._set(
                        job,
                        JobState.READY,
                        event=Event(
                            EventCode.SEND_CANCELLED,
                            Message(
                                QT_TRANSLATE_NOOP("core", "sending cancelled; nothing was sent")
                            ),
                        ),
                    )
                    raise CancelledError(
                        Message(QT_TRANSLATE_NOOP("core", "Cancelled before the task was created."))
                    ) from exc
            except ApiError as exc:
                # A 4xx refusal: the server looked at it and created nothing.
                self._set(
                    job,
                    JobState.FAILED,
                    error=exc.message,
                    event=Event(
                        EventCode.NOT_CREATED,
                        Message(QT_TRANSLATE_NOOP("core", "refused by the API")),
                    ),
                )
                raise
            except VeodeskError as exc:
                raise self._uncertain(job, exc) from exc
        return self._set(
            job,
            state_for(task),
            generation_id=task.id,
            server_status=task.status,
            submitted_at=time.time(),
            event=Event(
                EventCode.CREATED,
                Message(
                    QT_TRANSLATE_NOOP("core", "created as {generation_id}"),
                    generation_id=ServerText(task.id),
                ),
            ),
        )

    def _uncertain(self, job: Job, exc: VeodeskError) -> SubmitUncertainError:
        message = Message(
            QT_TRANSLATE_NOOP(
                "core",
                "The request was sent, but no usable answer came back ({reason}). The task may "
                "have been created and charged. Check your dashboard before submitting again: "
                "submitting again may cost credits.",
            ),
            reason=exc.message,
        )
        self._set(
            job,
            JobState.NEEDS_ATTENTION,
            error=message,
            event=Event(
                EventCode.UNCERTAIN, Message(QT_TRANSLATE_NOOP("core", "outcome of POST unknown"))
            ),
        )
        return SubmitUncertainError(message)

    @property
    def _retry_first(self) -> float:
        return self.schedule.first if self.schedule else 1.0

    @property
    def _retry_cap(self) -> float:
        return self.schedule.retry_cap if self.schedule else 30.0

    # -- following -------------------------------------------------------------
    def follow(self, job: Job, *, cancel: threading.Event | None = None) -> Job:
        """Poll a submitted job to the end and download its video."""
        if job.generation_id is None:
            raise ValueError("job has no generation id")
        cancel = cancel or threading.Event()
        if job.state in (JobState.QUEUED, JobState.GENERATING):
            job = self._poll(job, cancel)
        if job.state is JobState.DOWNLOADING:
            job = self._download(job, cancel)
        return job

    def _poll(self, job: Job, cancel: threading.Event) -> Job:
        current = job
        gid = job.generation_id or ""

        def seen(task: RemoteTask) -> None:
            nonlocal current
            if task.status != current.server_status and not task.is_terminal:
                current = self._set(
                    current,
                    state_for(task),
                    server_status=task.status,
                    event=server_status(task.status),
                )

        def failing(exc: VeodeskError, delay: float) -> None:
            again = Message(
                QT_TRANSLATE_NOOP("core", "{reason} Checking again in {seconds} s."),
                reason=exc.message,
                seconds=f"{delay:.0f}",
            )
            self._emit(current, Event(EventCode.RETRYING_STATUS, again))

        schedule = self.schedule
        if schedule is None:
            # A resumed job has been running since it was submitted, not since now.
            ran = time.time() - job.submitted_at if job.submitted_at else 0.0
            schedule = PollSchedule.learned(
                self.store.typical_seconds(job.params), elapsed_before=ran
            )
        try:
            task = wait_for_task(
                lambda: self.client.get(gid),
                generation_id=gid,
                schedule=schedule,
                timeout=self.timeout,
                cancel=cancel,
                on_update=seen,
                on_retry=failing,
            )
        except NotFoundError as exc:
            self._set(
                current,
                JobState.NEEDS_ATTENTION,
                error=exc.message,
                event=Event(
                    EventCode.LOST,
                    Message(QT_TRANSLATE_NOOP("core", "the API no longer knows this generation")),
                ),
            )
            raise
        except (AuthError, StillPendingError, CancelledError):
            raise
        if task.is_error:
            reason = task.error_message or task.error_name
            failed = (
                Message(
                    QT_TRANSLATE_NOOP("core", "The generation failed. The server said: {server}"),
                    server=ServerText(reason),
                )
                if reason
                else Message(
                    QT_TRANSLATE_NOOP(
                        "core", "The generation failed. The server said: no reason given"
                    )
                )
            )
            raise self._failed(current, task, failed)
        if not task.video_url:
            raise self._failed(
                current,
                task,
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The generation finished, but the server reported it finished but gave "
                        "no video URL. Contact the API's support.",
                    )
                ),
            )
        try:
            url = check_video_url(task.video_url, api_base=self.client.base_url)
        except UnsafeVideoUrl as exc:
            raise self._failed(current, task, exc.failure) from exc
        return self._set(
            current,
            JobState.DOWNLOADING,
            server_status=task.status,
            video_url=url,
            credits_used=task.credits_used,
            finished_at=time.time(),
            event=server_status("completed"),
        )

    def _failed(self, job: Job, task: RemoteTask, message: Message) -> GenerationFailedError:
        self._set(
            job,
            JobState.FAILED,
            server_status=task.status,
            error=message,
            finished_at=time.time(),
            credits_used=task.credits_used,
            event=server_status(task.status),
        )
        return GenerationFailedError(message)

    def _download(self, job: Job, cancel: threading.Event) -> Job:
        dest = Path(job.file_path) if job.file_path else self.video_dir / f"veodesk-{job.id}.mp4"

        def progress(done: int, total: int | None) -> None:
            if self._on_progress:
                self._on_progress(job, done, total)

        try:
            download(
                job.video_url or "",
                dest,
                session=self.video_session,
                cancel=cancel,
                on_progress=progress,
                retry_first=self._retry_first,
            )
        except VeodeskError as exc:
            if not isinstance(exc, CancelledError):
                self.store.update(job.id, error=exc.message, detail="download failed")
            raise
        return self._set(
            job,
            JobState.DONE,
            file_path=str(dest),
            error=None,
            event=Event(
                EventCode.SAVED,
                Message(QT_TRANSLATE_NOOP("core", "saved {name}"), name=dest.name),
            ),
        )

    # -- whole flows -------------------------------------------------------------
    def run(
        self,
        params: GenerationParams,
        prepared: Prepared,
        *,
        output: Path | None = None,
        cancel: threading.Event | None = None,
    ) -> Job:
        job = self.create(params, prepared, output=output)
        with self.lock(job) as lock:
            lock.acquire()
            job = self.submit(job, cancel=cancel)
            return self.follow(job, cancel=cancel)

    def resume(self, job: Job, *, cancel: threading.Event | None = None) -> Job:
        """Continue one job with its existing id. Never POSTs."""
        with self.lock(job) as lock:
            if not lock.acquire():
                raise JobBusyError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "Job {job} is being worked on by another veodesk window or command.",
                        ),
                        job=job.id,
                    )
                )
            job = self.store.get(job.id)
            if job.state is JobState.SUBMITTING:
                stopped = Message(QT_TRANSLATE_NOOP("core", "veodesk stopped while sending it"))
                raise self._uncertain(job, VeodeskError(stopped))
            if job.state not in RESUMABLE:
                return job
            return self.follow(job, cancel=cancel)

    def unfinished(self) -> list[Job]:
        return self.store.in_states(JobState.SUBMITTING, *RESUMABLE)


def _safe_to_resend(exc: VeodeskError) -> bool:
    if isinstance(exc, NetworkError):
        return not exc.request_sent
    if isinstance(exc, RateLimitedError):
        return True
    return isinstance(exc, ServerError) and exc.status_code == 503 and exc.retry_after is not None
