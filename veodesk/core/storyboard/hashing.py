"""What goes into a segment's request, as one hash: a take is current while it matches.

The pictures count by their source file's bytes together with the parameters
that prepare them (resolution, aspect ratio, fit), never by the prepared
bytes: an upgrade of Pillow or of the JPEG encoder changes those, and would
make every segment of every storyboard stale (and paid for again).
``PREPARATION`` changes only when veodesk deliberately prepares pictures
differently enough to be worth a new take.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from pathlib import Path

from veodesk import MODEL_ID
from veodesk.core.errors import InvalidImageError
from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message

PREPARATION = 1
_CHUNK = 1 << 20

_cache: dict[tuple[str, int, int], str] = {}
_cache_lock = threading.Lock()


def file_digest(path: Path, keyframe: int | None = None) -> str:
    """SHA-256 of the file's bytes; remembered while its size and time stay the same."""
    try:
        stat = path.stat()
        key = (os.fspath(path.resolve()), stat.st_size, stat.st_mtime_ns)
        with _cache_lock:
            known = _cache.get(key)
        if known is not None:
            return known
        digest = hashlib.sha256()
        with path.open("rb") as f:
            while chunk := f.read(_CHUNK):
                digest.update(chunk)
    except OSError as exc:
        reason = str(exc.strerror or exc)
        raise InvalidImageError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    'The keyframe {number}\'s picture "{path}" cannot be read ({reason}). Put the '
                    "file back or replace the keyframe.",
                ),
                number=keyframe,
                path=str(path),
                reason=reason,
            )
            if keyframe is not None
            else Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    'The picture "{path}" cannot be read ({reason}). Put the file back or replace '
                    "the keyframe.",
                ),
                path=str(path),
                reason=reason,
            ),
            path=str(path),
        ) from exc
    value = digest.hexdigest()
    with _cache_lock:
        _cache[key] = value
    return value


def inputs_hash(
    *,
    first: str,
    last: str,
    prompt: str,
    duration: int,
    resolution: str,
    aspect_ratio: str,
    fit: str,
    generate_audio: bool,
) -> str:
    """One segment's inputs: ``first``/``last`` from :func:`file_digest`, the styled prompt."""
    inputs = {
        "model": MODEL_ID,
        "preparation": PREPARATION,
        "first": first,
        "last": last,
        "prompt": prompt,
        "duration": duration,
        "resolution": resolution,
        "aspect_ratio": aspect_ratio,
        "fit": fit,
        "generate_audio": generate_audio,
    }
    text = json.dumps(inputs, sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(text.encode()).hexdigest()
