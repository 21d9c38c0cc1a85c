"""Pictures the image tests draw for themselves, and ways to look inside an upload."""

from __future__ import annotations

import functools
import io
import math
import os
import struct
from pathlib import Path

from PIL import ExifTags, Image, ImageCms

from veodesk.core.images import PreparedImage

RED = (220, 30, 30)
GREEN = (30, 200, 30)
BLUE = (30, 30, 220)
YELLOW = (230, 220, 30)
#: Four differently coloured quarters: any rotation or mirror shows.
QUADRANTS = {"tl": RED, "tr": GREEN, "bl": BLUE, "br": YELLOW}
#: What each orientation tag undoes: storing ``picture.transpose(INVERSE[n])``
#: with tag n shows ``picture`` upright again.
INVERSE_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}
SECRET_COMMENT = b"secret-comment-do-not-send"
SECRET_XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">secret-xmp-do-not-send</x:xmpmeta>'
SECRET_MAKE = "SecretPhoneMaker"


def quadrants(size: tuple[int, int] = (1600, 1200)) -> Image.Image:
    width, height = size
    image = Image.new("RGB", size, QUADRANTS["tl"])
    image.paste(QUADRANTS["tr"], (width // 2, 0, width, height // 2))
    image.paste(QUADRANTS["bl"], (0, height // 2, width // 2, height))
    image.paste(QUADRANTS["br"], (width // 2, height // 2, width, height))
    return image


def coordinates(size: tuple[int, int] = (1600, 1200)) -> Image.Image:
    """Red rises left to right, green top to bottom: a pixel says where it came from."""
    width, height = size
    row = bytes(x * 255 // (width - 1) for x in range(width))
    red = Image.frombytes("L", size, row * height)
    green = Image.frombytes(
        "L", size, b"".join(bytes([y * 255 // (height - 1)]) * width for y in range(height))
    )
    return Image.merge("RGB", (red, green, Image.new("L", size, 128)))


def where_from(pixel: tuple[int, ...]) -> tuple[float, float]:
    """The normalised source position a :func:`coordinates` pixel came from."""
    return (pixel[0] / 255, pixel[1] / 255)


def sample(image: Image.Image, x: float, y: float) -> tuple[int, ...]:
    """The mean colour of a small patch around the normalised point (x, y)."""
    width, height = image.size
    cx = min(max(round(x * (width - 1)), 2), width - 3)
    cy = min(max(round(y * (height - 1)), 2), height - 3)
    patch = image.convert("RGB").crop((cx - 2, cy - 2, cx + 3, cy + 3)).resize((1, 1))
    return patch.getpixel((0, 0))  # type: ignore[return-value]


def close(actual: tuple[int, ...], expected: tuple[int, ...], tolerance: int = 30) -> bool:
    return all(abs(a - e) <= tolerance for a, e in zip(actual, expected))


def quadrant_colours(image: Image.Image) -> dict[str, tuple[int, ...]]:
    return {
        "tl": sample(image, 0.25, 0.25),
        "tr": sample(image, 0.75, 0.25),
        "bl": sample(image, 0.25, 0.75),
        "br": sample(image, 0.75, 0.75),
    }


def upright_as_expected(image: Image.Image) -> bool:
    found = quadrant_colours(image)
    return all(close(found[k], QUADRANTS[k]) for k in QUADRANTS)


def faint_quadrants_upright(image: Image.Image) -> bool:
    """The quadrants show through a noisy picture the right way up.

    Each quarter's mean colour, less the picture's mean, must point the same
    way as the pure quadrant colour less theirs.
    """
    width, height = image.size
    boxes = {
        "tl": (0, 0, width // 2, height // 2),
        "tr": (width // 2, 0, width, height // 2),
        "bl": (0, height // 2, width // 2, height),
        "br": (width // 2, height // 2, width, height),
    }
    rgb = image.convert("RGB")
    means = {
        k: rgb.crop(b).resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))
        for k, b in boxes.items()
    }
    overall = [sum(m[i] for m in means.values()) / 4 for i in range(3)]  # type: ignore[index]
    pure = [sum(c[i] for c in QUADRANTS.values()) / 4 for i in range(3)]
    for key, mean in means.items():
        found = [mean[i] - overall[i] for i in range(3)]  # type: ignore[index]
        wanted = [QUADRANTS[key][i] - pure[i] for i in range(3)]
        dot = sum(f * w for f, w in zip(found, wanted))
        norms = math.hypot(*found) * math.hypot(*wanted)
        if norms == 0 or dot / norms < 0.9:
            return False
    return True


def exif_block(orientation: int | None = None, *, gps: bool = True) -> bytes:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = SECRET_MAKE
    if orientation is not None:
        exif[ExifTags.Base.Orientation] = orientation
    if gps:
        exif[ExifTags.IFD.GPSInfo] = {
            ExifTags.GPS.GPSLatitudeRef: "N",
            ExifTags.GPS.GPSLatitude: (52.0, 31.0, 12.5),
            ExifTags.GPS.GPSLongitudeRef: "E",
            ExifTags.GPS.GPSLongitude: (13.0, 24.0, 36.5),
        }
    return exif.tobytes()


def save(image: Image.Image, path: Path, format_name: str | None = None, **options: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, format_name, **options)
    return path


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def srgb_profile() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def swapped_profile() -> bytes:
    """An RGB profile whose red is sRGB's green and whose green is sRGB's red.

    Made from Pillow's own sRGB profile by swapping two tag-table offsets, so
    a picture that honours it comes out with red and green exchanged.
    """
    data = bytearray(srgb_profile())
    count = struct.unpack(">I", data[128:132])[0]
    entries = {}
    for index in range(count):
        at = 132 + 12 * index
        entries[bytes(data[at : at + 4])] = at
    red, green = entries[b"rXYZ"], entries[b"gXYZ"]
    data[red + 4 : red + 12], data[green + 4 : green + 12] = (
        data[green + 4 : green + 12],
        data[red + 4 : red + 12],
    )
    # Byte 44 onwards of the description would still say sRGB; the pipeline
    # must not trust a name, so it is left as is.
    return bytes(data)


@functools.cache
def camera_photo_jpeg() -> bytes:
    """A 24 MP (6000×4000) JPEG that compresses like a real photo (about 10 MB).

    Flat colour would shrink to almost nothing and prove no byte budget, so
    random noise at several scales is blended over a gradient. It carries
    EXIF with GPS, a comment and XMP, like a camera's file.
    """
    size = (6000, 4000)

    def noise(shrink: int) -> Image.Image:
        small = (size[0] // shrink, size[1] // shrink)
        layer = Image.frombytes("RGB", small, os.urandom(small[0] * small[1] * 3))
        return layer.resize(size, Image.Resampling.BICUBIC) if shrink > 1 else layer

    picture = Image.blend(noise(64), noise(8), 0.45)
    picture = Image.blend(picture, noise(2), 0.3)
    picture = Image.blend(picture, noise(1), 0.12)
    gradient = Image.linear_gradient("L").resize(size).convert("RGB")
    picture = Image.blend(picture, gradient, 0.3)
    # The quadrants show through faintly, so orientation can still be checked.
    picture = Image.blend(picture, quadrants(size), 0.35)
    buffer = io.BytesIO()
    picture.save(
        buffer, "JPEG", quality=92, exif=exif_block(), comment=SECRET_COMMENT, xmp=SECRET_XMP
    )
    return buffer.getvalue()


def decode(prepared: PreparedImage) -> Image.Image:
    assert prepared.data is not None
    image = Image.open(io.BytesIO(prepared.data))
    image.load()
    return image


#: Markers that stand alone, with no length and no payload: SOI, EOI, RST0-7.
_STANDALONE = {0xD8, 0xD9, *range(0xD0, 0xD8)}


def jpeg_segments(data: bytes) -> list[tuple[int, bytes]]:
    """Every marker of the file with its payload, scans skipped (a progressive file has several).

    The scans' entropy-coded bytes are left out: they are pixels, in which any
    short string turns up now and then by chance (b"GPS" in about 3 % of the
    noisy test photos), so only the segments around them can carry metadata.
    """
    assert data[:2] == b"\xff\xd8"
    segments: list[tuple[int, bytes]] = [(0xD8, b"")]
    at = 2
    while at < len(data) - 1:
        assert data[at] == 0xFF
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker in _STANDALONE:
            segments.append((marker, b""))
            at += 2
            if marker == 0xD9:
                break
            continue
        length = struct.unpack(">H", data[at + 2 : at + 4])[0]
        segments.append((marker, data[at + 4 : at + 2 + length]))
        at += 2 + length
        if marker == 0xDA:  # the scan runs to the next marker that is not stuffing or RST
            while at < len(data) - 1 and not (
                data[at] == 0xFF and data[at + 1] not in (0x00, *range(0xD0, 0xD8))
            ):
                at += 1
    return segments


def jpeg_markers(data: bytes) -> list[int]:
    """Every marker of the file, in order (RSTs and EOI included)."""
    return [marker for marker, _ in jpeg_segments(data)]


def png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """Every chunk's type and data."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, at = [], 8
    while at < len(data):
        length = struct.unpack(">I", data[at : at + 4])[0]
        chunks.append((data[at + 4 : at + 8], data[at + 8 : at + 8 + length]))
        at += 12 + length
    return chunks


#: JPEG markers a bare JFIF carries: SOI, APP0 (JFIF), DQT, SOF0/SOF2, DHT, DRI, SOS.
BARE_JPEG_MARKERS = {0xD8, 0xE0, 0xDB, 0xC0, 0xC2, 0xC4, 0xDD, 0xDA, 0xD9, *range(0xD0, 0xD8)}
BARE_PNG_CHUNKS = {b"IHDR", b"IDAT", b"IEND"}


def assert_pixels_only(prepared: PreparedImage) -> None:
    """No EXIF (so no GPS), XMP, ICC, comment or text: nothing but pixels."""
    data = prepared.data
    assert data is not None
    if prepared.mime == "image/jpeg":
        segments = jpeg_segments(data)
        assert {marker for marker, _ in segments} <= BARE_JPEG_MARKERS
        # Scans hold pixels; everything else could hold metadata.
        around_pixels = b"".join(payload for _, payload in segments)
    else:
        assert prepared.mime == "image/png"
        chunks = png_chunks(data)
        assert {kind for kind, _ in chunks} <= BARE_PNG_CHUNKS
        around_pixels = b"".join(body for kind, body in chunks if kind != b"IDAT")
    image = decode(prepared)
    assert len(image.getexif()) == 0
    assert not {"exif", "xmp", "icc_profile", "comment", "XML:com.adobe.xmp"} & set(image.info)
    for secret in (SECRET_COMMENT, b"secret-xmp", SECRET_MAKE.encode(), b"GPS"):
        assert secret not in around_pixels
