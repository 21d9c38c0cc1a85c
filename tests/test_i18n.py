"""The translation files: in step with the code, compiled as committed, placeholders kept."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from scripts import i18n

TS_FILES = i18n.ts_files()
PEOPLE = [i18n.I18N / f"veodesk_{code}.ts" for code in i18n.LANGUAGES]


@pytest.fixture(scope="module")
def template() -> ET.Element:
    return i18n.extract()


def keys(root: ET.Element) -> set[i18n.Key]:
    return {k for k, _ in i18n.messages(root)}


def forms(message: ET.Element) -> list[str]:
    done = message.find("translation")
    if done is None:
        return []
    plural = done.findall("numerusform")
    return [f.text or "" for f in plural] if plural else [done.text or ""]


def test_there_are_the_shipped_languages_english_plurals_and_the_pseudo_locale() -> None:
    names = {path.name for path in TS_FILES}
    expected = {f"veodesk_{code}.ts" for code in (*i18n.LANGUAGES, "en", i18n.PSEUDO)}
    assert names == expected


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_the_committed_qm_is_a_fresh_lrelease_of_its_ts(ts: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    i18n.lrelease(ts, fresh)
    assert ts.with_suffix(".qm").read_bytes() == fresh.read_bytes(), (
        f"{ts.name} changed: run `python scripts/i18n.py release` and commit the .qm"
    )


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_translation_keeps_its_sources_placeholders(ts: Path) -> None:
    wrong = []
    for (context, source, _), message in i18n.messages(ET.parse(ts).getroot()):
        wanted = sorted(set(i18n.PLACEHOLDER.findall(source)))
        for text in forms(message):
            if not text:
                continue  # untranslated: the English shows
            kept = sorted(set(i18n.PLACEHOLDER.findall(text)))
            # A brace of its own would break str.format() on the translation.
            braces = re.sub(r"\{[A-Za-z_][A-Za-z0-9_]*\}", "", text)
            if kept != wanted or "{" in braces or "}" in braces:
                wrong.append((context, source, text))
    assert wrong == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_the_ts_files_are_up_to_date_with_the_code(ts: Path, template: ET.Element) -> None:
    expected = keys(template)
    if ts.name == "veodesk_en.ts":  # English: the plurals only
        plurals = {k for k, m in i18n.messages(template) if m.get("numerus") == "yes"}
        expected = plurals
    assert keys(ET.parse(ts).getroot()) == expected, "run `python scripts/i18n.py`"


def test_the_pseudo_locale_is_made_from_the_current_sources(template: ET.Element) -> None:
    made = i18n.pseudo_ts(template)
    committed = ET.parse(i18n.I18N / "veodesk_pseudo.ts").getroot()
    assert {k: forms(m) for k, m in i18n.messages(committed)} == {
        k: forms(m) for k, m in i18n.messages(made)
    }


def test_lupdate_finds_every_translate_call_in_the_code(template: ET.Element) -> None:
    # lupdate 6.11.3 silently skips a translate() whose count is a call or an
    # attribute (docs/TRANSLATING.md): such a message would never be translated.
    called: set[tuple[str, str]] = set()
    for path in i18n.python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            context, text = node.args[0], node.args[1]
            if (
                name in ("translate", "QT_TRANSLATE_NOOP")
                and isinstance(context, ast.Constant)
                and isinstance(text, ast.Constant)
                and isinstance(text.value, str)
            ):
                called.add((str(context.value), text.value))
    found = {(context, source) for context, source, _ in keys(template)}
    assert called - found == set()


def test_english_has_every_plural_form() -> None:
    root = ET.parse(i18n.I18N / "veodesk_en.ts").getroot()
    assert [k for k, m in i18n.messages(root) if not i18n.finished(m)] == []


@pytest.mark.parametrize(
    ("text", "made"),
    [
        ("Play", "⟦Þļåý~⟧"),
        (" frames", " ⟦ƒŕåɱéš~⟧"),
        ("; ", "; "),
        ("{count} / {limit}", "{count} / {limit}"),
        ("%n job(s) running", "⟦%n ĵöƀ(š) ŕûññîñĝ~~~~⟧"),
        ('<a href="{url}">Top up</a>', '⟦<a href="{url}">Ţöþ ûþ</a>~⟧'),
        ("&Quit", "⟦&Qûîţ~⟧"),
    ],
)
def test_the_pseudo_locale_keeps_what_the_code_fills_in(text: str, made: str) -> None:
    assert i18n.pseudo(text) == made


@pytest.mark.parametrize("ts", PEOPLE, ids=lambda p: p.name)
def test_every_message_lupdate_finds_is_translated_and_finished(ts: Path) -> None:
    root = ET.parse(ts).getroot()
    assert [k for k, m in i18n.messages(root) if not i18n.finished(m)] == []
    # Each plural has its language's number of forms (Qt's rules: 2 in de and es, 1 in ja).
    _, forms_wanted = i18n.LANGUAGES[ts.stem.removeprefix("veodesk_")]
    plurals = [m for _, m in i18n.messages(root) if m.get("numerus") == "yes"]
    assert plurals and all(len(forms(m)) == forms_wanted for m in plurals)


def test_the_desktop_entry_and_the_appstream_metadata_speak_each_language() -> None:
    resources = i18n.ROOT / "resources"
    desktop = (resources / "io.github.veodesk.Veodesk.desktop").read_text(encoding="utf-8")
    metainfo = ET.parse(resources / "io.github.veodesk.Veodesk.metainfo.xml").getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    for code in i18n.LANGUAGES:
        for key in ("GenericName", "Comment", "Keywords", "Name"):
            assert f"\n{key}[{code}]=" in desktop, (key, code)
        for tag in ("summary", "description/p", "description/ul/li"):
            assert any(e.get(lang) == code for e in metainfo.findall(tag)), (tag, code)
