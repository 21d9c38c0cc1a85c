"""Where veodesk reads and writes.

Everything lives under platformdirs' directories for ``veodesk``; when
``VEODESK_HOME`` is set, everything lives under that one folder instead (tests,
portable use).
"""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType

APP_NAME = "veodesk"
HOME_ENV = "VEODESK_HOME"


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser().resolve() if value else None


def _platformdirs() -> ModuleType:
    # Imported when first needed: it is not needed with VEODESK_HOME, and costs
    # a few ms of the window's start otherwise.
    import platformdirs

    return platformdirs


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    home = _home()
    return _ensure(home / "config" if home else _platformdirs().user_config_path(APP_NAME))


def data_dir() -> Path:
    home = _home()
    return _ensure(home / "data" if home else _platformdirs().user_data_path(APP_NAME))


def cache_dir() -> Path:
    home = _home()
    return _ensure(home / "cache" if home else _platformdirs().user_cache_path(APP_NAME))


def log_dir() -> Path:
    home = _home()
    return _ensure(home / "logs" if home else _platformdirs().user_log_path(APP_NAME))


def default_video_dir() -> Path:
    """Where finished videos go unless the user chose another folder."""
    home = _home()
    return _ensure(home / "videos" if home else _platformdirs().user_videos_path() / APP_NAME)


def resources_dir() -> Path:
    """Shipped icons and sample frames: beside the package, or in a frozen bundle."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    return here.parent / "resources"
