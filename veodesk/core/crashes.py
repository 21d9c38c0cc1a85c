"""Whether the last run ended cleanly, and what it left behind when it did not.

Each running window holds a lock on a marker file in the log folder
(``runs/RUN.lock``) and has faulthandler write any fatal error's traceback
beside it (``runs/RUN.trace``). A clean exit removes both. The OS drops the
lock of a process that died, whatever killed it, so at the next start a marker
that can be locked belongs to a run that did not end cleanly: its trace is
kept as ``last-crash.txt`` for the diagnostics report, and the marker goes.
"""

from __future__ import annotations

import contextlib
import faulthandler
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from veodesk.core.download import part_path
from veodesk.core.locks import FileLock
from veodesk.core.store import RESUMABLE, JobStore

#: The newest unclean run's trace, for "Copy diagnostics".
LAST_CRASH_FILE = "last-crash.txt"
RUNS_FOLDER = "runs"


@dataclass(frozen=True)
class UncleanExit:
    """A run that ended without marking a clean exit."""

    when: float  # when it started (seconds since the epoch)
    trace: str  # what faulthandler wrote; empty when it was killed without a trace


class RunMarker:
    """This process's marker: taken at start, removed by :meth:`close` at a clean exit."""

    def __init__(self, log_dir: Path) -> None:
        self.folder = log_dir / RUNS_FOLDER
        self.folder.mkdir(parents=True, exist_ok=True)
        name = f"{int(time.time() * 1000)}-{os.getpid()}"
        self.lock = FileLock(self.folder / f"{name}.lock")
        self.trace_path = self.folder / f"{name}.trace"
        self._trace: IO[str] | None = None

    def open(self) -> None:
        """Hold the marker and send fatal errors' tracebacks (all threads) to its trace."""
        self.lock.acquire()
        # Line-buffered text is not needed: faulthandler writes to the file
        # descriptor directly, from the signal handler.
        self._trace = open(self.trace_path, "w", encoding="utf-8")  # noqa: SIM115
        faulthandler.enable(self._trace, all_threads=True)

    def close(self) -> None:
        """The clean exit: stop tracing, remove the trace and the marker."""
        if self._trace is not None:
            if faulthandler.is_enabled():
                faulthandler.disable()
            self._trace.close()
            self._trace = None
        self.trace_path.unlink(missing_ok=True)
        if self.lock.held:
            self.lock.release()
            self.lock.path.unlink(missing_ok=True)


def collect_unclean_exits(log_dir: Path, *, own: RunMarker | None = None) -> list[UncleanExit]:
    """The runs that died since the last look, oldest first; their markers are removed.

    A marker another live process holds cannot be locked and is left alone.
    The newest trace is kept as ``last-crash.txt`` in ``log_dir``.
    """
    folder = log_dir / RUNS_FOLDER
    if not folder.is_dir():
        return []
    found: list[UncleanExit] = []
    for marker in sorted(folder.glob("*.lock")):
        if own is not None and marker == own.lock.path:
            continue
        lock = FileLock(marker)
        if not lock.acquire():
            continue  # another window is running
        try:
            trace_file = marker.with_suffix(".trace")
            try:
                trace = trace_file.read_text(encoding="utf-8", errors="replace")
            except OSError:
                trace = ""
            when = _started_at(marker)
            found.append(UncleanExit(when, trace.strip()))
            trace_file.unlink(missing_ok=True)
            marker.unlink(missing_ok=True)
        finally:
            lock.release()
    traced = [exit_ for exit_ in found if exit_.trace]
    if traced:
        newest = traced[-1]
        stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(newest.when))
        (log_dir / LAST_CRASH_FILE).write_text(
            f"veodesk run started {stamp} ended unexpectedly:\n{newest.trace}\n", encoding="utf-8"
        )
    return found


def _started_at(marker: Path) -> float:
    stamp = marker.stem.split("-", 1)[0]
    if stamp.isdigit():
        return int(stamp) / 1000
    with contextlib.suppress(OSError):
        return marker.stat().st_mtime
    return 0.0


def last_crash_trace(log_dir: Path) -> str | None:
    try:
        return (log_dir / LAST_CRASH_FILE).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def remove_orphan_parts(store: JobStore, folders: list[Path]) -> list[Path]:
    """Delete partial downloads that no unfinished job will continue; returns what went.

    A ``.part`` file beside a job's video is that job's while the job can still
    be resumed: its download continues from there. Any other one (its job
    finished, failed or was deleted) would only take up space.
    """
    owned = {part_path(Path(job.file_path)) for job in store.in_states(*RESUMABLE) if job.file_path}
    dirs = set(folders)
    dirs.update(Path(job.file_path).parent for job in store.jobs(limit=None) if job.file_path)
    removed: list[Path] = []
    for folder in sorted(dirs):
        try:
            candidates = list(folder.glob(".*.part"))
        except OSError:
            continue
        for part in candidates:
            if part in owned or not part.is_file():
                continue
            with contextlib.suppress(OSError):
                part.unlink()
                removed.append(part)
    return removed
