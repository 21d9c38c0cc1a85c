"""Client for the two AI/ML API endpoints of the first/last-frame video model."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urljoin

import requests

from veodesk import __version__
from veodesk.core import http
from veodesk.core.errors import (
    ApiError,
    AuthError,
    BadRequestError,
    NotFoundError,
    RateLimitedError,
    ServerError,
)
from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message, ServerText
from veodesk.core.models import MalformedResponse, RemoteTask, parse_task
from veodesk.core.urls import normalize_base_url, origin, redact_url

log = logging.getLogger(__name__)

GENERATIONS_PATH = "/v2/video/generations"
MAX_JSON_BYTES = 1024 * 1024
MAX_REDIRECTS = 5


class ApiClient:
    """Speaks the contract; knows nothing of jobs, retries or files.

    The HTTP session is injected so callers (and tests) decide on pooling and
    TLS settings. The key is attached per request, never to the session, so a
    shared session cannot leak it to another host.
    """

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        session: requests.Session | None = None,
        timeout: tuple[float, float] = (10.0, 60.0),
        verify: bool | str = True,
    ) -> None:
        self.base_url = normalize_base_url(base_url)
        self._key = api_key
        self._session = session or http.new_session()
        self._timeout = timeout
        # Verification can point at a CA bundle, but never be switched off.
        self._verify: bool | str = verify if isinstance(verify, str) and verify else True

    def __repr__(self) -> str:
        return f"ApiClient({self.base_url!r}, key=…{self._key[-4:]})"

    def create(self, body: Mapping[str, Any]) -> RemoteTask:
        """POST a new task. Paid: callers decide whether a failure may be retried."""
        return self._task(self._request("POST", GENERATIONS_PATH, json_body=body))

    def get(self, generation_id: str) -> RemoteTask:
        # requests percent-encodes params, so ids with ':' and '/' survive intact.
        return self._task(
            self._request("GET", GENERATIONS_PATH, params={"generation_id": generation_id})
        )

    def _task(self, payload: Any) -> RemoteTask:
        try:
            return parse_task(payload)
        except MalformedResponse as exc:
            raise ServerError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The API answered with something that is not a generation task "
                        "({reason}). This is usually temporary; try again shortly.",
                    ),
                    reason=exc.message,
                )
            ) from exc

    def _request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        json_body: Mapping[str, Any] | None = None,
    ) -> Any:
        return request_json(
            self._session,
            method,
            self.base_url + path,
            key=self._key,
            timeout=self._timeout,
            verify=self._verify,
            params=params,
            json_body=json_body,
        )


#: Maps a refusal (status, body, headers) to the error a user reads.
ErrorMapper = Callable[[int, bytes, Mapping[str, str]], ApiError]


def request_json(
    session: requests.Session,
    method: str,
    url: str,
    *,
    key: str,
    timeout: tuple[float, float],
    verify: bool | str,
    params: Mapping[str, str] | None = None,
    json_body: Mapping[str, Any] | None = None,
    billing: bool = False,
    errors: ErrorMapper | None = None,
) -> Any:
    """One authorised JSON request: the key in its header, redirects kept to its origin.

    ``billing``: the messages speak of the billing service, not the API; ``errors``
    maps refusals (by default the generation endpoint's :func:`error_for_response`).
    """
    headers = {
        "Authorization": f"Bearer {key}",
        "Accept": "application/json",
        "User-Agent": f"veodesk/{__version__}",
    }
    data = json_bytes(json_body) if json_body is not None else None
    if data is not None:
        headers["Content-Type"] = "application/json"
    key_origin = origin(url)
    for _ in range(MAX_REDIRECTS + 1):
        log.debug("%s %s", method, redact_url(url))
        response = http.send(
            session,
            method,
            url,
            headers=headers,
            params=params,
            data=data,
            timeout=timeout,
            verify=verify,
            stream=True,
            allow_redirects=False,
        )
        with response:
            if response.is_redirect:
                target = urljoin(url, response.headers.get("Location", ""))
                # Following a redirect to another origin would hand it our key.
                if origin(target) != key_origin:
                    raise ServerError(
                        Message(
                            QT_TRANSLATE_NOOP(
                                "core",
                                "The billing service redirected to another site ({url}); "
                                "veodesk does not follow it because your key would go with it. "
                                "Check the URL in the settings.",
                            ),
                            url=redact_url(target),
                        )
                        if billing
                        else Message(
                            QT_TRANSLATE_NOOP(
                                "core",
                                "The API redirected to another site ({url}); veodesk does not "
                                "follow it because your key would go with it. Check the URL in "
                                "the settings.",
                            ),
                            url=redact_url(target),
                        ),
                        status_code=response.status_code,
                    )
                url, params = target, None
                if response.status_code == 303:
                    method, data = "GET", None
                continue
            body = http.read_capped(response, MAX_JSON_BYTES)
            if response.status_code >= 400:
                raise (errors or error_for_response)(response.status_code, body, response.headers)
            try:
                return json.loads(body)
            except ValueError as exc:
                raise ServerError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "The billing service answered with something that is not JSON "
                            "(HTTP {status}). This is usually temporary; try again shortly.",
                        ),
                        status=response.status_code,
                    )
                    if billing
                    else Message(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "The API answered with something that is not JSON (HTTP {status}). "
                            "This is usually temporary; try again shortly.",
                        ),
                        status=response.status_code,
                    ),
                    status_code=response.status_code,
                ) from exc
    raise ServerError(
        Message(
            QT_TRANSLATE_NOOP(
                "core",
                "The billing service redirected too many times. Check the URL in the settings.",
            )
        )
        if billing
        else Message(
            QT_TRANSLATE_NOOP(
                "core", "The API redirected too many times. Check the URL in the settings."
            )
        )
    )


def server_message(body: bytes) -> ServerText | None:
    """The vendor's own error text, if the body is its JSON error shape."""
    try:
        payload = json.loads(body)
    except ValueError:
        return None
    if not isinstance(payload, dict):
        return None
    message = payload.get("message")
    if isinstance(message, list):
        message = "; ".join(str(m) for m in message[:10])
    if isinstance(payload.get("error"), dict):
        message = message or payload["error"].get("message")
    if isinstance(message, str) and message.strip():
        return ServerText(message.strip()[:1000])
    return None


def error_for_response(status: int, body: bytes, headers: Mapping[str, str]) -> ApiError:
    """A refusal in words; what the server said, if anything, is kept apart in them."""
    server = server_message(body)
    retry_after = http.retry_after_seconds(headers.get("Retry-After"))
    if status in (401, 403):
        return AuthError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The API rejected your key (HTTP {status}). Check the key in the settings or "
                    "the AIMLAPI_KEY variable, and that your account has credits. "
                    "The server said: {server}",
                ),
                status=status,
                server=server,
            )
            if server
            else Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The API rejected your key (HTTP {status}). Check the key in the settings or "
                    "the AIMLAPI_KEY variable, and that your account has credits.",
                ),
                status=status,
            ),
            status_code=status,
        )
    if status == 404:
        return NotFoundError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The API does not know this generation (HTTP 404). Check the id. "
                    "The server said: {server}",
                ),
                server=server,
            )
            if server
            else Message(
                QT_TRANSLATE_NOOP(
                    "core", "The API does not know this generation (HTTP 404). Check the id."
                )
            ),
            status_code=status,
        )
    if status == 429:
        return RateLimitedError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The API is rate limiting requests (HTTP 429). Wait a moment and try again. "
                    "The server said: {server}",
                ),
                server=server,
            )
            if server
            else Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The API is rate limiting requests (HTTP 429). Wait a moment and try again.",
                )
            ),
            retry_after=retry_after,
        )
    if status in (400, 413, 422) or 400 <= status < 500:
        return BadRequestError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The API did not accept the request (HTTP {status}). The server said: {server}",
                ),
                status=status,
                server=server,
            )
            if server
            else Message(
                QT_TRANSLATE_NOOP(
                    "core", "The API did not accept the request (HTTP {status}). Check the inputs."
                ),
                status=status,
            ),
            status_code=status,
        )
    return ServerError(
        Message(
            QT_TRANSLATE_NOOP(
                "core",
                "The API had a problem (HTTP {status}). This is usually temporary; try again in a "
                "few minutes. The server said: {server}",
            ),
            status=status,
            server=server,
        )
        if server
        else Message(
            QT_TRANSLATE_NOOP(
                "core",
                "The API had a problem (HTTP {status}). This is usually temporary; try again in a "
                "few minutes.",
            ),
            status=status,
        ),
        status_code=status,
        retry_after=retry_after,
    )


#: Longer strings are JSON-encoded a piece at a time.
_PIECE = 64 * 1024


def json_bytes(body: Mapping[str, Any]) -> bytes:
    """``json.dumps(body).encode()``, without holding the GIL for long.

    One json.dumps() of a request with two 1.5 MB data URIs is a single C
    call of some 10 ms, during which the UI thread cannot run a line of
    Python: a visible stall (tests/benchmarks, UI stalls). Long strings are
    encoded in 64 KiB pieces instead; the bytes are the same.
    """
    if not any(isinstance(v, str) and len(v) > _PIECE for v in body.values()):
        return json.dumps(body).encode()
    items = []
    for key, value in body.items():
        if isinstance(value, str) and len(value) > _PIECE:
            pieces = (json.dumps(value[i : i + _PIECE])[1:-1] for i in range(0, len(value), _PIECE))
            encoded = '"' + "".join(pieces) + '"'
        else:
            encoded = json.dumps(value)
        items.append(f"{json.dumps(key)}: {encoded}")
    return ("{" + ", ".join(items) + "}").encode()
