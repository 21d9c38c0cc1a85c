"""Update the translation sources from the code, make the pseudo-locale, and build the .qm files.

    .venv/bin/python scripts/i18n.py            # update every .ts, then lrelease them all
    .venv/bin/python scripts/i18n.py release    # lrelease only (after editing a .ts by hand)

``pyside6-lupdate`` reads every ``.py`` under ``veodesk/`` into a template.
Plurals are marked here, from the same calls read with ``ast``: lupdate
6.11.3 takes a plain name in the fourth place of ``translate()`` for the old
encoding argument and leaves the message singular (docs/TRANSLATING.md).
Because lupdate's own merge would fold those plurals back into one form, the
template is merged into ``resources/i18n/veodesk_LL.ts`` here: a message keeps
its translation while its context, text and disambiguation stay the same; a
new one arrives unfinished; one the code no longer has is dropped.

``veodesk_en.ts`` holds the English plural forms only ("1 job", "2 jobs"):
the English sources say "%n job(s)". ``veodesk_pseudo.ts`` is made from the
template: every text accented, in markers and about 40 % longer, for
``veodesk --lang pseudo``. Each ``.ts`` is then compiled by
``pyside6-lrelease`` into the ``.qm`` beside it, which is committed.
"""

from __future__ import annotations

import ast
import math
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "veodesk"
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent
#: The languages translated by people, and how many plural forms each has (Qt's rules).
LANGUAGES = {"de": ("de_DE", 2), "es": ("es_ES", 2), "ja": ("ja_JP", 1)}
ENGLISH = ("en_US", 2)
PSEUDO = "pseudo"
#: The pseudo-locale's markers: a visible text without them was not translated.
OPEN, CLOSE = "⟦", "⟧"
#: What a translation must keep of its source: named placeholders and Qt's %-markers.
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?n|%p|%\d")

Key = tuple[str, str, str]  # context, source, disambiguation


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease of the interpreter running this."""
    path = BIN / f"pyside6-{name}"
    return str(path) if path.exists() else f"pyside6-{name}"


def python_files() -> list[Path]:
    return sorted(SOURCES.rglob("*.py"))


# -- extraction ---------------------------------------------------------------------------
def plural_calls(files: Iterable[Path]) -> set[Key]:
    """The messages whose translate() call passes a count (4th argument, or ``n=``)."""
    found: set[Key] = set()
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name != "translate" or len(node.args) < 2:
                continue
            context, text = node.args[0], node.args[1]
            if not (isinstance(context, ast.Constant) and isinstance(text, ast.Constant)):
                continue
            counted = len(node.args) >= 4 or any(k.arg == "n" for k in node.keywords)
            if not counted:
                continue
            comment = ""
            if len(node.args) >= 3 and isinstance(node.args[2], ast.Constant):
                comment = node.args[2].value or ""
            found.add((str(context.value), str(text.value), str(comment)))
    return found


def extract() -> ET.Element:
    """The template: every message lupdate finds, plurals marked, no translations."""
    files = python_files()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "template.ts"
        subprocess.run(
            [tool("lupdate"), "-silent", "-locations", "none", *map(str, files), "-ts", str(out)],
            check=True,
        )
        root = ET.parse(out).getroot()
    plurals = plural_calls(files)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if key(name, message) in plurals:
                message.set("numerus", "yes")
            else:
                message.attrib.pop("numerus", None)
    return root


def key(context: str, message: ET.Element) -> Key:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def messages(root: ET.Element) -> Iterable[tuple[Key, ET.Element]]:
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield key(name, message), message


# -- merging ------------------------------------------------------------------------------
def translation(forms: int, numerus: bool, old: ET.Element | None) -> ET.Element:
    """The message's translation: the old one when it still fits, else an unfinished one."""
    if old is not None:
        old_forms = old.findall("numerusform")
        if numerus == bool(old_forms) and (not numerus or len(old_forms) == forms):
            return old
    new = ET.Element("translation", {"type": "unfinished"})
    if numerus:
        for _ in range(forms):
            ET.SubElement(new, "numerusform").text = ""
    else:
        new.text = ""
    return new


