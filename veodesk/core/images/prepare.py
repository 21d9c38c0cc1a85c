"""From a dropped file to the value sent as ``image_url``: the upload pipeline.

decode (JPEG draft-scaled) → EXIF orientation → flatten transparency →
crop/pad/scale → sRGB → encode without metadata. What leaves the machine is
the pixels the user framed and nothing else.
"""

from __future__ import annotations

import functools
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from veodesk.core.i18n import Message
from veodesk.core.images.encoding import BYTE_BUDGET, encode_upload
from veodesk.core.images.geometry import (
    Box,
    Fit,
    Size,
    parse_anchor,
    parse_aspect_ratio,
    parse_fit,
    parse_resolution,
    plan_geometry,
)
from veodesk.core.images.notices import pair_warnings, source_warnings
from veodesk.core.images.reading import ImageSource, locate, open_source
from veodesk.core.images.render import render
from veodesk.core.parameters import AUTO, orientation_ratio
from veodesk.core.uploads import data_uri


@dataclass(frozen=True)
class PreparedImage:
    """One frame, ready to send."""

    #: Encoded upload bytes; None for an http(s) URL passed through.
    data: bytes | None
    #: ``"image/jpeg"`` or ``"image/png"``; None for a URL.
    mime: str | None
    #: The http(s) URL, when passed through unchanged.
    url: str | None
    #: Upload size in pixels; (0, 0) for a URL.
    size: Size
    #: Source size with its EXIF orientation applied; (0, 0) for a URL.
    source_size: Size
    #: The part of the source used, normalised (left, top, right, bottom); None for a URL.
    crop_box: Box | None
    warnings: tuple[Message, ...]

    def as_request_value(self) -> str:
        """A ``data:`` URI of the upload, or the URL."""
        if self.data is None:
            if self.url is None:
                raise ValueError("a PreparedImage needs data or a URL")
            return self.url
        return data_uri(self.data, self.mime or "image/jpeg")


def _passed_through(url: str) -> PreparedImage:
    return PreparedImage(None, None, url, (0, 0), (0, 0), None, ())


def resolve_aspect_ratio(aspect_ratio: str | None, first: ImageSource) -> str | None:
    """Settle ``"auto"`` from the first frame's upright orientation.

    ``"auto"`` becomes ``"9:16"`` for a portrait first frame and ``"16:9"``
    otherwise (square included); only its header is read. For an http(s)
    first frame, which is never fetched, ``"auto"`` resolves to None: the
    request omits ``aspect_ratio`` and the service decides. ``"16:9"``,
    ``"9:16"`` and None come back unchanged.
    """
    ratio = parse_aspect_ratio(aspect_ratio)
    if ratio != AUTO:
        return ratio
    location = locate(first, "first frame")
    if isinstance(location, str):
        return None
    with open_source(location, "first frame") as source:
        return orientation_ratio(source.size)


def prepare_image(
    source: ImageSource,
    *,
    resolution: str = "1080p",
    aspect_ratio: str | None = "16:9",
    fit: Fit | str = Fit.CROP,
    anchor: tuple[float, float] = (0.5, 0.5),
    label: str = "image",
    pad_color: tuple[int, int, int] | None = None,
) -> PreparedImage:
    """Turn a local picture into upload bytes; pass an http(s) URL through.

    ``aspect_ratio`` None leaves the shape alone and only shrinks the picture
    into the resolution's box (long side 1920/1280, short side 1080/720);
    ``"auto"`` picks the ratio from this picture. Crop and pad give exactly
    the frame size; ``none`` only shrinks into it, with a warning when the
    shapes differ by more than 1%. ``anchor`` places the crop (or the picture
    inside the pad) like CSS ``object-position``; ``pad_color`` None pads with
    a blurred copy of the picture. ``label`` names the frame in messages.
    Raises :class:`InvalidImageError` for anything that cannot be sent.
    """
    resolution = parse_resolution(resolution)
    ratio = parse_aspect_ratio(aspect_ratio)
    fit_mode = parse_fit(fit)
    position = parse_anchor(anchor)
    location = locate(source, label)
    if isinstance(location, str):
        return _passed_through(location)
    with open_source(location, label) as opened:
        if ratio == AUTO:
            ratio = orientation_ratio(opened.size)
        draft_plan = plan_geometry(opened.size, resolution, ratio, fit_mode, position)
        loaded = opened.load(draft_plan.max_reduction)
    plan = plan_geometry(loaded.source_size, resolution, ratio, fit_mode, position)
    picture, colour_warning = render(loaded, plan, pad_color)
    data, mime = encode_upload(picture, budget=BYTE_BUDGET[resolution])
    return PreparedImage(
        data=data,
        mime=mime,
        url=None,
        size=picture.size,
        source_size=loaded.source_size,
        crop_box=plan.crop_box,
        warnings=source_warnings(label, plan, ratio, fit_mode, colour_warning),
    )


@dataclass(frozen=True)
class PreparedFrames:
    """Both frames, the aspect ratio to request, and every warning in order."""

    first: PreparedImage
    last: PreparedImage
    aspect_ratio: str | None
    warnings: tuple[Message, ...]


def prepare_frames(
    first: ImageSource,
    last: ImageSource,
    *,
    resolution: str = "1080p",
    aspect_ratio: str | None = None,
    fit: Fit | str = Fit.CROP,
    first_anchor: tuple[float, float] = (0.5, 0.5),
    last_anchor: tuple[float, float] = (0.5, 0.5),
    pad_color: tuple[int, int, int] | None = None,
) -> PreparedFrames:
    """Prepare the first and last frames side by side in two threads.

    Pillow releases the GIL while it decodes, scales and encodes, so on two
    cores the pair costs about as much as one frame. If both frames fail, the
    first frame's error is raised.
    """
    ratio = resolve_aspect_ratio(aspect_ratio, first)
    prepare = functools.partial(
        prepare_image, resolution=resolution, aspect_ratio=ratio, fit=fit, pad_color=pad_color
    )
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="veodesk-image") as pool:
        first_job = pool.submit(prepare, first, anchor=first_anchor, label="first frame")
        last_job = pool.submit(prepare, last, anchor=last_anchor, label="last frame")
        first_done = first_job.result()
        last_done = last_job.result()
    warnings = (
        *first_done.warnings,
        *last_done.warnings,
        *pair_warnings(first_done, last_done, first, last),
    )
    return PreparedFrames(first_done, last_done, ratio, tuple(dict.fromkeys(warnings)))
