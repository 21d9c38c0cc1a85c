"""Process tuning for a responsive window, all of it here, behind one switch.

- :mod:`.process`: fewer malloc arenas and a shorter GIL switch interval,
  set once before any thread starts;
- :mod:`.heap`: malloc's trim threshold around a clip, and malloc_trim();
- :mod:`.collector`: start-up objects frozen out of the garbage collector;
- :mod:`.priority`: pool threads yield the CPU to the UI thread;
- :mod:`.imports`: PySide6's check of each imported module reads bytes, not tokens.

``VEODESK_TUNING=off`` turns every one of them off: the app then runs on the
interpreter's and the C library's defaults (slower to respond on a busy
machine, never wrong). The entry point reads the switch, and the user's own
malloc settings, once, with :func:`configure`; nothing reads the environment
afterwards.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass

log = logging.getLogger(__name__)

SWITCH_ENV = "VEODESK_TUNING"
#: Variables through which a user tunes glibc's malloc; the app then leaves it alone.
_USER_MALLOC = ("MALLOC_TRIM_THRESHOLD_", "MALLOC_MMAP_THRESHOLD_", "MALLOC_TOP_PAD_")


@dataclass(frozen=True)
class Tuning:
    enabled: bool = True
    #: The user set MALLOC_ARENA_MAX: the arena cap is theirs.
    user_arenas: bool = False
    #: The user tuned malloc's thresholds: the heap module leaves them alone.
    user_malloc: bool = False

    @classmethod
    def from_environment(cls, environ: Mapping[str, str]) -> Tuning:
        return cls(
            enabled=environ.get(SWITCH_ENV, "").strip().lower() not in ("off", "0", "no"),
            user_arenas="MALLOC_ARENA_MAX" in environ,
            user_malloc=any(name in environ for name in _USER_MALLOC)
            or "glibc.malloc." in environ.get("GLIBC_TUNABLES", ""),
        )


_current: Tuning | None = None


def configure(environ: Mapping[str, str] | None = None) -> Tuning:
    """Decide, once, from the environment (the entry point's, before any thread starts)."""
    global _current
    _current = Tuning.from_environment(os.environ if environ is None else environ)
    return _current


def log_state() -> None:
    """Say in the log when tuning is off: it explains a slower window in a bug report."""
    if not current().enabled:
        log.info("process tuning is off (%s=off)", SWITCH_ENV)


def current() -> Tuning:
    """The tuning in force; decided from the environment at the first call if not before."""
    return _current if _current is not None else configure()
