"""Process-wide render cache, so a test suite pays for each distinct video once.

Keyed by a hash of everything that shapes the output (image bytes, prompt,
size, duration, fps, audio, renderer version). Concurrent requests for the same
key wait for one render instead of starting their own.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable

from .render import RenderCancelled

DEFAULT_MAX_BYTES = 512 * 1024 * 1024


def render_key(*parts: bytes | str | int | bool | None) -> str:
    digest = hashlib.sha256()
    for part in parts:
        encoded = part if isinstance(part, bytes) else repr(part).encode("utf-8")
        # Length prefixes keep ("ab", "c") and ("a", "bc") apart.
        digest.update(len(encoded).to_bytes(8, "big"))
        digest.update(encoded)
    return digest.hexdigest()


class _InFlight:
    def __init__(self) -> None:
        self.done = threading.Event()
        self.result: bytes | None = None
        self.error: BaseException | None = None


class RenderCache:
    def __init__(self, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self._lock = threading.Lock()
        self._max_bytes = max_bytes
        self._entries: OrderedDict[str, bytes] = OrderedDict()
        self._bytes = 0
        self._in_flight: dict[str, _InFlight] = {}

    def get_or_render(self, key: str, render: Callable[[], bytes]) -> bytes:
        while True:
            with self._lock:
                cached = self._entries.get(key)
                if cached is not None:
                    self._entries.move_to_end(key)
                    return cached
                pending = self._in_flight.get(key)
                if pending is None:
                    pending = self._in_flight[key] = _InFlight()
                    owner = True
                else:
                    owner = False
            if owner:
                return self._render_as_owner(key, pending, render)
            pending.done.wait()
            if pending.result is not None:
                return pending.result
            # A cancelled render (another sandbox stopping) is no verdict on ours: retry.
            if not isinstance(pending.error, RenderCancelled):
                raise RuntimeError(f"render failed: {pending.error}") from pending.error

    def _render_as_owner(self, key: str, pending: _InFlight, render: Callable[[], bytes]) -> bytes:
        try:
            result = render()
        except BaseException as exc:
            pending.error = exc
            with self._lock:
                self._in_flight.pop(key, None)
            pending.done.set()
            raise
        pending.result = result
        with self._lock:
            self._in_flight.pop(key, None)
            self._store(key, result)
        pending.done.set()
        return result

    def _store(self, key: str, data: bytes) -> None:
        if len(data) > self._max_bytes:
            return
        self._entries[key] = data
        self._bytes += len(data)
        while self._bytes > self._max_bytes:
            _, evicted = self._entries.popitem(last=False)
            self._bytes -= len(evicted)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0


#: Shared by every Sandbox in the process.
RENDER_CACHE = RenderCache()
