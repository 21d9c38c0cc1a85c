"""One generation on a pool thread: prepare, submit, poll and download through the core.

A worker is a plain object, not a QObject: everything it learns reaches its
listener on the UI thread through ``post`` (veodesk.gui.tasks.MainThread).
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from veodesk.core.errors import CancelledError, VeodeskError
from veodesk.core.models import GenerationParams
from veodesk.core.store import Job
from veodesk.gui.tuning.priority import lower_current_thread

if TYPE_CHECKING:
    # The runner pulls in requests and Pillow: workers import it, start-up does not.
    from veodesk.core.events import Event
    from veodesk.core.i18n import Message
    from veodesk.core.runner import EventSink, JobRunner, ProgressSink

log = logging.getLogger(__name__)

RunnerFactory = Callable[["EventSink", "ProgressSink"], "JobRunner"]


class Kind(enum.Enum):
    NEW = "new"
    RESUME = "resume"
    RESUBMIT = "resubmit"


class Listener(Protocol):
    """What a worker reports, each call on the UI thread."""

    def worker_started(self, worker: GenerationWorker) -> None: ...

    def worker_warnings(self, worker: GenerationWorker, warnings: tuple[Message, ...]) -> None: ...

    def worker_event(self, worker: GenerationWorker, job: Job, event: Event) -> None: ...

    def worker_progress(
        self, worker: GenerationWorker, job: Job, done: int, total: int | None
    ) -> None:
        """Bytes of the video downloaded so far, of ``total`` when the host says."""

    def worker_typical(self, worker: GenerationWorker, seconds: float | None) -> None:
        """How long similar jobs took: the progress bar's scale."""

    def worker_finished(self, worker: GenerationWorker, job: Job) -> None: ...

    def worker_cancelled(self, worker: GenerationWorker, job: Job | None) -> None: ...

    def worker_failed(self, worker: GenerationWorker, job: Job | None, exc: Exception) -> None: ...


Post = Callable[[Callable[[], None]], None]


class GenerationWorker:
    """Runs one job to its end (:meth:`run`, on a pool thread), telling ``listener``."""

    def __init__(
        self,
        kind: Kind,
        make_runner: RunnerFactory,
        listener: Listener,
        post: Post,
        *,
        params: GenerationParams | None = None,
        job: Job | None = None,
        without_audio: bool = False,
    ) -> None:
        if (kind is Kind.NEW) != (params is not None) or (kind is not Kind.NEW and job is None):
            raise ValueError("a new job needs params; resume and resubmit need a job")
        self.kind = kind
        self.params = params if params is not None else job.params if job else None
        self.job = job
        #: A resubmit sent silent: the one change from the original job.
        self.without_audio = without_audio
        self.cancel = threading.Event()
        self._listener = listener
        self._post = post
        self._make_runner = make_runner
        self._runner: JobRunner | None = None
        self._told_typical = False
        self._lock = threading.Lock()
        self._started = False
        self._withdrawn = False

    def withdraw(self) -> bool:
        """Stop it before it starts; False when it has started (then cancel it instead)."""
        with self._lock:
            if not self._started:
                self._withdrawn = True
            return self._withdrawn

    def _on_event(self, job: Job, event: Event) -> None:
        self.job = job
        self._post(lambda: self._listener.worker_event(self, job, event))
        if not self._told_typical and self._runner is not None and job.generation_id:
            self._told_typical = True
            try:
                seconds = self._runner.store.typical_seconds(job.params)
            except Exception:  # only a progress hint: never let it stop the job
                log.debug("typical_seconds failed", exc_info=True)
            else:
                self._post(lambda: self._listener.worker_typical(self, seconds))

    def _on_progress(self, job: Job, done: int, total: int | None) -> None:
        self._post(lambda: self._listener.worker_progress(self, job, done, total))

    def run(self) -> None:
        with self._lock:
            if self._withdrawn:
                return  # settled as cancelled on the UI thread already
            self._started = True
        lower_current_thread()  # its picture preparation must not starve the UI thread
        listener, post = self._listener, self._post
        post(lambda: listener.worker_started(self))
        try:
            self._runner = self._make_runner(self._on_event, self._on_progress)
            job = self._run(self._runner)
        except CancelledError:
            fresh = self._fresh()
            post(lambda: listener.worker_cancelled(self, fresh))
        except VeodeskError as exc:
            fresh, error = self._fresh(), exc
            post(lambda: listener.worker_failed(self, fresh, error))
        except Exception as exc:  # a bug: still report it rather than die silently
            log.exception("generation worker crashed")
            last, crash = self.job, exc
            post(lambda: listener.worker_failed(self, last, crash))
        else:
            self.job = job
            post(lambda: listener.worker_finished(self, job))

    def _fresh(self) -> Job | None:
        """The job as the store has it now: a failure may have written its error there."""
        if self.job is None or self._runner is None:
            return self.job
        try:
            return self._runner.store.get(self.job.id)
        except Exception:  # deleted meanwhile, or the history is unreadable
            return self.job

    def _run(self, runner: JobRunner) -> Job:
        if self.cancel.is_set():
            raise CancelledError("Cancelled before it started.")
        if self.kind is Kind.NEW:
            # requests and Pillow load on the worker thread, not at start-up
            from veodesk.core.runner import prepare

            assert self.params is not None
            prepared = prepare(self.params)
            if prepared.warnings:
                warnings = tuple(prepared.warnings)
                self._post(lambda: self._listener.worker_warnings(self, warnings))
            if self.cancel.is_set():
                raise CancelledError("Cancelled before anything was sent.")
            return runner.run(self.params, prepared, cancel=self.cancel)
        assert self.job is not None
        if self.kind is Kind.RESUME:
            return runner.resume(self.job, cancel=self.cancel)
        # copy_for_resubmit reports the new job through _on_event.
        copy = runner.copy_for_resubmit(self.job, without_audio=self.without_audio)
        return runner.submit_and_follow(copy, cancel=self.cancel)
