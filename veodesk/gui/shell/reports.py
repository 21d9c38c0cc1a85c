"""What the window reports about itself: diagnostics to paste, and a run that crashed."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from veodesk.core.crashes import UncleanExit
    from veodesk.gui.shell.controller import AppController

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

CRASH_BANNER = "crashBanner"


class Reports:
    def __init__(self, app: AppController) -> None:
        self.app = app
        #: How the last run ended has been looked at (and told, when it crashed).
        self.last_run_checked = app.crash_watch is None

    def check_last_run(self) -> None:
        watch = self.app.crash_watch
        if watch is not None:
            self.app.tasks.start(watch.begin, self._unclean_exits, self._last_run_unknown)

    def _last_run_unknown(self, exc: Exception) -> None:
        log.warning("could not check how the last run ended: %s", exc)
        self._unclean_exits([])

    def _unclean_exits(self, exits: list[UncleanExit]) -> None:
        self.last_run_checked = True
        if not exits or self.app.closed:
            return
        log.warning("%d earlier run(s) ended unexpectedly", len(exits))
        self.app.window.banners.show_banner(
            CRASH_BANNER,
            "warning",
            translate(
                "Reports",
                "veodesk closed unexpectedly last time. Your jobs are safe: unfinished ones "
                "continue by themselves. If it happens again, please report it with the "
                "diagnostics, which include what went wrong.",
            ),
            [(translate("Reports", "Copy diagnostics"), self.copy_diagnostics)],
            closable=True,
        )

    def copy_diagnostics(self) -> None:
        """Put a report that is safe to share on the clipboard (built off the UI thread)."""
        # Only when asked for: none of it is needed to start.
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion
        from PySide6.QtGui import QGuiApplication

        app = self.app
        state = app.state
        extra = {
            "Qt": qVersion(),
            "PySide6": pyside_version,
            "Qt platform": QGuiApplication.platformName(),
            "Demo mode": "yes" if state.demo else "no",
        }
        session, settings, store = state.session, state.settings, state.store

        def copied(text: str) -> None:
            QGuiApplication.clipboard().setText(text)
            app.say(
                translate(
                    "Reports",
                    "Diagnostics copied. They hold no key, no link tokens and no home folder "
                    "path, so they are safe to paste publicly.",
                )
            )

        def collect() -> str:
            from veodesk.core.diagnostics import diagnostics_text  # reads the log: on demand

            return diagnostics_text(session, settings, store, extra)

        app.tasks.start(
            collect,
            copied,
            lambda exc: app.show_problem(
                translate("Reports", "Could not collect diagnostics: {error}").format(error=exc)
            ),
        )
