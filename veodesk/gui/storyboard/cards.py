"""The storyboard strip's cards: a keyframe, and the strip's drop zone (segments: segment_card).

Cards only lay out and say what the user asked for (their signals carry the
card's index); the controller makes the edits.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
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
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from veodesk.gui.compose.mime import can_accept, sources_from_mime

#: An alias lupdate still recognises: it extracts translate("Context", "text") calls.
translate = QCoreApplication.translate

#: What a keyframe card's drag carries: its index in the strip.
KEYFRAME_MIME = "application/x-veodesk-keyframe"
PICTURE_SIZE = (176, 99)


def picture_label(name: str) -> QLabel:
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


class Card(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # As wide as its contents need (long words on the buttons), at least its width.
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)


class KeyframeCard(Card):
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
        self._press: QPoint | None = None
        self.title = QLabel(translate("Storyboard", "Keyframe {number}").format(number=index + 1))
        self.title.setObjectName(f"keyframeTitle_{index + 1}")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.picture = picture_label(f"keyframePicture_{index + 1}")
        self.missing = missing
        self.picture.setText(
            translate("Storyboard", "missing — relink")
            if missing
            else translate("Storyboard", "Loading…")
        )
        self.name = QLabel()
        self.name.setObjectName(f"keyframeName_{index + 1}")
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        name = Path(image).name
        self.name.setToolTip(image)
        metrics = self.name.fontMetrics()
        self.name.setText(metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, PICTURE_SIZE[0]))
        self.left = self._button("◀", translate("Storyboard", "Move keyframe {number} left"))
        self.right = self._button("▶", translate("Storyboard", "Move keyframe {number} right"))
        self.replace = self._button(
            translate("Storyboard", "Relink…") if missing else translate("Storyboard", "Replace…"),
            translate("Storyboard", "Replace the picture of keyframe {number}"),
        )
        self.delete = self._button("✕", translate("Storyboard", "Delete keyframe {number}"))
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
            translate(
                "Storyboard",
                "Drag to move this keyframe; drop pictures here to insert them after it.",
            )
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
            show_picture(self.picture, image, translate("Storyboard", "Unreadable picture"))

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
