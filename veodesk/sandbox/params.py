"""The validated inputs of one generation request, and what they imply."""

from __future__ import annotations

from dataclasses import dataclass

from . import contract

GENERATIONS_PATH = contract.GENERATIONS_PATH
MODELS: tuple[str, ...] = contract.enum("model")
ASPECT_RATIOS: tuple[str, ...] = contract.enum("aspect_ratio")
DURATIONS: tuple[int, ...] = contract.enum("duration")
RESOLUTIONS: tuple[str, ...] = contract.enum("resolution")
DEFAULT_DURATION: int = contract.default("duration")
DEFAULT_RESOLUTION: str = contract.default("resolution")
DEFAULT_AUDIO: bool = contract.default("generate_audio")

# Short-side pixels per resolution; the long side follows from the aspect ratio.
_SHORT_SIDE = {"720p": 720, "1080p": 1080}
_LONG_SIDE = {"720p": 1280, "1080p": 1920}

# Credits per second of output. Invented but stable, so clients can be tested on
# the number they show: see credits_for().
_CREDITS_PER_SECOND = {"720p": 84_000, "1080p": 126_000}
_SILENT_FACTOR = 0.67


@dataclass(frozen=True)
class ImageSource:
    """Where one input frame comes from.

    ``kind`` is ``"data"`` for a data URI (``data`` holds the decoded bytes and
    ``mime`` its declared type) or ``"url"`` for an http(s) URL (``url``).
    """

    kind: str
    url: str = ""
    mime: str = ""
    data: bytes = b""


@dataclass(frozen=True)
class GenerationParams:
    prompt: str
    image: ImageSource
    last_image: ImageSource
    aspect_ratio: str | None = None
    duration: int = DEFAULT_DURATION
    resolution: str = DEFAULT_RESOLUTION
    generate_audio: bool = DEFAULT_AUDIO
    model: str = MODELS[0]

    @property
    def size(self) -> tuple[int, int]:
        """Output (width, height). An omitted aspect ratio means 16:9, as on the real API."""
        long_side = _LONG_SIDE[self.resolution]
        short_side = _SHORT_SIDE[self.resolution]
        if self.aspect_ratio == "9:16":
            return short_side, long_side
        return long_side, short_side


def credits_for(params: GenerationParams) -> int:
    """Credits a completed task reports.

    ``round(duration * (126000 if 1080p else 84000) * (1 if audio else 0.67))``,
    e.g. 8 s 1080p with audio = 1_008_000; 4 s 720p silent = 225_120.
    """
    rate = _CREDITS_PER_SECOND[params.resolution]
    factor = 1.0 if params.generate_audio else _SILENT_FACTOR
    return round(params.duration * rate * factor)
