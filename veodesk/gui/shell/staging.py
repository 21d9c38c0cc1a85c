"""The controller's start: what is on screen at once, and what waits for the first paint.

Never blocks and never opens a dialog: the slow parts (keyring, the history,
QtMultimedia, the demo's sandbox) start once the window's content is on
screen, and everything they bring arrives later by signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QSystemTrayIcon

from veodesk import KEYS_URL
from veodesk.core.secrets import StoredKey
from veodesk.core.store import JobStore
from veodesk.gui.compose.previews import warm_up_pictures
from veodesk.gui.desktop import open_url
from veodesk.gui.icons import app_icon
from veodesk.gui.messages import error_text
from veodesk.gui.shell.demo import KEY_BANNER
from veodesk.gui.shell.status import OPENING_HISTORY
from veodesk.gui.tuning.collector import freeze_start_up_objects

if TYPE_CHECKING:
    from veodesk.gui.shell.controller import AppController

translate = QCoreApplication.translate

#: Start the slow parts after this long even if the window has not painted yet.
FIRST_PAINT_WAIT_MS = 1000
#: After the first paint, Pillow and its decoders are loaded on a pool thread
#: while the user looks at the window: loading them when the first picture
#: arrives held the GIL long enough to freeze the window for 20-40 ms. Then
#: the start-up objects are frozen out of the garbage collector's walks.
WARM_UP_DELAY_MS = 1000


class Staging:
    def __init__(self, app: AppController) -> None:
        self.app = app
        self._deferred: Callable[[], None] | None = None

    def start(self, *, demo: bool = False) -> None:
        """The window's geometry was restored with its frame (veodesk.gui.main.build_frame)."""
        app = self.app
        s = app.state.settings
        app.compose.set_defaults(s.duration, s.resolution, s.aspect_ratio, s.fit, s.generate_audio)
        last = app.memory.last_params()
        if last is not None and not demo:
            app.compose.load(last)
        if QSystemTrayIcon.isSystemTrayAvailable():
            app.tray = QSystemTrayIcon(app_icon(), app)
            app.tray.setToolTip("veodesk")
            app.tray.show()
        self._deferred = app.enter_demo if demo else self.load_backend
        app.window.firstPainted.connect(self.after_first_paint)
        if app.window.painted:
            # Painted already (the staged start builds the content after the
            # frame's first paint): the next event-loop turn, once start() returns.
            QTimer.singleShot(0, self.after_first_paint)
        else:
            # In case it is never painted (started minimised, say).
            QTimer.singleShot(FIRST_PAINT_WAIT_MS, self.after_first_paint)

    def after_first_paint(self) -> None:
        work, self._deferred = self._deferred, None
        if work is None:
            return  # done already (painted, and the fallback timer came too)
        work()
        app = self.app
        app.reports.check_last_run()
        app.create_player()
        # A timer on purpose: "a second after the first paint, while the user
        # looks" has no Qt event; the warm-up must not compete with the paint.
        QTimer.singleShot(WARM_UP_DELAY_MS, self._warm_up)

    def _warm_up(self) -> None:
        if self.app.closed:
            return
        # Then start-up is over: what exists now lives as long as the app.
        self.app.tasks.start(warm_up_pictures, lambda _: freeze_start_up_objects())

    def load_backend(self) -> None:
        """The user's key and job store, loaded on a pool thread."""
        app = self.app
        app.say(translate("StatusPresenter", OPENING_HISTORY))
        user = app.state.user_session
        app.tasks.start(
            lambda: (user.keys.load(), user.store()),
            lambda result: self._backend_loaded(*result),
            lambda exc: app.show_problem(
                translate("Staging", "The job history could not be opened: {error}").format(
                    error=error_text(exc)
                )
            ),
        )

    def _backend_loaded(self, stored: StoredKey, store: JobStore) -> None:
        app = self.app
        if not app.state.user_loaded(stored, store):
            return  # the demo started meanwhile: its key and store stay in force
        app.configure_jobs()
        app.keyLoaded.emit()
        if not stored.key:
            self._key_banner()
        app.load_history()
        app.refresh_cost()
        if stored.key:
            app.balance.refresh()
            app.resume_unfinished()
        else:
            app.say(translate("Staging", "Ready. Add an API key, or try the demo."))

    def _key_banner(self) -> None:
        app = self.app
        app.window.banners.show_banner(
            KEY_BANNER,
            "info",
            translate(
                "Staging",
                "Welcome to veodesk. To make videos with Veo 3.1 you need an AI/ML API key: "
                "create one at {url} and paste it in the settings. Or try the demo first: "
                "it renders a sample video on this computer, with no key and no cost.",
            ).format(url=KEYS_URL),
            [
                (translate("Staging", "Get a key"), self._open_keys_page),
                (translate("Staging", "Open settings"), app.open_settings),
                (translate("Staging", "Try the demo"), app.enter_demo),
            ],
            closable=True,
        )

    def _open_keys_page(self) -> None:
        open_url(KEYS_URL)
