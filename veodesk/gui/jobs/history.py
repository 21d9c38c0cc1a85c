"""The job list's data from the store: the history, thumbnails, the cost estimate, and the
unfinished jobs resumed at start. Every read runs on a pool thread."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from veodesk.core import money
from veodesk.core.store import Job, JobStore
from veodesk.gui.compose.previews import load_job_thumbnail
from veodesk.gui.messages import error_text

if TYPE_CHECKING:
    from veodesk.gui.shell.controller import AppController

log = logging.getLogger(__name__)

HISTORY_LIMIT = 500
translate = QCoreApplication.translate


class JobHistory:
    def __init__(self, app: AppController) -> None:
        self.app = app
        #: The latest cost estimate asked for: one combo box change after another
        #: starts several on a pool, and they may finish out of order.
        self._cost_asked = 0

    def load(self) -> None:
        app = self.app
        store = app.state.store
        if store is None:
            return
        app.tasks.start(
            lambda: (store.jobs(limit=HISTORY_LIMIT), store.count(), store.total_credits()),
            lambda result: self._loaded(store, *result),
            lambda exc: app.show_problem(
                translate("JobHistory", "The job history could not be read: {error}").format(
                    error=error_text(exc)
                )
            ),
        )

    def _loaded(self, store: JobStore, jobs: list[Job], count: int, credits: float) -> None:
        app = self.app
        if store is not app.state.store:
            return  # the demo switched stores meanwhile
        app.model.set_history(jobs)
        app.window.jobs.set_summary(count, credits)
        # Thumbnails load as rows are painted (model.thumbnailWanted): a long
        # history costs only the few on screen.
        app.historyLoaded.emit()

    def load_thumbnail(self, job: Job) -> None:
        source = job.first_upload or job.params.first
        if not source or source.startswith(("http://", "https://")):
            return
        model = self.app.model
        self.app.tasks.start(
            lambda: load_job_thumbnail(source),
            lambda image: model.set_thumbnail(job.id, image),
            lambda exc: log.debug("no thumbnail for job %s: %s", job.id, exc),
        )

    def refresh_cost(self) -> None:
        app = self.app
        store = app.state.store
        if store is None:
            return
        params = app.compose.params()
        prices = app.state.user_settings.prices()

        def work() -> tuple[money.Estimate, float | None]:
            cost = money.estimate(
                store,
                prices,
                duration=params.duration,
                resolution=params.resolution,
                generate_audio=params.generate_audio,
            )
            return cost, store.typical_seconds(params)

        self._cost_asked += 1
        asked = self._cost_asked

        def done(result: tuple[money.Estimate, float | None]) -> None:
            if asked == self._cost_asked:  # else a newer estimate is on its way
                app.compose.set_cost(*result)
                app.balance.set_expected(result[0].credits)  # whether the balance covers it

        app.tasks.start(
            work,
            done,
            lambda exc: log.debug("cost estimate failed: %s", exc),
        )

    def resume_unfinished(self) -> None:
        app = self.app
        backend = app.jobs.backend
        if backend is None:
            return

        def unfinished() -> list[Job]:
            # Only here, on a pool thread: nothing of it is needed to start.
            from veodesk.core.crashes import remove_orphan_parts

            runner = backend.runner_factory(lambda *_: None, lambda *_: None)
            # Partial downloads of jobs that will never continue (a crash left them).
            removed = remove_orphan_parts(backend.store, [runner.video_dir])
            if removed:
                log.info("removed %d orphaned partial download(s)", len(removed))
            # Also the jobs cut off mid-POST, which resume() turns into
            # "needs attention" rather than sending again.
            return runner.unfinished()

        app.tasks.start(
            unfinished,
            self._resume,
            lambda exc: app.show_problem(
                translate("JobHistory", "Unfinished jobs could not be listed: {error}").format(
                    error=error_text(exc)
                )
            ),
        )

    def _resume(self, jobs: list[Job]) -> None:
        app = self.app
        if app.closed:
            return
        for job in jobs:
            if not app.jobs.is_running(job.id):
                app.jobs.resume(job)
        if jobs:
            count = len(jobs)
            app.say(
                translate(
                    "JobHistory", "Resuming %n unfinished job(s) from last time.", None, count
                )
            )
        else:
            app.status.opened()
