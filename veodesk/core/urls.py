"""URL policy: which origins the app talks to, and how URLs appear in logs."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit, urlunsplit

from veodesk.core.errors import InvalidInputError
from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message

DEFAULT_BASE_URL = "https://api.aimlapi.com"
#: The vendor's billing host (docs: billing.md); the key goes there and to the API only.
DEFAULT_BILLING_URL = "https://billing.aimlapi.com"
BALANCE_PATH = "/v1/billing/balance"


def is_loopback_host(host: str | None) -> bool:
    if not host:
        return False
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _checked_url(url: str, *, billing: bool) -> tuple[str, str, str]:
    """(scheme, netloc, path) of an http(s) URL the key may be sent to.

    Plain http is allowed only on loopback: the key travels in every request.
    ``billing``: the billing URL (VEODESK_BILLING_URL), else the API base URL.
    """
    text = (url or "").strip()
    field = "billing_url" if billing else "base_url"
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidInputError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "VEODESK_BILLING_URL {url} is not an http(s) URL; use e.g. {example}."
                ),
                url=repr(text),
                example=DEFAULT_BILLING_URL,
            )
            if billing
            else Message(
                QT_TRANSLATE_NOOP(
                    "core", "API base URL {url} is not an http(s) URL; use e.g. {example}."
                ),
                url=repr(text),
                example=DEFAULT_BASE_URL,
            ),
            field=field,
        )
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise InvalidInputError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "VEODESK_BILLING_URL {url} uses plain http, which would send your key "
                    "unencrypted; use https (plain http is allowed only for "
                    "127.0.0.1/localhost).",
                ),
                url=repr(text),
            )
            if billing
            else Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "API base URL {url} uses plain http, which would send your key unencrypted; "
                    "use https (plain http is allowed only for 127.0.0.1/localhost).",
                ),
                url=repr(text),
            ),
            field=field,
        )
    if parts.username or parts.password or parts.query or parts.fragment:
        raise InvalidInputError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "VEODESK_BILLING_URL {url} must not contain credentials, a query or a "
                    "fragment.",
                ),
                url=repr(redact_url(text)),
            )
            if billing
            else Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "API base URL {url} must not contain credentials, a query or a fragment.",
                ),
                url=repr(redact_url(text)),
            ),
            field=field,
        )
    return parts.scheme, parts.netloc.lower(), parts.path.rstrip("/")


def normalize_base_url(url: str) -> str:
    """Validate an API base URL and return it without a trailing slash or ``/v2``."""
    scheme, netloc, path = _checked_url(url, billing=False)
    if path.endswith("/v2"):
        path = path[: -len("/v2")]
    return urlunsplit((scheme, netloc, path, "", ""))


def normalize_billing_url(url: str) -> str:
    """Validate a billing base URL (VEODESK_BILLING_URL): the same rules as the API's.

    Returned without a trailing slash, ``/v1`` or the balance path, so either the
    host or the endpoint's full URL may be given.
    """
    scheme, netloc, path = _checked_url(url, billing=True)
    for tail in (BALANCE_PATH, "/v1"):
        if path.endswith(tail):
            path = path[: -len(tail)]
            break
    return urlunsplit((scheme, netloc, path, "", ""))


def billing_url_for(api_base: str, override: str = "") -> str:
    """Where the balance is read: the override, else the vendor's billing host.

    A loopback API (a sandbox) without an override is asked itself: a key meant
    for a sandbox must never reach the real billing host.
    """
    if override.strip():
        return normalize_billing_url(override)
    parts = urlsplit(normalize_base_url(api_base))
    if is_loopback_host(parts.hostname):
        return urlunsplit((parts.scheme, parts.netloc, "", "", ""))
    return DEFAULT_BILLING_URL


def origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    return (parts.scheme, (parts.hostname or "").lower(), port)


class UnsafeVideoUrl(ValueError):
    """A video URL the app must not fetch; ``failure`` is what the finished job's error says."""

    def __init__(self, reason: str, failure: Message) -> None:
        super().__init__(reason)
        self.failure = failure


def check_video_url(url: str, *, api_base: str) -> str:
    """Reject a server-supplied video URL the app must not fetch.

    Only http(s); never file: or data:, and never loopback unless the API itself
    is on loopback (a compromised answer must not point us at local services).
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UnsafeVideoUrl(
            "the video URL is not an http(s) URL",
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The generation finished, but the video URL is not an http(s) URL. "
                    "Contact the API's support.",
                )
            ),
        )
    if is_loopback_host(parts.hostname) and not is_loopback_host(urlsplit(api_base).hostname):
        raise UnsafeVideoUrl(
            "the video URL points at this computer",
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The generation finished, but the video URL points at this computer. "
                    "Contact the API's support.",
                )
            ),
        )
    return url


def redact_url(url: str) -> str:
    """The URL without query, fragment or credentials: safe for logs and messages."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<invalid url>"
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))
