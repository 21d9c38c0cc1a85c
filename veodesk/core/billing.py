"""The account balance: ``GET /v1/billing/balance`` on the vendor's billing host.

The host is the API's sibling (docs: billing.md), authenticated with the same
key; :func:`veodesk.core.urls.billing_url_for` decides which origin that is. The
answer is treated as untrusted: a field of the wrong type, out of range or
missing is a :class:`~veodesk.core.errors.ServerError` with a plain message,
which the window shows as a quiet note.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import requests

from veodesk.core import http
from veodesk.core.api import request_json, server_message
from veodesk.core.errors import ApiError, AuthError, RateLimitedError, ServerError
from veodesk.core.urls import BALANCE_PATH, normalize_billing_url

#: Where a user adds funds: the vendor's billing page, beside the keys page.
TOP_UP_URL = "https://aimlapi.com/app/billing"
#: $1 = 2,000,000 credits (billing.md).
CREDITS_PER_USD = 2_000_000
#: No account holds this much ($500 million); a bigger figure is a broken answer.
MAX_CREDITS = 10**15
#: lastUpdated earlier than this is a broken answer, not an old balance.
EARLIEST = dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)


def balance_usd(credits: float) -> float:
    """Credits in dollars, unrounded."""
    return credits / CREDITS_PER_USD


def usd_text(credits: float) -> str:
    """``$275.78``: the balance in dollars, to the cent (one place, until a shared helper)."""
    usd = balance_usd(credits)
    if 0 < usd < 0.01:
        return "<$0.01"
    sign = "-" if usd < 0 else ""
    return f"{sign}${abs(usd):,.2f}"


@dataclass(frozen=True)
class Balance:
    credits: float
    low_balance: bool
    last_updated: dt.datetime
    low_balance_threshold: float | None = None

    @property
    def usd(self) -> float:
        return balance_usd(self.credits)

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
            "last_updated": self.last_updated.isoformat().replace("+00:00", "Z"),
        }


class MalformedBalance(ValueError):
    """The body is not the balance object billing.md describes."""


def _credits(payload: Mapping[str, Any], name: str, *, required: bool) -> float | None:
    value = payload.get(name)
    if value is None:
        if required:
            raise MalformedBalance(f"'{name}' is missing")
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise MalformedBalance(f"'{name}' is not a number")
    if not math.isfinite(value) or abs(value) > MAX_CREDITS:
        raise MalformedBalance(f"'{name}' is out of range")
    return value


def parse_balance(payload: Any) -> Balance:
    """The balance object, checked field by field. MalformedBalance names what is wrong."""
    if not isinstance(payload, dict):
        raise MalformedBalance("the answer is not an object")
    credits = _credits(payload, "balance", required=True)
    assert credits is not None
    threshold = _credits(payload, "lowBalanceThreshold", required=False)
    low = payload.get("lowBalance")
    if low is None:
        raise MalformedBalance("'lowBalance' is missing")
    if not isinstance(low, bool):
        raise MalformedBalance("'lowBalance' is not true or false")
    stamp = payload.get("lastUpdated")
    if stamp is None:
        raise MalformedBalance("'lastUpdated' is missing")
    if not isinstance(stamp, str) or len(stamp) > 64:
        raise MalformedBalance("'lastUpdated' is not a date")
    try:
        when = dt.datetime.fromisoformat(stamp.strip())
    except ValueError:
        raise MalformedBalance("'lastUpdated' is not a date") from None
    if when.tzinfo is None:  # the vendor writes UTC ("...Z"); a bare time is read as UTC
        when = when.replace(tzinfo=dt.timezone.utc)
    when = when.astimezone(dt.timezone.utc)
    if when < EARLIEST:
        raise MalformedBalance("'lastUpdated' is out of range")
    return Balance(
        credits=credits, low_balance=low, last_updated=when, low_balance_threshold=threshold
    )


def billing_error(status: int, body: bytes, headers: Mapping[str, str]) -> ApiError:
    """A refusal of the billing host, in words about the balance."""
    detail = server_message(body)
    said = f" The server said: {detail}" if detail else ""
    if status in (401, 403):
        return AuthError(
            f"The billing service rejected your key (HTTP {status}), so the balance is "
            f"unknown. Check the key in the settings or the AIMLAPI_KEY variable.{said}",
            status_code=status,
        )
    if status == 429:
        return RateLimitedError(
            "The billing service is rate limiting requests (HTTP 429); the balance will be "
            "read again later." + said,
            retry_after=http.retry_after_seconds(headers.get("Retry-After")),
        )
    return ServerError(
        f"The billing service could not give the balance (HTTP {status}). This is usually "
        f"temporary; try again later.{said}",
        status_code=status,
    )


class BillingClient:
    """Reads the balance. The key is attached per request, as in ApiClient."""

    def __init__(
        self,
        billing_url: str,
        api_key: str,
        *,
        session: requests.Session | None = None,
        timeout: tuple[float, float] = (10.0, 30.0),
        verify: bool | str = True,
    ) -> None:
        self.billing_url = normalize_billing_url(billing_url)
        self._key = api_key
        self._session = session or http.new_session()
        self._timeout = timeout
        # As for the API: a CA bundle may add trust, nothing switches checks off.
        self._verify: bool | str = verify if isinstance(verify, str) and verify else True

    def __repr__(self) -> str:
        return f"BillingClient({self.billing_url!r}, key=…{self._key[-4:]})"

    def balance(self) -> Balance:
        payload = request_json(
            self._session,
            "GET",
            self.billing_url + BALANCE_PATH,
            key=self._key,
            timeout=self._timeout,
            verify=self._verify,
            who="The billing service",
            errors=billing_error,
        )
        try:
            return parse_balance(payload)
        except MalformedBalance as exc:
            raise ServerError(
                f"The billing service answered with something that is not a balance ({exc}). "
                "The balance is unknown for now."
            ) from None
