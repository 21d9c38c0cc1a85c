"""The one place that calls requests: sessions, error mapping, capped reads."""

from __future__ import annotations

import email.utils
import time
from typing import Any

import requests
import urllib3.exceptions

from veodesk import __version__
from veodesk.core.errors import NetworkError, ServerError
from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message
from veodesk.core.urls import redact_url

#: Retry-After values above this are treated as this: a hostile or confused
#: server must not park a job for hours.
MAX_RETRY_AFTER = 120.0


def new_session() -> requests.Session:
    session = requests.Session()
    # Proxy settings from the environment still apply; nothing else is set here
    # because the API key is attached per request, never to a session.
    session.headers["User-Agent"] = f"veodesk/{__version__}"
    return session


def _nothing_sent(exc: BaseException) -> bool:
    """True when the failure happened before any byte of the request left us."""
    if isinstance(exc, (requests.exceptions.ConnectTimeout, requests.exceptions.SSLError)):
        return True
    seen: set[int] = set()
    stack: list[BaseException | None] = [exc]
    while stack:
        item = stack.pop()
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(
            item,
            (
                urllib3.exceptions.NewConnectionError,
                urllib3.exceptions.NameResolutionError,
                urllib3.exceptions.ConnectTimeoutError,
                ConnectionRefusedError,
            ),
        ):
            return True
        if isinstance(item, urllib3.exceptions.MaxRetryError):
            stack.append(item.reason)
        stack.extend(a for a in getattr(item, "args", ()) if isinstance(a, BaseException))
        stack.append(item.__cause__)
        stack.append(item.__context__)
    return False


def send(session: requests.Session, method: str, url: str, **kwargs: Any) -> requests.Response:
    """``session.request`` with transport failures mapped to NetworkError."""
    try:
        return session.request(method, url, **kwargs)
    except requests.exceptions.RequestException as exc:
        sent = not _nothing_sent(exc)
        where = redact_url(url)
        if isinstance(exc, requests.exceptions.SSLError):
            message = Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Could not set up a secure connection to {url}. Check the date and time of "
                    "this computer, and any proxy or CA setting.",
                ),
                url=where,
            )
        elif isinstance(exc, requests.exceptions.Timeout):
            message = Message(
                QT_TRANSLATE_NOOP(
                    "core", "{url} did not answer in time. Check your connection and try again."
                ),
                url=where,
            )
        elif sent:
            message = Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The connection to {url} broke before an answer arrived. Check your "
                    "connection and try again.",
                ),
                url=where,
            )
        else:
            message = Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Could not connect to {url}. Check your internet connection (and the API "
                    "base URL in the settings).",
                ),
                url=where,
            )
        raise NetworkError(message, request_sent=sent) from exc


def read_capped(response: requests.Response, limit: int) -> bytes:
    """Read a streamed body, refusing to hold more than ``limit`` bytes."""
    chunks: list[bytes] = []
    total = 0
    try:
        for chunk in response.iter_content(64 * 1024):
            total += len(chunk)
            if total > limit:
                raise ServerError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "The answer from {url} is larger than {limit} bytes; refusing to "
                            "read it.",
                        ),
                        url=redact_url(response.url),
                        limit=limit,
                    ),
                    status_code=response.status_code,
                )
            chunks.append(chunk)
    except requests.exceptions.RequestException as exc:
        raise NetworkError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "The connection to {url} broke while reading the answer. Try again."
                ),
                url=redact_url(response.url),
            )
        ) from exc
    return b"".join(chunks)


def retry_after_seconds(value: str | None, *, now: float | None = None) -> float | None:
    """Parse Retry-After (seconds or an HTTP date), capped at MAX_RETRY_AFTER."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        seconds = when.timestamp() - (now if now is not None else time.time())
    if seconds != seconds:  # NaN
        return None
    return max(0.0, min(seconds, MAX_RETRY_AFTER))
