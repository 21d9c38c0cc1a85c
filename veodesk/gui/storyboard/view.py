"""The storyboard tab's layout: the project bar, the film's settings, the strip and the footer.

It lays out and shows what the controller hands it (``show_survey``); every
user action leaves as a signal, or through the cards' own signals, which the
controller connects as it builds them (``cardsBuilt``).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from veodesk.core.parameters import FIT, RESOLUTION
from veodesk.core.storyboard.model import BOARD_ASPECT_RATIOS, FilmSettings
from veodesk.gui import parameters
from veodesk.gui.storyboard.cards import KeyframeCard, StripArea
from veodesk.gui.storyboard.segment_card import SegmentCard

#: An alias lupdate still recognises: it extracts translate("Context", "text") calls.
translate = QCoreApplication.translate


class StoryboardView(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    folderRequested = Signal()
    addRequested = Signal()
    generateAllRequested = Signal()
    renderRequested = Signal()
    playFilmRequested = Signal()
    cancelRequested = Signal()
    settingsEdited = Signal(dict)  # field → value
    cardsBuilt = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("storyboardView")
        self.keyframe_cards: list[KeyframeCard] = []
        self.segment_cards: list[SegmentCard] = []
        self._structure: tuple[object, ...] | None = None

        self.title = QLabel(translate("Storyboard", "No storyboard open"))
        self.title.setObjectName("storyboardTitle")
        # Wrapped: "No storyboard open" in a long language would widen the whole window.
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        # New, Open and Show folder in one menu button: three buttons made the tab too
        # wide for a 1280-pixel window in German (the File menu has New and Open too).
        self.new_action = QAction(translate("Storyboard", "New storyboard"), self)
        self.new_action.setToolTip(
            translate("Storyboard", "Start a new storyboard in your videos folder")
        )
        self.open_action = QAction(translate("Storyboard", "Open…"), self)
        self.open_action.setToolTip(
            translate("Storyboard", "Open a storyboard project (.veoboard)")
        )
        self.folder_action = QAction(translate("Storyboard", "Show folder"), self)
        project_menu = QMenu(self)
        for a in (self.new_action, self.open_action, self.folder_action):
            project_menu.addAction(a)
        self.project_button = QToolButton()
        self.project_button.setObjectName("boardProjectButton")
        self.project_button.setText(translate("Storyboard", "Project"))
        self.project_button.setAccessibleName(translate("Storyboard", "Project: new, open, folder"))
        self.project_button.setMenu(project_menu)
        self.project_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.project_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.project_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.undo_button = QPushButton(translate("Storyboard", "Undo"))
        self.undo_button.setObjectName("boardUndoButton")
        self.redo_button = QPushButton(translate("Storyboard", "Redo"))
        self.redo_button.setObjectName("boardRedoButton")
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        for b in (self.undo_button, self.redo_button, self.project_button):
            bar.addWidget(b)
        self.undo_action = QAction(translate("Storyboard", "Undo"), self)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = QAction(translate("Storyboard", "Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for a in (self.undo_action, self.redo_action):
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(a)
        self.undo_button.clicked.connect(self.undo_action.trigger)
        self.redo_button.clicked.connect(self.redo_action.trigger)

        # the film-wide settings
        self.resolution = QComboBox()
        self.resolution.setObjectName("boardResolution")
        self.resolution.setAccessibleName(translate("Storyboard", "Resolution of the film"))
        for value in RESOLUTION.values:
            self.resolution.addItem(value, value)
        self.aspect = QComboBox()
        self.aspect.setObjectName("boardAspectRatio")
        self.aspect.setAccessibleName(translate("Storyboard", "Aspect ratio of the film"))
        for value in BOARD_ASPECT_RATIOS:
            self.aspect.addItem(value, value)
        self.fit = QComboBox()
        self.fit.setObjectName("boardFit")
        self.fit.setAccessibleName(translate("Storyboard", "How pictures fit the frame"))
        for fit, text in parameters.options(FIT):  # "Crop to fill", as in the single clip
            self.fit.addItem(text, fit)
        self.audio = QCheckBox(translate("Storyboard", "Audio"))
        self.audio.setObjectName("boardAudio")
        self.style_edit = QLineEdit()
        self.style_edit.setObjectName("boardStyle")
        self.style_edit.setAccessibleName(translate("Storyboard", "Style, added to every prompt"))
        self.style_edit.setPlaceholderText(
            translate("Storyboard", "Style added to every prompt (optional)")
        )
        form = QFormLayout()
        form.addRow(translate("Storyboard", "Style"), self.style_edit)
        # Two rows of two: one row of four was too wide in German and Spanish.
        settings = QGridLayout()
        for row, column, label, widget in (
            (0, 0, translate("Storyboard", "Resolution"), self.resolution),
            (0, 2, translate("Storyboard", "Aspect"), self.aspect),
            (1, 0, translate("Storyboard", "Fit"), self.fit),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            settings.addWidget(caption, row, column)
            settings.addWidget(widget, row, column + 1)
        settings.addWidget(self.audio, 1, 2, 1, 2)
        settings.setColumnStretch(4, 1)
        self.resolution.activated.connect(lambda _i: self._setting("resolution", self.resolution))
        self.aspect.activated.connect(lambda _i: self._setting("aspect_ratio", self.aspect))
        self.fit.activated.connect(lambda _i: self._setting("fit", self.fit))
        self.audio.clicked.connect(
            lambda on: self.settingsEdited.emit({"generate_audio": bool(on)})
        )
        self.style_edit.editingFinished.connect(self._style_done)

        # the strip
        self.strip = StripArea()
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(4, 4, 4, 4)
        self.strip_layout.setSpacing(8)
        self.add_button = QPushButton(translate("Storyboard", "Add keyframes…"))
        self.add_button.setObjectName("addKeyframeButton")
        self.add_button.setToolTip(
            translate(
                "Storyboard",
                "Add pictures at the end; several at once are added in file-name order",
            )
        )
        self.add_button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        self.add_button.clicked.connect(self.addRequested)
        self.empty = QLabel(
            translate(
                "Storyboard",
                "Drop two or more pictures here, or press Add keyframes…, to start a "
                "storyboard. Each pair of keyframes becomes one segment of the film.",
            )
        )
        self.empty.setObjectName("boardEmpty")
        self.empty.setWordWrap(True)
        self.empty.setMinimumWidth(260)
        self.strip_layout.addWidget(self.empty)
        self.strip_layout.addWidget(self.add_button)
        self.strip_layout.addStretch(1)
        self.strip_scroll = QScrollArea()
        self.strip_scroll.setObjectName("keyframeStripScroll")
        self.strip_scroll.setWidget(self.strip)
        self.strip_scroll.setWidgetResizable(True)
        self.strip_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.strip_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        # the footer
        self.summary = QLabel()
        self.summary.setObjectName("boardSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("boardMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("boardProgress")
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.generate_all = QPushButton(translate("Storyboard", "Generate all"))
        self.generate_all.setObjectName("generateAllButton")
        self.generate_all.setToolTip(
            translate("Storyboard", "Send only the segments that are not done")
        )
        self.render_film = QPushButton(translate("Storyboard", "Render film"))
        self.render_film.setObjectName("renderFilmButton")
        self.render_film.setToolTip(
            translate(
                "Storyboard", "Generate what is left, then join the chosen takes into one film"
            )
        )
        self.play_film = QPushButton(translate("Storyboard", "Play film"))
        self.play_film.setObjectName("playFilmButton")
        self.play_film.setToolTip(translate("Storyboard", "Play the chosen takes back to back"))
        self.cancel = QPushButton(translate("Storyboard", "Stop"))
        self.cancel.setObjectName("boardCancelButton")
        self.cancel.setToolTip(
            translate(
                "Storyboard", "Stop waiting; tasks already sent keep running and are fetched later"
            )
        )
        self.cancel.hide()
        self.generate_all.clicked.connect(self.generateAllRequested)
        self.render_film.clicked.connect(self.renderRequested)
        self.play_film.clicked.connect(self.playFilmRequested)
        self.cancel.clicked.connect(self.cancelRequested)
        self.new_action.triggered.connect(self.newRequested)
        self.open_action.triggered.connect(self.openRequested)
        self.folder_action.triggered.connect(self.folderRequested)
        actions = QHBoxLayout()
        actions.addWidget(self.progress, 1)
        actions.addStretch(0)
        for b in (self.cancel, self.play_film, self.generate_all, self.render_film):
            actions.addWidget(b)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(bar)
        layout.addLayout(form)
        layout.addLayout(settings)
        layout.addWidget(self.strip_scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        self.set_open(False)

    # -- reading the settings ---------------------------------------------------------
    def _setting(self, name: str, combo: QComboBox) -> None:
        self.settingsEdited.emit({name: combo.currentData()})

    def _style_done(self) -> None:
        self.settingsEdited.emit({"style": self.style_edit.text()})

    # -- showing ---------------------------------------------------------------------
    def set_open(self, open_: bool, title: str = "") -> None:
        self.title.setText(title or translate("Storyboard", "No storyboard open"))
        for w in (
            self.resolution,
            self.aspect,
            self.fit,
            self.audio,
            self.style_edit,
            self.folder_action,
        ):
            w.setEnabled(open_)

    def set_settings(self, s: FilmSettings) -> None:
        for combo, value in (
            (self.resolution, s.resolution),
            (self.aspect, s.aspect_ratio),
            (self.fit, s.fit),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.audio.setChecked(s.generate_audio)
        if not self.style_edit.hasFocus():
            self.style_edit.setText(s.style)

    def set_history(self, undo: str | None, redo: str | None) -> None:
        for button, action, label, verb in (
            (self.undo_button, self.undo_action, undo, translate("Storyboard", "Undo")),
            (self.redo_button, self.redo_action, redo, translate("Storyboard", "Redo")),
        ):
            button.setEnabled(label is not None)
            action.setEnabled(label is not None)
            tip = (
                translate("Storyboard", "{action}: {edit}").format(
                    action=verb, edit=translate("core", label)
                )
                if label
                else verb
            )
            button.setToolTip(tip)

    def build_cards(self, names: list[str], missing: list[int], segments: int) -> bool:
        """Rebuild the strip's cards when the keyframes changed; True when they were rebuilt."""
        structure = (tuple(names), tuple(missing), segments)
        if structure == self._structure:
            return False
        self._structure = structure
        focused = QApplication.focusWidget()
        in_strip = focused is not None and self.strip.isAncestorOf(focused)
        focus_name = focused.objectName() if focused is not None and in_strip else ""
        for card in [*self.keyframe_cards, *self.segment_cards]:
            self.strip_layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.keyframe_cards, self.segment_cards = [], []
        position = 0
        for i, name in enumerate(names):
            card = KeyframeCard(i, len(names), name, i in missing)
            self.keyframe_cards.append(card)
            self.strip_layout.insertWidget(position, card, 0, Qt.AlignmentFlag.AlignTop)
            card.show()  # now: the layout's own show comes a turn later, after a Tab may
            position += 1
            if i < segments:
                segment = SegmentCard(i)
                self.segment_cards.append(segment)
                self.strip_layout.insertWidget(position, segment, 0, Qt.AlignmentFlag.AlignTop)
                segment.show()
                position += 1
        self.empty.setVisible(len(names) < 2)
        if focus_name:
            self._keep_focus(focus_name)
        self.cardsBuilt.emit()
        return True

    def _keep_focus(self, name: str) -> None:
        """Keyboard users keep their place: the same control on its new card, or the one before.

        The card that had the focus is gone (rebuilt, or deleted); without this the
        focus would fall out of the window.
        """
        match = re.fullmatch(r"(.+_)(\d+)", name)
        names = [name]
        if match is not None:
            stem, number = match.group(1), int(match.group(2))
            names += [f"{stem}{n}" for n in range(number - 1, 0, -1)]
        for candidate in names:
            # the old cards are hidden, waiting to be deleted: only the new ones count
            found = self.strip.findChildren(QWidget, candidate)
            widget = next((w for w in found if w.isVisibleTo(self.strip)), None)
            if widget is not None and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_summary(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setAccessibleName(text)

    def say(self, text: str) -> None:
        self.message.setText(text)

    def set_running(self, running: bool, can_render: bool, can_play: bool, stale: int) -> None:
        self.generate_all.setEnabled(not running and stale > 0)
        self.render_film.setEnabled(not running and can_render)
        self.play_film.setEnabled(can_play)
        self.cancel.setVisible(running)
        self.progress.setVisible(running)
        for card in self.segment_cards:
            card.generate.setEnabled(not running)
            card.count.setEnabled(not running)

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)

    def flush(self) -> None:
        """Commit the prompts being typed (before sending, or when the board closes)."""
        for card in self.segment_cards:
            card.flush()
