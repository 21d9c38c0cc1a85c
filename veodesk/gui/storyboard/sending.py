"""Sending a storyboard's segments from the window, and rendering its film.

Generate all, one segment's Generate or "k takes", and Render film: the
check, the cost shown (and confirmed above the threshold set in Settings),
the POSTs and the waiting, then the join. Each step runs on the storyboard's
run thread (gui/storyboard/runs.py); this object keeps the one run in
progress and tells the view.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from veodesk.core import money
from veodesk.core.errors import CancelledError, VeodeskError
from veodesk.core.events import Event
from veodesk.core.store import Job
from veodesk.core.storyboard.model import SegmentState
from veodesk.core.storyboard.project import Project
from veodesk.core.storyboard.survey import Survey
from veodesk.gui.formatting import money_text, usd_text
from veodesk.gui.messages import error_text, event_text
from veodesk.gui.storyboard.deps import BoardDeps
from veodesk.gui.storyboard.runs import BoardRun, RunnerFactory, film_path
from veodesk.gui.storyboard.view import StoryboardView
from veodesk.gui.tasks import TaskRunner, main_thread

#: An alias lupdate still recognises: it extracts translate("Context", "text") calls.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from veodesk.core.storyboard.render import RenderPlan, RenderResult

log = logging.getLogger(__name__)

#: While a run goes on, the states are read again this often (takes change on the server).
RUN_REFRESH_MS = 1000


class Sending(QObject):
    """The storyboard's one run at a time: Generate, Generate all, k takes, Render film."""

    #: A take or a film was added to the history.
    historyChanged = Signal()
    filmMade = Signal(object)  # Job
    #: The run began, moved on or ended: the board's states are worth reading again.
    changed = Signal()

    def __init__(
        self,
        view: StoryboardView,
        deps: BoardDeps,
        project: Callable[[], Project | None],
        survey: Callable[[], Survey | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.deps = deps
        self._project = project
        self._survey = survey
        pool = QThreadPool(self)
        pool.setObjectName("storyboard-runs")
        pool.setMaxThreadCount(1)
        self.runs = TaskRunner(pool, self)
        self.run: BoardRun | None = None
        self.confirm: QMessageBox | None = None
        self._closed = False
        self._tick = QTimer(self, interval=RUN_REFRESH_MS)
        self._tick.timeout.connect(self.changed)

    def generate(self, segments: list[int] | None, takes: int, *, film: bool = False) -> None:
        """Generate all (``segments`` None: the stale ones), or new takes of the given ones."""
        project, store, make_runner = self._project(), self.deps.store(), self.deps.runner_factory()
        if project is None or self.run is not None:
            return
        self.view.flush()  # the prompt being typed is part of what is sent
        if store is None or make_runner is None:
            self.deps.problem(
                translate(
                    "Storyboard",
                    "No API key yet: save one in Settings, or try the demo, then generate.",
                )
            )
            return
        run = BoardRun(film=film)
        self.run = run
        detached, prices = project.detached(), self.deps.prices()
        self.view.say(translate("Storyboard", "Checking the pictures and prompts…"))
        self.changed.emit()
        self.runs.start(
            lambda: run.check(detached, store, prices, segments, takes),
            lambda plan: self._checked(run, plan, make_runner),
            lambda exc: self._ended(run, exc),
        )

    def render_film(self) -> None:
        """Generate what is left, then join the chosen takes into the project's film."""
        s = self._survey()
        if s is not None and s.states and all(x is SegmentState.DONE for x in s.states):
            self._join(BoardRun(film=True))
        else:
            self.generate(None, 1, film=True)

    def _checked(self, run: BoardRun, plan: RenderPlan, make_runner: RunnerFactory) -> None:
        if run is not self.run:
            return
        if plan.posts == 0 and not plan.work:
            if run.film:
                self._join(run)
            else:
                self._finish(
                    run, translate("Storyboard", "Nothing to send: every segment is done.")
                )
            return
        cost = money_text(plan.cost_usd * money.CREDITS_PER_USD)
        question = translate(
            "Storyboard", "Tasks to send: {count}, about {cost}. Send them?"
        ).format(count=plan.posts, cost=cost)
        balance = self.deps.balance_credits()
        over = balance is not None and plan.cost_usd * money.CREDITS_PER_USD > balance
        if plan.posts and (plan.cost_usd > self.deps.confirm_above_usd() or over):
            detail = translate(
                "Storyboard",
                "Each task is a paid generation on the AI/ML API. You are asked because the "
                "cost is above {threshold}, the amount set in Settings.",
            ).format(threshold=usd_text(self.deps.confirm_above_usd()))
            if over and balance is not None:
                detail = translate(
                    "Storyboard",
                    "This is more than your balance of {balance}. You can still send (the "
                    "balance may lag behind), but tasks may fail.",
                ).format(balance=money_text(balance))
            self._ask(question, detail, lambda: self._send(run, plan, make_runner), run)
            return
        self._send(run, plan, make_runner)

    def _ask(self, question: str, detail: str, send: Callable[[], None], run: BoardRun) -> None:
        box = QMessageBox(self.view.window())
        box.setObjectName("boardConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("Storyboard", "Send the storyboard's tasks?"))
        box.setText(question)
        box.setInformativeText(detail)
        send_button = box.addButton(
            translate("Storyboard", "Send"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(send_button)
        self.confirm = box

        def answered(_result: int) -> None:
            self.confirm = None
            box.deleteLater()
            if box.clickedButton() is send_button:
                send()
            else:
                self._finish(run, translate("Storyboard", "Nothing was sent."))

        box.finished.connect(answered)
        box.open()

    def _send(self, run: BoardRun, plan: RenderPlan, make_runner: RunnerFactory) -> None:
        if run is not self.run:
            return
        cost = money_text(plan.cost_usd * money.CREDITS_PER_USD)
        self.view.say(
            translate("Storyboard", "Sending tasks: {count}, about {cost}…").format(
                count=plan.posts, cost=cost
            )
        )
        self._tick.start()
        post = main_thread().post

        def on_job(job: Job, event: Event) -> None:
            post(lambda: self._job_news() if not self._closed else None)

        def on_segment(index: int, event: Event) -> None:
            text = translate("Storyboard", "Segment {number}: {message}").format(
                number=index, message=event_text(event)
            )
            post(lambda: self.view.say(text) if not self._closed else None)

        self.runs.start(
            lambda: run.send(plan, make_runner, on_job, on_segment),
            lambda result: self._sent(run, result),
            lambda exc: self._ended(run, exc),
        )

    def _job_news(self) -> None:
        self.changed.emit()
        self.historyChanged.emit()

    def _sent(self, run: BoardRun, result: RenderResult) -> None:
        self.historyChanged.emit()
        if result.failures:
            failed = ", ".join(str(i) for i in sorted(result.failures))
            first = next(iter(result.failures.values()))
            self._finish(
                run,
                translate(
                    "Storyboard",
                    "Segments {segments} did not finish; the finished takes are kept and the "
                    "next run sends only what is left. {reason}",
                ).format(segments=failed, reason=error_text(first)),
            )
            return
        if run.film:
            self._join(run)
            return
        self._finish(
            run, translate("Storyboard", "Takes finished: {count}.").format(count=len(result.sent))
        )

    def _join(self, run: BoardRun) -> None:
        project, store = self._project(), self.deps.store()
        if project is None or store is None:
            self._finish(run, "")
            return
        self.run = run
        self.changed.emit()
        output = film_path(project)
        self.view.say(translate("Storyboard", "Joining the takes into {path}…").format(path=output))
        detached = project.detached()
        post = main_thread().post

        def progress(done: int, total: int) -> None:
            post(lambda: self.view.set_progress(done, total) if not self._closed else None)

        self.runs.start(
            lambda: run.join(detached, store, progress),
            lambda job: self._joined(run, job),
            lambda exc: self._ended(run, exc),
        )

    def _joined(self, run: BoardRun, job: Job) -> None:
        self._finish(
            run, translate("Storyboard", "The film is ready: {path}").format(path=job.file_path)
        )
        self.filmMade.emit(job)

    def _ended(self, run: BoardRun, exc: Exception) -> None:
        if isinstance(exc, CancelledError):
            self._finish(
                run,
                translate(
                    "Storyboard",
                    "Stopped. Tasks already sent keep running on the server; Generate all "
                    "fetches them without sending them again.",
                ),
            )
            return
        if not isinstance(exc, VeodeskError):
            log.error("storyboard run failed", exc_info=exc)
        self._finish(run, "")
        self.deps.problem(error_text(exc))

    def _finish(self, run: BoardRun, message: str) -> None:
        if run is self.run:
            self.run = None
        self._tick.stop()
        self.view.say(message)
        if message:
            self.deps.say(message)
        self.changed.emit()

    def stop(self) -> None:
        if self.run is not None:
            self.run.stop()

    def shutdown(self, wait_ms: int) -> bool:
        """At quit: stop the run; tasks sent stay resumable, a join leaves no file."""
        self._closed = True
        self._tick.stop()
        if self.confirm is not None:
            self.confirm.reject()
        self.runs.close()
        if self.run is not None:
            self.run.stop()
        return self.runs.wait(wait_ms)
