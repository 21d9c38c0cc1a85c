"""Wires the window's parts to the core: key and history loading, generation, player, demo."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QSplitter, QSystemTrayIcon

from veodesk import KEYS_URL
from veodesk.core.demo import demo_params
from veodesk.core.errors import (
    AuthError,
    GenerationFailedError,
    InvalidInputError,
    JobBusyError,
    MissingKeyError,
    NetworkError,
    StillPendingError,
    SubmitUncertainError,
)
from veodesk.core.models import GenerationParams
from veodesk.core.parameters import AUTO
from veodesk.core.paths import ensured
from veodesk.core.secrets import StoredKey
from veodesk.core.session import Session
from veodesk.core.settings import Settings
from veodesk.core.store import Job, JobStore
from veodesk.gui.compose.choosers import Chooser
from veodesk.gui.compose.frame_slot import FrameSlot
from veodesk.gui.compose.mime import Source
from veodesk.gui.compose.previews import load_job_thumbnail, warm_up_pictures
from veodesk.gui.desktop import open_url
from veodesk.gui.formatting import clock
from veodesk.gui.icons import app_icon
from veodesk.gui.jobs.actions import JobActions
from veodesk.gui.jobs.controller import Backend, JobsController
from veodesk.gui.jobs.model import JobsModel
from veodesk.gui.shell.banner import BannerAction
from veodesk.gui.shell.demo import MARKER_TEXT, DemoSession
from veodesk.gui.shell.persistence import WindowMemory
from veodesk.gui.shell.settings_dialog import SettingsChange, SettingsDialog
from veodesk.gui.shell.window import MainWindow
from veodesk.gui.tasks import TaskRunner
from veodesk.gui.tuning.collector import freeze_start_up_objects

if TYPE_CHECKING:
    from veodesk.core.crashes import UncleanExit
    from veodesk.gui.player.player import Player
    from veodesk.gui.shell.crash_watch import CrashWatch

log = logging.getLogger(__name__)

HISTORY_LIMIT = 500
#: Start the slow parts after this long even if the window has not painted yet.
FIRST_PAINT_WAIT_MS = 1000
#: After the first paint, Pillow and its decoders are loaded on a pool thread
#: while the user looks at the window: loading them when the first picture
#: arrives held the GIL long enough to freeze the window for 20-40 ms. Then
#: the start-up objects are frozen out of the garbage collector's walks.
WARM_UP_DELAY_MS = 1000
KEY_BANNER = "keyBanner"
CRASH_BANNER = "crashBanner"
#: The layout is written this long after the window was last resized, moved or split.
LAYOUT_SAVE_DELAY_MS = 1000
#: At quit, how long workers get to notice their cancel (they check within a poll).
QUIT_WAIT_MS = 30_000
ERROR_BANNER = "errorBanner"


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
        #: The user's session: their settings file, key, history and videos.
        self.user_session = session
        self.user_settings = session.load_settings()
        #: The user's key once loaded; it stays theirs while the demo runs.
        self.user_key: StoredKey | None = None
        #: The session in force: the user's, or the demo's while it runs.
        self.session = session
        self.settings = self.user_settings
        self.crash_watch = crash_watch
        #: How the last run ended has been looked at (and told, when it crashed).
        self.last_run_checked = crash_watch is None
        self.compose = window.compose
        self.stored_key: StoredKey | None = None
        self.store: JobStore | None = None
        self.demo: DemoSession | None = None
        self.player: Player | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.tray: QSystemTrayIcon | None = None
        self._closed = False
        self._deferred: Callable[[], None] | None = None
        self._last_event = ""
        self.actions = JobActions(
            window.jobs, model, jobs, self.compose, tasks, chooser, lambda: self.store, self
        )
        self._wire()

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
            lambda: open_url(ensured(self.user_session.folders.logs).as_uri())
        )
        w.diagnostics_action.triggered.connect(self.copy_diagnostics)
        w.firstPainted.connect(self._after_first_paint)
        w.closing.connect(self.shutdown)
        # The layout is saved soon after it changes, not only at quit: a crash keeps it.
        self._layout_timer = QTimer(self, singleShot=True, interval=LAYOUT_SAVE_DELAY_MS)
        self._layout_timer.timeout.connect(self._save_layout)
        w.layoutChanged.connect(self._layout_timer.start)
        w.main.splitterMoved.connect(self._layout_timer.start)
        w.right.splitterMoved.connect(self._layout_timer.start)
        self.jobs.jobFinished.connect(self._job_finished)
        self.jobs.jobFailed.connect(self._job_failed)
        self.jobs.jobChanged.connect(self._job_changed)
        self.jobs.warnings.connect(self._warnings)
        self.jobs.activityChanged.connect(self._update_status)
        self.model.modelReset.connect(self._update_status)
        self.model.thumbnailWanted.connect(self._load_thumbnail)
        # The model ticks running rows; the status bar follows the same clock.
        self.model.dataChanged.connect(lambda *_: self._update_status())
        self.actions.playRequested.connect(lambda job: self.play(job, autoplay=True))
        self.actions.message.connect(self.say)
        self.actions.problem.connect(lambda text: self.show_problem(text))
        self.actions.historyChanged.connect(self.load_history)
        self.actions.fileDeleted.connect(self._file_deleted)

    def _file_deleted(self, path: str) -> None:
        if self.player is not None:
            self.player.unload(path)

    # -- start-up -------------------------------------------------------------------------
    def start(self, *, demo: bool = False) -> None:
        """Never blocks and never opens a dialog: everything slow arrives later by signal.

        The window's geometry was restored with its frame (veodesk.gui.main.build_frame).
        """
        s = self.settings
        self.compose.set_defaults(s.duration, s.resolution, s.aspect_ratio, s.fit, s.generate_audio)
        last = self.memory.last_params()
        if last is not None and not demo:
            self.compose.load(last)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setToolTip("veodesk")
            self.tray.show()
        # The slow parts (keyring, the history, QtMultimedia, the demo's sandbox)
        # start once the window's content is on screen: they would delay it.
        self._deferred = self.enter_demo if demo else self._load_backend
        if self.window.painted:
            QTimer.singleShot(0, self._after_first_paint)
        else:  # in case it is never painted (started minimised, say)
            QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._after_first_paint)

    def _splitters(self) -> dict[str, QSplitter]:
        return {"main": self.window.main, "right": self.window.right}

    def _save_layout(self) -> None:
        if not self._closed:
            self.tasks.start(self.memory.layout_saver(self.window, self._splitters()))

    def _after_first_paint(self) -> None:
        work, self._deferred = self._deferred, None
        if work is not None:
            work()
        if self.crash_watch is not None:
            self.tasks.start(
                self.crash_watch.begin,
                self._unclean_exits,
                self._last_run_unknown,
            )
        self._create_player()
        QTimer.singleShot(WARM_UP_DELAY_MS, self._warm_up)

    def _warm_up(self) -> None:
        if self._closed:
            return
        # Then start-up is over: what exists now lives as long as the app.
        self.tasks.start(warm_up_pictures, lambda _: freeze_start_up_objects())

    def _load_backend(self) -> None:
        self.say("Opening the history…")
        user = self.user_session
        self.tasks.start(
            lambda: (user.keys.load(), user.store()),
            lambda result: self._backend_loaded(*result),
            lambda exc: self.show_problem(f"The job history could not be opened: {exc}"),
        )

    def _backend_loaded(self, stored: StoredKey, store: JobStore) -> None:
        self.user_key = stored
        if self.demo is not None:
            return  # the demo started meanwhile: its key and store stay in force
        self.stored_key = stored
        self.store = store
        self._configure()
        self.keyLoaded.emit()
        if not stored.key:
            self._key_banner()
        self.load_history()
        self.refresh_cost()
        if stored.key:
            self._resume_unfinished()
        else:
            self.say("Ready. Add an API key, or try the demo.")

    def _configure(self) -> None:
        key = self.stored_key.key if self.stored_key else None
        if key and self.store is not None:
            self.jobs.configure(Backend(self.session, self.settings, key, self.store))
        else:
            self.jobs.configure(None)

    def _key_banner(self) -> None:
        self.window.banners.show_banner(
            KEY_BANNER,
            "info",
            "Welcome to veodesk. To make videos with Veo 3.1 you need an AI/ML API key: "
            f"create one at {KEYS_URL} and paste it in the settings. Or try the demo first: "
            "it renders a sample video on this computer, with no key and no cost.",
            [
                ("Get a key", self._open_keys_page),
                ("Open settings", self.open_settings),
                ("Try the demo", self.enter_demo),
            ],
            closable=True,
        )

    def _open_keys_page(self) -> None:
        open_url(KEYS_URL)

    def _resume_unfinished(self) -> None:
        backend = self.jobs.backend
        if backend is None:
            return

        def unfinished() -> list[Job]:
            from veodesk.core.crashes import remove_orphan_parts

            runner = backend.runner_factory(lambda *_: None, lambda *_: None)
            # Partial downloads of jobs that will never continue (a crash left them).
            removed = remove_orphan_parts(backend.store, [runner.video_dir])
            if removed:
                log.info("removed %d orphaned partial download(s)", len(removed))
            # Also the jobs cut off mid-POST, which resume() turns into
            # "needs attention" rather than sending again.
            return runner.unfinished()

        self.tasks.start(
            unfinished,
            self._resume_jobs,
            lambda exc: self.show_problem(f"Unfinished jobs could not be listed: {exc}"),
        )

    def _resume_jobs(self, jobs: list[Job]) -> None:
        if self._closed:
            return
        for job in jobs:
            if not self.jobs.is_running(job.id):
                self.jobs.resume(job)
        if jobs:
            self.say(f"Resuming {len(jobs)} unfinished job(s) from last time.")

    def _create_player(self) -> None:
        if self.player is not None or self._closed:
            return
        from veodesk.gui.player.player import Player  # QtMultimedia loads after the first paint

        self.player = Player()
        self.player.setObjectName("player")
        self.player.lastFrameCaptured.connect(self._use_last_frame)
        self.player.problem.connect(lambda text: self.show_problem(text))
        self.window.set_player(self.player)
        self.playerReady.emit()

    # -- history and cost ----------------------------------------------------------------------
    def load_history(self) -> None:
        store = self.store
        if store is None:
            return
        self.tasks.start(
            lambda: (store.jobs(limit=HISTORY_LIMIT), store.count(), store.total_credits()),
            lambda result: self._history_loaded(store, *result),
            lambda exc: self.show_problem(f"The job history could not be read: {exc}"),
        )

    def _history_loaded(self, store: JobStore, jobs: list[Job], count: int, credits: float) -> None:
        if store is not self.store:
            return  # the demo switched stores meanwhile
        self.model.set_history(jobs)
        self.window.jobs.set_summary(count, credits)
        # Thumbnails load as rows are painted (model.thumbnailWanted): a long
        # history costs only the few on screen.
        self.historyLoaded.emit()

    def _load_thumbnail(self, job: Job) -> None:
        source = job.first_upload or job.params.first
        if not source or source.startswith(("http://", "https://")):
            return
        self.tasks.start(
            lambda: load_job_thumbnail(source),
            lambda image: self.model.set_thumbnail(job.id, image),
            lambda exc: log.debug("no thumbnail for job %s: %s", job.id, exc),
        )

    def refresh_cost(self) -> None:
        store = self.store
        if store is None:
            return
        params = self.compose.params()
        self.tasks.start(
            lambda: (store.expected_credits(params), store.typical_seconds(params)),
            lambda result: self.compose.set_cost(*result),
            lambda exc: log.debug("cost estimate failed: %s", exc),
        )

    # -- composing ----------------------------------------------------------------------------
    def choose_images(self, slot: FrameSlot) -> None:
        def chosen(files: list[str]) -> None:
            if len(files) >= 2:
                self.compose.fill_both(list(files[:2]))
            else:
                slot.set_source(files[0])

        self.chooser.images(self.window, f"Choose the {slot.title.lower()}", chosen)

    def _dropped_on_window(self, sources: list[Source]) -> None:
        if len(sources) >= 2:
            self.compose.fill_both(sources[:2])
        else:
            self.compose.target_slot().set_source(sources[0])

    def generate(self, params: GenerationParams) -> None:
        if self.jobs.backend is None:
            if self.stored_key is None:
                self.show_problem("Still loading your API key; try again in a moment.")
            else:
                self._job_failed(None, MissingKeyError())
            return
        if not self.demo:
            self.tasks.start(self.memory.params_saver(self.compose.params()))
        self.window.banners.remove(ERROR_BANNER)
        row = self.jobs.generate(params)
        self.window.jobs.view.setCurrentIndex(self.model.index(self.model.rows.index(row)))
        self.say("Preparing the frames…")

    # -- following jobs -----------------------------------------------------------------------
    def _job_changed(self, job: Job, message: str) -> None:
        # The generation id is long and lives in the job's tooltip and menu; not here.
        short = "sent to the API" if message.startswith("created as") else message
        self._last_event = f"job {job.id}: {short}"
        self.say(f"Job {job.id}: {message}")
        if job.first_upload and self.model.rows:
            i = self.model.row_of(job_id=job.id)
            if i >= 0 and self.model.rows[i].thumbnail is None:
                self._load_thumbnail(job)

    def _warnings(self, warnings: tuple[str, ...]) -> None:
        self.window.banners.show_banner(
            "prepareWarnings", "warning", "About your frames: " + " ".join(warnings)
        )

    def _job_finished(self, job: Job) -> None:
        name = Path(job.file_path).name if job.file_path else f"job {job.id}"
        self.say(f"Video ready: {name}")
        self.load_history()
        self.refresh_cost()
        if job.file_path and self.settings.autoplay:
            self.play(job, autoplay=True)
        self._notify("Your video is ready", job.params.prompt[:120])

    def _notify(self, title: str, text: str) -> None:
        if (
            self.tray is not None
            and self.settings.notifications
            and not self.window.isActiveWindow()
            and QSystemTrayIcon.supportsMessages()
        ):
            self.tray.showMessage(title, text, app_icon(), 8000)

    def _job_failed(self, job: Job | None, exc: Exception) -> None:
        if self._closed:
            return
        self.load_history()
        prefix = f"Job {job.id}: " if job is not None else ""
        text = prefix + str(exc)
        actions: list[BannerAction] = []
        if isinstance(exc, AuthError):
            text = (
                f"{prefix}The API refused your key ({exc}). Check it in the settings, or create a "
                f"new one at {KEYS_URL}."
            )
            actions = [("Open settings", self.open_settings)]
        elif isinstance(exc, MissingKeyError):
            actions = [("Open settings", self.open_settings), ("Try the demo", self.enter_demo)]
        elif isinstance(exc, StillPendingError | NetworkError) and job is not None:
            text += " The job is kept: resume it from the history when you are ready."
            actions = [("Resume now", lambda: self._resume_one(job))]
        elif isinstance(exc, JobBusyError):
            self.say(text)
            return
        elif isinstance(exc, SubmitUncertainError | GenerationFailedError):
            actions = []
        elif isinstance(exc, InvalidInputError) and exc.field in ("first", "last"):
            slot = self.compose.first if exc.field == "first" else self.compose.last
            actions = [("Choose another", lambda: self.choose_images(slot))]
        self.show_problem(text, actions)

    def _resume_one(self, job: Job) -> None:
        self.window.banners.remove(ERROR_BANNER)
        if not self.jobs.is_running(job.id):
            self.jobs.resume(job)

    def _update_status(self) -> None:
        running = self.model.running_rows()
        waiting = self.jobs.waiting()
        bar = self.window.progress
        if not running and not waiting:
            bar.hide()
            return
        parts = []
        if running:
            parts.append("1 job running" if len(running) == 1 else f"{len(running)} jobs running")
        if waiting:
            parts.append(f"{waiting} waiting for a free slot")
        lead = running[0] if running else None
        if lead is not None and lead.elapsed is not None:
            parts.append(lead.time_text() or clock(lead.elapsed))
        if self._last_event:
            parts.append(self._last_event)
        self.window.status_text.setText(" · ".join(parts))
        if lead is not None and lead.typical_seconds and lead.busy and lead.elapsed is not None:
            bar.setRange(0, 1000)
            bar.setValue(min(970, int(lead.elapsed / lead.typical_seconds * 1000)))
        elif lead is not None and lead.download and lead.download[1]:
            bar.setRange(0, 1000)
            bar.setValue(int(lead.download[0] / lead.download[1] * 1000))
        else:
            bar.setRange(0, 0)  # indeterminate: the API gives no percentage
        bar.show()

    # -- player ---------------------------------------------------------------------------------
    def play(self, job: Job, *, autoplay: bool) -> None:
        if self.player is None:
            self._create_player()
        assert self.player is not None
        if job.file_path:
            self.player.load(job.file_path, title=job.params.prompt, autoplay=autoplay)
            self.window.jobs.select_job(job.id)

    def _use_last_frame(self, image: QImage) -> None:
        self.compose.first.set_source(image)
        self.compose.last.clear()
        self.say("The last frame is now the first frame: choose where the next clip ends.")

    # -- settings ---------------------------------------------------------------------------------
    def open_settings(self) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        # The dialog shows and edits the user's settings and key, in the demo too.
        user = self.user_session
        stored = self.user_key or StoredKey(None, None)
        dialog = SettingsDialog(self.user_settings, stored, user.folders.videos, self.window)
        dialog.saved.connect(self.apply_settings)
        dialog.browseOutput.connect(
            lambda: self.chooser.folder(
                dialog,
                dialog.output_edit.text() or str(user.video_dir(self.user_settings)),
                lambda files: dialog.set_output_dir(files[0]),
            )
        )
        dialog.finished.connect(lambda _r: setattr(self, "settings_dialog", None))
        self.settings_dialog = dialog
        dialog.show()

    def apply_settings(self, change: SettingsChange) -> None:
        user = self.user_session

        def work() -> StoredKey:
            # Always the user's files: what is saved in the demo outlives it.
            user.save_settings(change.settings)
            if change.remove_key:
                user.keys.delete()
            elif change.new_key:
                user.keys.save(change.new_key)
            return user.keys.load()

        def done(stored: StoredKey) -> None:
            old, new = self.user_settings, change.settings
            self.user_settings = new
            self.user_key = stored
            if self.demo is None:
                self.settings = new
                self.stored_key = stored
            else:
                self.settings = _demo_settings(new)
            self._configure()
            defaults = ("duration", "resolution", "aspect_ratio", "fit", "generate_audio")
            if any(getattr(old, f) != getattr(new, f) for f in defaults):
                # New defaults are meant for the next video: the one being composed.
                self.compose.set_defaults(
                    new.duration, new.resolution, new.aspect_ratio, new.fit, new.generate_audio
                )
            if stored.key:
                self.window.banners.remove(KEY_BANNER)
            if stored.insecure:
                self.window.banners.show_banner(
                    "insecureKeyBanner",
                    "warning",
                    "No system keychain was found, so your API key is stored in a file only "
                    "your user account can read. Anyone who can log in as you can read it.",
                )
            self.say("Settings saved.")
            if stored.key and self.demo is None:
                self._resume_unfinished()

        self.tasks.start(work, done, lambda exc: self.show_problem(f"Settings not saved: {exc}"))

    # -- demo -------------------------------------------------------------------------------------
    def enter_demo(self) -> None:
        if self.demo is not None:
            return
        if self.jobs.active:
            self.show_problem("Finish or stop the running jobs before starting the demo.")
            return
        demo = DemoSession(self.user_session)
        try:
            session = demo.start()
        except Exception as exc:  # e.g. PyAV missing: say so, keep the window usable
            self.show_problem(f"The demo could not start: {exc}")
            return
        self.demo = demo
        self.session = session
        self.store = None
        self.stored_key = None
        self._configure()
        self.window.banners.remove(KEY_BANNER)
        self.window.set_demo(MARKER_TEXT)
        self.settings = _demo_settings(self.user_settings)
        params = demo_params()
        self.compose.set_defaults(
            params.duration,
            params.resolution,
            params.aspect_ratio or AUTO,
            params.fit,
            params.generate_audio,
        )
        self.compose.prompt.setPlainText(params.prompt)
        self.compose.first.set_source(params.first)
        self.compose.last.set_source(params.last)
        self.model.set_history([])
        self.tasks.start(
            lambda: (session.keys.load(), session.store()),
            lambda result: self._demo_ready(demo, *result),
            lambda exc: self.show_problem(f"The demo history could not be opened: {exc}"),
        )

    def _demo_ready(self, demo: DemoSession, stored: StoredKey, store: JobStore) -> None:
        if demo is not self.demo:
            return
        self.store = store
        self.stored_key = stored
        self._configure()
        self.keyLoaded.emit()
        self.load_history()
        self.refresh_cost()
        self.say("Demo ready: press Generate to render the sample locally.")

    def leave_demo(self) -> None:
        """Back to the user's session: their settings, key, history and the real API."""
        demo = self.demo
        if demo is None:
            return
        if self.jobs.active:
            self.show_problem("Finish or stop the running jobs before leaving the demo.")
            return
        self.demo = None
        demo.stop()
        self.session = self.user_session
        self.settings = self.user_settings
        self.window.set_demo(None)
        self.model.set_history([])
        s = self.settings
        self.compose.set_defaults(s.duration, s.resolution, s.aspect_ratio, s.fit, s.generate_audio)
        self.compose.prompt.clear()
        self.compose.first.clear()
        self.compose.last.clear()
        self.store = None
        self.stored_key = None
        self._configure()
        # The user's key and store, as loaded before the demo, or now if the app
        # started in the demo.
        self._load_backend()
        self.say("Demo closed: jobs now go to the AI/ML API with your key.")

    def _last_run_unknown(self, exc: Exception) -> None:
        log.warning("could not check how the last run ended: %s", exc)
        self._unclean_exits([])

    def _unclean_exits(self, exits: list[UncleanExit]) -> None:
        self.last_run_checked = True
        if not exits or self._closed:
            return
        log.warning("%d earlier run(s) ended unexpectedly", len(exits))
        self.window.banners.show_banner(
            CRASH_BANNER,
            "warning",
            "veodesk closed unexpectedly last time. Your jobs are safe: unfinished ones "
            "continue by themselves. If it happens again, please report it with the "
            "diagnostics, which include what went wrong.",
            [("Copy diagnostics", self.copy_diagnostics)],
            closable=True,
        )

    # -- messages ---------------------------------------------------------------------------------
    def copy_diagnostics(self) -> None:
        """Put a report that is safe to share on the clipboard (built off the UI thread)."""
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion
        from PySide6.QtGui import QGuiApplication

        extra = {
            "Qt": qVersion(),
            "PySide6": pyside_version,
            "Qt platform": QGuiApplication.platformName(),
            "Demo mode": "yes" if self.demo else "no",
        }
        session, settings, store = self.session, self.settings, self.store

        def copied(text: str) -> None:
            QGuiApplication.clipboard().setText(text)
            self.say(
                "Diagnostics copied. They hold no key, no link tokens and no home folder "
                "path, so they are safe to paste publicly."
            )

        def collect() -> str:
            from veodesk.core.diagnostics import diagnostics_text  # only when asked for

            return diagnostics_text(session, settings, store, extra)

        self.tasks.start(
            collect,
            copied,
            lambda exc: self.show_problem(f"Could not collect diagnostics: {exc}"),
        )

    def say(self, text: str) -> None:
        self.window.status_text.setText(text)

    def show_problem(self, text: str, actions: list[BannerAction] | None = None) -> None:
        self.window.banners.show_banner(ERROR_BANNER, "error", text, actions or [])

    # -- quitting ---------------------------------------------------------------------------------
    def shutdown(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._layout_timer.stop()
        self.memory.save(self.window, self._splitters())
        if self.demo is None:
            self.memory.save_params(self.compose.params())
        self.memory.sync()
        if self.settings_dialog is not None:
            self.settings_dialog.close()
        if self.player is not None:
            self.player.stop()
        # Workers notice the cancel within a poll; their jobs stay resumable.
        if not self.jobs.shutdown(3000):
            log.warning("some workers were still busy at quit")
        self.tasks.pool.waitForDone(2000)
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
        stopped = self.jobs.shutdown(wait_ms) and self.tasks.pool.waitForDone(wait_ms)
        if self.demo is not None:
            self.demo.stop()
        if self.store is not None:
            self.store.close()
        return stopped


def _demo_settings(user: Settings) -> Settings:
    """The user's settings as the demo uses them: two jobs at once on the sandbox."""
    return dataclasses.replace(user, max_concurrent_jobs=2)


def io_pool() -> QThreadPool:
    pool = QThreadPool()
    pool.setMaxThreadCount(3)
    return pool
