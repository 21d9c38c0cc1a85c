"""The film joiner: finished clips become one film, with seams you cannot see.

No Qt here: the CLI, the window's worker and the storyboard all call ``join``.
"""

from __future__ import annotations

from .errors import BadClipError, FilmWriteError
from .joiner import Film, JoinPlan, Progress, join, plan
from .options import JoinOptions, Transition
from .seams import VISIBLE_SEAM_SCORE, Drift, Seam
from .timeline import TIMELINE_SUFFIXES

__all__ = [
    "TIMELINE_SUFFIXES",
    "VISIBLE_SEAM_SCORE",
    "BadClipError",
    "Drift",
    "Film",
    "FilmWriteError",
    "JoinOptions",
    "JoinPlan",
    "Progress",
    "Seam",
    "Transition",
    "join",
    "plan",
]
