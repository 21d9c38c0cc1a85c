"""What the window shows in words, widget by widget, and whether each fits its widget."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from veodesk.gui.compose.frame_preview import FramePreview
from veodesk.gui.jobs.model import JobsModel, RowRole
from veodesk.gui.shell.window import MainWindow

OPEN, CLOSE = "⟦", "⟧"
#: Not words: the API's tokens, and the app's name.
TOKENS = re.compile(r"\b(?:720p|1080p|16:9|9:16|veodesk|LUFS)\b")


@dataclass(frozen=True)
class Shown:
    widget: QWidget | None
    where: str
    text: str


def plain(text: str, rich: bool) -> str:
    if not rich:
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def visible_texts(window: MainWindow) -> Iterator[Shown]:
    """Every text on screen: labels, buttons, boxes, menus, placeholders, the job cards."""
    for action in window.menuBar().actions():
        yield Shown(None, "menu bar", action.text())
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window) or w.window() is not window:
            continue
        if isinstance(w, QLabel):
            rich = w.textFormat() == Qt.TextFormat.RichText or (
                w.textFormat() == Qt.TextFormat.AutoText and "<" in w.text()
            )
            yield Shown(w, f"label {_name(w)}", plain(w.text(), rich))
        elif isinstance(w, QAbstractButton):
            yield Shown(w, f"button {_name(w)}", w.text())
        elif isinstance(w, QComboBox):
            yield Shown(w, f"combo {_name(w)}", w.currentText())
        elif isinstance(w, QGroupBox):
            yield Shown(w, f"group {_name(w)}", w.title())
        elif (isinstance(w, QLineEdit) and not w.text()) or (
            isinstance(w, QPlainTextEdit) and not w.toPlainText()
        ):
            yield Shown(w, f"placeholder {_name(w)}", w.placeholderText())
        elif isinstance(w, FramePreview) and w.message and w.image_rect().isNull():
            yield Shown(w, "slot message", w.message)
    model = window.jobs.view.model()
    assert isinstance(model, JobsModel)
    for i in range(model.rowCount()):
        row = model.index(i).data(RowRole)
        for part, text in (
            ("state", row.state_label),
            ("summary", row.summary()),
            ("time", row.time_text()),
            ("cost", row.cost()),
            ("note", row.note),
        ):
            yield Shown(None, f"job card {part}", text)


def unmarked(text: str, user_content: list[str]) -> str:
    """What of ``text`` is words outside the pseudo-locale's markers ("" when none)."""
    while True:
        inner = re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", "", text)
        if inner == text:
            break
        text = inner
    for content in sorted(user_content, key=len, reverse=True):
        if content:
            text = text.replace(content, "")
    text = TOKENS.sub("", text)
    return text if re.search(r"[^\W\d_]", text) else ""


def cut_off(shown: Shown) -> str:
    """Why ``shown``'s widget cannot show all of its text, or ""."""
    w = shown.widget
    text = shown.text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    if w is None or not text:
        return ""
    room = w.contentsRect().width()
    if isinstance(w, QLabel):
        if w.wordWrap() or w.objectName() in ("playerTitle",):  # the prompt: user content
            return ""
        room -= 2 * w.margin() + max(0, w.indent())
        rich = w.textFormat() == Qt.TextFormat.RichText
        need = max(w.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        if rich:  # measured as laid out, links and all
            doc = QTextDocument()
            doc.setDefaultFont(w.font())
            doc.setHtml(w.text())
            need = int(doc.idealWidth()) - 2 * int(doc.documentMargin())
    elif isinstance(w, QAbstractButton):
        need = w.fontMetrics().horizontalAdvance(text)
        if not w.icon().isNull() and not (
            isinstance(w, QToolButton)
            and w.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
        ):
            need += w.iconSize().width() + 4
        if (
            isinstance(w, QCheckBox | QPushButton | QToolButton)
            and w.width() < w.sizeHint().width()
        ):
            # The style's frame and a check box's indicator: what sizeHint adds to the text.
            return f"{shown.where}: {w.width()} px, narrower than its {w.sizeHint().width()} px"
    else:
        return ""
    return "" if need <= room else f"{shown.where}: {room} px for {need} px of {text!r}"
