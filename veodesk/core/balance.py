"""The account balance as the app holds it: checked, in dollars, with its age.

No network here (``billing.py`` reads it), so the window can format a balance
without loading requests. The answer of ``GET /v1/billing/balance`` is treated
as untrusted: a field of the wrong type, out of range or missing raises
:class:`MalformedBalance` naming it.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from veodesk.core import money
from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message

#: Where a user adds funds: the vendor's billing page, beside the keys page.
TOP_UP_URL = "https://aimlapi.com/app/billing"
#: No account holds this much ($500 million); a bigger figure is a broken answer.
MAX_CREDITS = 10**15
#: lastUpdated earlier than this is a broken answer, not an old balance.
EARLIEST = dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)


def age_text(seconds: float) -> Message:
    """``updated just now``, ``updated 3 min ago``: how old a balance is, in words."""
    minutes = int(max(0.0, seconds) // 60)
    if minutes < 1:
        return Message(QT_TRANSLATE_NOOP("core", "updated just now"))
    if minutes < 60:
        return Message(QT_TRANSLATE_NOOP("core", "updated {minutes} min ago"), minutes=minutes)
    hours = minutes // 60
    if hours < 48:
        return Message(QT_TRANSLATE_NOOP("core", "updated {hours} h ago"), hours=hours)
    # Two days or more: the plural form is the only one English needs here.
    return Message(QT_TRANSLATE_NOOP("core", "updated {days} days ago"), days=hours // 24)


@dataclass(frozen=True)
class Balance:
    credits: float
    low_balance: bool
    last_updated: dt.datetime
    low_balance_threshold: float | None = None

    @property
    def usd(self) -> float:
        return money.usd(self.credits)

    def age_seconds(self, now: dt.datetime | None = None) -> float:
        """How old the figure is; never negative (a server clock ahead of ours)."""
        now = now or dt.datetime.now(dt.timezone.utc)
        return max(0.0, (now - self.last_updated).total_seconds())

    def to_json(self) -> dict[str, Any]:
        """What ``veodesk-cli balance --json`` prints."""
        return {
            "balance": self.credits,
            "usd": self.usd,
            "low_balance": self.low_balance,
            "last_updated": self.last_updated.isoformat(timespec="milliseconds").replace(
                "+00:00", "Z"
            ),
        }


class MalformedBalance(ValueError):
    """The body is not the balance object billing.md describes."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def _credits(payload: Mapping[str, Any], name: str, *, required: bool) -> float | None:
    value = payload.get(name)
    if value is None:
        if required:
            raise MalformedBalance(
                Message(QT_TRANSLATE_NOOP("core", "'{name}' is missing"), name=name)
            )
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise MalformedBalance(
            Message(QT_TRANSLATE_NOOP("core", "'{name}' is not a number"), name=name)
        )
    if not math.isfinite(value) or abs(value) > MAX_CREDITS:
        raise MalformedBalance(
            Message(QT_TRANSLATE_NOOP("core", "'{name}' is out of range"), name=name)
        )
    return value


def parse_balance(payload: Any) -> Balance:
    """The balance object, checked field by field. MalformedBalance names what is wrong."""
    if not isinstance(payload, dict):
        raise MalformedBalance(Message(QT_TRANSLATE_NOOP("core", "the answer is not an object")))
    credits = _credits(payload, "balance", required=True)
    assert credits is not None
    threshold = _credits(payload, "lowBalanceThreshold", required=False)
    low = payload.get("lowBalance")
    if low is None:
        raise MalformedBalance(
            Message(QT_TRANSLATE_NOOP("core", "'{name}' is missing"), name="lowBalance")
        )
    if not isinstance(low, bool):
        raise MalformedBalance(
            Message(QT_TRANSLATE_NOOP("core", "'{name}' is not true or false"), name="lowBalance")
        )
    stamp = payload.get("lastUpdated")
    if stamp is None:
        raise MalformedBalance(
            Message(QT_TRANSLATE_NOOP("core", "'{name}' is missing"), name="lastUpdated")
        )
    if not isinstance(stamp, str) or len(stamp) > 64:
        raise MalformedBalance(
            Message(QT_TRANSLATE_NOOP("core", "'{name}' is not a date"), name="lastUpdated")
        )
    try:
        when = dt.datetime.fromisoformat(stamp.strip())
    except ValueError:
        raise MalformedBalance(
            Message(QT_TRANSLATE_NOOP("core", "'{name}' is not a date"), name="lastUpdated")
        ) from None
    if when.tzinfo is None:  # the vendor writes UTC ("...Z"); a bare time is read as UTC
        when = when.replace(tzinfo=dt.timezone.utc)
    when = when.astimezone(dt.timezone.utc)
    if when < EARLIEST:
        raise MalformedBalance(
            Message(QT_TRANSLATE_NOOP("core", "'{name}' is out of range"), name="lastUpdated")
        )
    return Balance(
        credits=credits, low_balance=low, last_updated=when, low_balance_threshold=threshold
    )
