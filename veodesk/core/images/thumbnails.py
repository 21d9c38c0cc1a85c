"""Thumbnails for the GUI: fast previews that show where the crop falls, and a cache."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from veodesk.core.errors import InvalidImageError
from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message
from veodesk.core.images.geometry import (
    Box,
    Fit,
    Size,
    fit_within,
    parse_anchor,
    parse_aspect_ratio,
    parse_fit,
    plan_geometry,
)
from veodesk.core.images.notices import source_warnings
from veodesk.core.images.reading import (
    ImageSource,
    check_local_file,
    frame_name,
    locate,
    open_source,
)
from veodesk.core.images.render import render_whole
from veodesk.core.parameters import AUTO, orientation_ratio

#: Decode at least this many times the thumbnail size, then scale down with
#: LANCZOS: JPEG's 1/8 draft alone would alias.
_DRAFT_GAP = 2.0
#: Bump when the stored thumbnails change, so old entries are not reused.
_CACHE_VERSION = 1
_CACHE_SUFFIX = ".jpg"
_CACHE_QUALITY = 88
#: Temporary files older than this were left by a crashed writer.
_STALE_TEMP_SECONDS = 3600.0


@dataclass(frozen=True)
class Thumbnail:
    """The whole source, small, and where the upload's crop falls on it."""

    #: RGB, upright, sRGB, fitting inside ``max_size``×``max_size``.
    image: Image.Image
    #: Full source size, upright.
    source_size: Size
    #: Part of the source the upload would use, normalised; (0, 0, 1, 1) for all of it.
    crop_box: Box | None
    warnings: tuple[Message, ...]


def _local_path(source: ImageSource, label: str) -> Path:
    location = locate(source, label)
    if isinstance(location, str):
        raise InvalidImageError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    '{frame} "{path}" is a URL; previews are made from files on this computer '
                    "only.",
                ),
                frame=frame_name(label),
                path=location,
            ),
            path=location,
        )
    return location


def _check_max_size(max_size: int) -> None:
    if not isinstance(max_size, int) or max_size < 1:
        raise ValueError(f"max_size must be a positive number of pixels, not {max_size!r}")


def _crop_and_warnings(
    source_size: Size,
    ratio: str | None,
    fit_mode: Fit,
    position: tuple[float, float],
    label: str,
    colour_warning: Message | None = None,
) -> tuple[Box | None, tuple[Message, ...]]:
    """Where the upload would crop a picture of ``source_size``, and what to tell the user."""
    if ratio == AUTO:
        ratio = orientation_ratio(source_size)
    plan = plan_geometry(source_size, "1080p", ratio, fit_mode, position)
    return plan.crop_box, source_warnings(label, plan, ratio, fit_mode, colour_warning)


def make_thumbnail(
    source: str | os.PathLike[str],
    *,
    max_size: int = 512,
    aspect_ratio: str | None = "16:9",
    fit: Fit | str = Fit.CROP,
    anchor: tuple[float, float] = (0.5, 0.5),
    label: str = "image",
) -> Thumbnail:
    """A preview of the whole source and where :func:`prepare_image` would crop it.

    The image always shows the whole picture; the GUI draws ``crop_box`` on
    it. A JPEG is decoded at 1/2 to 1/8 scale, so this is quick even for
    large photos. Raises :class:`InvalidImageError` like ``prepare_image``.
    """
    _check_max_size(max_size)
    ratio = parse_aspect_ratio(aspect_ratio)
    fit_mode = parse_fit(fit)
    position = parse_anchor(anchor)
    path = _local_path(source, label)
    with open_source(path, label) as opened:
        loaded = opened.load(max(opened.size) / (max_size * _DRAFT_GAP))
    source_size = loaded.source_size
    image, colour_warning = render_whole(loaded, fit_within(source_size, (max_size, max_size)))
    crop_box, warnings = _crop_and_warnings(
        source_size, ratio, fit_mode, position, label, colour_warning
    )
    return Thumbnail(image=image, source_size=source_size, crop_box=crop_box, warnings=warnings)


