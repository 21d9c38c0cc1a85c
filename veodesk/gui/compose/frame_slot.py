"""An image slot: preview with the crop the upload will use, drop target, picker."""

from __future__ import annotations

import enum
from urllib.parse import urlsplit

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QGuiApplication,
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
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from veodesk.gui.compose.mime import (
    Source,
    can_accept,
    is_web_url,
    save_pasted_image,
    sources_from_mime,
)
from veodesk.gui.compose.previews import Preview, load_preview, scaled_for_screen, shown_size
from veodesk.gui.icons import icon
from veodesk.gui.tasks import TaskRunner

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


class FrameSlot(QFrame):
    """A slot for one frame. ``source`` is a path or an http(s) URL, "" when empty."""

    changed = Signal()  # the source or its readiness changed
    anchorChanged = Signal()
    manySources = Signal(list)  # two or more pictures dropped at once
    openRequested = Signal()  # the user wants the file chooser for this slot

    def __init__(self, title: str, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.tasks = tasks
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.source = ""
        self.anchor: tuple[float, float] = (0.5, 0.5)
        self.source_size: tuple[int, int] | None = None
        self.warnings: tuple[str, ...] = ()
        self.error = ""
        self.aspect: str | None = None
        self.fit = "crop"
        self._serial = 0  # ignores previews that arrive after the source changed again
        self._reload = QTimer(self, singleShot=True, interval=150)
        self._reload.timeout.connect(self._load)

        self.heading = QLabel(title)
        self.heading.setObjectName("slotHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.open_button = self._tool("document-open", f"Choose the {title.lower()} (Ctrl+O)")
        self.paste_button = self._tool("edit-paste", f"Paste an image as the {title.lower()}")
        self.clear_button = self._tool("edit-clear", f"Clear the {title.lower()}")
        self.open_button.clicked.connect(self.openRequested)
        self.clear_button.clicked.connect(self.clear)
        self.paste_button.clicked.connect(self.paste)

        self.preview = FramePreview()
        self.preview.setAccessibleName(f"{title} preview")
        self.preview.setAccessibleDescription(
            "Press Enter to choose a picture. When the picture is cropped, the arrow keys "
            "move the crop."
        )
        self.preview.clicked.connect(self.openRequested)
        self.preview.anchorMoved.connect(self._move_anchor)
        self.preview.anchorSettled.connect(self._anchor_settled)

        self.info = QLabel()
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.warning = QLabel()
        self.warning.setObjectName("slotWarning")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        self.warning.hide()

        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("or an image link: https://…")
        self.url_edit.setAccessibleName(f"{title} link")
        self.url_edit.setClearButtonEnabled(True)
        self.url_edit.editingFinished.connect(self._url_entered)

        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.heading)
        head.addStretch(1)
        for button in (self.open_button, self.paste_button, self.clear_button):
            head.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.preview)
        layout.addWidget(self.info)
        layout.addWidget(self.warning)
        layout.addWidget(self.url_edit)
        self._show()

    def _tool(self, name: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(name))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        return button

    # -- state --------------------------------------------------------------------
    @property
    def state(self) -> SlotState:
        return self.preview.state

    @property
    def is_ready(self) -> bool:
        return self.state in (SlotState.READY, SlotState.LINK)

    def set_source(self, source: Source, anchor: tuple[float, float] = (0.5, 0.5)) -> None:
        if isinstance(source, QImage):
            self._begin_loading("Saving the pasted picture…")
            serial = self._serial
            self.tasks.start(
                lambda: save_pasted_image(source),
                lambda path: self._pasted_saved(serial, path, anchor),
                lambda exc: self._failed(serial, f"The pasted picture could not be kept: {exc}"),
            )
            return
        text = source.strip()
        if not text:
            self.clear()
            return
        self.source = text
        self.anchor = anchor
        self.url_edit.setText(text if is_web_url(text) else "")
        if is_web_url(text):
            self._serial += 1
            self.source_size = None
            self.warnings = ()
            self.error = ""
            self.preview.show_picture(None)
            self.preview.state = SlotState.LINK
            host = urlsplit(text).hostname or text
            self.preview.message = (
                f"Image link from {host}\nThe service fetches it when you generate."
            )
            self._show()
            self.changed.emit()
            return
        self._begin_loading("Loading preview…")
        self._load()

    def _pasted_saved(self, serial: int, path: str, anchor: tuple[float, float]) -> None:
        if serial == self._serial:
            self.set_source(path, anchor)

    def _begin_loading(self, message: str) -> None:
        self._serial += 1
        self.preview.state = SlotState.LOADING
        self.preview.message = message
        self.error = ""
        self._show()
        self.changed.emit()

    def clear(self) -> None:
        self._serial += 1
        self.source = ""
        self.anchor = (0.5, 0.5)
        self.source_size = None
        self.warnings = ()
        self.error = ""
        self.preview.show_picture(None)
        self.preview.state = SlotState.EMPTY
        self.url_edit.clear()
        self._show()
        self.changed.emit()

    def set_context(self, aspect: str | None, fit: str) -> None:
        """The video's shape and the fit decide what the preview marks as kept."""
        if (aspect, fit) == (self.aspect, self.fit):
            return
        self.aspect, self.fit = aspect, fit
        self._update_box()
        if self.state in (SlotState.READY, SlotState.LOADING) and self.source:
            self._reload.start()  # the warnings depend on the shape too

    def _load(self) -> None:
        if not self.source or is_web_url(self.source):
            return
        self._serial += 1
        serial = self._serial
        source, aspect, fit, anchor = self.source, self.aspect, self.fit, self.anchor
        label = self.title.lower()
        area = (self.preview.area().size(), self.preview.devicePixelRatioF())
        self.tasks.start(
            lambda: load_preview(
                source, label=label, aspect_ratio=aspect, fit=fit, anchor=anchor, area=area
            ),
            lambda preview: self._loaded(serial, preview),
            lambda exc: self._failed(serial, str(exc)),
        )

    def _loaded(self, serial: int, preview: Preview) -> None:
        if serial != self._serial:
            return
        was_ready = self.is_ready
        self.preview.show_picture(preview.image, preview.shown)
        self.source_size = preview.source_size
        self.warnings = preview.warnings
        self.error = ""
        self.preview.state = SlotState.READY
        self._update_box()
        self._show()
        if not was_ready:
            self.changed.emit()

    def _failed(self, serial: int, message: str) -> None:
        if serial != self._serial:
            return
        self.preview.show_picture(None)
        self.source_size = None
        self.warnings = ()
        self.error = message
        self.preview.state = SlotState.BROKEN
        self.preview.message = "This picture cannot be used.\nClick to choose another."
        self._show()
        self.changed.emit()

    def _update_box(self) -> None:
        self.preview.anchor = self.anchor
        self.preview.box = crop_box(self.source_size, self.aspect, self.fit, self.anchor)
        self.preview.update()

    def _move_anchor(self, x: float, y: float) -> None:
        self.anchor = (x, y)
        self._update_box()

    def _anchor_settled(self) -> None:
        self.anchorChanged.emit()

    def _url_entered(self) -> None:
        text = self.url_edit.text().strip()
        if text and text != self.source:
            if is_web_url(text):
                self.set_source(text)
            else:
                self.error = "A link must start with http:// or https://."
                self._show()

    def _show(self) -> None:
        state = self.state
        if state is SlotState.EMPTY:
            self.preview.message = "Drop a picture here\nor click to choose one"
        busy = state is SlotState.LOADING
        self.clear_button.setEnabled(state is not SlotState.EMPTY and not busy)
        if state is SlotState.READY and self.source_size:
            w, h = self.source_size
            name = self.source.replace("\\", "/").rsplit("/", 1)[-1]
            self.info.setText(f"{name} · {w}×{h}")
            self.info.setToolTip(self.source)
        elif state is SlotState.LINK:
            self.info.setText("Sent as a link")
            self.info.setToolTip(self.source)
        else:
            self.info.setText("")
            self.info.setToolTip("")
        notes = [self.error] if self.error else list(self.warnings)
        self.warning.setText("\n".join(f"⚠ {n}" for n in notes))
        self.warning.setVisible(bool(notes))
        description = {
            SlotState.EMPTY: "empty",
            SlotState.LOADING: "loading",
            SlotState.READY: self.info.text(),
            SlotState.LINK: f"link {self.source}",
            SlotState.BROKEN: self.error,
        }[state]
        self.setAccessibleName(f"{self.title}: {description}")
        self.preview.update()

    def paste(self) -> bool:
        """Take a picture, a file or a link from the clipboard; False when it holds none."""
        mime = QGuiApplication.clipboard().mimeData()
        sources = sources_from_mime(mime) if mime is not None else []
        if not sources:
            self.error = "The clipboard holds no picture, image file or link."
            self._show()
            return False
        if len(sources) >= 2:
            self.manySources.emit(sources[:2])
        else:
            self.set_source(sources[0])
        return True

    # -- drag and drop ---------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if can_accept(event.mimeData()):
            event.acceptProposedAction()
            self.preview.drop_hint = True
            self.preview.update()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.preview.drop_hint = False
        self.preview.update()

    def dropEvent(self, event: QDropEvent) -> None:
        self.preview.drop_hint = False
        self.preview.update()
        sources = sources_from_mime(event.mimeData())
        if not sources:
            event.ignore()
            return
        event.acceptProposedAction()
        if len(sources) >= 2:
            self.manySources.emit(sources[:2])
        else:
            self.set_source(sources[0])
