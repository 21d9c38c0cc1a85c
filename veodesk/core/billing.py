"""Reading the account balance: ``GET /v1/billing/balance`` on the vendor's billing host.

The host is the API's sibling (docs: billing.md), authenticated with the same
key; :func:`veodesk.core.urls.billing_url_for` decides which origin that is.
Whatever goes wrong is a :class:`~veodesk.core.errors.VeodeskError` with a plain
message, which the window shows as a quiet note.
"""

from __future__ import annotations

from collections.abc import Mapping

import requests

from veodesk.core import http
from veodesk.core.api import request_json, server_message
from veodesk.core.balance import Balance, MalformedBalance, parse_balance
from veodesk.core.errors import ApiError, AuthError, RateLimitedError, ServerError
from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message
from veodesk.core.urls import BALANCE_PATH, normalize_billing_url


def billing_error(status: int, body: bytes, headers: Mapping[str, str]) -> ApiError:
    """A refusal of the billing host, in words about the balance."""
    server = server_message(body)
    if status in (401, 403):
        return AuthError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The billing service rejected your key (HTTP {status}), so the balance is "
                    "unknown. Check the key in the settings or the AIMLAPI_KEY variable. "
                    "The server said: {server}",
                ),
                status=status,
                server=server,
            )
            if server
            else Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The billing service rejected your key (HTTP {status}), so the balance is "
                    "unknown. Check the key in the settings or the AIMLAPI_KEY variable.",
                ),
                status=status,
            ),
            status_code=status,
        )
    if status == 429:
        return RateLimitedError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The billing service is rate limiting requests (HTTP 429); the balance will "
                    "be read again later. The server said: {server}",
                ),
                server=server,
            )
            if server
            else Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The billing service is rate limiting requests (HTTP 429); the balance will "
                    "be read again later.",
                )
            ),
            retry_after=http.retry_after_seconds(headers.get("Retry-After")),
        )
    return ServerError(
        Message(
            QT_TRANSLATE_NOOP(
                "core",
                "The billing service could not give the balance (HTTP {status}). This is "
                "usually temporary; try again later. The server said: {server}",
            ),
            status=status,
            server=server,
        )
        if server
        else Message(
            QT_TRANSLATE_NOOP(
                "core",
                "The billing service could not give the balance (HTTP {status}). This is "
                "usually temporary; try again later.",
            ),
            status=status,
        ),
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
            billing=True,
            errors=billing_error,
        )
        try:
            return parse_balance(payload)
        except MalformedBalance as exc:
            raise ServerError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The billing service answered with something that is not a balance "
                        "({reason}). The balance is unknown for now.",
                    ),
                    reason=exc.message,
                )
            ) from None
