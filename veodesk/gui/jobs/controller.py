"""Starts generation workers, follows them into the job list, and stops them on quit."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from veodesk.core.errors import JobBusyError, StillPendingError
from veodesk.core.models import GenerationParams
from veodesk.core.session import Session
from veodesk.core.settings import Settings
from veodesk.core.store import Job, JobStore
from veodesk.gui.i18n import QT_TRANSLATE_NOOP
from veodesk.gui.jobs.model import JobsModel, Row
from veodesk.gui.jobs.workers import GenerationWorker, Kind, RunnerFactory
from veodesk.gui.messages import error_text
from veodesk.gui.tasks import AfterPaint, main_thread

if TYPE_CHECKING:
    from veodesk.core.events import Event
    from veodesk.core.i18n import Message
    from veodesk.core.runner import EventSink, JobRunner, ProgressSink

log = logging.getLogger(__name__)

#: Shown as translate("JobsController", STOPPED_NOTE).
STOPPED_NOTE = QT_TRANSLATE_NOOP(
    "JobsController",
    "You stopped waiting. The API cannot cancel a task, so it keeps running (and is "
    "charged) on the server; choose Resume waiting to fetch the video.",
)


@dataclass(frozen=True)
class Backend:
    """What a worker needs to reach the API: the session, its settings, key and job store."""

    session: Session
    settings: Settings
    key: str
    store: JobStore

    def runner_factory(self, on_event: EventSink, on_progress: ProgressSink) -> JobRunner:
        from veodesk.core import wiring  # on the worker thread: requests loads there

        return wiring.make_runner(
            self.session,
            self.settings,
            key=self.key,
            store=self.store,
            on_event=on_event,
            on_progress=on_progress,
        )


class JobsController(QObject):
    """Owns the generation pool. The UI learns about jobs through the model and these signals."""

    jobFinished = Signal(object)  # Job, done
    jobFailed = Signal(object, object)  # Job or None, Exception
    jobChanged = Signal(object, object)  # Job, what happened (core.events.Event)
    warnings = Signal(object)  # tuple[core.i18n.Message, ...] from preparing the frames
    activityChanged = Signal()

    def __init__(self, model: JobsModel, window: QWidget) -> None:
        super().__init__(window)
        self.model = model
        self.pool = QThreadPool(self)
        self.pool.setObjectName("generations")
        self.backend: Backend | None = None
        self._workers: dict[GenerationWorker, Row] = {}
        self._main = main_thread()
        self._after_paint = AfterPaint(window)

    def _post(self, fn: Callable[[], None]) -> None:
        """A worker's news, delivered on the UI thread unless this window is gone."""
        self._main.post(lambda: fn() if shiboken6.isValid(self) else None)

    def configure(self, backend: Backend | None) -> None:
        self.backend = backend
        if backend is not None:
            self.pool.setMaxThreadCount(max(1, backend.settings.max_concurrent_jobs))

    @property
    def active(self) -> int:
        return len(self._workers)

    def waiting(self) -> int:
        """Workers queued behind the concurrency limit."""
        return sum(1 for row in self._workers.values() if not row.running)

    # -- starting -----------------------------------------------------------------------
    def generate(self, params: GenerationParams) -> Row:
        key = self.model.add_pending(params)
        row = self.model.rows[self.model.row_of(key=key)]
        self._start(self._worker(Kind.NEW, params=params), row)
        return row

    def resume(self, job: Job) -> Row:
        row = self.model.update_job(job)
        self._start(self._worker(Kind.RESUME, job=job), row)
        return row

    def resubmit(self, job: Job, *, without_audio: bool = False) -> Row:
        """Send a job's frames and parameters again as a new, paid task (the user said yes)."""
        params = dataclasses.replace(job.params, generate_audio=False) if without_audio else None
        key = self.model.add_pending(params or job.params)
        row = self.model.rows[self.model.row_of(key=key)]
        self._start(self._worker(Kind.RESUBMIT, job=job, without_audio=without_audio), row)
        return row

    def _worker(
        self,
        kind: Kind,
        *,
        params: GenerationParams | None = None,
        job: Job | None = None,
        without_audio: bool = False,
    ) -> GenerationWorker:
        if self.backend is None:
            raise RuntimeError("no API key loaded")
        factory: RunnerFactory = self.backend.runner_factory
        return GenerationWorker(
            kind, factory, self, self._post, params=params, job=job, without_audio=without_audio
        )

    def _start(self, worker: GenerationWorker, row: Row) -> None:
        self._workers[worker] = row
        row.owned = True
        # Once the window has painted what the click changed (the new row, the
        # status bar): on two cores the worker's two picture decodes would
        # otherwise slow that layout and paint, the longest UI stalls of a job
        # (tests/benchmarks stalls).
        self._after_paint.call(lambda: self._start_worker(worker))
        self.activityChanged.emit()

    def _start_worker(self, worker: GenerationWorker) -> None:
        # Stopped, or the window closed, before it started: nothing was sent.
        if worker.cancel.is_set():
            self.worker_cancelled(worker, None)
            return
        self.pool.start(worker.run)

    # -- following -----------------------------------------------------------------------
    def worker_started(self, worker: GenerationWorker) -> None:
        row = self._workers.get(worker)
        if row is not None:
            self.model.set_running(row, True)
            self.activityChanged.emit()

    def worker_event(self, worker: GenerationWorker, job: Job, event: Event) -> None:
        row = self._workers.get(worker)
        if row is None:
            return
        updated = self.model.update_job(job, key=row.key)
        if updated is not row:
            updated.owned = True
            self._workers[worker] = updated
        self.jobChanged.emit(job, event)
        self.activityChanged.emit()

    def worker_warnings(self, worker: GenerationWorker, warnings: tuple[Message, ...]) -> None:
        self.warnings.emit(warnings)

    def worker_progress(
        self, worker: GenerationWorker, job: Job, done: int, total: int | None
    ) -> None:
        self.model.set_progress(job.id, done, total)

    def worker_typical(self, worker: GenerationWorker, seconds: float | None) -> None:
        row = self._workers.get(worker)
        if row is not None:
            row.typical_seconds = seconds

    def _done(self, worker: GenerationWorker) -> Row | None:
        row = self._workers.pop(worker, None)
        if row is not None:
            row.owned = False
        self.activityChanged.emit()
        return row

    def worker_finished(self, worker: GenerationWorker, job: Job) -> None:
        row = self._done(worker)
        if row is not None:
            row = self.model.update_job(job, key=row.key)
            self.model.set_running(row, False)
        self.jobFinished.emit(job)

    def worker_cancelled(self, worker: GenerationWorker, job: Job | None) -> None:
        row = self._done(worker)
        if row is None:
            return
        if job is None or row.job is None:
            self.model.remove(row)  # nothing was created or sent
            return
        row = self.model.update_job(job, key=row.key)
        row.running = False  # so that resumable reflects this window letting go
        note = QCoreApplication.translate("JobsController", STOPPED_NOTE) if row.resumable else ""
        self.model.set_running(row, False, note)

    def worker_failed(self, worker: GenerationWorker, job: Job | None, exc: Exception) -> None:
        row = self._done(worker)
        if row is not None:
            if row.job is None:
                self.model.remove(row)
            else:
                note = ""
                if isinstance(exc, StillPendingError | JobBusyError):
                    note = error_text(exc)
                if job is not None:
                    row = self.model.update_job(job, key=row.key)
                self.model.set_running(row, False, note)
        self.jobFailed.emit(row.job if row is not None else job, exc)

    # -- stopping ------------------------------------------------------------------------
    def cancel(self, row: Row) -> None:
        for worker, r in list(self._workers.items()):
            if r is row:
                worker.cancel.set()
                if worker.withdraw():  # never started: nothing to wait for
                    self.worker_cancelled(worker, None)

    def is_running(self, job_id: int) -> bool:
        return any(r.job is not None and r.job.id == job_id for r in self._workers.values())

    def shutdown(self, wait_ms: int = 3000) -> bool:
        """Ask every worker to stop, and wait briefly. True when all stopped."""
        for worker in list(self._workers):
            worker.cancel.set()
            if worker.withdraw():
                self._workers.pop(worker, None)
        return self.pool.waitForDone(wait_ms)
