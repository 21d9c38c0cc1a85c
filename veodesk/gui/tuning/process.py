"""Process-wide settings made before any thread starts: malloc arenas, the GIL switch interval."""

from __future__ import annotations

import contextlib
import ctypes
import sys

from veodesk.gui.tuning import current

#: glibc's mallopt() parameter for the number of malloc arenas.
_M_ARENA_MAX = -8
#: How often a thread holding the GIL is asked to let another run (Python's default: 5 ms).
UI_SWITCH_INTERVAL = 0.001


def limit_malloc_arenas(arenas: int = 2) -> None:
    """Let glibc keep a couple of malloc arenas rather than eight per core.

    Each of FFmpeg's decoder threads got an arena of its own and kept the
    frames freed in it: resident memory grew by some 70 MB over 20 clips
    played. With two arenas it stays flat (tests/benchmarks, memory). Only on
    glibc, and never over a MALLOC_ARENA_MAX the user set.
    """
    tuning = current()
    if not tuning.enabled or tuning.user_arenas or not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):  # not glibc (musl, say)
        ctypes.CDLL("libc.so.6").mallopt(_M_ARENA_MAX, arenas)


def tune_process() -> None:
    """Process-wide settings for a responsive window; call before any thread starts.

    The UI thread needs the GIL for every Python slot and paint. While pool
    threads decode pictures, it waited up to 5 ms per hand-over of the GIL,
    often several in a row; at 1 ms the longest heartbeat gaps while frames
    are loaded and prepared shrank by a few ms (tests/benchmarks, UI stalls).
    """
    if not current().enabled:
        return
    limit_malloc_arenas()
    sys.setswitchinterval(UI_SWITCH_INTERVAL)
