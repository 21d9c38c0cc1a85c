"""One generation on a pool thread: prepare, submit, poll and download through the core."""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Signal

from veodesk.core.errors import CancelledError, VeodeskError
from veodesk.core.models import GenerationParams
from veodesk.core.store import Job
from veodesk.gui.tuning.priority import lower_current_thread

if TYPE_CHECKING:
    # The runner pulls in requests and Pillow: workers import it, start-up does not.
    from veodesk.core.runner import EventSink, JobRunner, ProgressSink

log = logging.getLogger(__name__)

RunnerFactory = Callable[["EventSink", "ProgressSink"], "JobRunner"]


class Kind(enum.Enum):
    NEW = "new"
    RESUME = "resume"
    RESUBMIT = "resubmit"


class GenerationSignals(QObject):
    started = Signal()
    warnings = Signal(object)  # tuple[str, ...] from image preparation
    jobEvent = Signal(object, str)  # Job, message
    progress = Signal(object, object, object)  # Job, bytes done, bytes total or None
    typical = Signal(object)  # seconds similar jobs took, or None: the progress scale
    finished = Signal(object)  # Job
    cancelled = Signal(object)  # Job or None
    failed = Signal(object, object)  # Job or None, Exception


class GenerationWorker(QRunnable):
    """Runs one job to its end; everything it learns arrives on ``signals``."""

    def __init__(
        self,
        kind: Kind,
        make_runner: RunnerFactory,
        *,
        params: GenerationParams | None = None,
        job: Job | None = None,
    ) -> None:
        super().__init__()
        if (kind is Kind.NEW) != (params is not None) or (kind is not Kind.NEW and job is None):
            raise ValueError("a new job needs params; resume and resubmit need a job")
        self.setAutoDelete(False)
        self.kind = kind
        self.params = params if params is not None else job.params if job else None
        self.job = job
        self.cancel = threading.Event()
        self.signals = GenerationSignals()
        self._make_runner = make_runner
        self._runner: JobRunner | None = None
        self._told_typical = False

    def _on_event(self, job: Job, message: str) -> None:
        self.job = job
        self.signals.jobEvent.emit(job, message)
        if not self._told_typical and self._runner is not None and job.generation_id:
            self._told_typical = True
            try:
                self.signals.typical.emit(self._runner.store.typical_seconds(job.params))
            except Exception:  # only a progress hint: never let it stop the job
                log.debug("typical_seconds failed", exc_info=True)

    def _on_progress(self, job: Job, done: int, total: int | None) -> None:
        self.signals.progress.emit(job, done, total)

    def run(self) -> None:
        lower_current_thread()  # its picture preparation must not starve the UI thread
        self.signals.started.emit()
        try:
            self._runner = self._make_runner(self._on_event, self._on_progress)
            job = self._run(self._runner)
        except CancelledError:
            self.signals.cancelled.emit(self._fresh())
        except VeodeskError as exc:
            self.signals.failed.emit(self._fresh(), exc)
        except Exception as exc:  # a bug: still report it rather than die silently
            log.exception("generation worker crashed")
            self.signals.failed.emit(self.job, exc)
        else:
            self.job = job
            self.signals.finished.emit(job)

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
            from veodesk.core.runner import prepare

            assert self.params is not None
            prepared = prepare(self.params)
            if prepared.warnings:
                self.signals.warnings.emit(prepared.warnings)
            if self.cancel.is_set():
                raise CancelledError("Cancelled before anything was sent.")
            return runner.run(self.params, prepared, cancel=self.cancel)
        assert self.job is not None
        if self.kind is Kind.RESUME:
            return runner.resume(self.job, cancel=self.cancel)
        # copy_for_resubmit reports the new job through _on_event.
        copy = runner.copy_for_resubmit(self.job)
        return runner.submit_and_follow(copy, cancel=self.cancel)
