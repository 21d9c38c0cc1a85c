"""The problem policy: what the window says about a failure, and what it offers to do.

A pure function of the exception, with no Qt: the controller turns the
remedies into buttons and translates the words (tests/test_problems.py checks
every case). The words are marked, as core's are, with the context "problems".
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
    VeodeskError,
)
from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message


class Remedy(enum.Enum):
    """Something the user can do about a problem."""

    OPEN_SETTINGS = enum.auto()
    TRY_DEMO = enum.auto()
    RESUME = enum.auto()
    CHOOSE_FIRST = enum.auto()
    CHOOSE_LAST = enum.auto()

    @property
    def label(self) -> str:
        """The button's words, in English: translate them in the context "problems"."""
        return _LABELS[self]


_LABELS = {
    Remedy.OPEN_SETTINGS: QT_TRANSLATE_NOOP("problems", "Open settings"),
    Remedy.TRY_DEMO: QT_TRANSLATE_NOOP("problems", "Try the demo"),
    Remedy.RESUME: QT_TRANSLATE_NOOP("problems", "Resume now"),
    Remedy.CHOOSE_FIRST: QT_TRANSLATE_NOOP("problems", "Choose another"),
    Remedy.CHOOSE_LAST: QT_TRANSLATE_NOOP("problems", "Choose another"),
}


class ProblemText(Message):
    """The policy's own words around an error."""

    context = "problems"


@dataclass(frozen=True)
class Problem:
    #: ``str()`` is the English text; the window translates it (gui/messages.py).
    text: Message
    remedies: tuple[Remedy, ...] = ()
    #: False: progress, not a failure; it goes to the status line, not a banner.
    is_error: bool = True


def _message(exc: Exception) -> Message:
    return exc.message if isinstance(exc, VeodeskError) else Message.verbatim(str(exc))


def problem_for(exc: Exception, job_id: int | None = None) -> Problem:
    """What to tell the user about ``exc`` (raised by job ``job_id``, if any)."""
    said = _message(exc)
    text = (
        ProblemText(QT_TRANSLATE_NOOP("problems", "Job {job}: {problem}"), job=job_id, problem=said)
        if job_id is not None
        else said
    )
    if isinstance(exc, AuthError):
        return Problem(
            ProblemText(
                QT_TRANSLATE_NOOP(
                    "problems",
                    "Job {job}: The API refused your key ({reason}). Check it in the settings, "
                    "or create a new one at {url}.",
                ),
                job=job_id,
                reason=said,
                url=KEYS_URL,
            )
            if job_id is not None
            else ProblemText(
                QT_TRANSLATE_NOOP(
                    "problems",
                    "The API refused your key ({reason}). Check it in the settings, or create "
                    "a new one at {url}.",
                ),
                reason=said,
                url=KEYS_URL,
            ),
            (Remedy.OPEN_SETTINGS,),
        )
    if isinstance(exc, MissingKeyError):
        return Problem(text, (Remedy.OPEN_SETTINGS, Remedy.TRY_DEMO))
    if isinstance(exc, StillPendingError | NetworkError) and job_id is not None:
        return Problem(
            ProblemText(
                QT_TRANSLATE_NOOP(
                    "problems",
                    "Job {job}: {problem} The job is kept: resume it from the history when you "
                    "are ready.",
                ),
                job=job_id,
                problem=said,
            ),
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
