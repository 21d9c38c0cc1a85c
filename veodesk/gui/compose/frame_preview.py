"""A frame slot's picture: the preview, the crop the upload will use, and dragging that crop."""

from __future__ import annotations

import enum

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QSizePolicy,
    QWidget,
)

from veodesk.gui.compose.previews import scaled_for_screen, shown_size

Box = tuple[float, float, float, float]


class SlotState(enum.Enum):
    EMPTY = "empty"
    LOADING = "loading"
    READY = "ready"
    LINK = "link"  # a web address: the service fetches it, we show no pixels
    BROKEN = "broken"


def crop_box(
    source_size: tuple[int, int] | None, aspect: str | None, fit: str, anchor: tuple[float, float]
) -> Box | None:
    """The part of the picture the upload keeps, or None when all of it is kept."""
    if source_size is None or aspect is None or fit != "crop":
        return None
    # Arithmetic, but its package loads Pillow: a preview has loaded it by now.
    from veodesk.core.images import FULL_BOX, crop_box_for

    box = crop_box_for(source_size, aspect, fit=fit, anchor=anchor)
    return None if box == FULL_BOX else box


class FramePreview(QWidget):
    """Paints the picture, dims what the crop leaves out, and lets the crop be dragged."""

    clicked = Signal()
    anchorMoved = Signal(float, float)  # while dragging or with the arrow keys
    anchorSettled = Signal()  # the drag ended

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(QSize(160, 100))
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMouseTracking(True)
        self.image: QImage | None = None
        self.state = SlotState.EMPTY
        self.box: Box | None = None
        self.anchor: tuple[float, float] = (0.5, 0.5)
        self.message = ""
        self._drag_from: QPointF | None = None
        self._drag_box: Box | None = None
        self.drop_hint = False
        self._scaled: tuple[tuple[int, int, int, float], QPixmap] | None = None

    def sizeHint(self) -> QSize:
        return QSize(320, 200)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # Room for a 16:9 picture plus the frame: a tall empty box looks broken.
        return max(100, round(width * 0.66))

    def area(self) -> QRectF:
        """Where the picture goes: inside the rounded frame."""
        return QRectF(self.rect()).adjusted(6, 6, -6, -6)

    def image_rect(self) -> QRectF:
        area = self.area()
        if self.image is None or self.image.isNull():
            return area
        size = self.image.size().toSizeF()
        size.scale(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRectF(
            area.center().x() - size.width() / 2,
            area.center().y() - size.height() / 2,
            size.width(),
            size.height(),
        )

    def show_picture(self, image: QImage | None, shown: QImage | None = None) -> None:
        """Show ``image`` (None: no picture); ``shown`` is it already scaled for this view."""
        self.image = image
        self._scaled = None
        if image is not None and shown is not None and not shown.isNull():
            self._scaled = (self._scale_key(shown.size()), QPixmap.fromImage(shown))

    def _scale_key(self, size: QSize) -> tuple[int, int, int, float]:
        assert self.image is not None
        return (self.image.cacheKey(), size.width(), size.height(), self.devicePixelRatioF())

    def _picture(self) -> QPixmap:
        """The picture at the size it is painted, scaled once per size: a paint is a blit."""
        assert self.image is not None
        ratio = self.devicePixelRatioF()
        size = shown_size(self.image.size(), self.area().size(), ratio)
        key = self._scale_key(size)
        if self._scaled is None or self._scaled[0] != key:
            self._scaled = (key, QPixmap.fromImage(scaled_for_screen(self.image, size)))
        self._scaled[1].setDevicePixelRatio(ratio)
        return self._scaled[1]

    def _box_rect(self) -> QRectF | None:
        if self.box is None:
            return None
        r = self.image_rect()
        left, top, right, bottom = self.box
        return QRectF(
            r.left() + left * r.width(),
            r.top() + top * r.height(),
            (right - left) * r.width(),
            (bottom - top) * r.height(),
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        frame = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(pal.color(QPalette.ColorRole.AlternateBase))
        p.drawRoundedRect(frame, 8, 8)
        if self.state is SlotState.READY and self.image is not None:
            target = self.image_rect()
            p.drawPixmap(target.topLeft(), self._picture())
            box = self._box_rect()
            if box is not None:
                # A scrim over the parts the crop drops; the kept part stays bright.
                outside = QPainterPath()
                outside.addRect(target)
                inner = QPainterPath()
                inner.addRect(box)
                p.fillPath(outside.subtracted(inner), QColor(0, 0, 0, 150))
                p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(box.adjusted(1, 1, -1, -1))
        else:
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(
                frame.adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.message,
            )
        focus = self.hasFocus() or self.drop_hint
        pen = QPen(
            pal.color(QPalette.ColorRole.Highlight if focus else QPalette.ColorRole.Mid),
            2 if focus else 1,
        )
        if self.state is SlotState.EMPTY and not focus:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(frame, 8, 8)

    # -- crop dragging -------------------------------------------------------------
    def _can_drag(self, pos: QPointF) -> bool:
        box = self._box_rect()
        return box is not None and box.contains(pos)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        if self._can_drag(event.position()):
            self._drag_from = event.position()
            self._drag_box = self.box
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None and self._drag_box is not None:
            r = self.image_rect()
            delta = event.position() - self._drag_from
            left, top, right, bottom = self._drag_box
            self.anchorMoved.emit(
                _anchor_for(left + delta.x() / r.width(), right - left, self.anchor[0]),
                _anchor_for(top + delta.y() / r.height(), bottom - top, self.anchor[1]),
            )
            return
        if self._can_drag(event.position()):
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        if self._drag_from is not None:
            moved = (event.position() - self._drag_from).manhattanLength() > 3
            self._drag_from = None
            self._drag_box = None
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            if moved:
                self.anchorSettled.emit()
                return
        if self.rect().contains(event.position().toPoint()):
            self.clicked.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        steps = {
            Qt.Key.Key_Left: (-0.1, 0.0),
            Qt.Key.Key_Right: (0.1, 0.0),
            Qt.Key.Key_Up: (0.0, -0.1),
            Qt.Key.Key_Down: (0.0, 0.1),
        }
        if key in steps and self.box is not None:
            dx, dy = steps[Qt.Key(key)]
            x = min(max(self.anchor[0] + dx, 0.0), 1.0)
            y = min(max(self.anchor[1] + dy, 0.0), 1.0)
            self.anchorMoved.emit(x, y)
            self.anchorSettled.emit()
            return
        super().keyPressEvent(event)


def _anchor_for(start: float, extent: float, current: float) -> float:
    """Turn where the crop's edge would be into an anchor (0 = first edge, 1 = far edge)."""
    room = 1.0 - extent
    if room <= 1e-6:
        return current  # the crop spans this axis: nothing to move
    return min(max(start / room, 0.0), 1.0)
