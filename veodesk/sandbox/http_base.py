"""Plumbing shared by the origins: a quiet threaded server and handler helpers."""

from __future__ import annotations

import contextlib
import datetime as dt
import hmac
import json
import logging
import socket
import socketserver
import ssl
import sys
import threading
import uuid
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit

from veodesk import __version__

from .records import Headers, RecordedRequest

if TYPE_CHECKING:
    from .faults import ResponseFault
    from .services import Services

JSON_TYPE = "application/json; charset=utf-8"
_QUIET_ERRORS = (ConnectionError, TimeoutError)
DRAIN_LIMIT = 64 * 1024 * 1024  # oversized bodies up to this much extra are read and dropped


def vendor_error(status: int, message: str, path: str) -> dict[str, Any]:
    """The vendor's error body (NestJS-style), byte for byte in its field names."""
    return {
        "message": message,
        "path": path,
        "requestId": str(uuid.uuid4()),
        "statusCode": status,
        "timestamp": dt.datetime.now(dt.timezone.utc)
        .isoformat(timespec="milliseconds")
        .replace("+00:00", "Z"),
    }


def bearer_problem(header: str | None, expected: str) -> str | None:
    """What is wrong with an Authorization header, in the vendor's words; None if it is right."""
    if not header:
        return "Missing Authorization header. Expected 'Bearer <API key>'."
    scheme, _, key = header.partition(" ")
    if scheme.lower() != "bearer" or not key.strip():
        return "Malformed Authorization header. Expected 'Bearer <API key>'."
    if not hmac.compare_digest(key.strip().encode("utf-8"), expected.encode("utf-8")):
        # Never echo the key back: error texts end up in logs and screenshots.
        return "Invalid API key."
    return None


def reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


class BodyError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class SandboxServer(ThreadingHTTPServer):
    """Serves one origin; tracks its connections so stop() can cut them."""

    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        handler: type[BaseHTTPRequestHandler],
        *,
        services: Services,
        origin: str,
        logger: logging.Logger,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.services = services
        self.ssl_context = ssl_context
        self.origin = origin
        self.log = logger
        self.stopping = threading.Event()
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind calls socket.getfqdn(), a reverse DNS lookup that
        # can stall for seconds on a machine without network. Skip it.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, address = super().get_request()
        if self.ssl_context is not None:
            # The handshake happens on the handler's first read, in its own
            # thread, so a client that stalls mid-handshake cannot block accept().
            sock = self.ssl_context.wrap_socket(
                sock, server_side=True, do_handshake_on_connect=False
            )
        return sock, address

    def track(self, connection: socket.socket) -> None:
        with self._connections_lock:
            self._connections.add(connection)

    def untrack(self, connection: socket.socket) -> None:
        with self._connections_lock:
            self._connections.discard(connection)

    def close_connections(self) -> None:
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client hanging up mid-answer is routine here (tests do it on purpose);
        # anything else is a sandbox bug worth a traceback in the log, not on stderr.
        error = sys.exc_info()[1]
        if isinstance(error, _QUIET_ERRORS):
            self.log.debug("%s: client %s went away: %s", self.origin, client_address, error)
        else:
            self.log.exception("%s: error serving %s", self.origin, client_address)


class SandboxServerV6(SandboxServer):
    address_family = socket.AF_INET6


class SandboxHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real clients' connection pools expect
    server_version = f"veodesk-sandbox/{__version__}"
    sys_version = ""
    timeout = 120  # idle keep-alive connections give up eventually
    server: SandboxServer

    def setup(self) -> None:
        super().setup()
        self.server.track(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass
        finally:
            self.server.untrack(self.connection)

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except _QUIET_ERRORS as error:
            self.server.log.debug("%s: connection lost: %s", self.server.origin, error)
            self.close_connection = True

    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format: str, *args: Any) -> None:
        self.server.log.debug("%s %s - " + format, self.server.origin, self.address_string(), *args)

    # -- request side ------------------------------------------------------------------

    def split_path(self) -> tuple[str, dict[str, str]]:
        parts = urlsplit(self.path)
        return parts.path, dict(parse_qsl(parts.query, keep_blank_values=True))

    def read_body(self, limit: int) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self.close_connection = True
            raise BodyError(411, "Chunked request bodies are not supported; send Content-Length")
        raw_length = self.headers.get("Content-Length")
        if raw_length is None:
            return b""
        try:
            length = int(raw_length)
        except ValueError:
            self.close_connection = True
            raise BodyError(400, "Invalid Content-Length header") from None
        if length < 0:
            self.close_connection = True
            raise BodyError(400, "Invalid Content-Length header")
        if length > limit:
            # Unread bytes would be parsed as the next request, so the connection must
            # end; and closing with unread input makes the kernel send a RST that can
            # destroy the 413 before the client reads it. Drain what is reasonable first.
            self.close_connection = True
            if length <= limit + DRAIN_LIMIT:
                self._discard(length)
            raise BodyError(413, f"Request body too large (limit {limit} bytes)")
        return self.rfile.read(length)

    def _discard(self, length: int) -> None:
        remaining = length
        while remaining > 0:
            chunk = self.rfile.read(min(remaining, 256 * 1024))
            if not chunk:
                return
            remaining -= len(chunk)

    def receive(self) -> tuple[str, RecordedRequest]:
        """The path and the recorded request, for an origin that ignores bodies.

        A body it cannot read (too large, chunked) is recorded as empty: the
        video and billing origins answer by path alone.
        """
        path, query = self.split_path()
        try:
            body = self.read_body(self.server.services.max_body_bytes)
        except BodyError:
            body = b""
        return path, self.record(path, query, body)

    def record(self, path: str, query: dict[str, str], body: bytes) -> RecordedRequest:
        entry = RecordedRequest(
            origin=self.server.origin,
            method=self.command,
            path=path,
            query=query,
            headers=Headers(self.headers.items()),
            body=body,
        )
        self.server.services.record(entry)
        return entry

    # -- response side -----------------------------------------------------------------

    def send_body(
        self,
        status: int,
        body: bytes,
        content_type: str,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        self.send_body(status, json.dumps(payload).encode("utf-8"), JSON_TYPE, headers)

    def send_fault(self, fault: ResponseFault, path: str) -> None:
        """Answer as an injected failure: vendor error JSON unless the test gave a body."""
        if fault.body is None:
            body = json.dumps(vendor_error(fault.status, reason(fault.status), path)).encode()
            content_type = JSON_TYPE
        else:
            body = fault.body
            content_type = fault.content_type or (
                "text/html; charset=utf-8" if body.lstrip()[:1] == b"<" else JSON_TYPE
            )
        headers = dict(fault.headers or {})
        if fault.retry_after is not None:
            retry_after = fault.retry_after
            if isinstance(retry_after, float) and retry_after.is_integer():
                retry_after = int(retry_after)
            headers["Retry-After"] = str(retry_after)
        self.send_body(fault.status, body, content_type, headers)

    def drop(self) -> None:
        """Hang up without a byte of response."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)
