"""Core's words for the person at the keyboard, marked for translation without Qt.

Core never imports Qt, yet the window shows core's messages in the user's
language. So each text is marked with :func:`QT_TRANSLATE_NOOP` (context
``"core"``), which ``pyside6-lupdate`` extracts as it does Qt's own macro, and
travels up as a :class:`Message`: the English template and its parameters.
``str()`` of a message is the English sentence, which the CLI, the logs and
the store use; the window translates the template and fills in the same
parameters (``veodesk/gui/messages.py``).

Each template is one whole sentence (or a few) with named ``{placeholders}``,
never text glued from pieces, and without format specs: numbers arrive
formatted, so a translator sees ``{seconds}``, not ``{seconds:.0f}``. What the
server wrote is a :class:`ServerText` parameter, shown as it came inside the
translated frame around it ("The server said: {server}").
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any, ClassVar, TypeAlias

#: The translation context of every core template.
CONTEXT = "core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


class ServerText(str):
    """Text the server wrote (an error reason, a status): never translated."""

    __slots__ = ()


#: What a placeholder may hold: plain text (paths, ids, numbers already
#: formatted), a nested message (translated in turn) or the server's text.
Param: TypeAlias = "str | int | Message"


def placeholders(template: str) -> frozenset[str]:
    """The names of ``template``'s placeholders: ``"Job {job}: {reason}"`` -> job, reason."""
    return frozenset(
        name for _, name, _, _ in string.Formatter().parse(template) if name is not None
    )


class Message:
    """A marked template and its parameters; ``str()`` is the English text."""

    __slots__ = ("params", "template")

    #: The translation context the template was marked in.
    context: ClassVar[str] = CONTEXT

    def __init__(self, template: str, /, **params: Param) -> None:
        self.template = template
        self.params: dict[str, Param] = params

    @classmethod
    def verbatim(cls, text: str) -> Message:
        """Text that was never marked (another process's words, say): shown as it is."""
        return cls("{text}", text=text)

    def __str__(self) -> str:
        return self.template.format_map(self.params)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.template!r}, {self.params!r})"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Message)
            and other.context == self.context
            and other.template == self.template
            and other.params == self.params
        )

    def __hash__(self) -> int:
        return hash((self.context, self.template, tuple(sorted(self.params.items()))))

    # -- kept in the store beside the English text ----------------------------------
    def to_json(self) -> dict[str, Any]:
        """A JSON-able form; :meth:`from_json` reads it back."""
        return {
            "template": self.template,
            "params": {k: _encode(v) for k, v in self.params.items()},
        }

    @classmethod
    def from_json(cls, data: object) -> Message | None:
        """The message :meth:`to_json` wrote, or None for anything else."""
        if not isinstance(data, Mapping):
            return None
        template, params = data.get("template"), data.get("params")
        if not isinstance(template, str) or not isinstance(params, Mapping):
            return None
        decoded: dict[str, Param] = {}
        for name, value in params.items():
            item = _decode(value)
            if item is None:
                return None
            decoded[str(name)] = item
        message = cls(template, **decoded)
        try:
            str(message)
        except (KeyError, IndexError, ValueError):
            return None  # a damaged row: the English text beside it still reads
        return message


def _encode(value: Param) -> object:
    if isinstance(value, Message):
        return {"message": value.to_json()}
    if isinstance(value, ServerText):
        return {"server": str(value)}
    return value


def _decode(value: object) -> Param | None:
    if isinstance(value, str | int) and not isinstance(value, bool):
        return value
    if isinstance(value, Mapping):
        if isinstance(value.get("server"), str):
            return ServerText(value["server"])
        return Message.from_json(value.get("message"))
    return None


def one_of(values: list[str]) -> Message:
    """``"4, 6 or 8"``: choices for a sentence, joined as the language joins them."""
    if len(values) == 1:
        return Message.verbatim(values[0])
    if len(values) == 2:
        return Message(
            QT_TRANSLATE_NOOP("core", "{first} or {second}"), first=values[0], second=values[1]
        )
    return Message(
        QT_TRANSLATE_NOOP("core", "{others}, {before_last} or {last}"),
        others=", ".join(values[:-2]),
        before_last=values[-2],
        last=values[-1],
    )


def comma_list(items: list[Message]) -> Message:
    """``"segment 1 (job 3), segment 2 (job 4)"``: items listed, as the language lists them."""
    if not items:
        return Message.verbatim("")
    listed = items[-1]
    for item in reversed(items[:-1]):
        listed = Message(QT_TRANSLATE_NOOP("core", "{first}, {rest}"), first=item, rest=listed)
    return listed
