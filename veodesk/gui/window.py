"""The main window's layout: compose on the left, the player over the history on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPaintEvent,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from veodesk.gui.banner import BannerArea
from veodesk.gui.compose_panel import ComposePanel
from veodesk.gui.icons import app_icon, icon
from veodesk.gui.jobs_model import JobsModel
from veodesk.gui.jobs_view import JobsPanel
from veodesk.gui.mime import can_accept, sources_from_mime
from veodesk.gui.tasks import TaskRunner


class MainWindow(QMainWindow):
    closing = Signal()
    firstShown = Signal()
    #: The first frame is on screen: time to start what would have delayed it.
    firstPainted = Signal()
    sourcesDropped = Signal(list)  # pictures dropped outside the two slots

    def __init__(self, tasks: TaskRunner, model: JobsModel) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("veodesk")
        self.setWindowIcon(app_icon())
        self._shown = False
        self.painted = False
        self.setAcceptDrops(True)

        self.banners = BannerArea()
        self.compose = ComposePanel(tasks)
        self.jobs = JobsPanel(model)
        self.player_host = QWidget()
        self.player_host.setObjectName("playerHost")
        self.player_layout = QVBoxLayout(self.player_host)
        self.player_layout.setContentsMargins(0, 0, 0, 0)
        self.player_placeholder = QLabel("Loading the player…")
        self.player_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.player_placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.player_layout.addWidget(self.player_placeholder)

        compose_scroll = QScrollArea()
        compose_scroll.setObjectName("composeScroll")
        compose_scroll.setWidget(self.compose)
        compose_scroll.setWidgetResizable(True)
        compose_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        compose_scroll.setMinimumWidth(330)

        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.setObjectName("rightSplitter")
        self.right.addWidget(self.player_host)
        self.right.addWidget(self.jobs)
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 2)
        self.right.setChildrenCollapsible(False)
        self.main = QSplitter(Qt.Orientation.Horizontal)
        self.main.setObjectName("mainSplitter")
        self.main.addWidget(compose_scroll)
        self.main.addWidget(self.right)
        self.main.setStretchFactor(0, 2)
        self.main.setStretchFactor(1, 3)
        self.main.setChildrenCollapsible(False)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banners)
        layout.addWidget(self.main, 1)
        self.setCentralWidget(central)

        self.demo_marker = QLabel()
        self.demo_marker.setObjectName("demoMarker")
        self.demo_marker.setTextFormat(Qt.TextFormat.PlainText)
        self.demo_marker.setAutoFillBackground(True)
        self.demo_marker.setMargin(4)
        self.demo_marker.hide()
        self.status_text = QLabel()
        self.status_text.setObjectName("statusText")
        self.status_text.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        self.progress.setObjectName("statusProgress")
        self.progress.setMaximumWidth(200)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.statusBar().addWidget(self.status_text, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.demo_marker)

        self.open_action = QAction(icon("document-open"), "&Open frame…", self)
        self.open_action.setObjectName("openAction")
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.paste_action = QAction(icon("edit-paste"), "&Paste frame", self)
        self.paste_action.setObjectName("pasteAction")
        self.paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        self.settings_action = QAction(icon("settings"), "&Settings…", self)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.quit_action = QAction("&Quit", self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.demo_action = QAction(icon("demo"), "Try the &demo", self)
        self.demo_action.setObjectName("demoAction")
        self.get_key_action = QAction(icon("key"), "Get an API &key", self)
        self.logs_action = QAction("Open the &log folder", self)
        self.diagnostics_action = QAction("Copy &diagnostics", self)
        self.diagnostics_action.setObjectName("diagnosticsAction")
        self.diagnostics_action.setToolTip(
            "Copy versions, settings and recent log lines, without your key or private "
            "paths, to paste into a bug report"
        )
        file_menu = self.menuBar().addMenu("&File")
        for a in (self.open_action, self.paste_action):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        jobs_menu = self.menuBar().addMenu("&Jobs")
        for a in self.jobs.actions():
            jobs_menu.addAction(a)
        help_menu = self.menuBar().addMenu("&Help")
        for a in (self.get_key_action, self.demo_action, self.logs_action, self.diagnostics_action):
            help_menu.addAction(a)
        # Paste goes to a slot only when no text field has the focus: text fields
        # claim Ctrl+V first through the shortcut-override event.
        for a in (self.open_action, self.paste_action, self.settings_action):
            self.addAction(a)
        self.setTabOrder(self.compose.generate, self.jobs.view)

    def set_demo(self, text: str | None) -> None:
        if text:
            self.demo_marker.setText(f"  {text}  ")
            pal = self.demo_marker.palette()
            pal.setColor(QPalette.ColorRole.Window, pal.color(QPalette.ColorRole.Highlight))
            pal.setColor(
                QPalette.ColorRole.WindowText, pal.color(QPalette.ColorRole.HighlightedText)
            )
            self.demo_marker.setPalette(pal)
            self.demo_marker.setAccessibleName(text)
            self.setWindowTitle(f"veodesk — {text}")
        else:
            self.setWindowTitle("veodesk")
        self.demo_marker.setVisible(bool(text))

    def set_player(self, player: QWidget) -> None:
        self.player_layout.removeWidget(self.player_placeholder)
        self.player_placeholder.deleteLater()
        self.player_layout.addWidget(player)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if can_accept(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        sources = sources_from_mime(event.mimeData())
        if sources:
            event.acceptProposedAction()
            self.sourcesDropped.emit(sources)
        else:
            event.ignore()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.firstShown.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            # After this turn of the event loop: the children paint in the same frame.
            QTimer.singleShot(0, self.firstPainted.emit)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
