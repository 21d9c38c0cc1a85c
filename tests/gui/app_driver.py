"""The source app, started as ``veodesk`` starts, with a user's clicks scripted.

Run as a child process by the crash tests (``python -m tests.gui.app_driver``),
which kill it with a real signal. It starts the window through the same
function as the ``veodesk`` command, and prints what a user would see, one
JSON object a line on stdout:

- ``generate FIRST LAST``: change a setting and the window's layout, then
  generate one 4 s 720p video from the two pictures. Runs until killed.
- ``follow``: wait for every job to finish (unfinished jobs resume by
  themselves at start), then quit as a user would, through the window.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from typing import Any

from PySide6.QtCore import QTimer

from veodesk.gui import main as gui_main
from veodesk.gui.shell.controller import AppController
from veodesk.gui.shell.settings_dialog import SettingsChange

#: What the "generate" run sets, and the "follow" run must find again (within the
#: offscreen platform's 800×800 screen, which clamps a restored geometry).
LAYOUT = {"width": 790, "height": 707, "main": [330, 460]}
SETTINGS = {"max_concurrent_jobs": 3, "notifications": False}


def say(kind: str, **fields: Any) -> None:
    print(json.dumps({"event": kind, **fields}), flush=True)


class Script:
    def __init__(self, mode: str, args: list[str]) -> None:
        self.mode = mode
        self.args = args

    def built(self, controller: AppController) -> None:
        self.c = controller
        controller.keyLoaded.connect(self.ready)
        controller.jobs.jobFinished.connect(self.finished)
        controller.jobs.jobChanged.connect(
            lambda job, _text: say("job", id=job.id, state=job.state.value)
        )

    def ready(self) -> None:
        c, w = self.c, self.c.window
        say(
            "started",
            width=w.width(),
            height=w.height(),
            main=w.main.sizes(),
            settings={name: getattr(c.settings, name) for name in SETTINGS},
            banners=w.banners.names(),
        )
        if self.mode == "generate":
            w.resize(LAYOUT["width"], LAYOUT["height"])
            w.main.setSizes(LAYOUT["main"])
            w.main.splitterMoved.emit(LAYOUT["main"][0], 1)
            new = dataclasses.replace(c.settings, **SETTINGS)
            c.apply_settings(SettingsChange(new, None, False))
            QTimer.singleShot(200, self.generate)
        else:
            QTimer.singleShot(500, self.maybe_quit)

    def generate(self) -> None:
        compose = self.c.compose
        compose.set_defaults(4, "720p", "16:9", "crop", True)
        compose.first.set_source(self.args[0])
        compose.last.set_source(self.args[1])
        compose.prompt.setPlainText("a paper boat drifts")
        self.wait_for_generate()

    def wait_for_generate(self) -> None:
        if not self.c.compose.generate.isEnabled():
            QTimer.singleShot(50, self.wait_for_generate)
            return
        w = self.c.window
        say("layout", width=w.width(), height=w.height(), main=w.main.sizes())
        self.c.compose.generate.click()

    def finished(self, job: Any) -> None:
        say("finished", id=job.id, file=job.file_path)

    def maybe_quit(self) -> None:
        """Quit once the last run was looked at and no job is left to resume or follow."""
        from veodesk.core.store import RESUMABLE

        c = self.c
        store = c.store
        if not c.last_run_checked or store is None or c.jobs.active or store.in_states(*RESUMABLE):
            QTimer.singleShot(100, self.maybe_quit)
            return
        say("quitting", banners=c.window.banners.names())
        c.window.close()


def main(argv: list[str]) -> int:
    script = Script(argv[0], argv[1:])
    original = gui_main.StagedStart.__init__

    def start_with_script(self: gui_main.StagedStart, **kwargs: Any) -> None:
        original(self, **{**kwargs, "on_built": script.built})

    gui_main.StagedStart.__init__ = start_with_script  # type: ignore[method-assign]
    return gui_main.run(["veodesk"])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
