"""The status bar: a line of text, and a progress bar while jobs run."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from veodesk.gui.formatting import clock
from veodesk.gui.i18n import QT_TRANSLATE_NOOP
from veodesk.gui.jobs.controller import JobsController
from veodesk.gui.jobs.model import JobsModel
from veodesk.gui.shell.window import MainWindow

translate = QCoreApplication.translate

#: Shown (as translate("StatusPresenter", OPENING_HISTORY)) while the key and the
#: history load; replaced once they have.
OPENING_HISTORY = QT_TRANSLATE_NOOP("StatusPresenter", "Opening the history…")


class StatusPresenter:
    def __init__(self, window: MainWindow, model: JobsModel, jobs: JobsController) -> None:
        self.window = window
        self.model = model
        self.jobs = jobs
        #: The latest thing a job did, shown beside the running count.
        self.last_event = ""

    def say(self, text: str) -> None:
        self.window.status_text.setText(text)

    def announce(self, text: str, *, urgent: bool = False) -> None:
        """Tell a screen reader ``text`` now, as well as showing it in the status bar.

        A status bar label changing is not read out by itself. Qt 6.8 added
        announcements; before it, the status bar is all there is.
        """
        self.say(text)
        try:
            from PySide6.QtGui import QAccessibleAnnouncementEvent
        except ImportError:  # Qt before 6.8
            return
        from PySide6.QtGui import QAccessible

        event = QAccessibleAnnouncementEvent(self.window.status_text, text)
        if urgent:
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)

    def opened(self) -> None:
        """Start-up is over: say so, unless something newer has been said meanwhile."""
        if self.window.status_text.full_text() == translate("StatusPresenter", OPENING_HISTORY):
            self.say(translate("StatusPresenter", "Ready."))

    def update(self) -> None:
        running = self.model.running_rows()
        waiting = self.jobs.waiting()
        bar = self.window.progress
        if not running and not waiting:
            bar.hide()
            return
        parts = []
        if running:
            count = len(running)
            parts.append(translate("StatusPresenter", "%n job(s) running", None, count))
        if waiting:
            parts.append(translate("StatusPresenter", "%n waiting for a free slot", None, waiting))
        lead = running[0] if running else None
        if lead is not None and lead.elapsed is not None:
            parts.append(lead.time_text() or clock(lead.elapsed))
        if self.last_event:
            parts.append(self.last_event)
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
