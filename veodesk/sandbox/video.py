"""The video origin: a separate host serving finished MP4s, like the vendor's CDN.

No auth (the URL is the secret). Range requests get 206 unless switched off.
"""

from __future__ import annotations

import re
import time
from email.utils import formatdate

from .faults import VIDEO, DropFault, ResponseFault
from .http_base import SandboxHandler
from .tasks import SandboxTask

FILE_PATH = re.compile(r"^/files/(?P<token>[A-Za-z0-9_-]+)/output\.mp4$")
CHUNK_BYTES = 64 * 1024
_RANGE = re.compile(r"^\s*bytes\s*=\s*(?P<first>\d*)\s*-\s*(?P<last>\d*)\s*$", re.I)


class Unsatisfiable(Exception):
    pass


def parse_range(header: str, total: int) -> tuple[int, int] | None:
    """(first, last) inclusive for a single byte range; None means "ignore, send it all".

    Multi-range and malformed headers are ignored, which RFC 9110 allows; a range
    that starts past the end raises Unsatisfiable (416).
    """
    match = _RANGE.match(header)
    if match is None:
        return None
    first_text, last_text = match.group("first"), match.group("last")
    if not first_text:
        if not last_text:
            return None
        suffix = int(last_text)
        if suffix == 0 or total == 0:
            raise Unsatisfiable
        return max(0, total - suffix), total - 1
    first = int(first_text)
    if last_text and int(last_text) < first:
        return None
    if first >= total:
        raise Unsatisfiable
    last = int(last_text) if last_text else total - 1
    return first, min(last, total - 1)


class VideoHandler(SandboxHandler):
    def do_GET(self) -> None:
        self._serve()

    def do_HEAD(self) -> None:
        self._serve()

    def _refuse_method(self) -> None:
        self.record(*self.split_path(), b"").status = 405
        self.send_body(405, b"Method Not Allowed\n", "text/plain", {"Allow": "GET, HEAD"})

    do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = _refuse_method

    def _serve(self) -> None:
        sandbox = self.server.services
        path, record = self.receive()

        fault = sandbox.faults.take_request_fault(VIDEO)
        if isinstance(fault, DropFault):
            self.drop()
            return
        if isinstance(fault, ResponseFault):
            record.status = fault.status
            self.send_fault(fault, path)
            return

        match = FILE_PATH.match(path)
        task = sandbox.task_by_token(match.group("token")) if match else None
        if task is None or task.video is None:
            record.status = 404
            self.send_body(404, b"Not Found\n", "text/plain; charset=utf-8")
            return
        record.status = self._send_video(task)

    def _send_video(self, task: SandboxTask) -> int:
        faults = self.server.services.faults
        data = task.video or b""
        total = len(data)
        headers = {
            "ETag": task.etag,
            "Last-Modified": formatdate(task.created_wall, usegmt=True),
            "Cache-Control": "public, max-age=86400",
        }
        first, last = 0, total - 1
        status = 200
        range_header = self.headers.get("Range")
        if faults.range_enabled:
            headers["Accept-Ranges"] = "bytes"
            if range_header and self._if_range_holds(task):
                try:
                    wanted = parse_range(range_header, total)
                except Unsatisfiable:
                    headers["Content-Range"] = f"bytes */{total}"
                    self.send_body(416, b"", "video/mp4", headers)
                    return 416
                if wanted is not None:
                    first, last = wanted
                    status = 206
                    headers["Content-Range"] = f"bytes {first}-{last}/{total}"

        self.send_response(status)
        self.send_header("Content-Type", "video/mp4")
        self.send_header("Content-Length", str(last - first + 1))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self._stream(memoryview(data)[first : last + 1])
        return status

    def _if_range_holds(self, task: SandboxTask) -> bool:
        validator = self.headers.get("If-Range")
        if not validator:
            return True
        return validator.strip() in (task.etag, formatdate(task.created_wall, usegmt=True))

    def _stream(self, body: memoryview) -> None:
        faults = self.server.services.faults
        stopping = self.server.stopping
        cut = faults.take_truncation()
        limit = len(body) if cut is None else min(cut, len(body))
        rate = faults.bytes_per_second
        chunk = CHUNK_BYTES if rate is None else max(1, min(CHUNK_BYTES, int(rate / 20)))
        started = time.monotonic()
        sent = 0
        while sent < limit and not stopping.is_set():
            piece = body[sent : min(limit, sent + chunk)]
            self.wfile.write(piece)
            sent += len(piece)
            if rate is not None:
                # Pace against the start time so rounding never adds up to drift.
                delay = started + sent / rate - time.monotonic()
                if delay > 0:
                    stopping.wait(delay)
        if sent < len(body):
            # Content-Length promised more: hang up so the client sees a short body.
            self.drop()
