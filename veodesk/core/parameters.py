"""The parameter space of one generation: allowed values, their labels and the defaults.

The one place they are written down. The compose panel's combo boxes, the
settings dialog, the CLI's choices and defaults, ``GenerationParams`` and the
user's ``Settings`` all read them from here. The sandbox, the other side of
the contract, reads its own copy of the vendor's OpenAPI description instead
(``veodesk/sandbox/openapi.json``); tests/test_parameters.py checks that the two agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from veodesk.core.i18n import QT_TRANSLATE_NOOP

T = TypeVar("T", int, str, bool)


@dataclass(frozen=True)
class Choice(Generic[T]):
    """One parameter: its request field, what the user reads, its options and default.

    The label and the options' words are in English, marked for translation in the
    context "core": a window shows them through ``QCoreApplication.translate("core", ...)``.
    """

    field: str
    label: str
    options: tuple[tuple[T, str], ...]
    default: T

    @property
    def values(self) -> tuple[T, ...]:
        return tuple(value for value, _ in self.options)

    def text(self, value: T) -> str:
        return dict(self.options).get(value, str(value))


DURATION: Choice[int] = Choice(
    "duration",
    QT_TRANSLATE_NOOP("core", "Duration"),
    (
        (4, QT_TRANSLATE_NOOP("core", "4 seconds")),
        (6, QT_TRANSLATE_NOOP("core", "6 seconds")),
        (8, QT_TRANSLATE_NOOP("core", "8 seconds")),
    ),
    8,
)
RESOLUTION: Choice[str] = Choice(
    "resolution",
    QT_TRANSLATE_NOOP("core", "Resolution"),
    (("720p", "720p"), ("1080p", "1080p")),  # tokens, the same in every language
    "1080p",
)
#: The shapes the API renders. "auto" (below) is the app's own: it picks one of
#: them from the first frame before anything is sent.
API_ASPECT_RATIOS = ("16:9", "9:16")
AUTO = "auto"
ASPECT_RATIO: Choice[str] = Choice(
    "aspect_ratio",
    QT_TRANSLATE_NOOP("core", "Aspect ratio"),
    (
        (AUTO, QT_TRANSLATE_NOOP("core", "Auto (from the first frame)")),
        ("16:9", QT_TRANSLATE_NOOP("core", "16:9 landscape")),
        ("9:16", QT_TRANSLATE_NOOP("core", "9:16 portrait")),
    ),
    AUTO,
)
#: How a frame of another shape is fitted; the app's own, never sent.
FIT: Choice[str] = Choice(
    "fit",
    QT_TRANSLATE_NOOP("core", "Fit"),
    (
        ("crop", QT_TRANSLATE_NOOP("core", "Crop to fill")),
        ("pad", QT_TRANSLATE_NOOP("core", "Pad to fit")),
        ("none", QT_TRANSLATE_NOOP("core", "Leave as is")),
    ),
    "crop",
)
AUDIO: Choice[bool] = Choice(
    "generate_audio",
    QT_TRANSLATE_NOOP("core", "Generate audio"),
    ((True, QT_TRANSLATE_NOOP("core", "audio")), (False, QT_TRANSLATE_NOOP("core", "silent"))),
    True,
)
MAX_PROMPT_CHARS = 4000


def orientation_ratio(size: tuple[int, int]) -> str:
    """16:9 for landscape and square pictures, 9:16 for portrait ones: what "auto" picks."""
    return "9:16" if size[1] > size[0] else "16:9"
