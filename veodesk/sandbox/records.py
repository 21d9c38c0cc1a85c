"""What the sandbox saw: every request on every origin, for tests to inspect."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any


class Headers(Mapping[str, str]):
    """Read-only header mapping with case-insensitive lookups.

    Iterates over the names as sent. A repeated header keeps its last value,
    which is enough for the questions tests ask ("was Authorization sent?").
    """

    def __init__(self, items: Iterable[tuple[str, str]] = ()) -> None:
        self._items: dict[str, tuple[str, str]] = {}
        for name, value in items:
            self._items[name.lower()] = (name, value)

    def __getitem__(self, name: str) -> str:
        return self._items[name.lower()][1]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._items

    def __iter__(self) -> Iterator[str]:
        return (original for original, _ in self._items.values())

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Headers({dict(self.items())!r})"


@dataclass
class RecordedRequest:
    """One request as it arrived. ``status`` is filled in once answered (None if dropped)."""

    origin: str  # "api", "video" or "billing"
    method: str
    path: str
    query: dict[str, str]
    headers: Headers
    body: bytes
    time: float = field(default_factory=time.time)
    status: int | None = None

    def to_json(self, *, include_body: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "origin": self.origin,
            "method": self.method,
            "path": self.path,
            "query": dict(self.query),
            "headers": dict(self.headers.items()),
            "time": self.time,
            "status": self.status,
        }
        if include_body:
            data["body"] = self.body.decode("utf-8", "replace")
        return data


class RequestLog:
    """Thread-safe request list plus the counters tests assert on."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self._post_count = 0
        self._tasks_created = 0

    def add(self, record: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(record)

    def count_post(self) -> None:
        with self._lock:
            self._post_count += 1

    def count_task(self) -> None:
        with self._lock:
            self._tasks_created += 1

    def clear(self) -> None:
        with self._lock:
            self._requests.clear()
            self._post_count = 0
            self._tasks_created = 0

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    @property
    def post_count(self) -> int:
        with self._lock:
            return self._post_count

    @property
    def tasks_created(self) -> int:
        with self._lock:
            return self._tasks_created
