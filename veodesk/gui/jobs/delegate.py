"""Paints a job as a card: thumbnail, prompt, parameters, status chip, time and cost."""

from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from veodesk.gui.jobs.model import JobsModel, Row, RowRole
from veodesk.gui.messages import job_error

#: The hue a state's chip is tinted with; the text keeps the palette's colour so
#: it stays readable on light and dark themes alike.
CHIP_HUES = {
    "done": QColor(46, 160, 67),
    "failed": QColor(215, 58, 73),
    "needs_attention": QColor(219, 145, 0),
    "queued": QColor(120, 120, 140),
    "waiting": QColor(120, 120, 140),
    "preparing": QColor(120, 120, 140),
    "ready": QColor(120, 120, 140),
}


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


class JobDelegate(QStyledItemDelegate):
    PAD = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(320, max(72, line * 3 + self.PAD * 2 + 10))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row: Row | None = index.data(RowRole)
        if row is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = option.palette
        rect = QRectF(option.rect).adjusted(4, 3, -4, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        base = pal.color(QPalette.ColorRole.Base)
        card = (
            mix(base, pal.color(QPalette.ColorRole.Highlight), 0.18)
            if selected
            else pal.color(QPalette.ColorRole.AlternateBase)
        )
        painter.setPen(
            pal.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Midlight)
        )
        painter.setBrush(card)
        painter.drawRoundedRect(rect, 8, 8)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(pal.color(QPalette.ColorRole.Highlight))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 7, 7)

        inner = rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        thumb_h = inner.height()
        thumb = QRectF(inner.left(), inner.top(), thumb_h * 16 / 9, thumb_h)
        self._thumbnail(painter, thumb, row, pal)
        if row.thumbnail is None:
            model = index.model()
            if isinstance(model, JobsModel):
                model.want_thumbnail(row)

        fm = QFontMetrics(option.font)
        line = fm.height()
        text_left = thumb.right() + self.PAD + 4
        text = QRectF(text_left, inner.top(), inner.right() - text_left, inner.height())

        chip_text = row.state_label
        chip_w = fm.horizontalAdvance(chip_text) + 16
        chip = QRectF(text.right() - chip_w, text.top(), chip_w, line + 4)
        self._chip(painter, chip, chip_text, row.state_key, pal)

        bold = option.font
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        prompt_rect = QRectF(text.left(), text.top() + 2, chip.left() - text.left() - 8, line)
        prompt = " ".join(row.params.prompt.split())
        painter.drawText(
            prompt_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(
                prompt, Qt.TextElideMode.ElideRight, int(prompt_rect.width())
            ),
        )
        bold.setBold(False)
        painter.setFont(bold)

        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(muted)
        second = QRectF(text.left(), text.top() + line + 6, text.width(), line)
        right_bits = "  ".join(b for b in (row.time_text(), row.cost()) if b)
        right_w = fm.horizontalAdvance(right_bits) + 4
        painter.drawText(
            QRectF(second.left(), second.top(), second.width() - right_w - 8, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(
                row.summary(), Qt.TextElideMode.ElideRight, int(second.width() - right_w)
            ),
        )
        painter.drawText(
            second, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right_bits
        )

        third = QRectF(text.left(), second.bottom() + 6, text.width(), line)
        if row.running:
            self._progress(
                painter, QRectF(third.left(), third.center().y() - 3, third.width(), 6), row, pal
            )
        else:
            message = row.note or (job_error(row.job) if row.job and row.job.error else "")
            if message:
                is_error = row.job is not None and row.job.state.value in (
                    "failed",
                    "needs_attention",
                )
                painter.setPen(
                    mix(pal.color(QPalette.ColorRole.Text), CHIP_HUES["failed"], 0.75)
                    if is_error and not row.note
                    else muted
                )
                painter.drawText(
                    third,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    fm.elidedText(
                        " ".join(message.split()), Qt.TextElideMode.ElideRight, int(third.width())
                    ),
                )
        painter.restore()

    def _thumbnail(self, painter: QPainter, rect: QRectF, row: Row, pal: QPalette) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(pal.color(QPalette.ColorRole.Mid))
        painter.drawRoundedRect(rect, 5, 5)
        image = row.thumbnail
        if image is None or image.isNull():
            return
        size = image.size().toSizeF()
        size.scale(rect.size(), Qt.AspectRatioMode.KeepAspectRatioByExpanding)
        source = QRectF(0, 0, image.width(), image.height())
        # Crop the image to the card's 16:9 box instead of letterboxing it.
        sx = rect.width() / size.width()
        sy = rect.height() / size.height()
        source = QRectF(
            (1 - sx) / 2 * image.width(),
            (1 - sy) / 2 * image.height(),
            sx * image.width(),
            sy * image.height(),
        )
        painter.drawImage(rect, image, source)

    def _chip(self, painter: QPainter, rect: QRectF, text: str, key: str, pal: QPalette) -> None:
        hue = CHIP_HUES.get(key, pal.color(QPalette.ColorRole.Highlight))
        base = pal.color(QPalette.ColorRole.Base)
        painter.setPen(mix(base, hue, 0.8))
        painter.setBrush(mix(base, hue, 0.22))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _progress(self, painter: QPainter, rect: QRectF, row: Row, pal: QPalette) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(pal.color(QPalette.ColorRole.Midlight))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setBrush(pal.color(QPalette.ColorRole.Highlight))
        fraction: float | None = None
        if row.download and row.download[1]:
            fraction = row.download[0] / row.download[1]
        elif row.typical_seconds and row.elapsed is not None and row.busy:
            fraction = min(row.elapsed / row.typical_seconds, 0.97)
        if fraction is not None:
            painter.drawRoundedRect(
                QRectF(rect.left(), rect.top(), rect.width() * fraction, rect.height()), 3, 3
            )
            return
        # Indeterminate: a stripe that sweeps once every two seconds.
        phase = (time.monotonic() % 2.0) / 2.0
        width = rect.width() * 0.25
        left = rect.left() - width + (rect.width() + width) * phase
        stripe = QRectF(max(left, rect.left()), rect.top(), 0, rect.height())
        stripe.setRight(min(left + width, rect.right()))
        if stripe.width() > 0:
            painter.drawRoundedRect(stripe, 3, 3)
