"""Wires the window's parts to each other and to the core.

The parts each know only themselves; this is the one place that knows how they
fit: start-up staging, the history and cost, generation, the player, and
quitting. The session state, the status bar, the problem policy, the demo,
the settings round trip and the reports are modules of their own beside it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QSplitter, QSystemTrayIcon

from veodesk import KEYS_URL
from veodesk.core.errors import MissingKeyError
from veodesk.core.models import GenerationParams
from veodesk.core.paths import ensured
from veodesk.core.secrets import StoredKey
from veodesk.core.session import Session
from veodesk.core.settings import Settings
from veodesk.core.store import Job, JobStore
from veodesk.gui.compose.choosers import Chooser
from veodesk.gui.compose.frame_slot import FrameSlot
from veodesk.gui.compose.mime import Source
from veodesk.gui.desktop import open_url
from veodesk.gui.jobs.actions import JobActions
from veodesk.gui.jobs.controller import JobsController
from veodesk.gui.jobs.film_join import FilmJoinFlow
from veodesk.gui.jobs.history import JobHistory
from veodesk.gui.jobs.model import JobsModel
from veodesk.gui.shell.balance import BalancePresenter
from veodesk.gui.shell.banner import BannerAction
from veodesk.gui.shell.boards import Boards
from veodesk.gui.shell.demo import DemoMode, DemoSession
from veodesk.gui.shell.job_events import ERROR_BANNER, JobEvents
from veodesk.gui.shell.persistence import WindowMemory
from veodesk.gui.shell.reports import Reports
from veodesk.gui.shell.settings_dialog import SettingsChange, SettingsDialog
from veodesk.gui.shell.settings_flow import SettingsFlow
from veodesk.gui.shell.staging import Staging
from veodesk.gui.shell.state import SessionState
from veodesk.gui.shell.status import StatusPresenter
from veodesk.gui.shell.window import MainWindow
from veodesk.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from veodesk.gui.player.player import Player
    from veodesk.gui.shell.crash_watch import CrashWatch

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

#: The layout is written this long after the window was last resized, moved or split.
LAYOUT_SAVE_DELAY_MS = 1000
#: At quit, how long workers get to notice their cancel (they check within a poll).
QUIT_WAIT_MS = 30_000


class AppController(QObject):
    """The one place that knows how the parts fit together; each part knows only itself."""

    playerReady = Signal()
    historyLoaded = Signal()
    keyLoaded = Signal()

    def __init__(
        self,
        window: MainWindow,
        model: JobsModel,
        jobs: JobsController,
        tasks: TaskRunner,
        chooser: Chooser,
        memory: WindowMemory,
        session: Session,
        crash_watch: CrashWatch | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.model = model
        self.jobs = jobs
        self.tasks = tasks
        self.chooser = chooser
        self.memory = memory
        self.crash_watch = crash_watch
        self.compose = window.compose
        self.state = SessionState(session)
        self.status = StatusPresenter(window, model, jobs)
        self.balance = BalancePresenter(self)
        self.demo_mode = DemoMode(self)
        self.settings_flow = SettingsFlow(self)
        self.reports = Reports(self)
        self.staging = Staging(self)
        self.history = JobHistory(self)
        self.job_events = JobEvents(self)
        self.player: Player | None = None
        self.tray: QSystemTrayIcon | None = None
        self._closed = False
        self.actions = JobActions(
            window.jobs,
            model,
            jobs,
            self.compose,
            tasks,
            chooser,
            lambda: self.state.store,
            lambda: self.state.user_settings.prices(),
            self,
        )
        self.films = FilmJoinFlow(
            lambda: self.window,
            lambda: self.state.store,
            lambda: self.state.session.video_dir(self.state.settings),
            self,
        )
        self.boards = Boards(self)
        self._wire()

    # -- the state, as the rest of the window and the tests read it --------------------------
    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def settings(self) -> Settings:
        return self.state.settings

    @property
    def store(self) -> JobStore | None:
        return self.state.store

    @property
    def stored_key(self) -> StoredKey | None:
        return self.state.stored_key

    @property
    def user_key(self) -> StoredKey | None:
        return self.state.user_key

    @property
    def demo(self) -> DemoSession | None:
        return self.state.demo

    @property
    def settings_dialog(self) -> SettingsDialog | None:
        return self.settings_flow.dialog

    @property
    def last_run_checked(self) -> bool:
        return self.reports.last_run_checked

    def configure_jobs(self) -> None:
        """Jobs go out with the session in force, or wait while it has no key or store."""
        self.jobs.configure(self.state.backend())

    def enter_demo(self) -> None:
        self.demo_mode.enter()

    def leave_demo(self) -> None:
        self.demo_mode.leave()

    def open_settings(self) -> None:
        self.settings_flow.open()

    def apply_settings(self, change: SettingsChange) -> None:
        self.settings_flow.apply(change)

    def copy_diagnostics(self) -> None:
        self.reports.copy_diagnostics()

    # -- wiring ---------------------------------------------------------------------------
    def _wire(self) -> None:
        w, c = self.window, self.compose
        c.generateRequested.connect(self.generate)
        c.paramsChanged.connect(self.refresh_cost)
        c.openRequested.connect(self.choose_images)
        w.open_action.triggered.connect(lambda: self.choose_images(c.target_slot()))
        w.paste_action.triggered.connect(lambda: c.target_slot().paste())
        w.settings_action.triggered.connect(self.open_settings)
        w.sourcesDropped.connect(self._dropped_on_window)
        w.quit_action.triggered.connect(w.close)
        w.demo_action.triggered.connect(self.enter_demo)
        w.leave_demo_action.triggered.connect(self.leave_demo)
        w.get_key_action.triggered.connect(lambda: open_url(KEYS_URL))
        w.logs_action.triggered.connect(
            lambda: open_url(ensured(self.state.user_session.folders.logs).as_uri())
        )
        w.diagnostics_action.triggered.connect(self.copy_diagnostics)
        w.closing.connect(self.shutdown)
        # The layout is saved soon after it changes, not only at quit: a crash keeps it.
        self._layout_timer = QTimer(self, singleShot=True, interval=LAYOUT_SAVE_DELAY_MS)
        self._layout_timer.timeout.connect(self._save_layout)
        w.layoutChanged.connect(self._layout_timer.start)
        w.main.splitterMoved.connect(self._layout_timer.start)
        w.right.splitterMoved.connect(self._layout_timer.start)
        self.jobs.jobFinished.connect(self.job_events.finished)
        self.jobs.jobFailed.connect(self.job_events.failed)
        self.jobs.jobChanged.connect(self.job_events.changed)
        self.jobs.warnings.connect(self.job_events.warnings)
        self.jobs.activityChanged.connect(self.status.update)
        self.model.modelReset.connect(self.status.update)
        self.model.thumbnailWanted.connect(self.history.load_thumbnail)
        # The model ticks running rows; the status bar follows the same clock.
        self.model.dataChanged.connect(lambda *_: self.status.update())
        self.actions.playRequested.connect(lambda job: self.play(job, autoplay=True))
        self.actions.message.connect(self.say)
        self.actions.problem.connect(lambda text: self.show_problem(text))
        self.actions.historyChanged.connect(self.load_history)
        self.actions.fileDeleted.connect(self._file_deleted)
        w.jobs.join_film_action.triggered.connect(lambda: self.films.open(w.jobs.selected_jobs()))
        self.films.message.connect(self.say)
        self.films.filmMade.connect(self._film_made)

    def _file_deleted(self, path: str) -> None:
        if self.player is not None:
            self.player.unload(path)

    # -- start-up, history and cost (veodesk.gui.shell.startup, veodesk.gui.jobs.history) -------
    def start(self, *, demo: bool = False) -> None:
        self.staging.start(demo=demo)

    def load_backend(self) -> None:
        self.staging.load_backend()

    def resume_unfinished(self) -> None:
        self.history.resume_unfinished()

    def load_history(self) -> None:
        self.history.load()

    def refresh_cost(self) -> None:
        self.history.refresh_cost()

    def _splitters(self) -> dict[str, QSplitter]:
        return {"main": self.window.main, "right": self.window.right}

    def _save_layout(self) -> None:
        if not self._closed:
            self.tasks.start(self.memory.layout_saver(self.window, self._splitters()))

    def create_player(self) -> None:
        if self.player is not None or self._closed:
            return
        from veodesk.gui.player.player import Player  # QtMultimedia loads after the first paint

        self.player = Player()
        self.player.setObjectName("player")
        self.player.lastFrameCaptured.connect(self._use_last_frame)
        self.player.problem.connect(lambda text: self.show_problem(text))
        self.window.set_player(self.player)
        self.playerReady.emit()

    # -- composing ----------------------------------------------------------------------------
    def choose_images(self, slot: FrameSlot) -> None:
        def chosen(files: list[str]) -> None:
            if len(files) >= 2:
                self.compose.fill_both(list(files[:2]))
            else:
                slot.set_source(files[0])

        self.chooser.images(self.window, slot.texts.choose, chosen)

    def _dropped_on_window(self, sources: list[Source]) -> None:
        if len(sources) >= 2:
            self.compose.fill_both(sources[:2])
        else:
            self.compose.target_slot().set_source(sources[0])

    def generate(self, params: GenerationParams) -> None:
        if self.jobs.backend is None:
            if self.stored_key is None:
                self.show_problem(
                    translate("AppController", "Still loading your API key; try again in a moment.")
                )
            else:
                self.job_events.failed(None, MissingKeyError())
            return
        if not self.state.demo:
            self.tasks.start(self.memory.params_saver(self.compose.params()))
        self.window.banners.remove(ERROR_BANNER)
        row = self.jobs.generate(params)
        self.window.jobs.view.setCurrentIndex(self.model.index(self.model.rows.index(row)))
        self.say(translate("AppController", "Preparing the frames…"))

    def open_path(self, path: Path) -> None:
        """A file the app was started with (``veodesk FILE``, the file manager's Open).

        A storyboard project (by its content, whatever its name) opens in the
        storyboard tab; anything else gets a clear message there.
        """
        log.info("opening %s", path.name)
        self.boards.open_path(path)

    # -- player ---------------------------------------------------------------------------------
    def play(self, job: Job, *, autoplay: bool) -> None:
        if self.player is None:
            self.create_player()
        assert self.player is not None
        if job.file_path:
            self.player.load(job.file_path, title=job.params.prompt, autoplay=autoplay)
            self.window.jobs.select_job(job.id)

    def _film_made(self, job: Job) -> None:
        self.load_history()
        self.play(job, autoplay=True)

    def _use_last_frame(self, image: QImage) -> None:
        self.compose.first.set_source(image)
        self.compose.last.clear()
        self.say(
            translate(
                "AppController",
                "The last frame is now the first frame: choose where the next clip ends.",
            )
        )

    # -- messages ---------------------------------------------------------------------------------
    def say(self, text: str) -> None:
        self.status.say(text)

    def show_problem(self, text: str, actions: list[BannerAction] | None = None) -> None:
        self.window.banners.show_banner(ERROR_BANNER, "error", text, actions or [])

    # -- quitting ---------------------------------------------------------------------------------
    def shutdown(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._layout_timer.stop()
        self.memory.save(self.window, self._splitters())
        if self.state.demo is None:
            self.memory.save_params(self.compose.params())
        self.memory.sync()
        if self.settings_flow.dialog is not None:
            self.settings_flow.dialog.close()
        if self.player is not None:
            self.player.stop()
        # Workers notice the cancel within a poll; their jobs stay resumable.
        if not self.jobs.shutdown(3000):
            log.warning("some workers were still busy at quit")
        self.tasks.wait(2000)
        # A join in progress stops within a frame and leaves no file.
        if not self.films.shutdown(3000):
            log.warning("the film join was still busy at quit")
        if not self.boards.shutdown(3000):
            log.warning("the storyboard's run was still busy at quit")
        if self.demo is not None:
            self.demo.stop()
        if self.tray is not None:
            self.tray.hide()

    def release(self, wait_ms: int = QUIT_WAIT_MS) -> bool:
        """After the event loop, before the window is deleted: every other thread stops.

        In order: the player stops and lets go of its outputs (joining the
        frame converter), no new task is accepted, the workers and the pool
        are waited for, the demo's sandbox stops and the store is closed.
        False when a thread was still busy after ``wait_ms``: the window must
        then not be deleted under it.
        """
        self.shutdown()  # when the app was told to quit without closing the window
        if self.player is not None:
            self.player.release()
        self.tasks.close()
        stopped = self.jobs.shutdown(wait_ms) and self.tasks.wait(wait_ms)
        stopped = self.films.shutdown(wait_ms) and stopped
        stopped = self.boards.shutdown(wait_ms) and stopped
        if self.demo is not None:
            self.demo.stop()
        if self.store is not None:
            self.store.close()
        return stopped


def io_pool() -> QThreadPool:
    pool = QThreadPool()
    pool.setMaxThreadCount(3)
    return pool
