"""A segment's card: its prompt, duration, audio, state and takes, with Generate and Play."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
)

from veodesk.core.parameters import DURATION, MAX_PROMPT_CHARS
from veodesk.core.storyboard.model import MAX_TAKES, SegmentState
from veodesk.gui.storyboard.cards import Card, picture_label, show_picture

#: An alias lupdate still recognises: it extracts translate("Context", "text") calls.
translate = QCoreApplication.translate

#: A prompt is committed (one undo step) once typing pauses this long.
PROMPT_COMMIT_MS = 600

#: Marked here, translated where shown: the translators are installed after import.
STATE_TEXT = {
    SegmentState.STALE: QT_TRANSLATE_NOOP("Storyboard", "To generate"),
    SegmentState.RUNNING: QT_TRANSLATE_NOOP("Storyboard", "Running…"),
    SegmentState.DONE: QT_TRANSLATE_NOOP("Storyboard", "Done"),
    SegmentState.FAILED: QT_TRANSLATE_NOOP("Storyboard", "Failed"),
    SegmentState.ATTENTION: QT_TRANSLATE_NOOP("Storyboard", "Check the dashboard"),
}
STATE_COLOUR = {
    SegmentState.STALE: "#b26a00",
    SegmentState.RUNNING: "#1f6fb2",
    SegmentState.DONE: "#2e7d32",
    SegmentState.FAILED: "#c62828",
    SegmentState.ATTENTION: "#c62828",
}


class SegmentCard(Card):
    """One segment: its prompt, duration, audio, state and takes, with Generate and Play."""

    promptEdited = Signal(int, str)
    durationChosen = Signal(int, int)
    audioChosen = Signal(int, object)  # True, False or None (the film's setting)
    takeChosen = Signal(int, object)  # job number or None (the newest)
    generateRequested = Signal(int, int)  # index, takes
    playRequested = Signal(int)
    insertRequested = Signal(int)  # a keyframe inside this segment

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index
        n = index + 1
        self.setObjectName(f"segmentCard_{n}")
        self.title = QLabel(
            translate("Storyboard", "Segment {number}: keyframe {first} to {last}").format(
                number=n, first=n, last=n + 1
            )
        )
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)  # beside the state, long in some languages
        self.state = QLabel()
        self.state.setObjectName(f"segmentState_{n}")
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.poster = picture_label(f"segmentPoster_{n}")
        self.poster.setText(translate("Storyboard", "No take yet"))
        self.prompt = QPlainTextEdit()
        self.prompt.setObjectName(f"segmentPrompt_{n}")
        self.prompt.setAccessibleName(
            translate("Storyboard", "Prompt of segment {number}").format(number=n)
        )
        self.prompt.setPlaceholderText(
            translate(
                "Storyboard", "What happens between keyframe {first} and keyframe {last}"
            ).format(first=n, last=n + 1)
        )
        self.prompt.setTabChangesFocus(True)
        self.prompt.setFixedHeight(72)
        # The card's width comes from its contents (an explicit one would cap long words).
        self.prompt.setMinimumWidth(256)
        self.duration = QComboBox()
        self.duration.setObjectName(f"segmentDuration_{n}")
        self.duration.setAccessibleName(
            translate("Storyboard", "Duration of segment {number}").format(number=n)
        )
        for seconds in DURATION.values:
            self.duration.addItem(
                translate("Storyboard", "{seconds} s").format(seconds=seconds), seconds
            )
        self.audio = QComboBox()
        self.audio.setObjectName(f"segmentAudio_{n}")
        self.audio.setAccessibleName(
            translate("Storyboard", "Audio of segment {number}").format(number=n)
        )
        self.audio.addItem(translate("Storyboard", "Film's audio"), None)
        self.audio.addItem(translate("Storyboard", "With audio"), True)
        self.audio.addItem(translate("Storyboard", "Silent"), False)
        self.takes = QComboBox()
        self.takes.setObjectName(f"segmentTakes_{n}")
        self.takes.setAccessibleName(
            translate("Storyboard", "Chosen take of segment {number}").format(number=n)
        )
        self.play = QPushButton(translate("Storyboard", "Play"))
        self.play.setObjectName(f"segmentPlay_{n}")
        self.play.setAccessibleName(
            translate("Storyboard", "Play the take of segment {number}").format(number=n)
        )
        self.generate = QPushButton(translate("Storyboard", "Generate"))
        self.generate.setObjectName(f"segmentGenerate_{n}")
        self.generate.setAccessibleName(
            translate("Storyboard", "Generate segment {number}").format(number=n)
        )
        self.count = QSpinBox()
        self.count.setObjectName(f"segmentTakeCount_{n}")
        self.count.setRange(1, MAX_TAKES)
        # A prefix, not "1 take(s)": the figure needs no plural after it.
        self.count.setPrefix(translate("Storyboard", "Takes: "))
        self.count.setAccessibleName(
            translate("Storyboard", "Takes to generate for segment {number}").format(number=n)
        )
        self.count.setToolTip(
            translate("Storyboard", "Generate several takes at once, then choose the best")
        )
        self.insert = QToolButton()
        self.insert.setText(translate("Storyboard", "+ Keyframe"))
        self.insert.setObjectName(f"segmentInsert_{n}")
        tip = translate("Storyboard", "Insert a keyframe inside segment {number}").format(number=n)
        self.insert.setToolTip(tip)
        self.insert.setAccessibleName(tip)
        self.insert.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self._commit = QTimer(self, singleShot=True, interval=PROMPT_COMMIT_MS)
        self._commit.timeout.connect(self._prompt_done)
        self.prompt.textChanged.connect(self._typed)
        self.duration.activated.connect(
            lambda _i: self.durationChosen.emit(self.index, int(self.duration.currentData()))
        )
        self.audio.activated.connect(
            lambda _i: self.audioChosen.emit(self.index, self.audio.currentData())
        )
        self.takes.activated.connect(
            lambda _i: self.takeChosen.emit(self.index, self.takes.currentData())
        )
        self.play.clicked.connect(lambda: self.playRequested.emit(self.index))
        self.generate.clicked.connect(
            lambda: self.generateRequested.emit(self.index, self.count.value())
        )
        self.insert.clicked.connect(lambda: self.insertRequested.emit(self.index))

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.state, 0, Qt.AlignmentFlag.AlignTop)
        options = QHBoxLayout()
        options.addWidget(self.duration)
        options.addWidget(self.audio, 1)
        take_row = QHBoxLayout()
        take_row.addWidget(self.takes, 1)
        take_row.addWidget(self.play)
        send_row = QHBoxLayout()
        send_row.addWidget(self.generate)
        send_row.addWidget(self.count)
        send_row.addStretch(1)
        insert_row = QHBoxLayout()  # a row of its own: long words ("+ Schlüsselbild") stay whole
        insert_row.addWidget(self.insert)
        insert_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(head)
        layout.addWidget(self.poster, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.prompt)
        layout.addLayout(options)
        layout.addLayout(take_row)
        layout.addLayout(send_row)
        layout.addLayout(insert_row)
        layout.addStretch(1)

    def _typed(self) -> None:
        if len(self.prompt.toPlainText()) > MAX_PROMPT_CHARS:
            self.state.setText(translate("Storyboard", "Too long"))
        self._commit.start()

    def _prompt_done(self) -> None:
        text = self.prompt.toPlainText()
        if len(text) <= MAX_PROMPT_CHARS:
            self.promptEdited.emit(self.index, text)

    def flush(self) -> None:
        """Commit the prompt being typed now (before Generate, or when the board closes)."""
        if self._commit.isActive():
            self._commit.stop()
            self._prompt_done()

    def show_segment(
        self,
        prompt: str,
        duration: int,
        audio: bool | None,
        state: SegmentState,
        takes: list[tuple[int, str]],
        chosen: int | None,
        busy: bool,
    ) -> None:
        """The segment as the board has it; the prompt only when it changed there."""
        if self.prompt.toPlainText() != prompt and not self._commit.isActive():
            self.prompt.blockSignals(True)
            self.prompt.setPlainText(prompt)
            self.prompt.blockSignals(False)
        self.duration.setCurrentIndex(max(0, self.duration.findData(duration)))
        self.audio.setCurrentIndex({None: 0, True: 1, False: 2}[audio])
        text = translate("Storyboard", str(STATE_TEXT[state]))
        self.state.setText(text)
        self.state.setStyleSheet(f"color: {STATE_COLOUR[state]}; font-weight: bold;")
        self.state.setAccessibleName(
            translate("Storyboard", "Segment {number}: {state}").format(
                number=self.index + 1, state=text
            )
        )
        self.takes.clear()
        if not takes:
            self.takes.addItem(translate("Storyboard", "No takes yet"), None)
        for job, text in takes:
            self.takes.addItem(text, job)
        if chosen is not None:
            self.takes.setCurrentIndex(max(0, self.takes.findData(chosen)))
        self.takes.setEnabled(bool(takes))
        self.play.setEnabled(chosen is not None)
        self.generate.setEnabled(not busy)
        self.count.setEnabled(not busy)

    def set_poster(self, image: QImage | None) -> None:
        show_picture(self.poster, image, translate("Storyboard", "No take yet"))
