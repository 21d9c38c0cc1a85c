"""Python's cyclic garbage collector, kept from freezing the window.

A full collection walks every object the collector tracks, about 50,000 once
the window, the player and Pillow are loaded (Qt wrappers, modules, classes):
25 ms on a quiet machine, more when busy, holding the GIL on whichever thread
happened to trigger it, so the UI thread waits too. During a job that showed
up as the longest stalls (tests/benchmarks stalls). Those objects live as long
as the app, so once start-up is over they are frozen (``gc.freeze``): later
collections walk only what was made since.
"""

from __future__ import annotations

import gc
import logging

from veodesk.gui.tuning import current

log = logging.getLogger(__name__)

_frozen = False


def freeze_start_up_objects() -> None:
    """Take everything alive now out of the collector's walks; once per process.

    No collection first (it would be the very pause this avoids): a reference
    cycle that is already garbage stays in memory. After start-up that is a
    few kilobytes.
    """
    global _frozen
    if _frozen or not current().enabled:
        return
    _frozen = True
    gc.freeze()
    log.debug("froze %d start-up objects out of the garbage collector", gc.get_freeze_count())
