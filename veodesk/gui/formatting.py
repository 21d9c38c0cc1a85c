"""How times and numbers read in the window."""

from __future__ import annotations


def duration_text(seconds: float) -> str:
    """``42 s``, ``3 min 05 s``: for estimates and elapsed times in sentences."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    return f"{seconds // 60} min {seconds % 60:02d} s"


def clock(seconds: float) -> str:
    """``0:07``, ``12:34``: for the player and the job list."""
    seconds = max(0, int(seconds))
    minutes, secs = divmod(seconds, 60)
    if minutes >= 60:
        return f"{minutes // 60}:{minutes % 60:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"
