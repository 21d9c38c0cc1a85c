"""A job's upload frames: kept as files beside its row, sent as ``data:`` URIs.

The uploads are kept so the job can be sent again (resumed after a crash
mid-POST, or "submit again") after the user's originals have moved. The file's
suffix records its type: one table here maps between the two.
"""

from __future__ import annotations

import base64
from pathlib import Path

from veodesk.core.errors import InvalidInputError
from veodesk.core.fsutil import atomic_write
from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message

#: The upload types :func:`veodesk.core.images.encode_upload` produces, and their suffixes.
SUFFIX_OF_MIME = {"image/jpeg": ".jpg", "image/png": ".png"}
_MIME_OF_SUFFIX = {suffix: mime for mime, suffix in SUFFIX_OF_MIME.items()}

#: A file to keep (name without suffix, mime, bytes), or an http(s) URL sent as it is.
Upload = tuple[str, str, bytes] | str


def is_web_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def data_uri(data: bytes, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def save(folder: Path, upload: Upload) -> str:
    """Keep one upload in ``folder``; what is stored in the job's row."""
    if isinstance(upload, str):
        return upload
    stem, mime, data = upload
    path = folder / (stem + SUFFIX_OF_MIME[mime])
    atomic_write(path, data)
    return str(path)


def load(stored: str) -> Upload:
    """A kept upload read back, for a copy of the job."""
    if is_web_url(stored):
        return stored
    path = Path(stored)
    return path.stem, _mime_of(path), _read(path)


def request_value(stored: str | None) -> str:
    """A kept upload file becomes a data URI again; a URL passes through."""
    if not stored:
        raise ValueError("job has no upload")
    if is_web_url(stored):
        return stored
    path = Path(stored)
    return data_uri(_read(path), _mime_of(path))


def _mime_of(path: Path) -> str:
    return _MIME_OF_SUFFIX.get(path.suffix.lower(), "image/jpeg")


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InvalidInputError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The saved frame {path} is missing ({reason}); start a new job from the "
                    "original pictures.",
                ),
                path=str(path),
                reason=str(exc.strerror),
            ),
            field="image_url",
        ) from exc
