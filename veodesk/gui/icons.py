"""Line icons drawn in the palette's text colour, so they read in light and dark themes."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

from veodesk.core import paths

_SIZES = (16, 20, 24, 32, 48, 64)


@lru_cache(maxsize=1)
def _icon_dir() -> str:
    return str(paths.resources_dir() / "icons")


class _SvgEngine(QIconEngine):
    """Draws an SVG only at the sizes and modes actually shown, once each.

    Rendering every icon at six sizes in two modes up front cost tens of
    milliseconds before the window could paint (tests/benchmarks, start-up).
    Pixels are rendered at the device pixel size, so 200 % scaling stays crisp.
    """

    def __init__(self, svgs: dict[QIcon.Mode, bytes]) -> None:
        super().__init__()
        self._svgs = svgs
        self._pixmaps: dict[tuple[int, int, QIcon.Mode], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return _SvgEngine(self._svgs)

    def availableSizes(self, mode: QIcon.Mode, state: QIcon.State) -> list[QSize]:
        # Scalable: these are what a platform asks for when it wants a list (window icons).
        return [QSize(side, side) for side in _SIZES]

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        side = max(1, round(min(size.width(), size.height()) * scale))
        if mode not in self._svgs:
            mode = QIcon.Mode.Normal
        key = (side, round(scale * 100), mode)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            QSvgRenderer(QByteArray(self._svgs[mode])).render(painter, QRectF(0, 0, side, side))
            painter.end()
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(scale)
            self._pixmaps[key] = pixmap
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        scale = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))


@lru_cache(maxsize=256)
def _render(name: str, colour: str, disabled_colour: str) -> QIcon:
    try:
        with open(f"{_icon_dir()}/{name}.svg", encoding="utf-8") as fh:
            text = fh.read()
    except OSError:
        return QIcon.fromTheme(name)
    return QIcon(
        _SvgEngine(
            {
                QIcon.Mode.Normal: text.replace("currentColor", colour).encode(),
                QIcon.Mode.Disabled: text.replace("currentColor", disabled_colour).encode(),
            }
        )
    )


def icon(name: str, role: QPalette.ColorRole = QPalette.ColorRole.ButtonText) -> QIcon:
    palette = QGuiApplication.palette()
    colour: QColor = palette.color(QPalette.ColorGroup.Active, role)
    disabled: QColor = palette.color(QPalette.ColorGroup.Disabled, role)
    return _render(name, colour.name(), disabled.name())


@lru_cache(maxsize=1)
def app_icon() -> QIcon:
    try:
        with open(f"{_icon_dir()}/veodesk.svg", "rb") as fh:
            return QIcon(_SvgEngine({QIcon.Mode.Normal: fh.read()}))
    except OSError:
        return QIcon()
