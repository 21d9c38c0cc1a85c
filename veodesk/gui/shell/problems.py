"""The problem policy: what the window says about a failure, and what it offers to do.

A pure function of the exception, with no Qt: the controller turns the
remedies into buttons (tests/test_problems.py checks every case).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from veodesk import KEYS_URL
from veodesk.core.errors import (
    AuthError,
    InvalidInputError,
    JobBusyError,
    MissingKeyError,
    NetworkError,
    StillPendingError,
)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate (by this name); the window translates it where it shows it."""
    return text


class Remedy(enum.Enum):
    """Something the user can do about a problem."""

    OPEN_SETTINGS = enum.auto()
    TRY_DEMO = enum.auto()
    RESUME = enum.auto()
    CHOOSE_FIRST = enum.auto()
    CHOOSE_LAST = enum.auto()

    @property
    def label(self) -> str:
        """The button's words, in English: shown as translate("Remedy", label)."""
        return _LABELS[self]


_LABELS = {
    Remedy.OPEN_SETTINGS: QT_TRANSLATE_NOOP("Remedy", "Open settings"),
    Remedy.TRY_DEMO: QT_TRANSLATE_NOOP("Remedy", "Try the demo"),
    Remedy.RESUME: QT_TRANSLATE_NOOP("Remedy", "Resume now"),
    Remedy.CHOOSE_FIRST: QT_TRANSLATE_NOOP("Remedy", "Choose another"),
    Remedy.CHOOSE_LAST: QT_TRANSLATE_NOOP("Remedy", "Choose another"),
}


@dataclass(frozen=True)
class Problem:
    text: str
    remedies: tuple[Remedy, ...] = ()
    #: False: progress, not a failure; it goes to the status line, not a banner.
    is_error: bool = True


def problem_for(exc: Exception, job_id: int | None = None) -> Problem:
    """What to tell the user about ``exc`` (raised by job ``job_id``, if any)."""
    prefix = f"Job {job_id}: " if job_id is not None else ""
    text = prefix + str(exc)
    if isinstance(exc, AuthError):
        return Problem(
            f"{prefix}The API refused your key ({exc}). Check it in the settings, or create a "
            f"new one at {KEYS_URL}.",
            (Remedy.OPEN_SETTINGS,),
        )
    if isinstance(exc, MissingKeyError):
        return Problem(text, (Remedy.OPEN_SETTINGS, Remedy.TRY_DEMO))
    if isinstance(exc, StillPendingError | NetworkError) and job_id is not None:
        return Problem(
            text + " The job is kept: resume it from the history when you are ready.",
            (Remedy.RESUME,),
        )
    if isinstance(exc, JobBusyError):
        # Another window or command is on it: that is progress, not failure.
        return Problem(text, is_error=False)
    if isinstance(exc, InvalidInputError) and exc.field in ("first", "last"):
        return Problem(text, (Remedy.CHOOSE_FIRST if exc.field == "first" else Remedy.CHOOSE_LAST,))
    # Refused or failed generations, an uncertain submit and the rest: the
    # message says what happened; nothing to press would change it.
    return Problem(text)
