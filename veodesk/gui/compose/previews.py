"""Decoding pictures for previews. Every function here runs on a worker thread."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QSizeF, Qt
from PySide6.QtGui import QImage

from veodesk.gui import caches, messages

if TYPE_CHECKING:
    from PIL import Image


@dataclass(frozen=True)
class Preview:
    image: QImage
    source_size: tuple[int, int]
    warnings: tuple[str, ...]
    #: ``image`` already scaled to the size it will be painted at, if known.
    shown: QImage | None = None


def shown_size(image: QSize, area: QSizeF, ratio: float) -> QSize:
    """The device pixels ``image`` covers when fitted into ``area`` (logical pixels)."""
    size = image.toSizeF()
    size.scale(area, Qt.AspectRatioMode.KeepAspectRatio)
    return QSize(round(size.width() * ratio), round(size.height() * ratio))


def scaled_for_screen(image: QImage, size: QSize) -> QImage:
    return image.scaled(
        size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def to_qimage(picture: Image.Image) -> QImage:
    rgba = picture.convert("RGBA")
    data = rgba.tobytes()
    image = QImage(data, rgba.width, rgba.height, rgba.width * 4, QImage.Format.Format_RGBA8888)
    # In the format the raster painter draws without converting, here rather
    # than on the UI thread at every paint; also a copy detached from ``data``.
    return image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


def warm_up_pictures() -> None:
    """Load the image pipeline and Pillow's decoders before the first picture needs them."""
    # on a pool thread: Pillow never loads on the UI thread
    from veodesk.core.images import load_decoders

    caches.thumbnails()
    load_decoders()


def load_preview(
    source: str,
    *,
    label: str,
    aspect_ratio: str | None,
    fit: str,
    anchor: tuple[float, float],
    area: tuple[QSizeF, float] | None = None,
) -> Preview:
    """The preview, and with ``area`` (size, device pixel ratio) a copy scaled to fit it.

    The copy spares the UI thread the scaling at the first paint.
    """
    thumb = caches.thumbnails().thumbnail(
        source, max_size=640, aspect_ratio=aspect_ratio, fit=fit, anchor=anchor, label=label
    )
    image = to_qimage(thumb.image)
    shown = None
    if area is not None:
        shown = scaled_for_screen(image, shown_size(image.size(), *area))
    return Preview(image, thumb.source_size, tuple(map(messages.text, thumb.warnings)), shown)


def load_job_thumbnail(source: str, max_size: int = 192) -> QImage:
    return to_qimage(caches.thumbnails().get(source, max_size))
