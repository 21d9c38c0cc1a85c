"""Demo mode: the local sandbox renders videos in-process, isolated from the real history.

Demo jobs live under their own VEODESK_HOME so the sandbox's invented credits
never teach the real cost estimate, and its loopback generation ids are never
resumed against the real API.
"""

from __future__ import annotations

import os
import secrets as _secrets
from pathlib import Path
from typing import TYPE_CHECKING

from veodesk.core import paths
from veodesk.core.settings import BASE_URL_ENV

if TYPE_CHECKING:
    from veodesk.sandbox import Sandbox

DEMO_PROMPT = (
    "The sun sinks behind the hills, the sky fades to night and the moon rises over the valley"
)
MARKER_TEXT = "Demo: rendered locally, not by Veo"


def sample_frames() -> tuple[str, str]:
    folder = paths.resources_dir() / "samples"
    return str(folder / "first-frame.jpg"), str(folder / "last-frame.jpg")


class DemoSession:
    def __init__(self, *, queued_seconds: float = 1.5, generating_seconds: float = 4.0) -> None:
        self.key = "demo-" + _secrets.token_hex(16)
        self.home = paths.data_dir() / "demo"
        self._queued = queued_seconds
        self._generating = generating_seconds
        self._saved_env: dict[str, str | None] = {}
        self.sandbox: Sandbox | None = None

    def start(self) -> None:
        from veodesk.sandbox import Sandbox  # only demo mode needs it

        sandbox = Sandbox(
            api_key=self.key,
            host="127.0.0.1",
            queued_seconds=self._queued,
            generating_seconds=self._generating,
        )
        sandbox.start()
        self.sandbox = sandbox
        self.home.mkdir(parents=True, exist_ok=True)
        for name, value in ((BASE_URL_ENV, sandbox.base_url), (paths.HOME_ENV, str(self.home))):
            self._saved_env[name] = os.environ.get(name)
            os.environ[name] = value

    def stop(self) -> None:
        for name, value in self._saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        self._saved_env.clear()
        if self.sandbox is not None:
            self.sandbox.stop()
            self.sandbox = None

    @property
    def base_url(self) -> str:
        return self.sandbox.base_url if self.sandbox is not None else ""

    def videos(self) -> Path:
        return self.home / "videos"
