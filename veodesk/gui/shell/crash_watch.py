"""The window's side of crash reporting: this run's marker, and the last run's fate.

Kept free of Qt and of heavy imports: ``gui.main`` makes one before the
window, and its work (files in the log folder) runs on a pool thread.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from veodesk.core.crashes import RunMarker, UncleanExit


class CrashWatch:
    """Marks this run as running until :meth:`close`, and reports runs that never closed."""

    def __init__(self, log_dir: Path) -> None:
        # The user's session's log folder: the demo's session shares it.
        self.log_dir = log_dir
        self._marker: RunMarker | None = None
        self._lock = threading.Lock()

    def begin(self) -> list[UncleanExit]:
        """On a pool thread: hold this run's marker, then collect the runs that died."""
        # on a pool thread: kept off the start-up path (see the docstring)
        from veodesk.core.crashes import RunMarker, collect_unclean_exits

        log_dir = self.log_dir
        marker = RunMarker(log_dir)
        with self._lock:
            if self._marker is not None:
                return []
            marker.open()
            self._marker = marker
        return collect_unclean_exits(log_dir, own=marker)

    def close(self) -> None:
        """The clean exit; idempotent."""
        with self._lock:
            marker, self._marker = self._marker, None
        if marker is not None:
            marker.close()
