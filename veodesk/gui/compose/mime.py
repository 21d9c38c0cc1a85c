"""What a drop or a paste carries, reduced to image sources a slot can take."""

from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData
from PySide6.QtGui import QImage

from veodesk.gui import caches

#: A slot takes a path or an http(s) URL as text, or raw pixels.
Source = str | QImage


def is_web_url(text: str) -> bool:
    parts = urlsplit(text.strip())
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def sources_from_mime(mime: QMimeData) -> list[Source]:
    """Local files first, then pixels, then links: the most faithful form wins.

    A browser that drags an image usually offers both its address and its
    pixels; the pixels are kept because the address may need cookies or may
    point at a page rather than the picture.
    """
    local: list[Source] = []
    remote: list[Source] = []
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile():
            local.append(url.toLocalFile())
        elif is_web_url(url.toString()):
            remote.append(url.toString())
    if local:
        return local
    if mime.hasImage():
        image = mime.imageData()
        if isinstance(image, QImage) and not image.isNull():
            return [image]
    if remote:
        return remote
    if mime.hasText():
        lines = [line.strip() for line in mime.text().splitlines() if line.strip()]
        links: list[Source] = [line for line in lines if is_web_url(line)]
        if links:
            return links
        files: list[Source] = [line for line in lines if Path(line).is_absolute()]
        return files
    return []


def can_accept(mime: QMimeData) -> bool:
    """Cheap check for drag-enter: no file system access, no decoding."""
    if mime.hasImage():
        return True
    if mime.hasUrls():
        return any(u.isLocalFile() or is_web_url(u.toString()) for u in mime.urls())
    return mime.hasText() and any(is_web_url(t) for t in mime.text().split())


def save_pasted_image(image: QImage) -> str:
    """Keep pasted pixels as a PNG in the cache; runs on a worker thread."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 takes the format as str here (bytes raise ValueError); its stubs say bytes.
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise OSError("the pasted image could not be encoded")
    raw = bytes(data.data())
    folder = caches.folder("pasted")
    target = folder / f"{hashlib.sha256(raw).hexdigest()[:20]}.png"
    if not target.exists():
        tmp = target.with_suffix(".part")
        tmp.write_bytes(raw)
        tmp.replace(target)
    return str(target)
