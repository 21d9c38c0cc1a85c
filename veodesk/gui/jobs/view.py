"""The history panel: the job list, a summary of what was spent, and the job actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from veodesk.core.store import Job, JobState
from veodesk.gui.formatting import money_text
from veodesk.gui.icons import icon
from veodesk.gui.jobs.delegate import JobDelegate
from veodesk.gui.jobs.model import JobsModel, Row, RowRole
from veodesk.gui.messages import job_error

translate = QCoreApplication.translate


class JobListView(QListView):
    """A list that says what to do when it is empty."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0:
            p = QPainter(self.viewport())
            p.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            p.drawText(
                self.viewport().rect().adjusted(24, 24, -24, -24),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                translate(
                    "JobListView",
                    "No videos yet.\nChoose two frames, describe the motion and press Generate.",
                ),
            )


class JobsPanel(QWidget):
    """Lays out the list and the actions; a controller decides what the actions do."""

    def __init__(self, model: JobsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        title = QLabel(translate("JobsPanel", "History"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("historySummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.view = JobListView()
        self.view.setObjectName("jobsView")
        self.view.setAccessibleName(translate("JobsPanel", "Jobs"))
        self.view.setModel(model)
        self.view.setItemDelegate(JobDelegate(self.view))
        # Several finished jobs can be selected to join them into a film.
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setUniformItemSizes(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setMouseTracking(True)
        self.view.setFrameShape(QListView.Shape.NoFrame)

        self.details = QLabel()
        self.details.setObjectName("jobDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # holds server text
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()

        def action(
            name: str, text: str, icon_name: str, shortcut: str | None = None, short: str = ""
        ) -> QAction:
            a = QAction(icon(icon_name), text, self)
            a.setObjectName(name)
            if short:
                a.setIconText(short)  # what the compact buttons under the list show
            if shortcut:
                a.setShortcut(QKeySequence(shortcut))
                a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(a)
            return a

        self.play_action = action(
            "playJobAction", translate("JobsPanel", "Play"), "media-play", "Return"
        )
        self.reuse_action = action(
            "reuseJobAction",
            translate("JobsPanel", "Reuse settings"),
            "reuse",
            "Ctrl+R",
            translate("JobsPanel", "Reuse"),
        )
        self.resubmit_action = action(
            "resubmitJobAction",
            translate("JobsPanel", "Submit again…"),
            "submit-again",
            None,
            translate("JobsPanel", "Submit again"),
        )
        self.resubmit_silent_action = action(
            "resubmitSilentJobAction",
            translate("JobsPanel", "Submit again without audio…"),
            "submit-again",
            None,
            translate("JobsPanel", "Without audio"),
        )
        self.resubmit_silent_action.setToolTip(
            translate(
                "JobsPanel",
                "Send the same frames, prompt and settings as a silent video: Veo's audio filter "
                "blocks some videos that pass without audio",
            )
        )
        self.resume_action = action(
            "resumeJobAction",
            translate("JobsPanel", "Resume waiting"),
            "resume",
            None,
            translate("JobsPanel", "Resume"),
        )
        self.cancel_action = action(
            "cancelJobAction",
            translate("JobsPanel", "Stop waiting"),
            "stop",
            None,
            translate("JobsPanel", "Stop"),
        )
        self.reveal_action = action(
            "revealJobAction", translate("JobsPanel", "Show in folder"), "folder"
        )
        self.copy_id_action = action(
            "copyIdJobAction", translate("JobsPanel", "Copy generation id"), "edit-copy"
        )
        self.copy_url_action = action(
            "copyUrlJobAction", translate("JobsPanel", "Copy video URL"), "edit-copy"
        )
        self.save_as_action = action(
            "saveAsJobAction", translate("JobsPanel", "Save as…"), "document-save", "Ctrl+Shift+S"
        )
        self.delete_action = action(
            "deleteJobAction", translate("JobsPanel", "Delete…"), "edit-delete", "Delete"
        )
        self.join_film_action = action(
            "joinFilmAction", translate("JobsPanel", "Join into a film…"), "film", "Ctrl+J"
        )
        self.join_film_action.setToolTip(
            translate(
                "JobsPanel",
                "Select two or more finished videos (Ctrl+click or Shift+click) to join them",
            )
        )

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        for a in (self.play_action, self.reuse_action, self.cancel_action, self.resume_action):
            bar.addWidget(self._button(a))
        # A failed job's next step, one click away (the menu has them for every job).
        self.retry_buttons = (
            self._button(self.resubmit_action),
            self._button(self.resubmit_silent_action),
        )
        for button in self.retry_buttons:
            bar.addWidget(button)
        bar.addStretch(1)
        more = QToolButton()
        more.setText(translate("JobsPanel", "More"))
        more.setAccessibleName(translate("JobsPanel", "More job actions"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        more.setMenu(self._menu())
        more.setAutoRaise(True)
        bar.addWidget(more)

        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.summary)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addLayout(bar)

        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(lambda _index: self.play_action.trigger())
        self.view.selectionModel().currentChanged.connect(lambda *_: self.update_actions())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        model.dataChanged.connect(lambda *_: self.update_actions())
        model.modelAboutToBeReset.connect(self._remember_current)
        model.modelReset.connect(self._restore_current)
        model.rowsInserted.connect(lambda *_: self.update_actions())
        model.rowsRemoved.connect(lambda *_: self.update_actions())
        self.update_actions()

    def _button(self, a: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(a)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        return button

    def _menu(self) -> QMenu:
        menu = QMenu(self)
        for a in (
            self.play_action,
            self.reuse_action,
            self.resubmit_action,
            self.resubmit_silent_action,
            self.resume_action,
            self.cancel_action,
            None,
            self.join_film_action,
            None,
            self.reveal_action,
            self.save_as_action,
            self.copy_id_action,
            self.copy_url_action,
            None,
            self.delete_action,
        ):
            if a is None:
                menu.addSeparator()
            else:
                menu.addAction(a)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if index.isValid():
            if not self.view.selectionModel().isSelected(index):
                self.view.setCurrentIndex(index)  # keeps a multi-selection it falls in
            self._menu().popup(self.view.viewport().mapToGlobal(pos))

    def _remember_current(self) -> None:
        row = self.current()
        self._kept = row.job.id if row is not None and row.job is not None else None
        self._kept_selection = [job.id for job in self.selected_jobs()]

    def _restore_current(self) -> None:
        # A history reload must not lose the user's place in the list, nor the
        # jobs they selected to join.
        kept = getattr(self, "_kept", None)
        if kept is not None:
            self.select_job(kept)
        selection = self.view.selectionModel()
        for job_id in getattr(self, "_kept_selection", []):
            i = self.model.row_of(job_id=job_id)
            if i >= 0:
                selection.select(self.model.index(i), QItemSelectionModel.SelectionFlag.Select)
        self.update_actions()

    def current(self) -> Row | None:
        index = self.view.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def selected_jobs(self) -> list[Job]:
        """The selected rows' jobs, oldest first (the order they were made in)."""
        rows = [i.data(RowRole) for i in self.view.selectionModel().selectedIndexes()]
        jobs = [r.job for r in rows if r is not None and r.job is not None]
        return sorted(jobs, key=lambda job: job.id)

    def select_job(self, job_id: int) -> None:
        i = self.model.row_of(job_id=job_id)
        if i >= 0:
            self.view.setCurrentIndex(self.model.index(i))

    def set_summary(self, count: int, credits: float) -> None:
        self.summary.setText(
            translate("JobsPanel", "%Ln job(s) · {cost} spent", None, count).format(
                cost=money_text(credits)
            )
        )

    def update_actions(self) -> None:
        row = self.current()
        job = row.job if row else None
        state = job.state.value if job else ""
        has_file = bool(job and job.file_path and state == "done")
        self.play_action.setEnabled(has_file)
        self.reuse_action.setEnabled(row is not None)
        can_send = bool(job and job.first_upload and job.last_upload) and not (row and row.running)
        self.resubmit_action.setEnabled(can_send)
        self.resubmit_silent_action.setEnabled(can_send and bool(job and job.params.generate_audio))
        failed = bool(job and job.state in (JobState.FAILED, JobState.NEEDS_ATTENTION))
        self.retry_buttons[0].setVisible(failed and can_send)
        self.retry_buttons[1].setVisible(failed and self.resubmit_silent_action.isEnabled())
        self.resume_action.setEnabled(bool(row and row.resumable))
        self.cancel_action.setEnabled(bool(row and row.running))
        self.reveal_action.setEnabled(has_file)
        self.save_as_action.setEnabled(has_file)
        self.copy_id_action.setEnabled(bool(job and job.generation_id))
        self.copy_url_action.setEnabled(bool(job and job.video_url))
        self.delete_action.setEnabled(bool(job) and not (row and row.running))
        joinable = [j for j in self.selected_jobs() if j.state.value == "done" and j.file_path]
        self.join_film_action.setEnabled(len(joinable) >= 2)
        self.reuse_action.setEnabled(row is not None and not (job and job.is_film))
        details = ""
        if row is not None:
            details = row.note or (job_error(job) if job and job.error else "")
        self.details.setText(details)
        self.details.setVisible(bool(details))
