"""The status bar: a line of text, and a progress bar while jobs run."""

from __future__ import annotations

from veodesk.gui.formatting import clock
from veodesk.gui.jobs.controller import JobsController
from veodesk.gui.jobs.model import JobsModel
from veodesk.gui.shell.window import MainWindow

#: Shown while the key and the history load; replaced once they have.
OPENING_HISTORY = "Opening the history…"


class StatusPresenter:
    def __init__(self, window: MainWindow, model: JobsModel, jobs: JobsController) -> None:
        self.window = window
        self.model = model
        self.jobs = jobs
        #: The latest thing a job did, shown beside the running count.
        self.last_event = ""

    def say(self, text: str) -> None:
        self.window.status_text.setText(text)

    def opened(self) -> None:
        """Start-up is over: say so, unless something newer has been said meanwhile."""
        if self.window.status_text.text() == OPENING_HISTORY:
            self.say("Ready.")

    def update(self) -> None:
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
