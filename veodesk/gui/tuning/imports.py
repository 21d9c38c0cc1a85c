"""A cheaper answer to PySide6's question about every module imported after it.

PySide6 (PYSIDE-2029, ``shibokensupport.feature``) asks of each module
imported once it is loaded whether the module uses PySide6, by reading its
source through ``inspect.getsource``: linecache, tokenize and a list of lines,
about half a millisecond a module. Everything the window imports after Qt
pays it: the session's modules alone took 11 ms before the first frame
(tests/benchmarks, start-up). The same question answered from the file's bytes
gives the same answer for a source file (the test is whether the text
``PySide6`` occurs in it) at a fraction of the cost. Anything else (a frozen
app's modules, extension modules) still gets PySide6's own answer.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import ModuleType

from veodesk.gui.tuning import current

log = logging.getLogger(__name__)

_MODULE = "shibokensupport.feature"
_HOOK = "_mod_uses_pyside"


def speed_up_pyside_import_check() -> None:
    """Call once PySide6 is imported; leaves PySide6 as it is if its internals differ."""
    if not current().enabled:
        return
    feature = sys.modules.get(_MODULE)
    upstream = getattr(feature, _HOOK, None)
    if feature is None or not callable(upstream) or getattr(upstream, "_veodesk", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(upstream(module))

    marked: Callable[[ModuleType], bool] = uses_pyside
    marked._veodesk = True  # type: ignore[attr-defined]
    setattr(feature, _HOOK, marked)
    log.debug("PySide6's per-import source check reads bytes")
