"""The image pipeline: what the user dropped becomes exactly the frame they meant.

Modules, in the order a picture flows through them:

- ``reading``: where the picture is, opening it, decoding (JPEG draft-scaled),
  EXIF orientation, and an :class:`InvalidImageError` for every failure;
- ``colour``: colour modes, transparency flattened, ICC profiles to sRGB;
- ``geometry``: frame sizes, aspect ratios, crop and pad arithmetic;
- ``render``: cut, scale and pad the pixels;
- ``encoding``: JPEG (or PNG) with no metadata, within a byte budget;
- ``notices``: warnings that do not stop the user;
- ``prepare``: the public pipeline; ``thumbnails``: previews and their cache.

Nothing here imports Qt: the CLI and the GUI share it.
"""

from __future__ import annotations

from veodesk.core.images.colour import FLATTEN_BACKGROUND
from veodesk.core.images.encoding import BYTE_BUDGET, JPEG_QUALITY
from veodesk.core.images.geometry import (
    ASPECT_RATIOS,
    FULL_BOX,
    RESOLUTIONS,
    Fit,
    crop_box_for,
    target_size,
)
from veodesk.core.images.notices import LOW_RES_SIDE, pair_warnings
from veodesk.core.images.prepare import (
    PreparedFrames,
    PreparedImage,
    prepare_frames,
    prepare_image,
    resolve_aspect_ratio,
)
from veodesk.core.images.reading import HEIF_EXTRA_HINT, MIN_SIDE, ImageSource, load_decoders
from veodesk.core.images.thumbnails import Thumbnail, ThumbnailCache, make_thumbnail

__all__ = [
    "ASPECT_RATIOS",
    "BYTE_BUDGET",
    "FLATTEN_BACKGROUND",
    "FULL_BOX",
    "HEIF_EXTRA_HINT",
    "JPEG_QUALITY",
    "LOW_RES_SIDE",
    "MIN_SIDE",
    "RESOLUTIONS",
    "Fit",
    "ImageSource",
    "PreparedFrames",
    "PreparedImage",
    "Thumbnail",
    "ThumbnailCache",
    "crop_box_for",
    "load_decoders",
    "make_thumbnail",
    "pair_warnings",
    "prepare_frames",
    "prepare_image",
    "resolve_aspect_ratio",
    "target_size",
]
