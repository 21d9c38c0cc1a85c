"""Where the window's session state lives: which session is in force, its settings, key and store.

One object, no Qt. The user's session, settings and key are kept while the demo
runs, so leaving it restores them; the session in force (the user's or the
demo's) is what jobs are sent with (:meth:`SessionState.backend`).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from veodesk.core.secrets import StoredKey
from veodesk.core.session import Session
from veodesk.core.settings import Settings
from veodesk.core.store import JobStore
from veodesk.gui.jobs.controller import Backend

if TYPE_CHECKING:
    from veodesk.gui.shell.demo import DemoSession


class SessionState:
    def __init__(self, user: Session) -> None:
        #: The user's session: their settings file, key, history and videos.
        self.user_session = user
        self.user_settings = user.load_settings()
        #: The user's key once loaded; it stays theirs while the demo runs.
        self.user_key: StoredKey | None = None
        #: The session in force: the user's, or the demo's while it runs.
        self.session = user
        self.settings = self.user_settings
        #: The key and store in force; None while they load.
        self.stored_key: StoredKey | None = None
        self.store: JobStore | None = None
        self.demo: DemoSession | None = None

    def backend(self) -> Backend | None:
        """What a job is sent with, or None while there is no key or store."""
        key = self.stored_key.key if self.stored_key else None
        if key and self.store is not None:
            return Backend(self.session, self.settings, key, self.store)
        return None

    def user_loaded(self, stored: StoredKey, store: JobStore) -> bool:
        """The user's key and store arrived; False when the demo runs and keeps its own."""
        self.user_key = stored
        if self.demo is not None:
            return False
        self.stored_key, self.store = stored, store
        return True

    def settings_saved(self, new: Settings, stored: StoredKey) -> None:
        self.user_settings, self.user_key = new, stored
        if self.demo is None:
            self.settings, self.stored_key = new, stored
        else:
            self.settings = demo_settings(new)

    def enter_demo(self, demo: DemoSession, session: Session) -> None:
        self.demo, self.session = demo, session
        self.settings = demo_settings(self.user_settings)
        self.stored_key, self.store = None, None

    def demo_loaded(self, stored: StoredKey, store: JobStore) -> None:
        self.stored_key, self.store = stored, store

    def leave_demo(self) -> None:
        self.demo, self.session, self.settings = None, self.user_session, self.user_settings
        self.stored_key, self.store = None, None


def demo_settings(user: Settings) -> Settings:
    """The user's settings as the demo uses them: two jobs at once on the sandbox."""
    return dataclasses.replace(user, max_concurrent_jobs=2)
