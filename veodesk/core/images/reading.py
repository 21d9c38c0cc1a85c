"""Finding, opening and decoding a user's picture, with every failure explained.

Every error here is an :class:`InvalidImageError` whose message names the file
and says what to do, raised before anything is sent.
"""

from __future__ import annotations

import contextlib
import importlib
import math
import os
import stat
import struct
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

from PIL import ExifTags, Image, ImageFile, ImageOps, UnidentifiedImageError

from veodesk.core.errors import InvalidImageError
from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message
from veodesk.core.images import colour
from veodesk.core.images.geometry import Size

#: A local path, or an http(s) URL string.
ImageSource = str | os.PathLike[str]

#: Below this on either side a picture cannot carry a scene.
MIN_SIDE = 64
HEIF_EXTRA_HINT = 'pip install "veodesk[heif]"'
# Only these decoders are ever tried: Pillow also opens formats such as EPS
# (through Ghostscript) that have no business reading a dropped file. MPO is
# how Pillow names the multi-picture JPEGs many cameras and phones write.
_WANTED_FORMATS = ("JPEG", "MPO", "PNG", "WEBP", "BMP", "TIFF", "GIF", "HEIF", "AVIF")
_DRAFTABLE = frozenset({"JPEG", "MPO"})
_HEIF_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs"})
_GENERIC_HEIF_BRANDS = frozenset({b"mif1", b"msf1", b"mif2"})
_AVIF_BRANDS = frozenset({b"avif", b"avis"})
_SWAPS_SIDES = frozenset({5, 6, 7, 8})

_plugins_lock = threading.Lock()
_plugins_ready = False


#: How messages name the picture, by the label callers pass (a code, never shown).
_FRAME_NAMES = {
    "first frame": QT_TRANSLATE_NOOP("core", "First frame"),
    "last frame": QT_TRANSLATE_NOOP("core", "Last frame"),
    "image": QT_TRANSLATE_NOOP("core", "Image"),
}


def frame_name(label: str) -> Message:
    """``"First frame"``: the picture ``label`` stands for, as a message begins with it."""
    known = _FRAME_NAMES.get(label)
    return Message(known) if known else Message.verbatim(label[:1].upper() + label[1:])


def _field(label: str) -> str | None:
    return {"first frame": "first", "last frame": "last"}.get(label)


def _error(label: str, path: object, message: Message) -> InvalidImageError:
    """``message`` names the picture with ``{frame}`` and its file with ``{path}``."""
    return InvalidImageError(message, path=str(path), field=_field(label))


# -- where the picture is ---------------------------------------------------


def locate(source: ImageSource, label: str) -> str | Path:
    """An http(s) URL (returned as is: it is never fetched) or a checked local file."""
    if isinstance(source, str):
        text = source.strip()
        if not text:
            raise InvalidImageError(_nothing_chosen(label), field=_field(label))
        scheme = urlsplit(text).scheme.lower() if ":" in text else ""
        # One letter before the colon is a Windows drive (C:\...), not a scheme.
        if len(scheme) > 1:
            return _checked_url(text, scheme, label)
    path = Path(os.fspath(source)).expanduser()
    check_local_file(path, label)
    return path


def _nothing_chosen(label: str) -> Message:
    if label == "first frame":
        return Message(
            QT_TRANSLATE_NOOP(
                "core",
                "No first frame was chosen. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or "
                "AVIF file.",
            )
        )
    if label == "last frame":
        return Message(
            QT_TRANSLATE_NOOP(
                "core",
                "No last frame was chosen. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or "
                "AVIF file.",
            )
        )
    if label == "image":
        return Message(
            QT_TRANSLATE_NOOP(
                "core",
                "No image was chosen. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.",
            )
        )
    return Message(
        QT_TRANSLATE_NOOP(
            "core",
            "No {frame} was chosen. Choose a JPEG, PNG, WebP, BMP, TIFF, GIF, HEIC or AVIF file.",
        ),
        frame=label,
    )


def _checked_url(text: str, scheme: str, label: str) -> str:
    if scheme in ("http", "https") and urlsplit(text).hostname:
        return text
    raise _error(
        label,
        text,
        Message(
            QT_TRANSLATE_NOOP(
                "core",
                '{frame} "{path}" is a {scheme}: address, which veodesk does not send. Choose a '
                "file on this computer, or give an http(s) URL.",
            ),
            frame=frame_name(label),
            path=text,
            scheme=scheme,
        ),
    )


