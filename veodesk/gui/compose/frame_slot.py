"""An image slot: preview with the crop the upload will use, drop target, picker."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QPalette,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from veodesk.gui.compose.frame_preview import FramePreview, SlotState, crop_box
from veodesk.gui.compose.mime import (
    Source,
    can_accept,
    is_web_url,
    save_pasted_image,
    sources_from_mime,
)
from veodesk.gui.compose.previews import Preview, load_preview
from veodesk.gui.compose.slot_texts import SlotTexts
from veodesk.gui.icons import icon
from veodesk.gui.messages import error_text
from veodesk.gui.tasks import TaskRunner

translate = QCoreApplication.translate


class FrameSlot(QFrame):
    """A slot for one frame. ``source`` is a path or an http(s) URL, "" when empty."""

    changed = Signal()  # the source or its readiness changed
    anchorChanged = Signal()
    manySources = Signal(list)  # two or more pictures dropped at once
    openRequested = Signal()  # the user wants the file chooser for this slot

    def __init__(self, texts: SlotTexts, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = texts
        self.title = texts.title
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
        # A timer on purpose: it gathers a burst of changes (aspect and fit
        # switched in a row) into one reload of the preview.
        self._reload = QTimer(self, singleShot=True, interval=150)
        self._reload.timeout.connect(self._load)

        self.heading = QLabel(texts.title)
        self.heading.setObjectName("slotHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.open_button = self._tool("document-open", texts.choose_tip)
        self.paste_button = self._tool("edit-paste", texts.paste_tip)
        self.clear_button = self._tool("edit-clear", texts.clear_tip)
        self.open_button.clicked.connect(self.openRequested)
        self.clear_button.clicked.connect(self.clear)
        self.paste_button.clicked.connect(self.paste)

        self.preview = FramePreview()
        self.preview.setAccessibleName(texts.preview_name)
        self.preview.setAccessibleDescription(
            translate(
                "FrameSlot",
                "Press Enter to choose a picture. When the picture is cropped, the arrow keys "
                "move the crop.",
            )
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
        self.url_edit.setPlaceholderText(translate("FrameSlot", "or an image link: https://…"))
        self.url_edit.setAccessibleName(texts.link_name)
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

    def tab_chain(self) -> list[QWidget]:
        """The slot's controls in the order Tab visits them."""
        return [
            self.open_button,
            self.paste_button,
            self.clear_button,
            self.preview,
            self.url_edit,
        ]

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
            self._begin_loading(translate("FrameSlot", "Saving the pasted picture…"))
            serial = self._serial
            self.tasks.start(
                lambda: save_pasted_image(source),
                lambda path: self._pasted_saved(serial, path, anchor),
                lambda exc: self._failed(
                    serial,
                    translate("FrameSlot", "The pasted picture could not be kept: {error}").format(
                        error=exc
                    ),
                ),
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
            self.preview.message = translate(
                "FrameSlot", "Image link from {host}\nThe service fetches it when you generate."
            ).format(host=host)
            self._show()
            self.changed.emit()
            return
        self._begin_loading(translate("FrameSlot", "Loading preview…"))
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
        label = self.texts.core_label
        area = (self.preview.area().size(), self.preview.devicePixelRatioF())
        self.tasks.start(
            lambda: load_preview(
                source, label=label, aspect_ratio=aspect, fit=fit, anchor=anchor, area=area
            ),
            lambda preview: self._loaded(serial, preview),
            lambda exc: self._failed(serial, error_text(exc)),
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
        self.preview.message = translate(
            "FrameSlot", "This picture cannot be used.\nClick to choose another."
        )
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
                self.error = translate("FrameSlot", "A link must start with http:// or https://.")
                self._show()

    def _show(self) -> None:
        state = self.state
        if state is SlotState.EMPTY:
            self.preview.message = translate(
                "FrameSlot", "Drop a picture here\nor click to choose one"
            )
        busy = state is SlotState.LOADING
        self.clear_button.setEnabled(state is not SlotState.EMPTY and not busy)
        if state is SlotState.READY and self.source_size:
            w, h = self.source_size
            name = self.source.replace("\\", "/").rsplit("/", 1)[-1]
            self.info.setText(
                translate("FrameSlot", "{name} · {width}×{height}").format(
                    name=name, width=w, height=h
                )
            )
            self.info.setToolTip(self.source)
        elif state is SlotState.LINK:
            self.info.setText(translate("FrameSlot", "Sent as a link"))
            self.info.setToolTip(self.source)
        else:
            self.info.setText("")
            self.info.setToolTip("")
        notes = [self.error] if self.error else list(self.warnings)
        self.warning.setText(
            "\n".join(translate("FrameSlot", "⚠ {note}").format(note=n) for n in notes)
        )
        self.warning.setVisible(bool(notes))
        description = {
            SlotState.EMPTY: translate("FrameSlot", "empty"),
            SlotState.LOADING: translate("FrameSlot", "loading"),
            SlotState.READY: self.info.text(),
            SlotState.LINK: translate("FrameSlot", "link {url}").format(url=self.source),
            SlotState.BROKEN: self.error,
        }[state]
        self.setAccessibleName(self.texts.state.format(state=description))
        self.preview.update()

    def paste(self) -> bool:
        """Take a picture, a file or a link from the clipboard; False when it holds none."""
        mime = QGuiApplication.clipboard().mimeData()
        sources = sources_from_mime(mime) if mime is not None else []
        if not sources:
            self.error = translate(
                "FrameSlot", "The clipboard holds no picture, image file or link."
            )
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
