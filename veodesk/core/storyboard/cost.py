"""The expected cost of a storyboard's tasks, in dollars.

For now this is the window's "Expected cost" (the median of similar finished
jobs in the history, ``JobStore.expected_credits``) converted at the vendor's
rate. It moves to the money estimator of issue 18 (list prices, then the
history), behind this same signature. Credits become dollars through
``core.balance`` (billing.md's rate).
"""

from __future__ import annotations

from collections.abc import Sequence

from veodesk.core.balance import balance_usd
from veodesk.core.models import GenerationParams
from veodesk.core.store import JobStore


def expected_cost_usd(
    store: JobStore, segments: Sequence[tuple[int, bool]], resolution: str
) -> float | None:
    """Dollars for one task per ``(duration, generate_audio)``; None when any is unknown."""
    total = 0.0
    for duration, audio in segments:
        like = GenerationParams(
            prompt="",
            first="",
            last="",
            duration=duration,
            resolution=resolution,
            generate_audio=audio,
        )
        credits = store.expected_credits(like)
        if credits is None:
            return None
        total += credits
    return balance_usd(total)  # $1 = 2,000,000 credits
