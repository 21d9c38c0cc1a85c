"""Join into a film: finished jobs from the history become one film, off the UI thread.

The dialog lists the chosen jobs in order (drag them, or Move up / Move down),
takes the transition and the options, and shows a progress bar with Cancel
while ``veodesk-cli film join`` runs in a child process, watched from a pool
thread (core/film/child.py says why). The film then goes into the history as
a film and plays.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from veodesk.core.errors import CancelledError, VeodeskError
from veodesk.core.store import Job, JobStore
from veodesk.gui.jobs.film_dialog import FilmDialog, FilmRequest
from veodesk.gui.messages import error_text
from veodesk.gui.tasks import TaskRunner, main_thread

if TYPE_CHECKING:  # loaded on the pool thread, with the join
    from veodesk.core.film.child import ChildJoin

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class FilmWorker:
    """Joins in a child process from a pool thread, then records the film; progress is posted."""

    def __init__(
        self, request: FilmRequest, store: JobStore, on_progress: Callable[[int, int], None]
    ) -> None:
        self.request = request
        self.store = store
        self._on_progress = on_progress
        self._lock = threading.Lock()
        self._stopped = False
        #: The join's child process, once it is made (tests look at its pid).
        self.child: ChildJoin | None = None

    def _progress(self, done: int, total: int) -> None:
        main_thread().post(lambda: self._on_progress(done, total))

    def stop(self) -> None:
        """Stop the join (from any thread); it leaves no file and run() raises CancelledError."""
        with self._lock:
            self._stopped = True
            child = self.child
        if child is not None:
            child.stop()

    def run(self) -> Job:
        from veodesk.core.film.child import ChildJoin
        from veodesk.core.film.history import job_video, record_film
        from veodesk.core.film.options import JoinOptions, Transition

        r = self.request
        options = JoinOptions(
            transition=Transition.parse(r.transition),
            music=r.music,
            mute_clips=r.mute_clips,
            normalize=r.normalize,
            fade=r.fade,
        )
        clips = [job_video(job) for job in r.jobs]
        timeline = r.output.with_suffix(r.timeline_suffix) if r.timeline_suffix else None
        child = ChildJoin(clips, r.output, options, timeline)
        with self._lock:
            self.child = child
            if self._stopped:
                child.stop()
        made = child.run(self._progress)
        return record_film(self.store, r.jobs, made, options.transition)


class FilmJoinFlow(QObject):
    """From the history's "Join into a film…" to a film in the history and the player."""

    filmMade = Signal(object)  # Job (kind "film")
    message = Signal(str)

    def __init__(
        self,
        parent_widget: Callable[[], QWidget],
        store: Callable[[], JobStore | None],
        film_folder: Callable[[], Path],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._parent_widget = parent_widget
        self._store = store
        self._film_folder = film_folder
        pool = QThreadPool(self)
        pool.setObjectName("films")
        pool.setMaxThreadCount(1)
        self.tasks = TaskRunner(pool, self)
        self.dialog: FilmDialog | None = None
        self.worker: FilmWorker | None = None

    def open(self, jobs: list[Job]) -> FilmDialog | None:
        from veodesk.core.film.history import film_output

        if len(jobs) < 2 or self._store() is None or self.dialog is not None:
            return None
        dialog = FilmDialog(jobs, film_output(self._film_folder()), self._parent_widget())
        self.dialog = dialog
        dialog.joinRequested.connect(self._join)
        dialog.cancel_button.clicked.connect(self._cancel)
        dialog.rejected.connect(self._cancel)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()
        return dialog

    def _join(self) -> None:
        dialog, store = self.dialog, self._store()
        if dialog is None or store is None or self.worker is not None:
            return
        worker = FilmWorker(dialog.request(), store, self._progress)
        self.worker = worker
        dialog.set_running(True)
        self.tasks.start(
            worker.run,
            lambda job: self._finished(worker, job),
            lambda exc: self._ended(worker, exc),
        )

    def _progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.set_progress(done, total)

    def _release(self, worker: FilmWorker) -> None:
        if self.worker is worker:
            self.worker = None

    def _ended(self, worker: FilmWorker, exc: Exception) -> None:
        if isinstance(exc, CancelledError):
            self._stopped(worker)
            return
        if not isinstance(exc, VeodeskError):
            log.error("the film could not be joined", exc_info=exc)
        self._failed(worker, exc)

    def _finished(self, worker: FilmWorker, job: Job) -> None:
        self._release(worker)
        if self.dialog is not None:
            self.dialog.set_running(False)
            self.dialog.accept()
        self.message.emit(
            translate("FilmJoinFlow", "The film is ready: {path}").format(path=job.file_path)
        )
        self.filmMade.emit(job)

    def _failed(self, worker: FilmWorker, exc: Exception) -> None:
        self._release(worker)
        if self.dialog is not None:
            self.dialog.set_running(False)
            self.dialog.show_error(error_text(exc))

    def _stopped(self, worker: FilmWorker) -> None:
        self._release(worker)
        if self.dialog is not None:
            self.dialog.set_running(False)
            self.dialog.reject()
        self.message.emit(translate("FilmJoinFlow", "Joining stopped: no film was written."))

    def _cancel(self) -> None:
        if self.worker is not None:
            self.worker.stop()  # the worker reports back; the dialog closes then
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.reject()

    def _closed(self, dialog: FilmDialog) -> None:
        if self.dialog is dialog and self.worker is None:
            self.dialog = None
            dialog.deleteLater()

    def shutdown(self, wait_ms: int = 3000) -> bool:
        """Stop a join under way (it leaves no file) and wait for it; True when none runs."""
        self.tasks.close()
        if self.worker is not None:
            self.worker.stop()
        return self.tasks.wait(wait_ms)
