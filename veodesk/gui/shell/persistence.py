"""What the window remembers between runs: geometry, splitters, the last parameters."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from veodesk.core.models import GenerationParams, params_from_json, params_to_json

#: The compose panel's last parameters, as JSON.
PARAMS_KEY = "compose/params"
#: The Language setting: "" follows the desktop; "de", "es", ... (gui/i18n.py).
LANGUAGE_KEY = "i18n/language"


class WindowMemory:
    """A QSettings INI file in the session's config folder (so VEODESK_HOME isolates it too)."""

    def __init__(self, config_folder: Path) -> None:
        self.qsettings = QSettings(str(config_folder / "window.ini"), QSettings.Format.IniFormat)

    def restore(self, window: QMainWindow, splitters: dict[str, QSplitter]) -> bool:
        geometry = self.qsettings.value("window/geometry")
        restored = isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)
        for name, splitter in splitters.items():
            state = self.qsettings.value(f"splitters/{name}")
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
        return bool(restored)

    def save(self, window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
        self.qsettings.setValue("window/geometry", window.saveGeometry())
        for name, splitter in splitters.items():
            self.qsettings.setValue(f"splitters/{name}", splitter.saveState())

    def layout_saver(
        self, window: QMainWindow, splitters: dict[str, QSplitter]
    ) -> Callable[[], None]:
        """Saving the layout as it is now through a QSettings of its own, for a pool thread.

        The layout is taken here, on the UI thread (a few small byte arrays);
        writing the file is left to the pool.
        """
        values = {"window/geometry": window.saveGeometry()}
        values.update({f"splitters/{n}": s.saveState() for n, s in splitters.items()})
        return self._saver(values)

    def _saver(self, values: dict[str, Any]) -> Callable[[], None]:
        path = self.qsettings.fileName()

        def save() -> None:
            settings = QSettings(path, QSettings.Format.IniFormat)
            for key, value in values.items():
                settings.setValue(key, value)
            settings.sync()

        return save

    def last_params(self) -> GenerationParams | None:
        text = self.qsettings.value(PARAMS_KEY)
        if not isinstance(text, str) or not text:
            return None
        try:
            return params_from_json(text)
        except (ValueError, TypeError):
            return None

    def save_params(self, params: GenerationParams) -> None:
        self.qsettings.setValue(PARAMS_KEY, params_to_json(params))

    def params_saver(self, params: GenerationParams) -> Callable[[], None]:
        """Saving ``params`` to the file through a QSettings of its own, for a pool thread.

        The window's QSettings writes its file on the UI thread, which costs
        a few milliseconds just as a job starts.
        """
        return self._saver({PARAMS_KEY: params_to_json(params)})

    def language(self) -> str:
        """The Language setting, read before the frame is built (it is in the frame's words)."""
        value = self.qsettings.value(LANGUAGE_KEY)
        return value if isinstance(value, str) else ""

    def language_saver(self, language: str) -> Callable[[], None]:
        """Saving the Language setting, for a pool thread; it takes effect at the next start."""
        return self._saver({LANGUAGE_KEY: language})

    def sync(self) -> None:
        self.qsettings.sync()
