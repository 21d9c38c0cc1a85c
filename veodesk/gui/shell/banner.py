"""Non-modal messages across the top of the window, each with the action that fixes it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from veodesk.gui.icons import icon
from veodesk.gui.jobs.delegate import mix

translate = QCoreApplication.translate

BannerAction = tuple[str, Callable[[], None]]

HUES = {"info": QColor(64, 120, 220), "warning": QColor(219, 145, 0), "error": QColor(215, 58, 73)}


class Banner(QFrame):
    dismissed = Signal()

    def __init__(
        self,
        name: str,
        kind: str,
        text: str,
        actions: list[BannerAction],
        *,
        closable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.kind = kind
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(_kind_frame(kind).format(text=text))
        self._tint()
        badge = QLabel()
        badge.setPixmap(icon(kind, QPalette.ColorRole.WindowText).pixmap(20, 20))
        self.label = QLabel(text)
        self.label.setObjectName("bannerText")
        # Banners repeat server messages: never interpret them as markup.
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 8, 8)
        layout.setSpacing(10)
        layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.buttons: dict[str, QPushButton] = {}
        for title, callback in actions:
            button = QPushButton(title)
            button.clicked.connect(callback)
            self.buttons[title] = button
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        if closable:
            close = QToolButton()
            close.setIcon(icon("edit-clear"))
            close.setAutoRaise(True)
            close.setToolTip(translate("Banner", "Dismiss"))
            close.setAccessibleName(translate("Banner", "Dismiss message"))
            close.clicked.connect(self.dismiss)
            layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)

    def _tint(self) -> None:
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Window)
        pal.setColor(QPalette.ColorRole.Window, mix(base, HUES[self.kind], 0.16))
        self.setPalette(pal)

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
        self.deleteLater()


def _kind_frame(kind: str) -> str:
    """What a screen reader says before the banner's text."""
    if kind == "error":
        return translate("Banner", "Error: {text}")
    if kind == "warning":
        return translate("Banner", "Warning: {text}")
    return translate("Banner", "Note: {text}")


class BannerArea(QWidget):
    """Holds at most one banner per name; showing a name again replaces the old one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 0)
        self._layout.setSpacing(6)
        self._banners: dict[str, Banner] = {}
        self.hide()

    def show_banner(
        self,
        name: str,
        kind: str,
        text: str,
        actions: list[BannerAction] | None = None,
        *,
        closable: bool = True,
    ) -> Banner:
        self.remove(name)
        banner = Banner(name, kind, text, actions or [], closable=closable)
        banner.dismissed.connect(lambda: self._forget(name, banner))
        self._banners[name] = banner
        self._layout.addWidget(banner)
        self.show()
        return banner

    def _forget(self, name: str, banner: Banner) -> None:
        if self._banners.get(name) is banner:
            del self._banners[name]
        if not self._banners:
            self.hide()

    def remove(self, name: str) -> None:
        banner = self._banners.pop(name, None)
        if banner is not None:
            banner.hide()
            banner.deleteLater()
        if not self._banners:
            self.hide()

    def get(self, name: str) -> Banner | None:
        return self._banners.get(name)

    def names(self) -> list[str]:
        return list(self._banners)
