"""Core's messages: marked for lupdate, whole templates whose placeholders match their
parameters, English through str(), readable back from JSON."""

from __future__ import annotations

import ast
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

import veodesk
from veodesk.core.i18n import Message, ServerText, placeholders

CORE = Path(veodesk.__file__).parent / "core"
MARKER = "QT_TRANSLATE_NOOP"


@dataclass(frozen=True)
class Marked:
    where: str
    context: str
    template: str
    #: The keyword names of the Message(...) call around it; None when not in one.
    params: frozenset[str] | None


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _marked(path: Path) -> list[Marked]:
    """Every QT_TRANSLATE_NOOP("context", "text") in ``path``, with its Message's keywords."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[Marked] = []
    around: dict[int, frozenset[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) == "Message" and node.args:
            inner = node.args[0]
            if isinstance(inner, ast.Call) and _name(inner.func) == MARKER:
                around[id(inner)] = frozenset(k.arg for k in node.keywords if k.arg)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) == MARKER:
            where = f"{path.relative_to(CORE.parent)}:{node.lineno}"
            context, text = node.args
            assert isinstance(context, ast.Constant) and isinstance(text, ast.Constant), (
                f"{where}: {MARKER} takes two literal strings (lupdate reads only those)"
            )
            found.append(Marked(where, context.value, text.value, around.get(id(node))))
    return found


def core_templates() -> list[Marked]:
    return [m for path in sorted(CORE.rglob("*.py")) for m in _marked(path)]


def test_core_marks_its_texts_in_the_core_context() -> None:
    marked = core_templates()
    assert len(marked) > 200
    assert {m.context for m in marked} == {"core"}


def test_every_message_built_in_core_fills_exactly_its_template_placeholders() -> None:
    wrong = [
        f"{m.where}: {sorted(placeholders(m.template))} != {sorted(m.params)}"
        for m in core_templates()
        if m.params is not None and placeholders(m.template) != m.params
    ]
    assert wrong == []


def test_templates_are_plain_named_placeholders() -> None:
    """No format specs or positional fields: a translator keeps {name}, nothing more."""
    bad = []
    for m in core_templates():
        for _, name, spec, conversion in string.Formatter().parse(m.template):
            if name is not None and (not name.isidentifier() or spec or conversion):
                bad.append(f"{m.where}: {m.template!r}")
    assert bad == []


def test_every_message_in_core_is_marked() -> None:
    """A Message(...) whose template lupdate cannot see would never be translated.

    A template marked away from its Message (a table of words) has no
    placeholders, and the Message that uses it fills none.
    """
    unmarked = []
    for path in sorted(CORE.rglob("*.py")):
        if path.name == "i18n.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node.func) == "Message" and node.args:
                first = node.args[0]
                marked = isinstance(first, ast.Call) and _name(first.func) == MARKER
                if not marked and node.keywords:
                    unmarked.append(f"{path.relative_to(CORE.parent)}:{node.lineno}")
    assert unmarked == []
    apart = [m.where for m in core_templates() if m.params is None and placeholders(m.template)]
    assert apart == []


def _error_classes() -> set[str]:
    """The names of every VeodeskError class core defines."""
    import veodesk.core.film.errors
    import veodesk.core.storyboard.manifest
    import veodesk.core.storyboard.project  # noqa: F401 - they define error classes
    from veodesk.core.errors import VeodeskError

    found: set[str] = set()
    todo: list[type] = [VeodeskError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo += cls.__subclasses__()
    return found


def test_no_core_error_is_made_from_bare_text() -> None:
    """An error made from a literal or an f-string would reach the window untranslated."""
    errors = _error_classes()
    assert {"InvalidImageError", "BadClipError", "ManifestError", "ProjectBusyError"} <= errors
    bare = []
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node.func) in errors and node.args:
                first = node.args[0]
                if isinstance(first, ast.JoinedStr | ast.BinOp) or (
                    isinstance(first, ast.Constant) and isinstance(first.value, str)
                ):
                    bare.append(f"{path.relative_to(CORE.parent)}:{node.lineno}")
    assert bare == []


def _lupdate() -> Path:
    found = Path(sys.executable).with_name("pyside6-lupdate")
    if not found.exists():
        found = Path(shutil.which("pyside6-lupdate") or "")
    assert found.is_file(), "pyside6-lupdate comes with PySide6"
    return found


def test_lupdate_extracts_every_core_template_in_the_core_context(tmp_path: Path) -> None:
    ts = tmp_path / "core.ts"
    files = [str(p) for p in sorted(CORE.rglob("*.py"))]
    subprocess.run(
        [str(_lupdate()), *files, "-ts", str(ts)], check=True, capture_output=True, timeout=120
    )
    extracted = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }
    expected = {(m.context, m.template) for m in core_templates()}
    assert expected - extracted == set()
    assert {context for context, _ in extracted} == {"core"}


def test_str_is_the_english_sentence_with_nested_messages_and_server_text() -> None:
    inner = Message("Job {job} is being worked on elsewhere.", job=3)
    outer = Message("{reason} The server said: {server}", reason=inner, server=ServerText("busy"))
    assert str(outer) == "Job 3 is being worked on elsewhere. The server said: busy"
    assert f"[{inner}]" == "[Job 3 is being worked on elsewhere.]"
    assert str(Message.verbatim("50% {done}")) == "50% {done}"


def test_a_message_survives_json() -> None:
    message = Message(
        "Job {job}: {reason}",
        job=7,
        reason=Message("The server said: {server}", server=ServerText("no {way}")),
    )
    back = Message.from_json(message.to_json())
    assert back == message and str(back) == "Job 7: The server said: no {way}"
    assert isinstance(back is not None and back.params["reason"], Message)
    server = back.params["reason"].params["server"] if back else None  # type: ignore[union-attr]
    assert isinstance(server, ServerText)


@pytest.mark.parametrize(
    "data",
    [
        None,
        "text",
        {"template": "Job {job}", "params": {}},  # a placeholder with no value
        {"template": 3, "params": {}},
        {"template": "{a}", "params": {"a": [1]}},
        {"template": "{a}", "params": {"a": True}},
    ],
)
def test_damaged_json_gives_no_message(data: object) -> None:
    assert Message.from_json(data) is None
