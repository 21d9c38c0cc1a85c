"""Small file-system helpers shared by the store, settings and secrets."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def atomic_write(path: Path, data: bytes, *, mode: int = 0o644) -> None:
    """Write ``data`` so that readers see the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def copy_whole(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` so that ``target`` appears only once it is complete.

    A user (or a program watching the folder) never sees a half-written video
    under the name they chose; a failed copy leaves no partial file behind.
    """
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    try:
        shutil.copyfile(source, tmp)
        shutil.copymode(source, tmp)  # mkstemp made it private; the copy reads as the original
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def part_file(path: Path) -> Path:
    """Where a film or timeline is written until it is complete: ``path`` + ``.part``."""
    return path.with_name(path.name + ".part")
