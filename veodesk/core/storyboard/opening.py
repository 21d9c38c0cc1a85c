"""Opening a storyboard to edit it (read, locked, ids kept), or a new one in its own folder."""

from __future__ import annotations

from pathlib import Path

from veodesk.core.locks import FileLock

from .project import Project

#: What a new storyboard's manifest is called, in its own folder.
BOARD_FILE = "storyboard.veoboard"


def open_locked(path: Path) -> tuple[Project, FileLock]:
    """The project, with its lock held (or ``ProjectBusyError``) and its ids in the file."""
    project = Project.open(path)
    lock = project.lock()
    project.acquire(lock)
    try:
        project.keep_ids()
    except BaseException:
        lock.release()
        raise
    return project, lock


def new_locked(parent: Path, stamp: str) -> tuple[Project, FileLock]:
    """An empty project in a new folder "Storyboard STAMP" under ``parent``, its lock held.

    Its manifest is first written once it has two keyframes.
    """
    folder = parent / f"Storyboard {stamp}"
    n = 2
    while folder.exists():
        folder = parent / f"Storyboard {stamp} ({n})"
        n += 1
    folder.mkdir(parents=True)
    project = Project.new(folder / BOARD_FILE)
    lock = project.lock()
    project.acquire(lock)
    return project, lock
