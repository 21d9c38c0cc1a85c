"""Demo mode: the local sandbox renders videos in-process, in a session of its own.

The demo's session (:meth:`veodesk.core.session.Session.demo`) keeps its jobs
in a folder of its own so the sandbox's invented credits never teach the real
cost estimate, and its loopback generation ids are never resumed against the
real API. Nothing of it is left in force when it stops.
"""

from __future__ import annotations

import secrets as _secrets
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from veodesk.core.demo import demo_params
from veodesk.core.parameters import AUTO
from veodesk.core.secrets import StoredKey
from veodesk.core.session import Session
from veodesk.core.store import JobStore
from veodesk.gui.i18n import QT_TRANSLATE_NOOP
from veodesk.gui.messages import error_text

if TYPE_CHECKING:
    from veodesk.gui.shell.controller import AppController
    from veodesk.sandbox import Sandbox

translate = QCoreApplication.translate

#: Shown as translate("DemoMode", MARKER_TEXT).
MARKER_TEXT = QT_TRANSLATE_NOOP("DemoMode", "Demo: rendered locally, not by Veo")
KEY_BANNER = "keyBanner"


class DemoSession:
    """A running sandbox and the session that talks to it."""

    def __init__(
        self, user: Session, *, queued_seconds: float = 1.5, generating_seconds: float = 4.0
    ) -> None:
        self.user = user
        self.key = "demo-" + _secrets.token_hex(16)
        self._queued = queued_seconds
        self._generating = generating_seconds
        self.sandbox: Sandbox | None = None
        self.session: Session | None = None

    def start(self) -> Session:
        from veodesk.sandbox import Sandbox  # only demo mode needs it

        sandbox = Sandbox(
            api_key=self.key,
            host="127.0.0.1",
            queued_seconds=self._queued,
            generating_seconds=self._generating,
        )
        sandbox.start()
        self.sandbox = sandbox
        self.session = self.user.demo(
            base_url=sandbox.base_url, key=self.key, billing_url=sandbox.billing_base_url
        )
        return self.session

    def stop(self) -> None:
        if self.sandbox is not None:
            self.sandbox.stop()
            self.sandbox = None

    @property
    def base_url(self) -> str:
        return self.sandbox.base_url if self.sandbox is not None else ""


class DemoMode:
    """Entering and leaving the demo in the window: a second session, then the user's again."""

    def __init__(self, app: AppController) -> None:
        self.app = app

    def enter(self) -> None:
        app = self.app
        if app.state.demo is not None:
            return
        if app.jobs.active:
            app.show_problem(
                translate("DemoMode", "Finish or stop the running jobs before starting the demo.")
            )
            return
        demo = DemoSession(app.state.user_session)
        try:
            session = demo.start()
        except Exception as exc:  # e.g. PyAV missing: say so, keep the window usable
            app.show_problem(
                translate("DemoMode", "The demo could not start: {error}").format(
                    error=error_text(exc)
                )
            )
            return
        app.state.enter_demo(demo, session)
        app.balance.session_changed()
        app.boards.session_changed()
        app.configure_jobs()
        app.window.banners.remove(KEY_BANNER)
        app.window.set_demo(translate("DemoMode", MARKER_TEXT))
        params = demo_params()
        compose = app.compose
        compose.set_defaults(
            params.duration,
            params.resolution,
            params.aspect_ratio or AUTO,
            params.fit,
            params.generate_audio,
        )
        compose.prompt.setPlainText(params.prompt)
        compose.first.set_source(params.first)
        compose.last.set_source(params.last)
        app.model.set_history([])
        app.tasks.start(
            lambda: (session.keys.load(), session.store()),
            lambda result: self._ready(demo, *result),
            lambda exc: app.show_problem(
                translate("DemoMode", "The demo history could not be opened: {error}").format(
                    error=error_text(exc)
                )
            ),
        )

    def _ready(self, demo: DemoSession, stored: StoredKey, store: JobStore) -> None:
        app = self.app
        if demo is not app.state.demo:
            return  # left (or entered again) meanwhile
        app.state.demo_loaded(stored, store)
        app.configure_jobs()
        app.keyLoaded.emit()
        app.load_history()
        app.refresh_cost()
        app.balance.refresh()  # the sandbox's invented balance
        app.boards.open_demo(app.state.session.folders.data)
        app.say(
            translate(
                "DemoMode",
                "Demo ready: press Generate to render the sample locally, or open the "
                "Storyboard tab for a three-keyframe film.",
            )
        )

    def leave(self) -> None:
        """Back to the user's session: their settings, key, history and the real API."""
        app = self.app
        demo = app.state.demo
        if demo is None:
            return
        if app.jobs.active:
            app.show_problem(
                translate("DemoMode", "Finish or stop the running jobs before leaving the demo.")
            )
            return
        app.state.leave_demo()
        app.balance.session_changed()
        app.boards.session_changed()
        demo.stop()
        app.configure_jobs()
        app.window.set_demo(None)
        app.model.set_history([])
        s = app.state.settings
        compose = app.compose
        compose.set_defaults(s.duration, s.resolution, s.aspect_ratio, s.fit, s.generate_audio)
        compose.prompt.clear()
        compose.first.clear()
        compose.last.clear()
        # The user's key and store, as loaded before the demo, or now if the app
        # started in the demo.
        app.load_backend()
        app.say(translate("DemoMode", "Demo closed: jobs now go to the AI/ML API with your key."))
