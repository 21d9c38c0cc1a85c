"""Sizes, aspect ratios and where a crop or a pad falls: arithmetic only, no pixels."""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from fractions import Fraction

from veodesk.core.errors import InvalidInputError
from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message, one_of
from veodesk.core.parameters import API_ASPECT_RATIOS, AUTO, orientation_ratio

Size = tuple[int, int]
#: (left, top, right, bottom), in source pixels or normalised to 0..1.
Box = tuple[float, float, float, float]

ASPECT_RATIOS = API_ASPECT_RATIOS
#: Landscape frame size per resolution; the portrait form swaps the two.
RESOLUTIONS: dict[str, Size] = {"720p": (1280, 720), "1080p": (1920, 1080)}
#: Shapes closer than this (relative) are treated as the same shape.
RATIO_TOLERANCE = 0.01
FULL_BOX: Box = (0.0, 0.0, 1.0, 1.0)


class Fit(str, enum.Enum):
    """How a picture of another shape is made to fit the video's shape."""

    CROP = "crop"
    PAD = "pad"
    NONE = "none"


def parse_resolution(resolution: str) -> str:
    value = str(resolution).strip().lower()
    if value not in RESOLUTIONS:
        raise InvalidInputError(
            Message(
                QT_TRANSLATE_NOOP("core", "Resolution {value} is not offered; choose {choices}."),
                value=repr(resolution),
                choices=one_of(["720p", "1080p"]),
            ),
            field="resolution",
        )
    return value


def parse_aspect_ratio(aspect_ratio: str | None) -> str | None:
    """``"16:9"``, ``"9:16"``, ``"auto"`` or None (not chosen)."""
    if aspect_ratio is None:
        return None
    value = str(aspect_ratio).strip().lower()
    if value not in (*ASPECT_RATIOS, AUTO):
        raise InvalidInputError(
            Message(
                QT_TRANSLATE_NOOP("core", "Aspect ratio {value} is not offered; choose {choices}."),
                value=repr(aspect_ratio),
                choices=one_of(["auto", "16:9", "9:16"]),
            ),
            field="aspect_ratio",
        )
    return value


def parse_fit(fit: Fit | str) -> Fit:
    try:
        return Fit(str(fit.value if isinstance(fit, Fit) else fit).strip().lower())
    except ValueError:
        raise InvalidInputError(
            Message(
                QT_TRANSLATE_NOOP("core", "Fit {value} is not offered; choose {choices}."),
                value=repr(fit),
                choices=one_of(["crop", "pad", "none"]),
            ),
            field="fit",
        ) from None


def parse_anchor(anchor: tuple[float, float]) -> tuple[float, float]:
    """Clamp into 0..1: a GUI drag that overshoots the edge means "at the edge"."""
    try:
        x, y = (float(v) for v in anchor)
    except (TypeError, ValueError):
        raise InvalidInputError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "Crop anchor {value} must be two numbers between 0 and 1."
                ),
                value=repr(anchor),
            ),
            field="anchor",
        ) from None
    if not (math.isfinite(x) and math.isfinite(y)):
        raise InvalidInputError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "Crop anchor {value} must be two numbers between 0 and 1."
                ),
                value=repr(anchor),
            ),
            field="anchor",
        )
    return (min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0))


def target_size(resolution: str, aspect_ratio: str) -> Size:
    """The video frame size: ``("1080p", "16:9") -> (1920, 1080)``."""
    long_side, short_side = RESOLUTIONS[parse_resolution(resolution)]
    ratio = parse_aspect_ratio(aspect_ratio)
    if ratio not in ASPECT_RATIOS:
        raise InvalidInputError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "Aspect ratio {value} has no frame size; choose {choices}."
                ),
                value=repr(aspect_ratio),
                choices=one_of(["16:9", "9:16"]),
            ),
            field="aspect_ratio",
        )
    return (long_side, short_side) if ratio == "16:9" else (short_side, long_side)


def ratio_of(size: Size) -> float:
    return size[0] / size[1]


def ratios_differ(a: Size, b: Size, tolerance: float = RATIO_TOLERANCE) -> bool:
    return abs(ratio_of(a) / ratio_of(b) - 1.0) > tolerance


def describe_ratio(size: Size) -> str:
    """``"4:3"``, ``"9:16"`` for common shapes, ``"1.85:1"`` for the rest."""
    if size[1] > size[0]:
        return ":".join(reversed(describe_ratio((size[1], size[0])).split(":")))
    exact = Fraction(size[0], size[1])
    near = exact.limit_denominator(10)
    if abs(float(near) / float(exact) - 1.0) <= 0.0025:
        return f"{near.numerator}:{near.denominator}"
    return f"{float(exact):.2f}:1"


