"""Core's messages in the user's language: the one place the window turns a core
error, event or warning into words.

Core hands up the English template and its parameters (veodesk/core/i18n.py);
here the template is translated in its context and the same parameters are
filled in. Nested messages are translated in turn; what the server wrote
(``ServerText``) is shown as it came, inside the translated sentence around it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from veodesk.core.errors import VeodeskError
from veodesk.core.i18n import Message, Param

if TYPE_CHECKING:
    # The store loads sqlite3, which start-up leaves until after the first paint.
    from veodesk.core.events import Event
    from veodesk.core.store import Job

log = logging.getLogger(__name__)


def text(message: Message) -> str:
    """``message`` translated, its parameters filled in."""
    values = {name: _value(value) for name, value in message.params.items()}
    translated = QCoreApplication.translate(message.context, message.template)
    try:
        return translated.format_map(values)
    except (KeyError, IndexError, ValueError):
        # A translation that lost or broke a placeholder must not hide what happened.
        log.warning("the translation of %r does not fit its parameters", message.template)
        return message.template.format_map(values)


def _value(value: Param) -> str:
    if isinstance(value, Message):
        return text(value)
    # ServerText, paths, ids and numbers (already formatted): as they are.
    return str(value)


def error_text(exc: BaseException) -> str:
    """What the window says about ``exc``: a core error translated, anything else as it is."""
    if isinstance(exc, VeodeskError):
        return text(exc.message)
    return str(exc)


def event_text(event: Event) -> str:
    return text(event.message)


def job_error(job: Job) -> str:
    """A failed job's error: translated when the store kept its template, else as saved."""
    if job.error_message is not None:
        return text(job.error_message)
    return job.error or ""
