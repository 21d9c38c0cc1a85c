"""The rows of the job list: jobs from the store plus generations still waiting to start."""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage

from veodesk.core.models import GenerationParams
from veodesk.core.parameters import AUDIO
from veodesk.core.store import FINAL, RESUMABLE, Job, JobState
from veodesk.gui import parameters
from veodesk.gui.formatting import clock, money_text
from veodesk.gui.i18n import QT_TRANSLATE_NOOP
from veodesk.gui.messages import job_error

translate = QCoreApplication.translate

RowRole = Qt.ItemDataRole.UserRole + 1
_keys = itertools.count(1)

#: Shown as translate("JobsModel", label).
STATE_LABELS = {
    JobState.PREPARING: QT_TRANSLATE_NOOP("JobsModel", "Preparing"),
    JobState.READY: QT_TRANSLATE_NOOP("JobsModel", "Ready"),
    JobState.SUBMITTING: QT_TRANSLATE_NOOP("JobsModel", "Sending"),
    JobState.QUEUED: QT_TRANSLATE_NOOP("JobsModel", "Queued"),
    JobState.GENERATING: QT_TRANSLATE_NOOP("JobsModel", "Generating"),
    JobState.DOWNLOADING: QT_TRANSLATE_NOOP("JobsModel", "Downloading"),
    JobState.DONE: QT_TRANSLATE_NOOP("JobsModel", "Done"),
    JobState.FAILED: QT_TRANSLATE_NOOP("JobsModel", "Failed"),
    JobState.NEEDS_ATTENTION: QT_TRANSLATE_NOOP("JobsModel", "Needs attention"),
}


@dataclass
class Row:
    """One line of the list. ``job`` is None until the worker has created the job."""

    key: int
    params: GenerationParams
    job: Job | None = None
    running: bool = False
    #: A worker holds this row (perhaps still queued for a thread): reloads keep it.
    owned: bool = False
    note: str = ""
    started: float = field(default_factory=time.time)
    download: tuple[int, int | None] | None = None
    typical_seconds: float | None = None
    thumbnail: QImage | None = None
    #: The thumbnail was asked for: it loads once the row is first painted.
    thumbnail_wanted: bool = False

    @property
    def state_label(self) -> str:
        if self.job is None:
            if self.running:
                return translate("JobsModel", "Preparing")
            return translate("JobsModel", "Waiting")
        return translate("JobsModel", STATE_LABELS[self.job.state])

    @property
    def state_key(self) -> str:
        """What the status chip's colour follows."""
        if self.job is None:
            return "waiting"
        return self.job.state.value

    @property
    def busy(self) -> bool:
        """Something is happening that has no end point we can measure."""
        if not self.running:
            return False
        return self.job is None or self.job.state not in (*FINAL, JobState.DOWNLOADING)

    @property
    def resumable(self) -> bool:
        return self.job is not None and self.job.state in RESUMABLE and not self.running

    @property
    def elapsed(self) -> float | None:
        if self.job is not None and self.job.elapsed is not None:
            return self.job.elapsed
        return time.time() - self.started if self.running else None

    def summary(self) -> str:
        p = self.params
        aspect = (self.job.aspect_ratio if self.job else None) or p.aspect_ratio
        seconds = translate("JobsModel", "{seconds} s").format(seconds=p.duration)
        parts = [
            seconds,
            p.resolution,
            aspect or translate("JobsModel", "auto", "the aspect ratio"),
            parameters.option(AUDIO, p.generate_audio),
        ]
        if self.job is not None and self.job.is_film:
            parts = [seconds, translate("JobsModel", "film")]
        if self.job is not None:
            parts.append(f"#{self.job.id}")
        return " · ".join(parts)

    def time_text(self) -> str:
        elapsed = self.elapsed
        if elapsed is None:
            return ""
        text = clock(elapsed)
        if self.running and self.typical_seconds and self.busy:
            text += f" / ~{clock(self.typical_seconds)}"
        return text

    def cost(self) -> str:
        """``$0.17 (336,000 credits)`` once the job has its bill."""
        if self.job is None or self.job.credits_used is None:
            return ""
        return money_text(self.job.credits_used)


