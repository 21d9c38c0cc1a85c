"""What a join is asked to do: the transition and the film-wide options."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from veodesk.core.errors import InvalidInputError
from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message

DEFAULT_CROSSFADE_FRAMES = 12
MIN_CROSSFADE_FRAMES = 2
MAX_CROSSFADE_FRAMES = 24

_TRANSITION = re.compile(r"^(?P<kind>cut|crossfade)(?::(?P<frames>\d+))?$")


@dataclass(frozen=True)
class Transition:
    """``cut`` (frames == 0) or a crossfade of ``frames`` frames."""

    frames: int = 0

    @property
    def is_cut(self) -> bool:
        return self.frames == 0

    @property
    def overlap(self) -> int:
        """Frames each seam removes from the film: 1 for a cut, N for a crossfade."""
        return 1 if self.is_cut else self.frames

    def __str__(self) -> str:
        return "cut" if self.is_cut else f"crossfade:{self.frames}"

    @classmethod
    def parse(cls, text: str) -> Transition:
        match = _TRANSITION.match(text.strip().lower())
        if match is None:
            raise InvalidInputError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Unknown transition {text}: use cut, crossfade or crossfade:FRAMES "
                        "(FRAMES from {least} to {most}).",
                    ),
                    text=repr(text),
                    least=MIN_CROSSFADE_FRAMES,
                    most=MAX_CROSSFADE_FRAMES,
                ),
                field="transition",
            )
        if match.group("kind") == "cut":
            if match.group("frames") is not None:
                raise InvalidInputError(
                    Message(QT_TRANSLATE_NOOP("core", "A cut takes no frame count.")),
                    field="transition",
                )
            return cls(0)
        frames = int(match.group("frames") or DEFAULT_CROSSFADE_FRAMES)
        if not MIN_CROSSFADE_FRAMES <= frames <= MAX_CROSSFADE_FRAMES:
            raise InvalidInputError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "A crossfade of {frames} frames is out of range: use {least} to {most}.",
                    ),
                    frames=frames,
                    least=MIN_CROSSFADE_FRAMES,
                    most=MAX_CROSSFADE_FRAMES,
                ),
                field="transition",
            )
        return cls(frames)


@dataclass(frozen=True)
class JoinOptions:
    transition: Transition = Transition()
    #: A music file mixed under the clips (MP3, WAV, FLAC, AAC/M4A, ...).
    music: Path | None = None
    #: With music: drop the clips' own sound and keep only the music.
    mute_clips: bool = False
    #: Loudness normalisation to -16 LUFS integrated (EBU R128).
    normalize: bool = False
    #: Fade in from black and out to black, picture and sound, in seconds (0: none).
    fade: float = 0.0
    #: Replace an existing output file.
    force: bool = False

    def check(self) -> None:
        if self.mute_clips and self.music is None:
            raise InvalidInputError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "--mute-clips needs --music: a film with muted clips and no music is "
                        "silent.",
                    )
                ),
                field="mute_clips",
            )
        if not 0.0 <= self.fade <= 10.0 or self.fade != self.fade:
            raise InvalidInputError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "A fade of {seconds} s is out of range: use 0 to 10 seconds."
                    ),
                    seconds=f"{self.fade:g}",
                ),
                field="fade",
            )
