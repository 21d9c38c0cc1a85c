"""Starts generation workers, follows them into the job list, and stops them on quit."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from veodesk.core.errors import JobBusyError, StillPendingError
from veodesk.core.models import GenerationParams
from veodesk.core.session import Session
from veodesk.core.settings import Settings
from veodesk.core.store import Job, JobStore
from veodesk.gui.jobs.model import JobsModel, Row
from veodesk.gui.jobs.workers import GenerationWorker, Kind, RunnerFactory
from veodesk.gui.tasks import retire, while_alive

if TYPE_CHECKING:
    from veodesk.core.runner import EventSink, JobRunner, ProgressSink

log = logging.getLogger(__name__)

#: A job's worker starts this long after the click: less than a frame of the
#: user's attention, a rounding error on a job of a minute or more.
WORKER_START_DELAY_MS = 50

STOPPED_NOTE = (
    "You stopped waiting. The API cannot cancel a task, so it keeps running (and is "
    "charged) on the server; choose Resume waiting to fetch the video."
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
    jobChanged = Signal(object, str)  # Job, what happened
    warnings = Signal(object)  # tuple[str, ...] from preparing the frames
    activityChanged = Signal()

    def __init__(self, model: JobsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.pool = QThreadPool(self)
        self.pool.setObjectName("generations")
        self.backend: Backend | None = None
        self._workers: dict[GenerationWorker, Row] = {}

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
        self._start(GenerationWorker(Kind.NEW, self._factory(), params=params), row)
        return row

    def resume(self, job: Job) -> Row:
        row = self.model.update_job(job)
        self._start(GenerationWorker(Kind.RESUME, self._factory(), job=job), row)
        return row

    def resubmit(self, job: Job) -> Row:
        key = self.model.add_pending(job.params)
        row = self.model.rows[self.model.row_of(key=key)]
        self._start(GenerationWorker(Kind.RESUBMIT, self._factory(), job=job), row)
        return row

    def _factory(self) -> RunnerFactory:
        if self.backend is None:
            raise RuntimeError("no API key loaded")
        return self.backend.runner_factory

    def _start(self, worker: GenerationWorker, row: Row) -> None:
        self._workers[worker] = row
        row.owned = True
        s = worker.signals
        s.started.connect(while_alive(self, lambda: self._started(worker)))
        s.warnings.connect(while_alive(self, self.warnings.emit))
        s.jobEvent.connect(
            while_alive(self, lambda job, message: self._event(worker, job, message))
        )
        s.typical.connect(while_alive(self, lambda seconds: self._typical(worker, seconds)))
        s.progress.connect(
            while_alive(self, lambda job, done, total: self.model.set_progress(job.id, done, total))
        )
        s.finished.connect(while_alive(self, lambda job: self._finished(worker, job)))
        s.cancelled.connect(while_alive(self, lambda job: self._cancelled(worker, job)))
        s.failed.connect(while_alive(self, lambda job, exc: self._failed(worker, job, exc)))
        # Once the window has shown what the click changed (the new row, the
        # status bar: a few turns of the event loop): on two cores the worker's
        # two picture decodes would otherwise slow that layout and paint, the
        # longest UI stalls of a job (tests/benchmarks stalls).
        QTimer.singleShot(WORKER_START_DELAY_MS, self, lambda: self._start_worker(worker))
        self.activityChanged.emit()

    def _start_worker(self, worker: GenerationWorker) -> None:
        # Stopped, or the window closed, before it started: nothing was sent.
        if worker.cancel.is_set():
            self._cancelled(worker, None)
            return
        self.pool.start(worker)

    # -- following -----------------------------------------------------------------------
    def _started(self, worker: GenerationWorker) -> None:
        row = self._workers.get(worker)
        if row is not None:
            self.model.set_running(row, True)
            self.activityChanged.emit()

    def _event(self, worker: GenerationWorker, job: Job, message: str) -> None:
        row = self._workers.get(worker)
        if row is None:
            return
        updated = self.model.update_job(job, key=row.key)
        if updated is not row:
            updated.owned = True
            self._workers[worker] = updated
        self.jobChanged.emit(job, message)
        self.activityChanged.emit()

    def _typical(self, worker: GenerationWorker, seconds: float | None) -> None:
        row = self._workers.get(worker)
        if row is not None:
            row.typical_seconds = seconds

    def _done(self, worker: GenerationWorker) -> Row | None:
        row = self._workers.pop(worker, None)
        retire(worker)
        if row is not None:
            row.owned = False
        self.activityChanged.emit()
        return row

    def _finished(self, worker: GenerationWorker, job: Job) -> None:
        row = self._done(worker)
        if row is not None:
            row = self.model.update_job(job, key=row.key)
            self.model.set_running(row, False)
        self.jobFinished.emit(job)

    def _cancelled(self, worker: GenerationWorker, job: Job | None) -> None:
        row = self._done(worker)
        if row is None:
            return
        if job is None or row.job is None:
            self.model.remove(row)  # nothing was created or sent
            return
        row = self.model.update_job(job, key=row.key)
        row.running = False  # so that resumable reflects this window letting go
        self.model.set_running(row, False, STOPPED_NOTE if row.resumable else "")

    def _failed(self, worker: GenerationWorker, job: Job | None, exc: Exception) -> None:
        row = self._done(worker)
        if row is not None:
            if row.job is None:
                self.model.remove(row)
            else:
                note = ""
                if isinstance(exc, StillPendingError | JobBusyError):
                    note = str(exc)
                if job is not None:
                    row = self.model.update_job(job, key=row.key)
                self.model.set_running(row, False, note)
        self.jobFailed.emit(row.job if row is not None else job, exc)

    # -- stopping ------------------------------------------------------------------------
    def cancel(self, row: Row) -> None:
        for worker, r in list(self._workers.items()):
            if r is row:
                worker.cancel.set()
                if self.pool.tryTake(worker):  # never started: nothing to wait for
                    self._cancelled(worker, None)

    def is_running(self, job_id: int) -> bool:
        return any(r.job is not None and r.job.id == job_id for r in self._workers.values())

    def shutdown(self, wait_ms: int = 3000) -> bool:
        """Ask every worker to stop, and wait briefly. True when all stopped."""
        for worker in list(self._workers):
            worker.cancel.set()
            if self.pool.tryTake(worker):
                self._workers.pop(worker, None)
        return self.pool.waitForDone(wait_ms)