class JobsModel(QAbstractListModel):
    #: A painted row has no thumbnail yet: load this job's (the controller does).
    thumbnailWanted = Signal(object)  # Job

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        # Running rows show a ticking clock and a moving progress stripe.
        self._ticker = QTimer(self, interval=250)
        self._ticker.timeout.connect(self._tick)

    # -- Qt model -------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == RowRole:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            bits = [row.params.prompt, row.state_label, row.summary(), row.time_text()]
            bits.append(row.cost())
            if row.note:
                bits.append(row.note)
            elif row.job is not None and row.job.error:
                bits.append(job_error(row.job))
            return ". ".join(b for b in bits if b)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [row.params.prompt]
            if row.job is not None and row.job.generation_id:
                lines.append(
                    translate("JobsModel", "Generation id: {id}").format(id=row.job.generation_id)
                )
            if row.note:
                lines.append(row.note)
            if row.job is not None and row.job.error:
                lines.append(job_error(row.job))
            return "\n".join(lines)
        return None

    # -- finding ----------------------------------------------------------------------
    def row_of(self, *, job_id: int | None = None, key: int | None = None) -> int:
        for i, row in enumerate(self.rows):
            if key is not None and row.key == key:
                return i
            if job_id is not None and row.job is not None and row.job.id == job_id:
                return i
        return -1

    def _changed(self, i: int) -> None:
        index = self.index(i)
        self.dataChanged.emit(index, index)

    # -- changing ---------------------------------------------------------------------
    def set_history(self, jobs: list[Job]) -> None:
        """Replace what the store said; rows of running work stay as they are."""
        running = [row for row in self.rows if row.owned or row.running or row.job is None]
        running_ids = {row.job.id for row in running if row.job is not None}
        thumbs = {row.job.id: row.thumbnail for row in self.rows if row.job is not None}
        history = [
            Row(next(_keys), job.params, job, thumbnail=thumbs.get(job.id))
            for job in jobs
            if job.id not in running_ids
        ]
        self.beginResetModel()
        self.rows = sorted(running + history, key=_newest_first)
        self.endResetModel()
        self._update_ticker()

    def add_pending(self, params: GenerationParams) -> int:
        key = next(_keys)
        self.beginInsertRows(QModelIndex(), 0, 0)
        self.rows.insert(0, Row(key, params))
        self.endInsertRows()
        self._update_ticker()
        return key

    def update_job(self, job: Job, *, key: int | None = None) -> Row:
        """The worker saw a new state of ``job``; ``key`` ties it to its worker's row."""
        i = self.row_of(job_id=job.id)
        mine = self.row_of(key=key) if key is not None else -1
        if mine >= 0 and i != mine:
            if i >= 0:
                # A history reload read the job from the store before its worker's
                # first word reached us and listed it as a row of its own: the
                # worker's row stands for the job, the copy goes.
                self.remove(self.rows[i])
                mine = self.row_of(key=key)
            i = mine
        if i < 0:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self.rows.insert(0, Row(next(_keys), job.params, job))
            self.endInsertRows()
            i = 0
        row = self.rows[i]
        row.job = job
        row.params = job.params
        if job.state is not JobState.DOWNLOADING:
            row.download = None
        self._changed(i)
        return row

    def set_running(self, row: Row, running: bool, note: str = "") -> None:
        row.running = running
        row.note = note
        if not running:
            row.download = None
        self._refresh(row)
        self._update_ticker()

    def set_progress(self, job_id: int, done: int, total: int | None) -> None:
        i = self.row_of(job_id=job_id)
        if i >= 0:
            self.rows[i].download = (done, total)
            self._changed(i)

    def want_thumbnail(self, row: Row) -> None:
        """Called as a row is painted: thumbnails load for the rows on screen only."""
        if row.thumbnail is None and not row.thumbnail_wanted and row.job is not None:
            row.thumbnail_wanted = True
            self.thumbnailWanted.emit(row.job)

    def set_thumbnail(self, job_id: int, image: QImage) -> None:
        i = self.row_of(job_id=job_id)
        if i >= 0:
            self.rows[i].thumbnail = image
            self._changed(i)

    def remove(self, row: Row) -> None:
        i = self.rows.index(row) if row in self.rows else -1
        if i >= 0:
            self.beginRemoveRows(QModelIndex(), i, i)
            del self.rows[i]
            self.endRemoveRows()
            self._update_ticker()

    def _refresh(self, row: Row) -> None:
        if row in self.rows:
            self._changed(self.rows.index(row))

    def _update_ticker(self) -> None:
        if any(row.running for row in self.rows):
            if not self._ticker.isActive():
                self._ticker.start()
        else:
            self._ticker.stop()

    def _tick(self) -> None:
        for i, row in enumerate(self.rows):
            if row.running:
                self._changed(i)

    def running_rows(self) -> list[Row]:
        return [row for row in self.rows if row.running]


def _newest_first(row: Row) -> tuple[int, float]:
    if row.job is None:
        return (0, -row.started)
    return (1, -row.job.id)
