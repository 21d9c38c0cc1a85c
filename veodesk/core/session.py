"""The session: the folders, the API's address, the key's source, the settings file and the
job store, decided once when the process starts.

The entry points build one with :meth:`Session.from_environment`, the only place
that reads ``VEODESK_HOME``, ``VEODESK_BASE_URL``, ``VEODESK_BILLING_URL`` and
``AIMLAPI_KEY``; core, the
CLI and the window receive it. Demo mode is a second session made from the
first (:meth:`Session.demo`): its own history, videos, sandbox and key, the
user's settings file. Dropping it leaves nothing behind in force.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from veodesk.core.errors import InvalidInputError
from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message
from veodesk.core.paths import Folders, ensured
from veodesk.core.secrets import ENV_VAR as KEY_ENV
from veodesk.core.secrets import KeySource
from veodesk.core.settings import Settings
from veodesk.core.urls import DEFAULT_BASE_URL, billing_url_for, normalize_base_url

if TYPE_CHECKING:
    from veodesk.core.store import JobStore

HOME_ENV = "VEODESK_HOME"
BASE_URL_ENV = "VEODESK_BASE_URL"
BILLING_URL_ENV = "VEODESK_BILLING_URL"


@dataclass(frozen=True, eq=False)
class Session:
    folders: Folders
    keys: KeySource
    #: VEODESK_BASE_URL as found at start-up, or the demo's sandbox; "" for none.
    base_url_override: str = ""
    #: VEODESK_BILLING_URL as found at start-up, or the demo's sandbox; "" for none.
    billing_url_override: str = ""
    #: True for the demo's session: loopback sandbox, its own history.
    is_demo: bool = False
    _store: list[JobStore] = field(default_factory=list, repr=False)
    _store_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> Session:
        """The user's session: VEODESK_HOME or platformdirs, read once, here."""
        env = os.environ if environ is None else environ
        home = env.get(HOME_ENV, "").strip()
        folders = Folders.at_home(Path(home)) if home else Folders.from_platformdirs()
        return cls(
            folders=folders,
            keys=KeySource(
                fallback_file=folders.config / "api-key",
                env_key=env.get(KEY_ENV, "").strip() or None,
            ),
            base_url_override=env.get(BASE_URL_ENV, "").strip(),
            billing_url_override=env.get(BILLING_URL_ENV, "").strip(),
        )

    def demo(self, *, base_url: str, key: str, billing_url: str = "") -> Session:
        """The demo's session: a sandbox at ``base_url`` that accepts only ``key``.

        Its balance is the sandbox's: ``billing_url``, else the sandbox's API origin.

        Its history and videos sit in a folder of their own, so the sandbox's
        invented credits never teach the real cost estimate and its loopback
        generation ids are never resumed against the real API. Settings stay
        the user's: the same file, read and written through this session's
        parent (the window keeps both).
        """
        home = self.folders.data / "demo"
        folders = Folders(
            config=self.folders.config,
            data=home / "data",
            cache=self.folders.cache,
            logs=self.folders.logs,
            videos=home / "videos",
            portable=self.folders.portable,
        )
        return Session(
            folders=folders,
            keys=KeySource(fallback_file=self.keys.fallback_file, fixed=key),
            base_url_override=base_url,
            billing_url_override=billing_url,
            is_demo=True,
        )

    # -- settings -----------------------------------------------------------------------
    @property
    def settings_file(self) -> Path:
        return self.folders.config / "settings.json"

    def load_settings(self) -> Settings:
        return Settings.load(self.settings_file)

    def save_settings(self, settings: Settings) -> None:
        settings.save(self.settings_file)

    def base_url(self, settings: Settings) -> str:
        """VEODESK_BASE_URL (or the demo's sandbox), else the setting, else the vendor's URL."""
        return normalize_base_url(
            self.base_url_override or settings.base_url.strip() or DEFAULT_BASE_URL
        )

    def billing_url(self, settings: Settings) -> str:
        """Where the balance is read: VEODESK_BILLING_URL (or the demo's sandbox), else the
        vendor's billing host, except that a loopback API is asked itself."""
        return billing_url_for(self.base_url(settings), self.billing_url_override)

    def video_dir(self, settings: Settings) -> Path:
        """Where finished videos go: the folder chosen in the settings, else the default."""
        if settings.output_dir.strip() and not self.is_demo:
            return ensured(Path(settings.output_dir).expanduser())
        return ensured(self.folders.videos)

    def ca_bundle(self, settings: Settings) -> str | None:
        """The custom CA bundle, if one is set; it adds trust, it never turns checks off."""
        value = settings.ca_bundle.strip()
        if not value:
            return None
        path = Path(value).expanduser()
        if not path.is_file():
            raise InvalidInputError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The CA bundle {path} in the settings does not exist; choose a PEM file "
                        "or clear the setting.",
                    ),
                    path=repr(value),
                ),
                field="ca_bundle",
            )
        return str(path)

    # -- the job store --------------------------------------------------------------------
    @property
    def store_file(self) -> Path:
        return self.folders.data / "jobs.sqlite3"

    def store(self) -> JobStore:
        """The session's job store, opened on first use (it may migrate: not on the UI thread)."""
        # Imported here: sqlite3 and the store are not needed before the window paints.
        from veodesk.core.store import JobStore

        with self._store_lock:
            if not self._store:
                self._store.append(JobStore(self.store_file))
            return self._store[0]

    @property
    def log_file(self) -> Path:
        return self.folders.logs / "veodesk.log"
