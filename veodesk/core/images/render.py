"""Pixels in, frame out: cut, scale and pad a decoded picture to its plan."""

from __future__ import annotations

from PIL import Image, ImageEnhance, ImageFilter, ImageOps

from veodesk.core.i18n import Message
from veodesk.core.images.colour import to_srgb
from veodesk.core.images.geometry import Box, Plan, Size
from veodesk.core.images.reading import LoadedImage

#: Pillow first shrinks by a whole factor with a cheap box filter while the
#: picture is still this many times the target, then finishes with LANCZOS:
#: indistinguishable from LANCZOS all the way, and far faster from big sources.
REDUCING_GAP = 3.0
#: The blurred backdrop is built at 1/16 of the frame: blur there is nearly free.
_BACKDROP_SHRINK = 16
_BACKDROP_BLUR = 2.0
#: Dimmed a little so the picture stands out from its own backdrop.
_BACKDROP_BRIGHTNESS = 0.8


def render(
    loaded: LoadedImage, plan: Plan, pad_color: tuple[int, int, int] | None = None
) -> tuple[Image.Image, Message | None]:
    """The sRGB frame for ``plan``, and a colour warning if any."""
    picture = _resize(loaded.image, plan.inner_size, _scaled_box(plan.region, loaded.scale))
    picture, warning = to_srgb(picture, loaded.icc_profile)
    if plan.inner_size != plan.output_size:
        picture = _pad(picture, plan, pad_color)
    picture.info = {}  # pixels only from here on
    return picture, warning


def render_whole(loaded: LoadedImage, size: Size) -> tuple[Image.Image, Message | None]:
    """All of the picture at ``size``, in sRGB (previews)."""
    whole = (0.0, 0.0, float(loaded.image.size[0]), float(loaded.image.size[1]))
    picture, warning = to_srgb(_resize(loaded.image, size, whole), loaded.icc_profile)
    picture.info = {}  # pixels only from here on
    return picture, warning


def _scaled_box(region: Box, scale: tuple[float, float]) -> Box:
    return (region[0] * scale[0], region[1] * scale[1], region[2] * scale[0], region[3] * scale[1])


def _resize(image: Image.Image, size: Size, box: Box) -> Image.Image:
    if size == image.size and box == (0, 0, image.size[0], image.size[1]):
        return image.copy()  # never hand out the decoder's own image
    return image.resize(size, Image.Resampling.LANCZOS, box=box, reducing_gap=REDUCING_GAP)


def _pad(picture: Image.Image, plan: Plan, pad_color: tuple[int, int, int] | None) -> Image.Image:
    if pad_color is None:
        frame = _blurred_backdrop(picture, plan.output_size)
    else:
        frame = Image.new("RGB", plan.output_size, tuple(pad_color))
    frame.paste(picture, plan.offset)
    return frame


def _blurred_backdrop(picture: Image.Image, size: Size) -> Image.Image:
    """The picture itself, scaled to cover the frame, blurred and dimmed.

    Unlike black bars, a backdrop in the picture's own colours does not read
    as a hard edge the model should animate.
    """
    small_size = (max(1, size[0] // _BACKDROP_SHRINK), max(1, size[1] // _BACKDROP_SHRINK))
    small = ImageOps.fit(picture, small_size, Image.Resampling.BILINEAR)
    small = small.filter(ImageFilter.GaussianBlur(_BACKDROP_BLUR))
    backdrop = small.resize(size, Image.Resampling.BICUBIC)
    return ImageEnhance.Brightness(backdrop).enhance(_BACKDROP_BRIGHTNESS)