def check_local_file(path: Path, label: str) -> os.stat_result:
    """Stat ``path`` and reject what cannot be an image file before opening it."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise _error(
            label,
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    '{frame} "{path}" does not exist. Check the path, or choose the file again.',
                ),
                frame=frame_name(label),
                path=str(path),
            ),
        ) from None
    except PermissionError:
        raise _permission_error(label, path) from None
    except OSError as exc:
        raise _error(
            label,
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "core", '{frame} "{path}" cannot be read ({reason}). Choose another file.'
                ),
                frame=frame_name(label),
                path=str(path),
                reason=str(exc.strerror),
            ),
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise _error(
            label,
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    '{frame} "{path}" is a folder, not an image. Choose a JPEG, PNG, WebP, BMP, '
                    "TIFF, GIF, HEIC or AVIF file.",
                ),
                frame=frame_name(label),
                path=str(path),
            ),
        )
    # A FIFO or a device could block or never end; only plain files are read.
    if not stat.S_ISREG(info.st_mode):
        raise _error(
            label,
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    '{frame} "{path}" is not a regular file. Choose a JPEG, PNG, WebP, BMP, '
                    "TIFF, GIF, HEIC or AVIF file.",
                ),
                frame=frame_name(label),
                path=str(path),
            ),
        )
    if info.st_size == 0:
        raise _error(
            label,
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    '{frame} "{path}" is empty (0 bytes). Export or download the picture again.',
                ),
                frame=frame_name(label),
                path=str(path),
            ),
        )
    return info


def _permission_error(label: str, path: object) -> InvalidImageError:
    return _error(
        label,
        path,
        Message(
            QT_TRANSLATE_NOOP(
                "core",
                '{frame} "{path}" cannot be read: permission denied. Check the file\'s '
                "permissions, or copy it to a folder of yours and choose the copy.",
            ),
            frame=frame_name(label),
            path=str(path),
        ),
    )


# -- plugins and containers Pillow may not read ------------------------------


#: Pillow's plugin modules for the formats veodesk opens. ``Image.init()``
#: would import all ~40 (EPS, PDF, DDS...): twice the time, and time the
#: importing thread holds the GIL the UI thread needs.
_PLUGIN_MODULES = (
    "JpegImagePlugin",
    "MpoImagePlugin",
    "PngImagePlugin",
    "WebPImagePlugin",
    "BmpImagePlugin",
    "TiffImagePlugin",
    "GifImagePlugin",
    "AvifImagePlugin",  # Pillow 11.3 and later
)


def load_decoders() -> None:
    """Load Pillow's decoders, and pillow-heif's when the optional extra is there.

    Idempotent and thread-safe; the first picture opened calls it anyway.
    """
    global _plugins_ready
    with _plugins_lock:
        if _plugins_ready:
            return
        Image.preinit()
        for name in _PLUGIN_MODULES:
            with contextlib.suppress(ImportError):  # a Pillow built without it
                importlib.import_module(f"PIL.{name}")
        with contextlib.suppress(ImportError):
            # optional: the heif extra, when installed
            from pillow_heif import register_heif_opener

            register_heif_opener()
        _plugins_ready = True


def format_available(name: str) -> bool:
    load_decoders()
    return name in Image.OPEN


def _open_formats() -> tuple[str, ...]:
    # Image.open raises KeyError for a format name no plugin registered.
    return tuple(name for name in _WANTED_FORMATS if format_available(name))


def sniff_container(head: bytes) -> str | None:
    """``"HEIF"`` or ``"AVIF"`` for an ISO-BMFF picture, from its ``ftyp`` box."""
    if len(head) < 16 or head[4:8] != b"ftyp":
        return None
    box_end = min(struct.unpack(">I", head[:4])[0], len(head))
    brands = {head[8:12]} | {head[i : i + 4] for i in range(16, box_end - 3, 4)}
    if brands & _AVIF_BRANDS:
        return "AVIF"
    if brands & (_HEIF_BRANDS | _GENERIC_HEIF_BRANDS):
        return "HEIF"
    return None


def _reject_unreadable_container(fh: IO[bytes], path: Path, label: str) -> None:
    head = fh.read(256)
    fh.seek(0)
    kind = sniff_container(head)
    if kind == "HEIF" and not format_available("HEIF"):
        raise _error(
            label,
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    '{frame} "{path}" is a HEIC/HEIF picture, which needs an optional plugin. '
                    "Install it with: {command}, or save the picture as JPEG.",
                ),
                frame=frame_name(label),
                path=str(path),
                command=HEIF_EXTRA_HINT,
            ),
        )
    if kind == "AVIF" and not format_available("AVIF"):
        raise _error(
            label,
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    '{frame} "{path}" is an AVIF picture, and this installation of Pillow cannot '
                    "read AVIF. Install a Pillow with AVIF support ({command}), or save the "
                    "picture as JPEG.",
                ),
                frame=frame_name(label),
                path=str(path),
                command="pip install --upgrade pillow",
            ),
        )


# -- decoding ------------------------------------------------------------------


@contextlib.contextmanager
def _image_errors(path: Path, label: str) -> Iterator[None]:
    """Turn whatever Pillow or the OS raised into a message about this file."""
    try:
        yield
    except InvalidImageError:
        raise
    except Image.DecompressionBombError:
        raise _too_many_pixels(label, path) from None
    except UnidentifiedImageError:
        raise _error(
            label,
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    '{frame} "{path}" is not an image veodesk can read. Choose a JPEG, PNG, '
                    "WebP, BMP, TIFF, GIF, HEIC or AVIF file.",
                ),
                frame=frame_name(label),
                path=str(path),
            ),
        ) from None
    except PermissionError:
        raise _permission_error(label, path) from None
    except FileNotFoundError:
        raise _error(
            label,
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    '{frame} "{path}" disappeared while it was being read. Choose the file again.',
                ),
                frame=frame_name(label),
                path=str(path),
            ),
        ) from None
    except colour.UnsupportedColourModeError as exc:
        raise _error(
            label,
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    '{frame} "{path}" uses a colour mode ({mode}) that veodesk cannot convert. '
                    "Save it as an RGB JPEG or PNG and choose that.",
                ),
                frame=frame_name(label),
                path=str(path),
                mode=str(exc.mode),
            ),
        ) from None
    except MemoryError:
        raise _error(
            label,
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    '{frame} "{path}" is too large to decode on this computer. Choose a smaller '
                    "picture.",
                ),
                frame=frame_name(label),
                path=str(path),
            ),
        ) from None
    except OSError as exc:
        if exc.errno is not None:
            raise _error(
                label,
                path,
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        '{frame} "{path}" could not be read ({reason}). Choose another file.',
                    ),
                    frame=frame_name(label),
                    path=str(path),
                    reason=str(exc.strerror),
                ),
            ) from None
        raise _damaged(label, path) from None
    except (SyntaxError, ValueError, TypeError, IndexError, struct.error, EOFError):
        # Pillow's plugins report malformed data with all of these.
        raise _damaged(label, path) from None


def _damaged(label: str, path: Path) -> InvalidImageError:
    return _error(
        label,
        path,
        Message(
            QT_TRANSLATE_NOOP(
                "core",
                '{frame} "{path}" is damaged or incomplete (truncated or corrupt). Export or '
                "download it again, or choose another file.",
            ),
            frame=frame_name(label),
            path=str(path),
        ),
    )


def _too_many_pixels(label: str, path: Path, size: Size | None = None) -> InvalidImageError:
    limit = f"{(Image.MAX_IMAGE_PIXELS or 0) / 1e6:.0f}"
    return _error(
        label,
        path,
        Message(
            QT_TRANSLATE_NOOP(
                "core",
                '{frame} "{path}" has {width}×{height} pixels, over the safety limit of {limit} '
                "megapixels that guards against decompression bombs. Shrink it in an image "
                "editor first, or choose another file.",
            ),
            frame=frame_name(label),
            path=str(path),
            width=size[0],
            height=size[1],
            limit=limit,
        )
        if size
        else Message(
            QT_TRANSLATE_NOOP(
                "core",
                '{frame} "{path}" has more pixels, over the safety limit of {limit} megapixels '
                "that guards against decompression bombs. Shrink it in an image editor first, "
                "or choose another file.",
            ),
            frame=frame_name(label),
            path=str(path),
            limit=limit,
        ),
    )


@dataclass(frozen=True)
class LoadedImage:
    """Decoded pixels, upright, in L, RGB or CMYK, transparency flattened."""

    image: Image.Image
    #: Full-resolution size, upright (EXIF orientation applied).
    source_size: Size
    #: Loaded pixels per source pixel along x and y (below 1 after draft decoding).
    scale: tuple[float, float]
    icc_profile: bytes | None


class SourceImage:
    """An identified picture whose pixels are not decoded yet."""

    def __init__(self, image: ImageFile.ImageFile, path: Path, label: str) -> None:
        self._image = image
        self.path = path
        self.label = label
        self.format = image.format or ""
        self.size = upright_size(image)

    def load(self, max_reduction: float = 1.0) -> LoadedImage:
        """Decode, letting a JPEG decoder shrink by up to ``max_reduction``.

        JPEG can decode at 1/2, 1/4 or 1/8 scale in the DCT (``Image.draft``),
        far cheaper than decoding every pixel and throwing most away.
        """
        with _image_errors(self.path, self.label):
            image = self._image
            reduction = self._draft(max_reduction)
            image.load()
            icc_profile = image.info.get("icc_profile") or None
            _apply_orientation(image)
            flattened = colour.flatten(image)
        if reduction == 1:
            # Undrafted, the decoded picture is the truth (a PNG may carry its
            # orientation after the pixels, unseen before loading).
            return LoadedImage(flattened, flattened.size, (1.0, 1.0), icc_profile)
        return LoadedImage(flattened, self.size, (1 / reduction, 1 / reduction), icc_profile)

    def _draft(self, max_reduction: float) -> int:
        """Ask the JPEG decoder for a smaller picture; returns the reduction it chose."""
        image = self._image
        if self.format not in _DRAFTABLE:
            return 1
        raw_width, raw_height = image.size
        limit = Image.MAX_IMAGE_PIXELS or 0
        over_limit = bool(limit) and raw_width * raw_height > limit
        if over_limit:
            # Accepted past the bomb limit only because it decodes smaller.
            max_reduction = max(max_reduction, 2.0, math.sqrt(raw_width * raw_height / limit))
        if max_reduction < 2:
            return 1
        request = (
            max(1, math.ceil(raw_width / max_reduction)),
            max(1, math.ceil(raw_height / max_reduction)),
        )
        drafted = image.draft(None, request)
        reduction = round(raw_width / drafted[1][2]) if drafted else 1
        if over_limit and image.size[0] * image.size[1] > limit:
            raise _too_many_pixels(self.label, self.path, self.size)
        return reduction


def upright_size(image: Image.Image) -> Size:
    """The size as displayed, reading the EXIF orientation from the header only."""
    width, height = image.size
    return (height, width) if _header_orientation(image) in _SWAPS_SIDES else (width, height)


def _header_orientation(image: Image.Image) -> int:
    # Pillow's PNG getexif() decodes every pixel to look for a late eXIf chunk;
    # that orientation is applied after decoding instead.
    if image.format == "PNG" and "exif" not in image.info:
        return 1
    try:
        value = image.getexif().get(ExifTags.Base.Orientation, 1)
    except Exception:  # a malformed EXIF block is ignored, as viewers do
        return 1
    return value if isinstance(value, int) else 1


def _apply_orientation(image: Image.Image) -> None:
    # A malformed EXIF block is ignored, as image viewers ignore it.
    with contextlib.suppress(SyntaxError, ValueError, TypeError, KeyError, struct.error):
        ImageOps.exif_transpose(image, in_place=True)


@contextlib.contextmanager
def open_source(path: Path, label: str) -> Iterator[SourceImage]:
    """Open and identify ``path``; the file stays open until the block ends."""
    with _image_errors(path, label):
        fh = open(path, "rb")  # noqa: SIM115 - closed below, after the caller's block
    try:
        with _image_errors(path, label):
            _reject_unreadable_container(fh, path, label)
            image = Image.open(fh, formats=_open_formats())
            source = SourceImage(image, path, label)
            _check_pixel_count(source)
            _check_min_size(source)
        yield source
    finally:
        fh.close()


def _check_pixel_count(source: SourceImage) -> None:
    """Pillow's bomb limit, applied per format.

    ``Image.MAX_IMAGE_PIXELS`` is left as Pillow sets it (about 89 MP): it is
    process-wide and guards every other decoder too. Above twice the limit
    Pillow refuses outright. Between the limit and twice it only warns; here a
    JPEG is still accepted because it is decoded at a fraction of its size
    (108 MP phone photos are real), and every other format, which must be
    decoded in full, is refused like a bomb.
    """
    limit = Image.MAX_IMAGE_PIXELS
    width, height = source.size
    if limit and width * height > limit and source.format not in _DRAFTABLE:
        raise _too_many_pixels(source.label, source.path, source.size)


def _check_min_size(source: SourceImage) -> None:
    width, height = source.size
    if min(width, height) < MIN_SIDE:
        raise _error(
            source.label,
            source.path,
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    '{frame} "{path}" is only {width}×{height} pixels, too small to be useful. '
                    "Choose a picture at least {min_side} pixels on each side (720 or more is "
                    "best).",
                ),
                frame=frame_name(source.label),
                path=str(source.path),
                width=width,
                height=height,
                min_side=MIN_SIDE,
            ),
        )
