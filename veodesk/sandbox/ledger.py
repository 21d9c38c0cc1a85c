"""The invented account behind the billing origin: a balance per key, charged per task.

Each finished (``completed``) task is charged its ``credits_used`` once, as the
vendor charges; failed tasks cost nothing (billing.md). Charges are settled
when the balance is read, which is the only moment anyone can see them.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

#: $10 at $1 = 2,000,000 credits: enough for a handful of demo videos.
DEFAULT_BALANCE = 20_000_000
#: The vendor's example threshold (billing.md).
DEFAULT_THRESHOLD = 10_000


class Ledger:
    def __init__(self, start: int = DEFAULT_BALANCE, threshold: int = DEFAULT_THRESHOLD) -> None:
        self._lock = threading.Lock()
        self.start = start
        self.threshold = threshold
        self._balances: dict[str, int] = {}
        #: Tasks already charged, or never to be (made before a reset).
        self._settled: set[str] = set()

    def balance(self, key: str) -> int:
        with self._lock:
            return self._balances.get(key, self.start)

    def set_balance(self, key: str, credits: int) -> None:
        with self._lock:
            self._balances[key] = int(credits)

    def charge(self, key: str, task_id: str, credits: int) -> None:
        """Deduct a finished task's credits, once."""
        with self._lock:
            if task_id in self._settled:
                return
            self._settled.add(task_id)
            self._balances[key] = self._balances.get(key, self.start) - int(credits)

    def reset(self, existing_tasks: Iterable[str]) -> None:
        """Every key back to the start; tasks made so far are never charged."""
        with self._lock:
            self._balances.clear()
            self._settled.update(existing_tasks)
