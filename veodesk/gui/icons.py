"""Line icons drawn in the palette's text colour, so they read in light and dark themes."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from veodesk.core import paths

_SIZES = (16, 20, 24, 32, 48, 64)


def _icon_dir() -> str:
    return str(paths.resources_dir() / "icons")


@lru_cache(maxsize=256)
def _render(name: str, colour: str, disabled_colour: str) -> QIcon:
    try:
        with open(f"{_icon_dir()}/{name}.svg", encoding="utf-8") as fh:
            text = fh.read()
    except OSError:
        return QIcon.fromTheme(name)
    result = QIcon()
    for mode, tint in ((QIcon.Mode.Normal, colour), (QIcon.Mode.Disabled, disabled_colour)):
        renderer = QSvgRenderer(QByteArray(text.replace("currentColor", tint).encode()))
        for size in _SIZES:
            # Drawn at the device pixel size so 200 % scaling stays crisp.
            image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(0, 0, size, size))
            painter.end()
            result.addPixmap(QPixmap.fromImage(image), mode)
    return result


def icon(name: str, role: QPalette.ColorRole = QPalette.ColorRole.ButtonText) -> QIcon:
    palette = QGuiApplication.palette()
    colour: QColor = palette.color(QPalette.ColorGroup.Active, role)
    disabled: QColor = palette.color(QPalette.ColorGroup.Disabled, role)
    return _render(name, colour.name(), disabled.name())


def app_icon() -> QIcon:
    path = f"{_icon_dir()}/veodesk.svg"
    result = QIcon()
    renderer = QSvgRenderer(path)
    for size in _SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(QPixmap.fromImage(image))
    return result
