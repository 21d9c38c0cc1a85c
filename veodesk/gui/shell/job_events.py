"""What the window does as jobs move: the status line, thumbnails, autoplay, a notification,
and a banner with the remedies the problem policy offers when one fails."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSystemTrayIcon

from veodesk.core.events import Event, EventCode
from veodesk.core.i18n import Message
from veodesk.core.store import Job
from veodesk.gui import messages
from veodesk.gui.icons import app_icon
from veodesk.gui.shell.banner import BannerAction
from veodesk.gui.shell.problems import ProblemText, Remedy, problem_for

if TYPE_CHECKING:
    from veodesk.gui.shell.controller import AppController

ERROR_BANNER = "errorBanner"
PROBLEMS = ProblemText.context
translate = QCoreApplication.translate


class JobEvents:
    def __init__(self, app: AppController) -> None:
        self.app = app

    def changed(self, job: Job, event: Event) -> None:
        said = messages.event_text(event)
        # The generation id is long and lives in the job's tooltip and menu; not here.
        self.app.status.last_event = (
            QCoreApplication.translate("JobEvents", "job {job}: sent to the API").format(job=job.id)
            if event.code is EventCode.CREATED
            else QCoreApplication.translate("JobEvents", "job {job}: {event}").format(
                job=job.id, event=said
            )
        )
        self.app.say(
            QCoreApplication.translate("JobEvents", "Job {job}: {event}").format(
                job=job.id, event=said
            )
        )
        if job.first_upload and self.app.model.rows:
            i = self.app.model.row_of(job_id=job.id)
            if i >= 0 and self.app.model.rows[i].thumbnail is None:
                self.app.history.load_thumbnail(job)

    def warnings(self, warnings: tuple[Message, ...]) -> None:
        self.app.window.banners.show_banner(
            "prepareWarnings",
            "warning",
            QCoreApplication.translate("JobEvents", "About your frames: {warnings}").format(
                warnings=" ".join(messages.text(warning) for warning in warnings)
            ),
        )

    def finished(self, job: Job) -> None:
        name = (
            Path(job.file_path).name
            if job.file_path
            else translate("JobEvents", "job {id}").format(id=job.id)
        )
        self.app.status.announce(translate("JobEvents", "Video ready: {name}").format(name=name))
        self.app.load_history()
        self.app.refresh_cost()
        self.app.balance.refresh()  # the job's credits are gone from it
        if job.file_path and self.app.settings.autoplay:
            self.app.play(job, autoplay=True)
        self._notify(translate("JobEvents", "Your video is ready"), job.params.prompt[:120])

    def _notify(self, title: str, text: str) -> None:
        if (
            self.app.tray is not None
            and self.app.settings.notifications
            and not self.app.window.isActiveWindow()
            and QSystemTrayIcon.supportsMessages()
        ):
            self.app.tray.showMessage(title, text, app_icon(), 8000)

    def failed(self, job: Job | None, exc: Exception) -> None:
        if self.app.closed:
            return
        self.app.load_history()
        problem = problem_for(exc, job.id if job is not None else None)
        text = messages.text(problem.text)
        if not problem.is_error:
            self.app.say(text)
            return
        # The banner says it on screen; a screen reader hears it at once.
        self.app.status.announce(text, urgent=True)
        remedies: dict[Remedy, Callable[[], None]] = {
            Remedy.OPEN_SETTINGS: self.app.open_settings,
            Remedy.TRY_DEMO: self.app.enter_demo,
            Remedy.CHOOSE_FIRST: lambda: self.app.choose_images(self.app.compose.first),
            Remedy.CHOOSE_LAST: lambda: self.app.choose_images(self.app.compose.last),
        }
        if job is not None:
            remedies[Remedy.RESUME] = lambda: self._resume_one(job)
        actions: list[BannerAction] = [
            (QCoreApplication.translate(PROBLEMS, remedy.label), remedies[remedy])
            for remedy in problem.remedies
        ]
        self.app.show_problem(text, actions)

    def _resume_one(self, job: Job) -> None:
        self.app.window.banners.remove(ERROR_BANNER)
        if not self.app.jobs.is_running(job.id):
            self.app.jobs.resume(job)
