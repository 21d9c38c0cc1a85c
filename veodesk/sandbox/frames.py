"""Turning an ``image_url`` into pixels without breaking the network policy.

Only loopback hosts are ever contacted. Any other URL becomes a placeholder frame
that names its host: this machine may not talk to the internet, and the sandbox
must never be the thing that tries.
"""

from __future__ import annotations

import io
import ipaddress
import urllib.error
import urllib.request
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .params import ImageSource

if TYPE_CHECKING:
    from PIL import Image

FETCH_TIMEOUT_SECONDS = 5.0
FETCH_MAX_BYTES = 40 * 1024 * 1024


class SourceError(Exception):
    """A loopback image could not be fetched or decoded; the task fails with this message."""


def is_loopback_host(host: str | None) -> bool:
    """True for 127.0.0.0/8, ::1 and ``localhost``; no DNS lookup is ever made."""
    if not host:
        return False
    host = host.strip("[]").rstrip(".").lower()
    # Not "*.localhost": resolving those may query a real DNS server.
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    # A loopback server could redirect anywhere; following it would leave the box.
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def _opener() -> urllib.request.OpenerDirector:
    # Empty ProxyHandler: an http_proxy in the environment must not relay loopback fetches.
    return urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect())


def source_bytes(
    field: str,
    source: ImageSource,
    *,
    timeout: float = FETCH_TIMEOUT_SECONDS,
    max_bytes: int = FETCH_MAX_BYTES,
) -> bytes | None:
    """The image bytes behind ``source``, or None when a placeholder must stand in."""
    if source.kind == "data":
        return source.data
    if not is_loopback_host(urlsplit(source.url).hostname):
        return None
    try:
        with _opener().open(source.url, timeout=timeout) as response:
            if response.status != 200:
                raise SourceError(f"{field}: {source.url} answered HTTP {response.status}")
            data: bytes = response.read(max_bytes + 1)
    except urllib.error.HTTPError as exc:
        raise SourceError(f"{field}: {source.url} answered HTTP {exc.code}") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise SourceError(f"{field}: could not download {source.url}: {exc}") from None
    if len(data) > max_bytes:
        raise SourceError(f"{field}: {source.url} is larger than {max_bytes} bytes")
    return data


def open_image(field: str, data: bytes) -> Image.Image:
    from PIL import Image, ImageOps

    try:
        with Image.open(io.BytesIO(data)) as raw:
            raw.load()
            image = ImageOps.exif_transpose(raw)
    except Exception as exc:
        raise SourceError(f"{field}: the file is not a readable image ({exc})") from None
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        background = Image.new("RGBA", image.size, (24, 24, 28, 255))
        background.alpha_composite(image.convert("RGBA"))
        image = background
    return image.convert("RGB")


def placeholder_image(field: str, url: str, size: tuple[int, int]) -> Image.Image:
    """A frame standing in for a remote image the sandbox refuses to download."""
    from PIL import Image, ImageDraw

    from .overlay import load_font

    width, height = size
    host = urlsplit(url).hostname or url
    # Different tints for first and last frame keep the cross-fade visible.
    top, bottom = (
        ((40, 70, 120), (15, 25, 45)) if field == "image_url" else ((120, 60, 40), (45, 20, 15))
    )
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        mix = y / max(1, height - 1)
        colour = tuple(round(a + (b - a) * mix) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)
    short = min(width, height)
    title_size = max(12, short // 14)
    title = load_font(title_size)
    while title_size > 10 and draw.textlength(host, font=title) > width * 0.9:
        title_size -= 2
        title = load_font(title_size)
    small = load_font(max(10, short // 30))
    label = "first frame" if field == "image_url" else "last frame"
    lines = [(label, small), (host, title), ("remote image not fetched by the sandbox", small)]
    gap = short // 40
    heights = [draw.textbbox((0, 0), text, font=font)[3] for text, font in lines]
    line_y: float = (height - sum(heights) - gap * (len(lines) - 1)) // 2
    for (text, font), line_height in zip(lines, heights, strict=True):
        text_width = draw.textlength(text, font=font)
        draw.text(((width - text_width) / 2, line_y), text, font=font, fill=(235, 235, 240))
        line_y += line_height + gap
    return image
