"""How visible a seam is: the mean absolute luma difference of two frames, 0-255.

Luma is the frames' own Y plane (what the encoder stores), compared with Pillow,
so the score means the same for every clip in the film.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Above this mean absolute luma difference a seam shows as a jump. Measured in
#: docs/film.md: the same picture re-encoded scores under 1, a Veo-like clip
#: ending on its keyframe 1-3, a small camera drift or colour shift 5-10 and a
#: different shot 25 and more.
VISIBLE_SEAM_SCORE = 4.0


@dataclass(frozen=True)
class Seam:
    """The join between clip ``index`` and clip ``index + 1`` (from 0)."""

    index: int
    score: float
    visible: bool

    def to_json(self) -> dict[str, Any]:
        return {"index": self.index, "score": round(self.score, 2), "visible": self.visible}


@dataclass(frozen=True)
class Drift:
    """How far clip ``index``'s first and last frames are from their keyframes."""

    index: int
    first: float
    last: float

    @property
    def visible(self) -> bool:
        return max(self.first, self.last) > VISIBLE_SEAM_SCORE

    def to_json(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "first": round(self.first, 2),
            "last": round(self.last, 2),
            "visible": self.visible,
        }


def luma(frame: Any) -> Any:
    """The frame's Y plane as a Pillow greyscale image (row padding cut off)."""
    from PIL import Image

    plane = frame.planes[0]
    image = Image.frombuffer("L", (plane.line_size, frame.height), plane, "raw", "L", 0, 1)
    return image.crop((0, 0, frame.width, frame.height))


def score(a: Any, b: Any) -> float:
    """Mean absolute difference of two greyscale images of the same size."""
    from PIL import ImageChops, ImageStat

    return float(ImageStat.Stat(ImageChops.difference(a, b)).mean[0])


def seam(index: int, outgoing_last: Any, incoming_first: Any) -> Seam:
    value = score(luma(outgoing_last), luma(incoming_first))
    return Seam(index, value, value > VISIBLE_SEAM_SCORE)


def keyframe_luma(source: Path | Any, like: Any) -> Any:
    """A keyframe picture as the film would carry it: its size, its YUV matrix."""
    import av
    from PIL import Image, ImageOps

    image = Image.open(source) if isinstance(source, (str, Path)) else source
    image = ImageOps.exif_transpose(image).convert("RGB")
    size = (like.width, like.height)
    if image.size != size:
        image = ImageOps.fit(image, size, Image.Resampling.LANCZOS)
    frame = av.VideoFrame.from_image(image)  # type: ignore[no-untyped-call]
    kwargs: dict[str, Any] = {}
    colorspace = int(getattr(like, "colorspace", 2) or 2)
    if colorspace in (1, 5, 6):  # BT.709, BT.470BG, SMPTE 170M: swscale knows these
        kwargs["dst_colorspace"] = colorspace
    return luma(frame.reformat(format="yuv420p", **kwargs))
