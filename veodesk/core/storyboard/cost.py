"""The expected cost of a storyboard's tasks, in dollars.

One small function in front of the money estimator (``core.money.estimate``:
the history's credits per second once there is a finished job of the same
resolution and audio, the user's list-price table before), so the storyboard
keeps no prices of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from veodesk.core.money import PriceTable, estimate, usd
from veodesk.core.store import JobStore


def expected_cost_usd(
    store: JobStore | None,
    prices: PriceTable,
    segments: Sequence[tuple[int, bool]],
    resolution: str,
) -> float:
    """Dollars for one task per ``(duration, generate_audio)`` at ``resolution``."""
    credits = sum(
        estimate(store, prices, duration=d, resolution=resolution, generate_audio=a).credits
        for d, a in segments
    )
    return usd(credits)