class ThumbnailCache:
    """Whole-picture thumbnails on disk, keyed by file, mtime, size and max_size.

    Entries are JPEG files in ``directory`` (in the session's cache folder),
    written through a temporary file and ``os.replace``, so a reader in another thread or
    process sees a whole entry or none. A hit refreshes the entry's mtime;
    when the folder grows past ``max_bytes`` the least recently used entries
    go. Losing an entry only costs a decode, so nothing is fsynced.
    """

    def __init__(self, directory: Path, max_bytes: int = 64 * 1024 * 1024) -> None:
        self.directory = Path(directory)
        self.max_bytes = max_bytes
        self._evict_lock = threading.Lock()

    def get(self, source: str | os.PathLike[str], max_size: int = 512) -> Image.Image:
        """The whole picture fitting ``max_size``×``max_size``, from the cache if there."""
        return self.thumbnail(source, max_size=max_size, aspect_ratio=None).image

    def thumbnail(
        self,
        source: str | os.PathLike[str],
        *,
        max_size: int = 512,
        aspect_ratio: str | None = "16:9",
        fit: Fit | str = Fit.CROP,
        anchor: tuple[float, float] = (0.5, 0.5),
        label: str = "image",
    ) -> Thumbnail:
        """Like :func:`make_thumbnail`, with the picture itself from the cache."""
        _check_max_size(max_size)
        path = _local_path(source, label)
        entry = self.directory / (self.key(path, max_size, label) + _CACHE_SUFFIX)
        cached = self._read(entry)
        if cached is None:
            made = make_thumbnail(path, max_size=max_size, aspect_ratio=None, label=label)
            self._write(entry, made.image, made.source_size)
            self.evict()
            cached = (made.image, made.source_size)
        image, source_size = cached
        crop_box, warnings = _crop_and_warnings(
            source_size,
            parse_aspect_ratio(aspect_ratio),
            parse_fit(fit),
            parse_anchor(anchor),
            label,
        )
        return Thumbnail(image, source_size, crop_box, warnings)

    def key(self, path: Path, max_size: int, label: str = "image") -> str:
        """Changes whenever the file is replaced or edited (mtime or size differ)."""
        info = check_local_file(path, label)
        identity = "\0".join(
            map(str, (_CACHE_VERSION, path.resolve(), info.st_mtime_ns, info.st_size, max_size))
        )
        return hashlib.sha256(identity.encode("utf-8", "surrogateescape")).hexdigest()

    def _read(self, entry: Path) -> tuple[Image.Image, Size] | None:
        try:
            with Image.open(entry, formats=("JPEG",)) as stored:
                stored.load()
                source_size = _parse_size(stored.info.get("comment", b""))
                image = stored.copy()
        except FileNotFoundError:
            return None
        except Exception:  # a damaged entry is only a miss; it is rebuilt
            with contextlib.suppress(OSError):
                entry.unlink()
            return None
        if source_size is None:
            return None
        with contextlib.suppress(OSError):
            os.utime(entry)  # the LRU clock
        image.info = {}
        return image, source_size

    def _write(self, entry: Path, image: Image.Image, source_size: Size) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=self.directory)
        try:
            with os.fdopen(fd, "wb") as out:
                image.save(
                    out,
                    "JPEG",
                    quality=_CACHE_QUALITY,
                    comment=f"veodesk {source_size[0]}x{source_size[1]}".encode(),
                )
            os.replace(temp, entry)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise

    def evict(self) -> None:
        """Delete least recently used entries until the folder fits ``max_bytes``."""
        with self._evict_lock:
            entries = self._entries()
            total = sum(size for _, size, _ in entries)
            for path, size, _ in sorted(entries, key=lambda item: item[2]):
                if total <= self.max_bytes:
                    break
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()  # another process may have taken it already
                total -= size

    def total_bytes(self) -> int:
        return sum(size for _, size, _ in self._entries())

    def clear(self) -> None:
        for path, _, _ in self._entries():
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    def _entries(self) -> list[tuple[Path, int, float]]:
        """(path, bytes, mtime) of each entry; stale temporary files are removed."""
        found: list[tuple[Path, int, float]] = []
        now = time.time()
        try:
            listing = list(os.scandir(self.directory))
        except FileNotFoundError:
            return found
        for item in listing:
            try:
                info = item.stat()
            except FileNotFoundError:
                continue
            if item.name.endswith(".tmp"):
                if now - info.st_mtime > _STALE_TEMP_SECONDS:
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(item.path)
                continue
            if item.name.endswith(_CACHE_SUFFIX):
                found.append((Path(item.path), info.st_size, info.st_mtime))
        return found


def _parse_size(comment: bytes) -> Size | None:
    try:
        name, size = comment.decode("ascii").split(" ")
        width, height = (int(v) for v in size.split("x"))
    except ValueError:
        return None
    return (width, height) if name == "veodesk" else None
