"""The window's disk caches (tinted icons, thumbnails, pasted pictures) and their folder.

The folder is the session's cache folder, given once at start-up
(:func:`use_folder`, from ``veodesk.gui.main``). The user's session and the
demo's share it: a cache holds nothing that belongs to one of them.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from veodesk.core.images import ThumbnailCache

_folder: Path | None = None
_thumbnails: ThumbnailCache | None = None
_lock = threading.Lock()


def use_folder(folder: Path) -> None:
    global _folder, _thumbnails
    with _lock:
        if folder != _folder:
            _folder, _thumbnails = folder, None


def folder(name: str) -> Path:
    """The cache sub-folder ``name``, created if missing."""
    if _folder is None:
        raise RuntimeError("no session has given the window its cache folder yet")
    path = _folder / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def thumbnails() -> ThumbnailCache:
    """The shared picture cache (runs on pool threads: Pillow loads there)."""
    global _thumbnails
    # Pillow loads on a pool thread, never at start-up
    from veodesk.core.images import ThumbnailCache

    with _lock:
        if _thumbnails is None:
            _thumbnails = ThumbnailCache(folder("thumbnails"))
        return _thumbnails
