"""What happens to a job as it runs (and to a storyboard's segments as they render):
a code and a message.

The window acts on the code and shows the message translated; the CLI prints the
message's English text, and the store keeps that text as the event's detail.
Light on purpose (no requests, no Pillow): the window imports it at start.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message, ServerText


class EventCode(enum.Enum):
    """What kind of thing happened to a job: what the window decides on, never the words."""

    #: The job reached a state (READY, SUBMITTING); the message names it.
    STATE = "state"
    #: A READY copy of another job was made, to be sent again.
    COPIED = "copied"
    #: The POST failed in a way that is safe to repeat; it is repeated after a pause.
    RETRYING_SUBMIT = "retrying_submit"
    #: The POST was answered with a task id: the task exists (and is paid for).
    CREATED = "created"
    #: The POST certainly created nothing (refused, or given up while safe).
    NOT_CREATED = "not_created"
    #: The user stopped the sending before anything was sent.
    SEND_CANCELLED = "send_cancelled"
    #: The POST's outcome is unknown: the task may exist.
    UNCERTAIN = "uncertain"
    #: The server reported a status (``queued``, ``generating``, ``completed``, ``error``).
    SERVER_STATUS = "server_status"
    #: A status request failed in a way worth waiting out; it is asked again.
    RETRYING_STATUS = "retrying_status"
    #: The server no longer knows the generation id.
    LOST = "lost"
    #: The video is saved.
    SAVED = "saved"

    # A storyboard's render, segment by segment (core/storyboard/render.py).
    #: The segment's take is being sent.
    SEGMENT_SENDING = "segment_sending"
    #: A take sent earlier is being followed again.
    SEGMENT_RESUMING = "segment_resuming"
    #: The segment's take is done.
    SEGMENT_DONE = "segment_done"
    #: The segment's take failed; the message says why.
    SEGMENT_FAILED = "segment_failed"


@dataclass(frozen=True)
class Event:
    """Something that happened to a job: a code to act on, a message to show."""

    code: EventCode
    message: Message

    def __str__(self) -> str:
        return str(self.message)


#: The words for each state (by its value) an event can report.
STATE_NAMES = {
    "preparing": QT_TRANSLATE_NOOP("core", "preparing"),
    "ready": QT_TRANSLATE_NOOP("core", "ready"),
    "submitting": QT_TRANSLATE_NOOP("core", "submitting"),
    "queued": QT_TRANSLATE_NOOP("core", "queued"),
    "generating": QT_TRANSLATE_NOOP("core", "generating"),
    "downloading": QT_TRANSLATE_NOOP("core", "downloading"),
    "done": QT_TRANSLATE_NOOP("core", "done"),
    "failed": QT_TRANSLATE_NOOP("core", "failed"),
    "needs_attention": QT_TRANSLATE_NOOP("core", "needs_attention"),
}


def server_status(status: str) -> Event:
    """The server reported ``status``: its word, kept as it came."""
    return Event(
        EventCode.SERVER_STATUS,
        Message(QT_TRANSLATE_NOOP("core", "server: {status}"), status=ServerText(status)),
    )
