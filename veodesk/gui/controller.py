"""Wires the window's parts to the core: key and history loading, generation, player, demo."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QSystemTrayIcon

from veodesk.core import paths, secrets
from veodesk.core.errors import (
    AuthError,
    GenerationFailedError,
    InvalidInputError,
    MissingKeyError,
    NetworkError,
    StillPendingError,
    SubmitUncertainError,
)
from veodesk.core.models import GenerationParams
from veodesk.core.secrets import StoredKey
from veodesk.core.settings import Settings
from veodesk.core.store import Job, JobStore
from veodesk.gui.banner import BannerAction
from veodesk.gui.choosers import Chooser
from veodesk.gui.collector import freeze_start_up_objects
from veodesk.gui.demo import DEMO_PROMPT, MARKER_TEXT, DemoSession, sample_frames
from veodesk.gui.desktop import open_url
from veodesk.gui.film_join import FilmJoinFlow
from veodesk.gui.formatting import clock
from veodesk.gui.frame_slot import FrameSlot
from veodesk.gui.icons import app_icon
from veodesk.gui.job_actions import JobActions
from veodesk.gui.jobs_controller import Backend, JobsController
from veodesk.gui.jobs_model import JobsModel
from veodesk.gui.mime import Source
from veodesk.gui.persistence import WindowMemory
from veodesk.gui.settings_dialog import KEYS_URL, SettingsChange, SettingsDialog
from veodesk.gui.tasks import TaskRunner
from veodesk.gui.thumbnails import load_job_thumbnail, warm_up_pictures
from veodesk.gui.window import MainWindow

if TYPE_CHECKING:
    from veodesk.gui.player import Player

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
        settings: Settings,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.model = model
        self.jobs = jobs
        self.tasks = tasks
        self.chooser = chooser
        self.memory = memory
        self.settings = settings
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
        self.films = FilmJoinFlow(
            lambda: self.window, lambda: self.store, self.settings.video_dir, self
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
        w.get_key_action.triggered.connect(lambda: open_url(KEYS_URL))
        w.logs_action.triggered.connect(lambda: open_url(paths.log_dir().as_uri()))
        w.diagnostics_action.triggered.connect(self.copy_diagnostics)
        w.firstPainted.connect(self._after_first_paint)
        w.closing.connect(self.shutdown)
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
        self.actions.fileDeleted.connect(lambda path: self.player and self.player.unload(path))
        w.jobs.join_film_action.triggered.connect(lambda: self.films.open(w.jobs.selected_jobs()))
        self.films.message.connect(self.say)
        self.films.filmMade.connect(self._film_made)

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

    def _after_first_paint(self) -> None:
        work, self._deferred = self._deferred, None
        if work is not None:
            work()
        self._create_player()
        QTimer.singleShot(WARM_UP_DELAY_MS, self._warm_up)

    def _warm_up(self) -> None:
        if self._closed:
            return
        # Then start-up is over: what exists now lives as long as the app.
        self.tasks.start(warm_up_pictures, lambda _: freeze_start_up_objects())

    def _load_backend(self) -> None:
        self.say("Opening the history…")
        self.tasks.start(
            lambda: (secrets.load_api_key(), JobStore()),
            lambda result: self._backend_loaded(*result),
            lambda exc: self.show_problem(f"The job history could not be opened: {exc}"),
        )

    def _backend_loaded(self, stored: StoredKey, store: JobStore) -> None:
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
            self.jobs.configure(Backend(self.settings, key, self.store))
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
                ("Get a key", lambda: open_url(KEYS_URL)),
                ("Open settings", self.open_settings),
                ("Try the demo", self.enter_demo),
            ],
            closable=True,
        )

    def _resume_unfinished(self) -> None:
        backend = self.jobs.backend
        if backend is None:
            return
        # runner.unfinished() also returns jobs cut off mid-POST, which resume()
        # turns into "needs attention" rather than sending again.
        self.tasks.start(
            lambda: backend.runner_factory(lambda *_: None, lambda *_: None).unfinished(),
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
        from veodesk.gui.player import Player  # QtMultimedia loads after the first paint

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
        from veodesk.core.runner import JobBusyError  # a worker loaded it already

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

    def _film_made(self, job: Job) -> None:
        self.load_history()
        self.play(job, autoplay=True)

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
        stored = self.stored_key or StoredKey(None, None)
        dialog = SettingsDialog(self.settings, stored, self.window)
        dialog.saved.connect(self.apply_settings)
        dialog.browseOutput.connect(
            lambda: self.chooser.folder(
                dialog,
                dialog.output_edit.text() or str(self.settings.video_dir()),
                lambda files: dialog.set_output_dir(files[0]),
            )
        )
        dialog.finished.connect(lambda _r: setattr(self, "settings_dialog", None))
        self.settings_dialog = dialog
        dialog.show()

    def apply_settings(self, change: SettingsChange) -> None:
        def work() -> StoredKey:
            change.settings.save()
            if change.remove_key:
                secrets.delete_api_key()
            elif change.new_key:
                secrets.save_api_key(change.new_key)
            return secrets.load_api_key()

        def done(stored: StoredKey) -> None:
            old, new = self.settings, change.settings
            self.settings = new
            if self.demo is None:
                self.stored_key = stored
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
            if self.stored_key and self.stored_key.key and self.demo is None:
                self._resume_unfinished()

        self.tasks.start(work, done, lambda exc: self.show_problem(f"Settings not saved: {exc}"))

    # -- demo -------------------------------------------------------------------------------------
    def enter_demo(self) -> None:
        if self.demo is not None:
            return
        if self.jobs.active:
            self.show_problem("Finish or stop the running jobs before starting the demo.")
            return
        demo = DemoSession()
        try:
            demo.start()
        except Exception as exc:  # e.g. PyAV missing: say so, keep the window usable
            self.show_problem(f"The demo could not start: {exc}")
            return
        self.demo = demo
        self.window.banners.remove(KEY_BANNER)
        self.window.set_demo(MARKER_TEXT)
        self.settings = dataclasses.replace(Settings.load(), max_concurrent_jobs=2)
        first, last = sample_frames()
        self.compose.set_defaults(4, "720p", "16:9", "crop", True)
        self.compose.prompt.setPlainText(DEMO_PROMPT)
        self.compose.first.set_source(first)
        self.compose.last.set_source(last)
        self.model.set_history([])
        self.tasks.start(
            JobStore,
            lambda store: self._demo_ready(demo, store),
            lambda exc: self.show_problem(f"The demo history could not be opened: {exc}"),
        )

    def _demo_ready(self, demo: DemoSession, store: JobStore) -> None:
        if demo is not self.demo:
            return
        self.store = store
        self.stored_key = StoredKey(demo.key, "demo")
        self._configure()
        self.keyLoaded.emit()
        self.load_history()
        self.refresh_cost()
        self.say("Demo ready: press Generate to render the sample locally.")

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
        settings, store = self.settings, self.store

        def copied(text: str) -> None:
            QGuiApplication.clipboard().setText(text)
            self.say(
                "Diagnostics copied. They hold no key, no link tokens and no home folder "
                "path, so they are safe to paste publicly."
            )

        def collect() -> str:
            from veodesk.core.diagnostics import diagnostics_text  # only when asked for

            return diagnostics_text(settings, store, extra)

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
        self.memory.save(self.window, {"main": self.window.main, "right": self.window.right})
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
        # A join in progress stops within a frame and leaves no file.
        if not self.films.shutdown(3000):
            log.warning("the film join was still busy at quit")
        self.tasks.pool.waitForDone(2000)
        if self.demo is not None:
            self.demo.stop()
        if self.tray is not None:
            self.tray.hide()


def io_pool() -> QThreadPool:
    pool = QThreadPool()
    pool.setMaxThreadCount(3)
    return pool
