"""Money: credits and dollars, the list-price table, and the cost estimate.

The one place that knows the vendor's rate ($1 = 2,000,000 credits, from
/work/shared/api/billing.md) and how a cost reads. The window, the CLI and
whatever compares a cost against the account balance call :func:`estimate`
and :func:`money_text`; nothing else converts or formats money.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from veodesk.core.parameters import RESOLUTION

if TYPE_CHECKING:
    from veodesk.core.store import JobStore

CREDITS_PER_USD = 2_000_000

HISTORY = "history"
LIST_PRICE = "list price"

#: Google's published Veo 3.1 Fast prices (Gemini API), September 2026, audio
#: included: the estimate before the first finished job. Prices change, so the
#: table carries its source and date and the user can edit all three.
DEFAULT_SOURCE = "Google Veo 3.1 Fast"
DEFAULT_DATE = "Sep 2026"
DEFAULT_PER_SECOND: dict[str, float] = {
    "720p/audio": 0.10,
    "720p/silent": 0.10,
    "1080p/audio": 0.12,
    "1080p/silent": 0.12,
}
#: A per-second price above this is a typing slip, not a price.
MAX_PER_SECOND = 100.0


def price_key(resolution: str, generate_audio: bool) -> str:
    """The table's key: ``"1080p/audio"``, ``"720p/silent"``."""
    return f"{resolution}/{'audio' if generate_audio else 'silent'}"


def usd(credits: float) -> float:
    """Dollars for credits, unrounded."""
    return credits / CREDITS_PER_USD


def usd_text(dollars: float) -> str:
    """``$0.17``; ``<$0.01`` under a cent; ``$0.00`` for nothing; ``-$0.50`` for a debt."""
    if 0 < dollars < 0.01:
        return "<$0.01"
    sign = "-" if dollars <= -0.005 else ""
    return f"{sign}${abs(dollars):,.2f}"


def money_text(credits: float) -> str:
    """How a cost reads everywhere: ``$0.17 (336,000 credits)``."""
    unit = "credit" if round(credits) == 1 else "credits"
    return f"{usd_text(usd(credits))} ({credits:,.0f} {unit})"


@dataclass(frozen=True)
class PriceTable:
    """Dollars per second of video by resolution and audio, with where they come from."""

    per_second: Mapping[str, float]
    source: str = DEFAULT_SOURCE
    date: str = DEFAULT_DATE

    @classmethod
    def default(cls) -> PriceTable:
        return cls(dict(DEFAULT_PER_SECOND))

    @classmethod
    def from_values(cls, per_second: Mapping[str, object], source: str, date: str) -> PriceTable:
        """The user's table as saved; a missing or nonsensical price falls back to the list price.

        The settings file is the user's to edit by hand, so each value is checked.
        """
        table = dict(DEFAULT_PER_SECOND)
        for key in table:
            value = per_second.get(key)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                continue
            if math.isfinite(value) and 0 <= value <= MAX_PER_SECOND:
                table[key] = float(value)
        return cls(table, source.strip() or DEFAULT_SOURCE, date.strip() or DEFAULT_DATE)

    def rate(self, resolution: str, generate_audio: bool) -> float:
        return self.per_second.get(
            price_key(resolution, generate_audio),
            DEFAULT_PER_SECOND[price_key(RESOLUTION.default, generate_audio)],
        )

    @property
    def label(self) -> str:
        """``list price Sep 2026``: what the estimate says it comes from."""
        return f"{LIST_PRICE} {self.date}"

    @property
    def title(self) -> str:
        """``Google Veo 3.1 Fast list price, Sep 2026``."""
        return f"{self.source} {LIST_PRICE}, {self.date}"


@dataclass(frozen=True)
class Estimate:
    """The expected cost of ``count`` videos of ``duration`` seconds."""

    credits: float
    per_second_usd: float
    source: str  # HISTORY or LIST_PRICE
    label: str  # "from your history" or "list price Sep 2026"

    @property
    def usd(self) -> float:
        return usd(self.credits)

    def text(self) -> str:
        """``about $0.96 (1,920,000 credits), list price Sep 2026``."""
        return f"about {money_text(self.credits)}, {self.label}"

    def to_json(self) -> dict[str, float | str]:
        return {
            "credits": self.credits,
            "usd": self.usd,
            "per_second_usd": self.per_second_usd,
            "source": self.source,
        }


def estimate(
    store: JobStore | None,
    prices: PriceTable,
    *,
    duration: int,
    resolution: str,
    generate_audio: bool,
    count: int = 1,
) -> Estimate:
    """What ``count`` videos are expected to cost.

    The history's real credits per second, from finished jobs of the same
    resolution and audio, win over the list price as soon as there is one:
    the vendor's price for this model may differ from Google's. Reads the
    store, so off the UI thread.
    """
    seconds = duration * max(0, count)
    learned = store.credits_per_second(resolution, generate_audio) if store else None
    if learned is not None:
        return Estimate(learned * seconds, usd(learned), HISTORY, "from your history")
    rate = prices.rate(resolution, generate_audio)
    # Whole credits, as the vendor bills: 0.12 * 8 * 2e6 is 1,920,000.0000000002 in floats.
    return Estimate(round(rate * seconds * CREDITS_PER_USD), rate, LIST_PRICE, prices.label)
