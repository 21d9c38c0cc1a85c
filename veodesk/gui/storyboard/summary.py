"""What the storyboard's footer says of the film: its length, and the cost of what is left."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from veodesk.core.storyboard.survey import Survey
from veodesk.gui.formatting import money_text

#: An alias lupdate still recognises: it extracts translate("Context", "text") calls.
translate = QCoreApplication.translate


def summary_text(s: Survey) -> str:
    """The line under the strip: the film's length and what is left to send, in dollars."""
    board = s.board
    segments = len(board.segments)
    if segments == 0:
        return translate("Storyboard", "Add at least two keyframes: each pair makes one segment.")
    length = translate("Storyboard", "Segments: {count}, {seconds} s of film.").format(
        count=segments, seconds=board.duration
    )
    if s.missing:
        return translate(
            "Storyboard", "{length} Relink the missing pictures before generating."
        ).format(length=length)
    if s.to_send == 0:
        return translate("Storyboard", "{length} Every segment is done.").format(length=length)
    return translate(
        "Storyboard", "{length} Tasks to send: {count}, about {cost}, {source}."
    ).format(length=length, count=s.to_send, cost=money_text(s.credits), source=s.price_label)
