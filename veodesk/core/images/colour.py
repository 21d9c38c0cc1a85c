"""Colour modes and colour spaces: whatever came in leaves as sRGB pixels.

Transparency is flattened onto :data:`FLATTEN_BACKGROUND` rather than kept as
PNG. A video frame has no alpha, so the service would flatten it anyway, onto
a colour we do not control (often black, which hides dark text and logos),
and fully transparent pixels keep whatever RGB the editor left in them, which
some pipelines show. White is what a viewer or a browser shows behind a
transparent screenshot, so it is what the user saw when choosing the picture.
Flattened, the frame can also go as a JPEG a fraction of the PNG's size.
"""

from __future__ import annotations

import io

from PIL import Image, ImageCms

from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message

FLATTEN_BACKGROUND = (255, 255, 255)
#: The modes the geometry steps work in; everything is converted into one of them.
WORKING_MODES = frozenset({"L", "RGB", "CMYK"})
_SIXTEEN_BIT = frozenset({"I;16", "I;16L", "I;16B", "I;16N"})


class UnsupportedColourModeError(ValueError):
    def __init__(self, mode: str) -> None:
        super().__init__(f"cannot convert colour mode {mode}")
        self.mode = mode


def flatten(image: Image.Image) -> Image.Image:
    """Return ``image`` in L, RGB or CMYK with any transparency composited away."""
    mode = image.mode
    if image.has_transparency_data:
        return _composite(image.convert("RGBA"))
    if mode in WORKING_MODES:
        return image
    if mode in _SIXTEEN_BIT or mode == "I":
        return _deep_grey_to_l(image)
    if mode == "F":
        return _float_grey_to_l(image)
    try:
        return image.convert("L" if mode == "1" else "RGB")
    except ValueError:
        raise UnsupportedColourModeError(mode) from None


def _composite(rgba: Image.Image) -> Image.Image:
    background = Image.new("RGB", rgba.size, FLATTEN_BACKGROUND)
    background.paste(rgba, mask=rgba.getchannel("A"))
    return background


def _band_max(image: Image.Image) -> float:
    # One band: getextrema() gives (low, high) numbers, which its type cannot say.
    high = image.getextrema()[1]
    assert not isinstance(high, tuple)
    return float(high)


def _deep_grey_to_l(image: Image.Image) -> Image.Image:
    # Pillow's own convert("L") clips 16-bit values at 255, which turns nearly
    # every pixel white; the values are scaled into 8 bits instead.
    wide = image if image.mode == "I" else image.convert("I")
    if image.mode in _SIXTEEN_BIT or _band_max(wide) > 255:
        wide = wide.point(lambda value: value * (1 / 257))
    return wide.convert("L")


def _float_grey_to_l(image: Image.Image) -> Image.Image:
    # Floating-point scans are usually 0..1; anything brighter is clipped.
    if _band_max(image) <= 1.0:
        image = image.point(lambda value: value * 255)
    return image.convert("L")


def to_srgb(image: Image.Image, icc_profile: bytes | None) -> tuple[Image.Image, Message | None]:
    """Convert L, RGB or CMYK pixels in ``icc_profile`` to plain sRGB.

    The upload carries no profile (metadata is stripped), and untagged pixels
    are read as sRGB, so a Display P3 phone photo or a CMYK print file must
    be converted here or its colours shift. Returns a warning when the
    embedded profile could not be used and the colours were converted plainly.
    """
    warning = None
    if icc_profile:
        try:
            return _apply_profile(image, icc_profile), None
        except (OSError, ValueError, ImageCms.PyCMSError):
            warning = Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "its embedded colour profile could not be used, so colours may shift a little",
                )
            )
    return (image if image.mode == "RGB" else image.convert("RGB")), warning


def _apply_profile(image: Image.Image, icc_profile: bytes) -> Image.Image:
    source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
    # Built per call (a few ms): a shared LittleCMS transform keeps a one-pixel
    # cache that is not safe to use from two threads at once.
    transform = ImageCms.buildTransform(
        source,
        ImageCms.createProfile("sRGB"),
        image.mode,
        "RGB",
        renderingIntent=ImageCms.Intent.PERCEPTUAL,
    )
    converted = ImageCms.applyTransform(image, transform)
    assert converted is not None  # only None when applied in place
    return converted