def merged(template: ET.Element, language: str, forms: int, old: ET.Element | None,
           *, plural_only: bool = False) -> ET.Element:  # fmt: skip
    previous = {k: m.find("translation") for k, m in messages(old)} if old is not None else {}
    root = ET.Element("TS", {"version": "2.1", "language": language, "sourcelanguage": "en"})
    for context in template.iter("context"):
        name = context.findtext("name") or ""
        out = ET.Element("context")
        ET.SubElement(out, "name").text = name
        for message in context.iter("message"):
            numerus = message.get("numerus") == "yes"
            if plural_only and not numerus:
                continue
            new = ET.SubElement(out, "message", {"numerus": "yes"} if numerus else {})
            # Not lupdate's extracomment: it takes the "#:" comments this code
            # documents attributes with for translator notes, and pins them to
            # whichever message follows. The disambiguation is the note.
            for tag in ("source", "comment"):
                if message.find(tag) is not None:
                    ET.SubElement(new, tag).text = message.findtext(tag)
            new.append(translation(forms, numerus, previous.get(key(name, message))))
        if len(out) > 1:
            root.append(out)
    return root


# -- the pseudo-locale ---------------------------------------------------------------------
_ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
#: Left as they are: placeholders, %-markers, tags and entities, and an accelerator's letter.
_KEEP = re.compile(r"\{[^}]*\}|%L?[np0-9]|<[^>]*>|&[a-z]+;|&.")


def pseudo(text: str) -> str:
    """``⟦Ŝŵåþ ţĥé ƒŕåɱéš~~~~⟧``: accented, in markers, about 40 % longer.

    Texts with no letters ("; ", "{count} / {limit}") stay as they are, and
    so does the white space around a text (a spin box's " frames").
    """
    if not re.search(r"[A-Za-z]", _KEEP.sub("", text)):
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    core = text.strip()
    out, last = [], 0
    for match in _KEEP.finditer(core):
        out.append(core[last : match.start()].translate(_ACCENTS))
        out.append(match.group())
        last = match.end()
    out.append(core[last:].translate(_ACCENTS))
    body = "".join(out)
    lines = body.split("\n")
    longest = max(len(_KEEP.sub("", line)) for line in lines)
    padding = "~" * max(1, math.ceil(longest * 0.4) - 2)
    lines = [line + (padding if len(_KEEP.sub("", line)) == longest else "") for line in lines]
    return lead + OPEN + "\n".join(lines) + CLOSE + trail


def pseudo_ts(template: ET.Element) -> ET.Element:
    root = merged(template, "en_US", ENGLISH[1], None)
    for _key, message in messages(root):
        source = message.findtext("source") or ""
        old = message.find("translation")
        assert old is not None
        message.remove(old)
        done = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            for _ in range(ENGLISH[1]):
                ET.SubElement(done, "numerusform").text = pseudo(source)
        else:
            done.text = pseudo(source)
    return root


def finished(message: ET.Element) -> bool:
    """Translated, not marked unfinished, and no form left empty."""
    done = message.find("translation")
    if done is None or done.get("type"):
        return False
    forms = done.findall("numerusform")
    return all((f.text or "").strip() for f in forms) if forms else bool((done.text or "").strip())


# -- files ---------------------------------------------------------------------------------
def write_ts(root: ET.Element, path: Path) -> None:
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def read_ts(path: Path) -> ET.Element | None:
    return ET.parse(path).getroot() if path.exists() else None


def ts_files() -> list[Path]:
    return sorted(I18N.glob("veodesk_*.ts"))


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def release() -> None:
    for ts in ts_files():
        lrelease(ts, ts.with_suffix(".qm"))


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    template = extract()
    for code, (language, forms) in LANGUAGES.items():
        path = I18N / f"veodesk_{code}.ts"
        write_ts(merged(template, language, forms, read_ts(path)), path)
    path = I18N / "veodesk_en.ts"
    write_ts(merged(template, ENGLISH[0], ENGLISH[1], read_ts(path), plural_only=True), path)
    write_ts(pseudo_ts(template), I18N / f"veodesk_{PSEUDO}.ts")
    release()


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        update()
    elif command == "release":
        release()
    else:
        print(__doc__, file=sys.stderr)
        return 2
    for ts in ts_files():
        root = ET.parse(ts).getroot()
        total = sum(1 for _ in messages(root))
        unfinished = sum(1 for _, m in messages(root) if not finished(m))
        print(f"{ts.relative_to(ROOT)}: {total} messages, {unfinished} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
