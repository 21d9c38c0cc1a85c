"""What the job list's actions do: play, reuse, submit again (with or without audio), reveal,
copy, save as, delete."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from veodesk.core import money
from veodesk.core.fsutil import copy_whole
from veodesk.core.store import Job, JobStore
from veodesk.gui.compose.choosers import Chooser
from veodesk.gui.compose.panel import ComposePanel
from veodesk.gui.desktop import reveal_in_folder
from veodesk.gui.formatting import estimate_text, money_text
from veodesk.gui.jobs.controller import JobsController
from veodesk.gui.jobs.model import JobsModel, Row
from veodesk.gui.jobs.view import JobsPanel
from veodesk.gui.messages import error_text
from veodesk.gui.tasks import TaskRunner

translate = QCoreApplication.translate


class JobActions(QObject):
    playRequested = Signal(object)  # Job
    message = Signal(str)  # a short confirmation for the status bar
    problem = Signal(str)  # something the user must read
    historyChanged = Signal()
    fileDeleted = Signal(str)

    def __init__(
        self,
        panel: JobsPanel,
        model: JobsModel,
        jobs: JobsController,
        compose: ComposePanel,
        tasks: TaskRunner,
        chooser: Chooser,
        store: Callable[[], JobStore | None],
        prices: Callable[[], money.PriceTable],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.panel = panel
        self.model = model
        self.jobs = jobs
        self.compose = compose
        self.tasks = tasks
        self.chooser = chooser
        self._store = store
        self._prices = prices
        self.open_box: QMessageBox | None = None  # the confirmation being shown, for tests
        #: A resubmit's estimate is being read: a second click must not ask twice.
        self._asking = False
        panel.play_action.triggered.connect(self.play)
        panel.reuse_action.triggered.connect(self.reuse)
        panel.resubmit_action.triggered.connect(self.resubmit)
        panel.resubmit_silent_action.triggered.connect(self.resubmit_without_audio)
        panel.resume_action.triggered.connect(self.resume)
        panel.cancel_action.triggered.connect(self.cancel)
        panel.reveal_action.triggered.connect(self.reveal)
        panel.copy_id_action.triggered.connect(self.copy_id)
        panel.copy_url_action.triggered.connect(self.copy_url)
        panel.save_as_action.triggered.connect(self.save_as)
        panel.delete_action.triggered.connect(self.delete)

    def _row(self) -> Row | None:
        return self.panel.current()

    def _job(self) -> Job | None:
        row = self._row()
        return row.job if row else None

    def _parent(self) -> QWidget:
        return self.panel.window()

    def play(self) -> None:
        job = self._job()
        if job is not None and job.file_path and job.state.value == "done":
            if not Path(job.file_path).exists():
                self.problem.emit(
                    translate(
                        "JobActions",
                        "The video of job {id} is no longer at {path}. It may have been moved "
                        "or deleted.",
                    ).format(id=job.id, path=job.file_path)
                )
                return
            self.playRequested.emit(job)

    def reuse(self) -> None:
        row = self._row()
        if row is not None:
            self.compose.load(row.params)
            self.message.emit(
                translate(
                    "JobActions", "The job's frames and settings are back in the compose panel."
                )
            )

    def resume(self) -> None:
        row = self._row()
        if row is not None and row.job is not None and row.resumable:
            self.jobs.resume(row.job)

    def cancel(self) -> None:
        row = self._row()
        if row is not None and row.running:
            self.jobs.cancel(row)
            self.message.emit(
                translate(
                    "JobActions",
                    "Stopped waiting. The API has no cancel: the task still runs on the server.",
                )
            )

    def resubmit(self) -> None:
        self._resubmit(without_audio=False)

    def resubmit_without_audio(self) -> None:
        self._resubmit(without_audio=True)

    def _resubmit(self, *, without_audio: bool) -> None:
        """Ask first: sending again creates a new, paid task. The estimate is read off the
        UI thread, then the question opens."""
        job = self._job()
        store = self._store()
        if self._asking or job is None or (without_audio and not job.params.generate_audio):
            return
        self._asking = True
        prices = self._prices()
        p = job.params
        self.tasks.start(
            lambda: money.estimate(
                store,
                prices,
                duration=p.duration,
                resolution=p.resolution,
                generate_audio=p.generate_audio and not without_audio,
            ),
            lambda cost: self._confirm_resubmit(job, cost, without_audio=without_audio),
            lambda exc: self._not_asked(
                translate("JobActions", "Job {id} could not be sent again: {error}").format(
                    id=job.id, error=error_text(exc)
                )
            ),
        )

    def _not_asked(self, problem: str) -> None:
        self._asking = False
        self.problem.emit(problem)

    def _confirm_resubmit(self, job: Job, cost: money.Estimate, *, without_audio: bool) -> None:
        # The job's own bill is the best guess for the same task again.
        same = not without_audio and job.credits_used is not None
        price = (
            translate("JobActions", "about {cost}").format(cost=money_text(job.credits_used or 0))
            if same
            else estimate_text(cost)
        )
        if without_audio:
            question = translate(
                "JobActions",
                "This sends job {id}'s frames, prompt and settings again as a new task, without "
                "audio: Veo's audio filter blocks some videos that pass without it. It costs "
                "{price}.",
            )
        else:
            question = translate(
                "JobActions",
                "This sends job {id}'s frames, prompt and settings again as a new task. It "
                "costs {price}.",
            )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("JobActions", "Submit again without audio?")
            if without_audio
            else translate("JobActions", "Submit again?"),
            question.format(id=job.id, price=price),
            QMessageBox.StandardButton.Cancel,
            self._parent(),
        )
        box.setObjectName("resubmitConfirm")
        go = box.addButton(
            translate("JobActions", "Submit without audio")
            if without_audio
            else translate("JobActions", "Submit again"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered() -> None:
            self.open_box = None
            self._asking = False
            if box.clickedButton() is go:
                self.jobs.resubmit(job, without_audio=without_audio)

        box.finished.connect(lambda _r: answered())
        self.open_box = box
        box.open()

    def reveal(self) -> None:
        job = self._job()
        if job is not None and job.file_path and not reveal_in_folder(job.file_path):
            self.problem.emit(
                translate(
                    "JobActions", "No file manager could be opened. The video is at {path}"
                ).format(path=job.file_path)
            )

    def copy_id(self) -> None:
        job = self._job()
        if job is not None and job.generation_id:
            QApplication.clipboard().setText(job.generation_id)
            self.message.emit(translate("JobActions", "Generation id copied."))

    def copy_url(self) -> None:
        job = self._job()
        if job is not None and job.video_url:
            QApplication.clipboard().setText(job.video_url)
            self.message.emit(
                translate("JobActions", "Video URL copied. It may expire after a while.")
            )

    def save_as(self) -> None:
        job = self._job()
        if job is None or not job.file_path:
            return
        source = job.file_path

        def chosen(files: list[str]) -> None:
            target = files[0]
            self.tasks.start(
                lambda: copy_whole(Path(source), Path(target)),
                lambda _r: self.message.emit(
                    translate("JobActions", "Saved a copy as {path}").format(path=target)
                ),
                lambda exc: self.problem.emit(
                    translate("JobActions", "The copy could not be saved: {error}").format(
                        error=error_text(exc)
                    )
                ),
            )

        self.chooser.save_video(self._parent(), str(Path(source).name), chosen)

    def delete(self) -> None:
        row = self._row()
        if row is None or row.job is None or row.running:
            return
        job = row.job
        has_file = bool(job.file_path and job.state.value == "done")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("JobActions", "Delete job?"),
            translate("JobActions", "Delete job {id} from the history?").format(id=job.id),
            QMessageBox.StandardButton.Cancel,
            self._parent(),
        )
        box.setObjectName("deleteConfirm")
        with_file = None
        if has_file:
            box.setInformativeText(
                translate("JobActions", "Its video is {path}").format(path=job.file_path)
            )
            with_file = box.addButton(
                translate("JobActions", "Delete job and video"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
        keep = box.addButton(
            translate("JobActions", "Delete job, keep video")
            if has_file
            else translate("JobActions", "Delete job"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered() -> None:
            self.open_box = None
            clicked = box.clickedButton()
            if clicked is keep or (with_file is not None and clicked is with_file):
                self._delete(row, delete_file=clicked is with_file)

        box.finished.connect(lambda _r: answered())
        self.open_box = box
        box.open()

    def _delete(self, row: Row, *, delete_file: bool) -> None:
        store = self._store()
        job = row.job
        if store is None or job is None:
            return
        path = job.file_path if delete_file else None
        if path:
            self.fileDeleted.emit(path)  # the player lets go of it first

        def work() -> None:
            store.delete(job.id)
            if path:
                Path(path).unlink(missing_ok=True)

        def deleted(_result: None) -> None:
            done = (
                translate("JobActions", "Deleted job {id} and its video.")
                if path
                else translate("JobActions", "Deleted job {id}.")
            )
            self.message.emit(done.format(id=job.id))
            self.historyChanged.emit()

        self.model.remove(row)
        self.tasks.start(
            work,
            deleted,
            lambda exc: self.problem.emit(
                translate("JobActions", "Job {id} could not be deleted: {error}").format(
                    id=job.id, error=error_text(exc)
                )
            ),
        )
