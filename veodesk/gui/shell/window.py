"""The main window's layout: compose on the left, the player over the history on the right.

The window is built in two stages so that it is on screen at about the cost of
a bare QMainWindow. ``MainWindow()`` is the frame: title, menus, status bar and
the splitters laid out as they will stay, with empty panes. ``add_content()``
puts the compose panel, the banners and the history in those panes; the app
calls it once the frame is painted (veodesk.gui.main). Their modules take
~80 ms to import and ~20 ms to build, which the frame does not wait for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from veodesk.gui.icons import app_icon, icon

translate = QCoreApplication.translate

if TYPE_CHECKING:  # event classes are not imported at run time: they cost the frame QEvent's enum
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import (
        QCloseEvent,
        QDragEnterEvent,
        QDropEvent,
        QMoveEvent,
        QResizeEvent,
        QShowEvent,
    )

    from veodesk.gui.compose.panel import ComposePanel
    from veodesk.gui.jobs.model import JobsModel
    from veodesk.gui.jobs.view import JobsPanel
    from veodesk.gui.shell.banner import BannerArea
    from veodesk.gui.tasks import TaskRunner


def _keys(key: QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """The shortcut ``setShortcut(key)`` sets (a standard key's first binding), for setShortcuts().

    PySide6 tells setShortcut()'s overloads apart by creating every enum of
    the Qt namespace (~15 ms before the first paint); setShortcuts() with a
    list does not.
    """
    return [QKeySequence(key)]


class StatusText(QLabel):
    """The status bar's message: elided to the room it has, the whole of it in the tooltip.

    A plain label is as wide as its text, so a long message (a film's path, a
    longer language) made the whole window wider than the screen's default size.
    """

    def __init__(self) -> None:
        super().__init__()
        self._full = ""
        # Its width is what the bar has left, never what the text would like.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def full_text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:
        self._full = text
        self.setAccessibleName(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        shown = self._full
        if shown and width > 0 and self.fontMetrics().horizontalAdvance(shown) > width:
            # only with a message too long: the frame's first paint never gets here
            from PySide6.QtCore import Qt

            shown = self.fontMetrics().elidedText(shown, Qt.TextElideMode.ElideMiddle, width)
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


class MainWindow(QMainWindow):
    closing = Signal()
    #: Resized or moved: the layout is saved shortly after, so a crash does not lose it.
    layoutChanged = Signal()
    firstShown = Signal()
    #: The frame is on screen (the panes still empty): time to add the content.
    framePainted = Signal()
    #: The content is on screen too: time to start what would have delayed it.
    firstPainted = Signal()
    sourcesDropped = Signal(list)  # pictures dropped outside the two slots

    banners: BannerArea
    compose: ComposePanel
    jobs: JobsPanel

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("veodesk")
        self.setWindowIcon(app_icon())
        self._shown = False
        self.frame_painted = False
        self.installEventFilter(self)  # for the first paint (eventFilter)
        #: The content (add_content) has been painted.
        self.painted = False
        self.has_content = False
        self.setAcceptDrops(True)
        # Enums of Qt's namespace are set by property name in the frame (and
        # ``Qt`` is imported in add_content): the first use of PySide6's ``Qt``
        # creates all of its ~95 Python enum types at once, ~15 ms that the
        # content pays after the first paint.

        self.player_host = QWidget()
        self.player_host.setObjectName("playerHost")
        self.player_layout = QVBoxLayout(self.player_host)
        self.player_layout.setContentsMargins(0, 0, 0, 0)
        self.player_placeholder = QLabel(translate("MainWindow", "Loading the player…"))
        self.player_placeholder.setProperty("alignment", "AlignCenter")
        self.player_placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.player_layout.addWidget(self.player_placeholder)

        self.compose_scroll = QScrollArea()
        self.compose_scroll.setObjectName("composeScroll")
        self.compose_scroll.setWidgetResizable(True)
        self.compose_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.compose_scroll.setMinimumWidth(330)
        # Not a stop of its own: Tab goes from the last control above straight to the
        # first one inside, and a screen reader never lands on a nameless container.
        self.compose_scroll.setProperty("focusPolicy", "NoFocus")

        # The splitters get their final panes now, so that the sizes restored
        # before the first paint hold when the history takes its pane's place.
        self.right = QSplitter()
        self.right.setProperty("orientation", "Vertical")
        self.right.setObjectName("rightSplitter")
        self.right.addWidget(self.player_host)
        self.right.addWidget(QWidget())
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 2)
        self.right.setChildrenCollapsible(False)
        # The single clip and the storyboard, side by side as tabs; the
        # storyboard's view is built when it is first wanted (set_storyboard).
        self.modes = QTabWidget()
        self.modes.setObjectName("modeTabs")
        self.modes.setDocumentMode(True)
        # A control of its own (arrow keys switch tabs): a screen reader names it.
        self.modes.tabBar().setAccessibleName(translate("MainWindow", "Single clip or storyboard"))
        self.modes.addTab(self.compose_scroll, translate("MainWindow", "Single clip"))
        self.storyboard_placeholder = QLabel(translate("MainWindow", "Loading the storyboard…"))
        self.storyboard_placeholder.setProperty("alignment", "AlignCenter")
        self.modes.addTab(self.storyboard_placeholder, translate("MainWindow", "Storyboard"))
        self.main = QSplitter()  # horizontal
        self.main.setObjectName("mainSplitter")
        self.main.addWidget(self.modes)
        self.main.addWidget(self.right)
        self.main.setStretchFactor(0, 2)
        self.main.setStretchFactor(1, 3)
        self.main.setChildrenCollapsible(False)

        central = QWidget()
        self.central_layout = QVBoxLayout(central)
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.central_layout.setSpacing(0)
        self.central_layout.addWidget(self.main, 1)
        self.setCentralWidget(central)

        self.demo_marker = QLabel()
        self.demo_marker.setObjectName("demoMarker")
        self.demo_marker.setProperty("textFormat", "PlainText")
        self.demo_marker.setAutoFillBackground(True)
        self.demo_marker.setMargin(4)
        self.demo_marker.hide()
        self.status_text = StatusText()
        self.status_text.setObjectName("statusText")
        self.status_text.setProperty("textFormat", "PlainText")
        self.progress = QProgressBar()
        self.progress.setObjectName("statusProgress")
        self.progress.setMaximumWidth(200)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.statusBar().addWidget(self.status_text, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.demo_marker)

        self.open_action = QAction(translate("MainWindow", "&Open frame…"), self)
        self.open_action.setObjectName("openAction")
        self.open_action.setShortcuts(_keys(QKeySequence.StandardKey.Open))
        self.paste_action = QAction(translate("MainWindow", "&Paste frame"), self)
        self.paste_action.setObjectName("pasteAction")
        self.paste_action.setShortcuts(_keys(QKeySequence.StandardKey.Paste))
        self.new_board_action = QAction(translate("MainWindow", "&New storyboard"), self)
        self.new_board_action.setObjectName("newBoardAction")
        self.open_board_action = QAction(translate("MainWindow", "Open story&board…"), self)
        self.open_board_action.setObjectName("openBoardAction")
        self.settings_action = QAction(translate("MainWindow", "&Settings…"), self)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.setShortcuts(_keys("Ctrl+,"))
        self.quit_action = QAction(translate("MainWindow", "&Quit"), self)
        self.quit_action.setShortcuts(_keys(QKeySequence.StandardKey.Quit))
        self.demo_action = QAction(translate("MainWindow", "Try the &demo"), self)
        self.demo_action.setObjectName("demoAction")
        self.leave_demo_action = QAction(translate("MainWindow", "&Leave the demo"), self)
        self.leave_demo_action.setObjectName("leaveDemoAction")
        self.leave_demo_action.setVisible(False)
        self.get_key_action = QAction(translate("MainWindow", "Get an API &key"), self)
        self.balance_action = QAction(translate("MainWindow", "Refresh the &balance"), self)
        self.balance_action.setObjectName("balanceAction")
        self.logs_action = QAction(translate("MainWindow", "Open the &log folder"), self)
        self.diagnostics_action = QAction(translate("MainWindow", "Copy &diagnostics"), self)
        self.diagnostics_action.setObjectName("diagnosticsAction")
        self.diagnostics_action.setToolTip(
            translate(
                "MainWindow",
                "Copy versions, settings and recent log lines, without your key or private "
                "paths, to paste into a bug report",
            )
        )
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        for a in (self.open_action, self.paste_action):
            file_menu.addAction(a)
        file_menu.addSeparator()
        for a in (self.new_board_action, self.open_board_action):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.jobs_menu = self.menuBar().addMenu(translate("MainWindow", "&Jobs"))
        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        for a in (
            self.get_key_action,
            self.balance_action,
            self.demo_action,
            self.leave_demo_action,
            self.logs_action,
            self.diagnostics_action,
        ):
            help_menu.addAction(a)
        # Paste goes to a slot only when no text field has the focus: text fields
        # claim Ctrl+V first through the shortcut-override event.
        for a in (self.open_action, self.paste_action, self.settings_action):
            self.addAction(a)

    def add_content(self, tasks: TaskRunner, model: JobsModel) -> None:
        """The second stage: the banners, the compose panel and the history, in their panes."""
        # the second stage: these load after the frame has painted
        from PySide6.QtCore import Qt

        from veodesk.gui.compose.panel import ComposePanel
        from veodesk.gui.jobs.view import JobsPanel
        from veodesk.gui.shell.banner import BannerArea

        self.banners = BannerArea()
        self.compose = ComposePanel(tasks)
        self.jobs = JobsPanel(model)
        self.central_layout.insertWidget(0, self.banners)
        self.compose_scroll.setWidget(self.compose)
        empty = self.right.replaceWidget(1, self.jobs)
        if empty is not None:
            empty.deleteLater()
        self.right.setStretchFactor(1, 2)  # it lives in the pane's size policy
        for a in self.jobs.actions():
            self.jobs_menu.addAction(a)
        # The menus' icons are first seen when a menu opens: not worth the frame's time.
        for a, name in (
            (self.open_action, "document-open"),
            (self.paste_action, "edit-paste"),
            (self.settings_action, "settings"),
            (self.demo_action, "demo"),
            (self.get_key_action, "key"),
        ):
            a.setIcon(icon(name))
        self.setTabOrder(self.compose.generate, self.jobs.view)
        # Qt picks a focus widget only when the window is activated, which may
        # have happened while the panes were empty; typing starts in the prompt.
        self.compose.prompt.setFocus(Qt.FocusReason.OtherFocusReason)
        self.has_content = True
        self.compose.installEventFilter(self)

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
            self.setWindowTitle(translate("MainWindow", "veodesk — {mode}").format(mode=text))
        else:
            self.setWindowTitle("veodesk")
        self.demo_marker.setVisible(bool(text))
        self.demo_action.setVisible(not text)
        self.leave_demo_action.setVisible(bool(text))

    def set_storyboard(self, view: QWidget) -> None:
        """The storyboard's view in its tab, in place of the placeholder."""
        current = self.modes.currentIndex()
        self.modes.blockSignals(True)  # the tab stays the one chosen: no second "changed"
        self.modes.removeTab(1)
        self.modes.insertTab(1, view, translate("MainWindow", "Storyboard"))
        self.modes.setCurrentIndex(current)
        self.modes.blockSignals(False)
        self.storyboard_placeholder.deleteLater()

    def set_player(self, player: QWidget) -> None:
        self.player_layout.removeWidget(self.player_placeholder)
        self.player_placeholder.deleteLater()
        self.player_layout.addWidget(player)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        # on the first drag, not before the frame paints
        from veodesk.gui.compose.mime import can_accept

        if self.has_content and can_accept(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        # on the first drop, not before the frame paints
        from veodesk.gui.compose.mime import sources_from_mime

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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # kept off the frame's start-up path
        from PySide6.QtCore import QEvent

        # Filters, not paintEvent overrides, and removed once they have seen a
        # paint: an override would call into Python (and wait for the GIL) at
        # every repaint for as long as the window lives.
        if event.type() != QEvent.Type.Paint:
            return super().eventFilter(watched, event)
        if watched is self and not self.frame_painted:
            self.frame_painted = True
            self.removeEventFilter(self)
            # After this turn of the event loop: the children paint in the same frame.
            QTimer.singleShot(0, self.framePainted.emit)
        elif self.has_content and watched is self.compose and not self.painted:
            self.painted = True
            self.compose.removeEventFilter(self)
            # As for the frame: the rest of the content paints in the same turn.
            QTimer.singleShot(0, self.firstPainted.emit)
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.layoutChanged.emit()

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        self.layoutChanged.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