def fit_within(size: Size, box: Size) -> Size:
    """Scale ``size`` down (never up) to fit inside ``box``, keeping its shape."""
    scale = min(box[0] / size[0], box[1] / size[1], 1.0)
    return (max(1, round(size[0] * scale)), max(1, round(size[1] * scale)))


def fit_within_resolution(size: Size, resolution: str) -> Size:
    """Fit inside the resolution's box turned the same way as the picture."""
    long_side, short_side = RESOLUTIONS[resolution]
    box = (short_side, long_side) if size[1] > size[0] else (long_side, short_side)
    return fit_within(size, box)


def crop_region(source: Size, target: Size, anchor: tuple[float, float]) -> Box:
    """The largest part of ``source`` with ``target``'s shape.

    The anchor works like CSS ``object-position``: 0 puts the crop against the
    left/top edge, 1 against the right/bottom, 0.5 centres it.
    """
    width, height = source
    wanted = ratio_of(target)
    if width / height > wanted:
        crop_width = height * wanted
        left = anchor[0] * (width - crop_width)
        return (left, 0.0, left + crop_width, float(height))
    crop_height = width / wanted
    top = anchor[1] * (height - crop_height)
    return (0.0, top, float(width), top + crop_height)


def normalise(box: Box, size: Size) -> Box:
    return (box[0] / size[0], box[1] / size[1], box[2] / size[0], box[3] / size[1])


@dataclass(frozen=True)
class Plan:
    """Where the pixels go: ``region`` of the source becomes ``inner_size`` at ``offset``."""

    source_size: Size
    output_size: Size
    region: Box
    inner_size: Size
    offset: tuple[int, int] = (0, 0)

    @property
    def region_size(self) -> tuple[float, float]:
        return (self.region[2] - self.region[0], self.region[3] - self.region[1])

    @property
    def max_reduction(self) -> float:
        """How far the decoder may shrink the source before it has too few pixels."""
        width, height = self.region_size
        return min(width / self.inner_size[0], height / self.inner_size[1])

    @property
    def crop_box(self) -> Box:
        return normalise(self.region, self.source_size)


def plan_geometry(
    source: Size,
    resolution: str,
    aspect_ratio: str | None,
    fit: Fit,
    anchor: tuple[float, float] = (0.5, 0.5),
) -> Plan:
    """Decide the upload's size and which part of the source fills it.

    Crop and pad always give exactly the frame size, enlarging a small source:
    the service asks for 720p or more, and a frame of the exact size leaves it
    nothing to reinterpret. ``none`` and an unset ratio only ever shrink.
    """
    whole: Box = (0.0, 0.0, float(source[0]), float(source[1]))
    if aspect_ratio is None:
        size = fit_within_resolution(source, resolution)
        return Plan(source, size, whole, size)
    target = target_size(resolution, aspect_ratio)
    if fit is Fit.NONE:
        size = fit_within(source, target)
        return Plan(source, size, whole, size)
    if fit is Fit.CROP:
        return Plan(source, target, crop_region(source, target, anchor), target)
    inner = _pad_inner_size(source, target)
    offset = (
        round(anchor[0] * (target[0] - inner[0])),
        round(anchor[1] * (target[1] - inner[1])),
    )
    return Plan(source, target, whole, inner, offset)


def _pad_inner_size(source: Size, target: Size) -> Size:
    scale = min(target[0] / source[0], target[1] / source[1])
    return (
        min(target[0], max(1, round(source[0] * scale))),
        min(target[1], max(1, round(source[1] * scale))),
    )


def crop_box_for(
    source_size: Size,
    aspect_ratio: str | None,
    *,
    fit: Fit | str = Fit.CROP,
    anchor: tuple[float, float] = (0.5, 0.5),
) -> Box:
    """The normalised part of a source of this size that the upload uses.

    Pure arithmetic, so a GUI can move the crop rectangle as the anchor is
    dragged without decoding anything. ``(0, 0, 1, 1)`` when all of it is used.
    """
    ratio = parse_aspect_ratio(aspect_ratio)
    if ratio == AUTO:
        ratio = orientation_ratio(source_size)
    plan = plan_geometry(source_size, "1080p", ratio, parse_fit(fit), parse_anchor(anchor))
    return plan.crop_box
