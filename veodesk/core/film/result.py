"""What a join made: the film, its seams and drift, and the progress callback's shape.

Kept apart from the joiner so that the window, which joins in a child process
(child.py), describes the child's film without loading the joiner's modules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

from .seams import Drift, Seam

#: (frames written, frames in the film)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Film:
    path: Path
    frames: int
    width: int
    height: int
    fps: Fraction
    seams: list[Seam]
    drift: list[Drift] = field(default_factory=list)
    timeline: Path | None = None

    @property
    def duration(self) -> float:
        return self.frames / float(self.fps)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "file": str(self.path),
            "frames": self.frames,
            "duration": round(self.duration, 6),
            "width": self.width,
            "height": self.height,
            "fps": float(self.fps),
            "seams": [s.to_json() for s in self.seams],
            "timeline": str(self.timeline) if self.timeline else None,
        }
        if self.drift:
            data["drift"] = [d.to_json() for d in self.drift]
        return data
