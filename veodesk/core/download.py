"""Streaming the finished video to disk: constant memory, resumable, atomic."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import requests
import urllib3

from veodesk.core import http
from veodesk.core.errors import CancelledError, DownloadError, NetworkError
from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message
from veodesk.core.polling import backoff
from veodesk.core.urls import redact_url

log = logging.getLogger(__name__)

# Small enough that a broken read loses little (its bytes never reach us),
# large enough to keep per-chunk overhead negligible.
CHUNK = 64 * 1024
#: The most one read hands over. Reads return whatever has arrived (read1), so
#: a broken connection loses nothing it delivered, while a fast one is drained
#: in large pieces: 1.4× the throughput of 64 KiB reads on loopback, as fast as
#: curl (tests/benchmarks/bench_download.py).
READ_MAX = 1024 * 1024
MAX_VIDEO_BYTES = 4 * 1024**3
ATTEMPTS = 5

Progress = Callable[[int, int | None], None]


def part_path(dest: Path) -> Path:
    """The temporary name: hidden, in the destination folder so rename is atomic."""
    return dest.with_name(f".{dest.name}.part")


def download(
    url: str,
    dest: Path,
    *,
    session: requests.Session,
    cancel: threading.Event | None = None,
    on_progress: Progress | None = None,
    max_bytes: int = MAX_VIDEO_BYTES,
    timeout: tuple[float, float] = (10.0, 60.0),
    attempts: int = ATTEMPTS,
    retry_first: float = 1.0,
) -> Path:
    """Fetch ``url`` into ``dest``; nothing but a complete file ever sits at ``dest``.

    ``session`` must be one that never carries the API key: the video is on
    another host. A partial file from an earlier run is continued with a Range
    request when the server allows it.
    """
    cancel = cancel or threading.Event()
    dest.parent.mkdir(parents=True, exist_ok=True)
    part = part_path(dest)
    for attempt in range(attempts):
        try:
            _fetch(
                url,
                part,
                session=session,
                cancel=cancel,
                on_progress=on_progress,
                max_bytes=max_bytes,
                timeout=timeout,
            )
            break
        except (NetworkError, _Retryable) as exc:
            if attempt == attempts - 1:
                raise DownloadError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "Downloading the video failed: {reason} The video is kept on the "
                            "server for a while; resume the job to try again.",
                        ),
                        reason=exc.message,
                    )
                ) from exc
            delay = backoff(attempt, first=retry_first)
            log.info("download interrupted (%s); retrying in %.1fs", exc, delay)
            if cancel.wait(delay):
                break
    if cancel.is_set():
        raise CancelledError(
            Message(QT_TRANSLATE_NOOP("core", "Download stopped. Resume the job to finish it."))
        )
    _check_video(part, url)
    os.replace(part, dest)
    return dest


class _Retryable(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def _fetch(
    url: str,
    part: Path,
    *,
    session: requests.Session,
    cancel: threading.Event,
    on_progress: Progress | None,
    max_bytes: int,
    timeout: tuple[float, float],
) -> None:
    have = part.stat().st_size if part.exists() else 0
    headers = {"Accept-Encoding": "identity"}
    if have:
        headers["Range"] = f"bytes={have}-"
    response = http.send(session, "GET", url, headers=headers, stream=True, timeout=timeout)
    with response:
        status = response.status_code
        if status == 416 and have:
            part.unlink(missing_ok=True)
            raise _Retryable(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "the partial download no longer matches; starting again"
                    )
                )
            )
        if status >= 500 or status == 429:
            raise _Retryable(
                Message(
                    QT_TRANSLATE_NOOP("core", "the video host answered HTTP {status}"),
                    status=status,
                )
            )
        if status >= 400:
            raise DownloadError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The video host refused the download (HTTP {status}). The link may have "
                        "expired; check the job's status again to get a fresh one.",
                    ),
                    status=status,
                )
            )
        append = status == 206 and _range_start(response) == have
        if not append:
            have = 0
        expected = _expected_total(response, have)
        if expected is not None and expected > max_bytes:
            raise DownloadError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "The video is {size} bytes, more than the {limit}-byte limit."
                    ),
                    size=expected,
                    limit=max_bytes,
                )
            )
        written = have
        try:
            with open(part, "ab" if append else "wb") as out:
                for chunk in _body(response):
                    if cancel.is_set():
                        return
                    out.write(chunk)
                    written += len(chunk)
                    if written > max_bytes:
                        raise DownloadError(
                            Message(
                                QT_TRANSLATE_NOOP(
                                    "core", "The video is larger than the {limit}-byte limit."
                                ),
                                limit=max_bytes,
                            )
                        )
                    if on_progress:
                        on_progress(written, expected)
                out.flush()
                os.fsync(out.fileno())
        except requests.exceptions.RequestException as exc:
            raise _Retryable(
                Message(
                    QT_TRANSLATE_NOOP("core", "the connection broke after {done} bytes"),
                    done=written,
                )
            ) from exc
        if expected is not None and written < expected:
            raise _Retryable(
                Message(
                    QT_TRANSLATE_NOOP("core", "the connection broke after {done} of {size} bytes"),
                    done=written,
                    size=expected,
                )
            )


def _body(response: requests.Response) -> Iterator[bytes]:
    """The body in the pieces it arrives in, up to READ_MAX bytes each."""
    read1 = getattr(response.raw, "read1", None)
    if read1 is None:  # urllib3 1.x has no read1
        yield from response.iter_content(CHUNK)
        return
    try:
        while chunk := read1(READ_MAX, decode_content=True):
            yield chunk
    except urllib3.exceptions.HTTPError as exc:
        # What iter_content would have raised: a broken or timed-out connection.
        raise requests.exceptions.ConnectionError(exc) from exc


def _range_start(response: requests.Response) -> int | None:
    value = response.headers.get("Content-Range", "")
    # "bytes 100-999/1000"
    try:
        unit, rest = value.split(" ", 1)
        return int(rest.split("-", 1)[0]) if unit == "bytes" else None
    except ValueError:
        return None


def _expected_total(response: requests.Response, have: int) -> int | None:
    length = response.headers.get("Content-Length")
    try:
        return have + int(length) if length is not None else None
    except ValueError:
        return None


def _check_video(path: Path, url: str) -> None:
    with open(path, "rb") as f:
        head = f.read(12)
    # ISO base media files (MP4/MOV) start with a box whose type is 'ftyp'.
    if len(head) < 12 or head[4:8] != b"ftyp":
        path.unlink(missing_ok=True)
        raise DownloadError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "What {url} sent is not an MP4 video; nothing was saved."
                ),
                url=redact_url(url),
            )
        )
