"""Line icons drawn in the palette's text colour, so they read in light and dark themes."""

from __future__ import annotations

import os
import tempfile
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette

from veodesk.core import paths
from veodesk.gui import caches


@lru_cache(maxsize=1)
def _icon_dir() -> Path:
    return paths.resources_dir() / "icons"


def _tinted(name: str, text: str, colour: str) -> str:
    """The icon's SVG in ``colour``, as a file Qt's SVG icon engine can load.

    Kept in the cache folder across runs. Qt's engine draws each icon only at
    the sizes and modes actually shown, when first shown; rendering every icon
    at six sizes in two modes up front had cost tens of milliseconds before the
    window could paint (tests/benchmarks, start-up).
    """
    folder = caches.folder("icons")
    path = folder / f"{name}-{colour.lstrip('#')}.svg"
    if not path.exists():
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text.replace("currentColor", colour))
        os.replace(tmp, path)  # another process may be writing the same file
    return str(path)


@lru_cache(maxsize=256)
def _render(name: str, colour: str, disabled_colour: str) -> QIcon:
    try:
        text = (_icon_dir() / f"{name}.svg").read_text(encoding="utf-8")
        result = QIcon()
        result.addFile(_tinted(name, text, colour), QSize(), QIcon.Mode.Normal)
        result.addFile(_tinted(name, text, disabled_colour), QSize(), QIcon.Mode.Disabled)
    except OSError:
        return QIcon.fromTheme(name)
    return result


def icon(name: str, role: QPalette.ColorRole = QPalette.ColorRole.ButtonText) -> QIcon:
    palette = QGuiApplication.palette()
    colour: QColor = palette.color(QPalette.ColorGroup.Active, role)
    disabled: QColor = palette.color(QPalette.ColorGroup.Disabled, role)
    return _render(name, colour.name(), disabled.name())


@lru_cache(maxsize=1)
def app_icon() -> QIcon:
    return QIcon(str(_icon_dir() / "veodesk.svg"))
