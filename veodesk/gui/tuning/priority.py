"""Background threads give way to the UI thread for the CPU.

On two cores, two picture decodes and the UI thread are three busy threads for
two CPUs: the UI thread waited for a core for whole scheduler slices while
frames were prepared (heartbeat gaps of 15–23 ms, tests/benchmarks stalls).
A pool thread that lowers its own priority lets the UI thread run as soon as
it wakes. Threads a lowered thread starts (the image pipeline's pool, x264's
encoders in the demo sandbox) inherit its priority on Linux.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
import threading

from veodesk.gui.tuning import current

log = logging.getLogger(__name__)

#: Added to a background thread's nice value on Linux: the UI thread then
#: weighs about three times as much with the scheduler. Not more: the
#: background work should still win the CPU from other programs' idle chores.
BACKGROUND_NICE = 5
_WINDOWS_BELOW_NORMAL = -1  # THREAD_PRIORITY_BELOW_NORMAL
_MACOS_QOS_UTILITY = 0x11  # QOS_CLASS_UTILITY

_state = threading.local()


def lower_current_thread() -> None:
    """Mark the calling thread as background work, once per thread; never fails."""
    if getattr(_state, "lowered", False):
        return
    _state.lowered = True
    if not current().enabled:
        return
    try:
        if sys.platform.startswith("linux"):
            # Linux keeps a nice value per thread: PRIO_PROCESS with a thread id
            # changes that thread alone, not the process.
            tid = threading.get_native_id()
            nice = os.getpriority(os.PRIO_PROCESS, tid)
            os.setpriority(os.PRIO_PROCESS, tid, min(19, nice + BACKGROUND_NICE))
        elif sys.platform == "win32":
            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            kernel32.SetThreadPriority(kernel32.GetCurrentThread(), _WINDOWS_BELOW_NORMAL)
        elif sys.platform == "darwin":
            libc = ctypes.CDLL(None)
            libc.pthread_set_qos_class_self_np(_MACOS_QOS_UTILITY, 0)
    except (OSError, AttributeError):
        log.debug("could not lower a background thread's priority", exc_info=True)
