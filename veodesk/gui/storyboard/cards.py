"""The storyboard strip's cards: a keyframe, a segment between two, and the strip's drop zone.

Cards only lay out and say what the user asked for (their signals carry the
card's index); the controller makes the edits.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QDrag, QDragEnterEvent, QDropEvent, QImage, QMouseEvent, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from veodesk.core.parameters import DURATION, MAX_PROMPT_CHARS
from veodesk.core.storyboard.model import MAX_TAKES, SegmentState
from veodesk.gui.compose.mime import can_accept, sources_from_mime

#: What a keyframe card's drag carries: its index in the strip.
KEYFRAME_MIME = "application/x-veodesk-keyframe"
PICTURE_SIZE = (176, 99)
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


def _tr(text: str) -> str:
    return QCoreApplication.translate("Storyboard", text)


def _picture_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setFixedSize(*PICTURE_SIZE)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    return label


def show_picture(label: QLabel, image: QImage | None, placeholder: str) -> None:
    if image is None or image.isNull():
        label.setPixmap(QPixmap())
        label.setText(placeholder)
        return
    pixmap = QPixmap.fromImage(image).scaled(
        label.size(),
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    label.setPixmap(pixmap)


class _Card(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)


class KeyframeCard(_Card):
    """One keyframe: its picture, and Move, Replace and Delete; dragged to reorder."""

    moveRequested = Signal(int, int)  # from, to
    replaceRequested = Signal(int)
    deleteRequested = Signal(int)
    picturesDropped = Signal(int, list)  # insert at, [Source]

    def __init__(self, index: int, count: int, image: str, missing: bool) -> None:
        super().__init__()
        self.index = index
        self.setObjectName(f"keyframeCard_{index + 1}")
        self.setAcceptDrops(True)
        self.setFixedWidth(PICTURE_SIZE[0] + 24)
        self._press: QPoint | None = None
        self.title = QLabel(_tr("Keyframe {number}").format(number=index + 1))
        self.title.setObjectName(f"keyframeTitle_{index + 1}")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.picture = _picture_label(f"keyframePicture_{index + 1}")
        self.missing = missing
        self.picture.setText(_tr("missing — relink") if missing else _tr("Loading…"))
        self.name = QLabel()
        self.name.setObjectName(f"keyframeName_{index + 1}")
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        name = Path(image).name
        self.name.setToolTip(image)
        metrics = self.name.fontMetrics()
        self.name.setText(metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, PICTURE_SIZE[0]))
        self.left = self._button("◀", _tr("Move keyframe {number} left"))
        self.right = self._button("▶", _tr("Move keyframe {number} right"))
        self.replace = self._button(
            _tr("Relink…") if missing else _tr("Replace…"),
            _tr("Replace the picture of keyframe {number}"),
        )
        self.delete = self._button("✕", _tr("Delete keyframe {number}"))
        self.left.setObjectName(f"keyframeLeft_{index + 1}")
        self.right.setObjectName(f"keyframeRight_{index + 1}")
        self.replace.setObjectName(f"keyframeReplace_{index + 1}")
        self.delete.setObjectName(f"keyframeDelete_{index + 1}")
        self.left.setEnabled(index > 0)
        self.right.setEnabled(index < count - 1)
        self.left.clicked.connect(lambda: self.moveRequested.emit(self.index, self.index - 1))
        self.right.clicked.connect(lambda: self.moveRequested.emit(self.index, self.index + 1))
        self.replace.clicked.connect(lambda: self.replaceRequested.emit(self.index))
        self.delete.clicked.connect(lambda: self.deleteRequested.emit(self.index))
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        for b in (self.left, self.right, self.replace, self.delete):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.picture)
        layout.addWidget(self.name)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setToolTip(
            _tr("Drag to move this keyframe; drop pictures here to insert them after it.")
        )

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        tip = tip.format(number=self.index + 1)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    def set_picture(self, image: QImage | None) -> None:
        if not self.missing:
            show_picture(self.picture, image, _tr("Unreadable picture"))

    # -- dragging ---------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        start = self._press
        if start is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - start).manhattanLength() < 10:
            return
        self._press = None
        mime = QMimeData()
        mime.setData(KEYFRAME_MIME, QByteArray(str(self.index).encode()))
        drag = QDrag(self)
        drag.setMimeData(mime)
        pixmap = self.picture.pixmap()
        if pixmap is not None and not pixmap.isNull():
            drag.setPixmap(pixmap.scaledToWidth(96))
        drag.exec(Qt.DropAction.MoveAction)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasFormat(KEYFRAME_MIME) or can_accept(mime):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if mime.hasFormat(KEYFRAME_MIME):
            source = int(bytes(mime.data(KEYFRAME_MIME).data()).decode() or "-1")
            event.acceptProposedAction()
            if source >= 0 and source != self.index:
                # after the event: the drag's source card may be rebuilt by the move
                QTimer.singleShot(0, self, lambda: self.moveRequested.emit(source, self.index))
            return
        sources = sources_from_mime(mime)
        if sources:
            event.acceptProposedAction()
            QTimer.singleShot(0, self, lambda: self.picturesDropped.emit(self.index + 1, sources))
        else:
            event.ignore()


class SegmentCard(_Card):
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
        self.setFixedWidth(280)
        self.title = QLabel(
            _tr("Segment {number}: keyframe {first} to {last}").format(
                number=n, first=n, last=n + 1
            )
        )
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.state = QLabel()
        self.state.setObjectName(f"segmentState_{n}")
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.poster = _picture_label(f"segmentPoster_{n}")
        self.poster.setText(_tr("No take yet"))
        self.prompt = QPlainTextEdit()
        self.prompt.setObjectName(f"segmentPrompt_{n}")
        self.prompt.setAccessibleName(_tr("Prompt of segment {number}").format(number=n))
        self.prompt.setPlaceholderText(
            _tr("What happens between keyframe {first} and keyframe {last}").format(
                first=n, last=n + 1
            )
        )
        self.prompt.setTabChangesFocus(True)
        self.prompt.setFixedHeight(72)
        self.duration = QComboBox()
        self.duration.setObjectName(f"segmentDuration_{n}")
        self.duration.setAccessibleName(_tr("Duration of segment {number}").format(number=n))
        for seconds in DURATION.values:
            self.duration.addItem(_tr("{seconds} s").format(seconds=seconds), seconds)
        self.audio = QComboBox()
        self.audio.setObjectName(f"segmentAudio_{n}")
        self.audio.setAccessibleName(_tr("Audio of segment {number}").format(number=n))
        self.audio.addItem(_tr("Film's audio"), None)
        self.audio.addItem(_tr("With audio"), True)
        self.audio.addItem(_tr("Silent"), False)
        self.takes = QComboBox()
        self.takes.setObjectName(f"segmentTakes_{n}")
        self.takes.setAccessibleName(_tr("Chosen take of segment {number}").format(number=n))
        self.play = QPushButton(_tr("Play"))
        self.play.setObjectName(f"segmentPlay_{n}")
        self.play.setAccessibleName(_tr("Play the take of segment {number}").format(number=n))
        self.generate = QPushButton(_tr("Generate"))
        self.generate.setObjectName(f"segmentGenerate_{n}")
        self.generate.setAccessibleName(_tr("Generate segment {number}").format(number=n))
        self.count = QSpinBox()
        self.count.setObjectName(f"segmentTakeCount_{n}")
        self.count.setRange(1, MAX_TAKES)
        self.count.setSuffix(_tr(" take(s)"))
        self.count.setAccessibleName(_tr("Takes to generate for segment {number}").format(number=n))
        self.count.setToolTip(_tr("Generate several takes at once, then choose the best"))
        self.insert = QToolButton()
        self.insert.setText(_tr("+ Keyframe"))
        self.insert.setObjectName(f"segmentInsert_{n}")
        tip = _tr("Insert a keyframe inside segment {number}").format(number=n)
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
        head.addWidget(self.state)
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
        send_row.addWidget(self.insert)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(head)
        layout.addWidget(self.poster, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.prompt)
        layout.addLayout(options)
        layout.addLayout(take_row)
        layout.addLayout(send_row)
        layout.addStretch(1)

    def _typed(self) -> None:
        if len(self.prompt.toPlainText()) > MAX_PROMPT_CHARS:
            self.state.setText(_tr("Too long"))
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
        text = _tr(str(STATE_TEXT[state]))
        self.state.setText(text)
        self.state.setStyleSheet(f"color: {STATE_COLOUR[state]}; font-weight: bold;")
        self.state.setAccessibleName(
            _tr("Segment {number}: {state}").format(number=self.index + 1, state=text)
        )
        self.takes.clear()
        if not takes:
            self.takes.addItem(_tr("No takes yet"), None)
        for job, text in takes:
            self.takes.addItem(text, job)
        if chosen is not None:
            self.takes.setCurrentIndex(max(0, self.takes.findData(chosen)))
        self.takes.setEnabled(bool(takes))
        self.play.setEnabled(chosen is not None)
        self.generate.setEnabled(not busy)
        self.count.setEnabled(not busy)

    def set_poster(self, image: QImage | None) -> None:
        show_picture(self.poster, image, _tr("No take yet"))


class StripArea(QWidget):
    """The strip itself: pictures dropped on it (not on a card) are added at its end."""

    picturesDropped = Signal(int, list)  # insert at (-1: the end), [Source]

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("keyframeStrip")
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if can_accept(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        sources = sources_from_mime(event.mimeData())
        if sources:
            event.acceptProposedAction()
            QTimer.singleShot(0, self, lambda: self.picturesDropped.emit(-1, sources))
        else:
            event.ignore()
