"""Giving the memory a finished clip's decoder freed back to the system (glibc only).

Unloading a clip frees its decoder's frames (some 40 MB at 1080p), yet
resident memory kept 15-55 MB of them, varying from clip to clip: glibc keeps
free memory for reuse. The decoder threads' malloc arena keeps a free top
below the trim threshold, which glibc slides up to twice its mmap threshold
(16 MB and more after one 1080p clip), and malloc_trim() trims the top of the
main arena only. So while no clip is loaded the threshold is low, and freed
tops go back at once; a malloc_trim() afterwards returns the free pages
inside the heaps. While a clip plays the threshold is high again, or each
frame's buffers would be unmapped and faulted back in (a tenth of a core in
system time, measured over 20 1080p clips). All of it is a no-op off glibc,
and when the user tuned malloc through the environment or turned tuning off.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
from typing import Any

from veodesk.gui.tuning import current

_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
#: While a clip plays: about what glibc's own sliding thresholds settle on for
#: 1080p frames, but fixed, so they cannot stay low after an idle spell.
PLAYING_TRIM_THRESHOLD = 16 * 1024 * 1024
MMAP_THRESHOLD = 32 * 1024 * 1024
#: While nothing plays: glibc's initial value.
IDLE_TRIM_THRESHOLD = 128 * 1024

_libc: Any = None
_looked_up = False


def _glibc() -> Any:
    global _libc, _looked_up
    if not current().enabled:
        return None
    if not _looked_up:
        _looked_up = True
        if sys.platform.startswith("linux"):
            with contextlib.suppress(OSError):
                libc = ctypes.CDLL("libc.so.6")
                if hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim"):
                    _libc = libc
    return _libc


def keep_freed_memory(keep: bool) -> None:
    """``True`` before a clip loads (fast reuse), ``False`` before it is unloaded."""
    libc = _glibc()
    if libc is None or current().user_malloc:
        return
    # Setting either value stops glibc's sliding thresholds; both are set so
    # that neither stays wherever it had slid to.
    libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)
    libc.mallopt(_M_TRIM_THRESHOLD, PLAYING_TRIM_THRESHOLD if keep else IDLE_TRIM_THRESHOLD)


def return_freed_memory() -> None:
    """malloc_trim(): a few ms holding malloc's locks, so call it on a worker thread."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)
