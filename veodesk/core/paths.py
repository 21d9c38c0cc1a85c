"""Where veodesk reads and writes: the folders, decided once when a session is made.

Everything lives under platformdirs' directories for ``veodesk``; when
``VEODESK_HOME`` is set at start-up, everything lives under that one folder
instead (tests, portable use). Nothing here reads the environment:
:mod:`veodesk.core.session` does, once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

APP_NAME = "veodesk"


def ensured(path: Path) -> Path:
    """``path`` as a folder that exists."""
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass(frozen=True)
class Folders:
    """The folders of one session. They are created when first written to, not here."""

    config: Path
    data: Path
    cache: Path
    logs: Path
    videos: Path
    #: True when they all sit under one folder given by VEODESK_HOME.
    portable: bool = False

    @classmethod
    def from_platformdirs(cls) -> Folders:
        # Imported here: it is not needed with VEODESK_HOME, and costs a few ms
        # of the window's start otherwise.
        import platformdirs

        return cls(
            config=platformdirs.user_config_path(APP_NAME),
            data=platformdirs.user_data_path(APP_NAME),
            cache=platformdirs.user_cache_path(APP_NAME),
            logs=platformdirs.user_log_path(APP_NAME),
            videos=platformdirs.user_videos_path() / APP_NAME,
        )

    @classmethod
    def at_home(cls, home: Path) -> Folders:
        home = home.expanduser().resolve()
        return cls(
            config=home / "config",
            data=home / "data",
            cache=home / "cache",
            logs=home / "logs",
            videos=home / "videos",
            portable=True,
        )


def resources_dir() -> Path:
    """Shipped icons and sample frames: beside the package, or in a frozen bundle."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    return here.parent / "resources"
