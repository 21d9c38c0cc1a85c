"""Demo mode: the local sandbox renders videos in-process, in a session of its own.

The demo's session (:meth:`veodesk.core.session.Session.demo`) keeps its jobs
in a folder of its own so the sandbox's invented credits never teach the real
cost estimate, and its loopback generation ids are never resumed against the
real API. Nothing of it is left in force when it stops.
"""

from __future__ import annotations

import secrets as _secrets
from typing import TYPE_CHECKING

from veodesk.core.session import Session

if TYPE_CHECKING:
    from veodesk.sandbox import Sandbox

MARKER_TEXT = "Demo: rendered locally, not by Veo"


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
        self.session = self.user.demo(base_url=sandbox.base_url, key=self.key)
        return self.session

    def stop(self) -> None:
        if self.sandbox is not None:
            self.sandbox.stop()
            self.sandbox = None

    @property
    def base_url(self) -> str:
        return self.sandbox.base_url if self.sandbox is not None else ""
