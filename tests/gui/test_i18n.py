"""The window's language: the desktop's, the Language setting, ``--lang``; Qt's own texts too."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.clitools import run_cli
from tests.gui.conftest import App
from veodesk.core.parameters import ASPECT_RATIO, AUDIO, DURATION, FIT, RESOLUTION
from veodesk.gui import formatting, i18n, parameters
from veodesk.gui.main import parse
from veodesk.gui.shell.persistence import WindowMemory

#: What a fresh process reports: the language chosen, the locale figures are
#: written in, and Qt's own Cancel button.
PROBE = """
import sys
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from veodesk.gui import i18n
app = QApplication([])
language = i18n.install(app, sys.argv[1])
box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text()
print(language, i18n.locale().name(), cancel, sep="|")
"""


def probe(override: str = "", **env: str) -> list[str]:
    clean = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/")}
    clean |= {"QT_QPA_PLATFORM": "offscreen", **env}
    out = subprocess.run(
        [sys.executable, "-c", PROBE, override],
        capture_output=True,
        text=True,
        env=clean,
        timeout=60,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    ).stdout
    return out.strip().splitlines()[-1].split("|")


@pytest.fixture
def use_language(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    yield lambda code: i18n.install(qapp, code)
    i18n.install(qapp, i18n.ENGLISH)


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "de"}, ["de", "de_DE", "Abbrechen"]),
        ({"LANG": "ja_JP.UTF-8"}, ["ja", "ja_JP", "キャンセル"]),
        ({"LANG": "es_ES.UTF-8", "LC_MESSAGES": "es_ES.UTF-8"}, ["es", "es_ES", "Cancelar"]),
        # English first in LANGUAGE wins over a German LANG.
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "en:de"}, ["en", "en_US", "Cancel"]),
        # A language veodesk lacks: English words, the desktop's figures.
        ({"LANG": "fr_FR.UTF-8"}, ["en", "fr_FR", "Cancel"]),
        ({"LANG": "C"}, ["en", "en_US", "Cancel"]),
        ({"LANG": "POSIX"}, ["en", "en_US", "Cancel"]),
    ],
)
def test_the_window_follows_the_desktops_language(env: dict[str, str], expected: list[str]) -> None:
    assert probe(**env) == expected


def test_a_chosen_language_overrides_the_desktops_words_and_figures() -> None:
    assert probe("de", LANG="es_ES.UTF-8") == ["de", "de_DE", "Abbrechen"]
    assert probe("en", LANG="de_DE.UTF-8", LANGUAGE="de") == ["en", "en_US", "Cancel"]


def test_lang_takes_a_shipped_language_for_one_run(capsys: pytest.CaptureFixture[str]) -> None:
    assert parse(["--lang", "ja"]).lang == "ja"
    assert parse(["--demo"]).lang == ""
    with pytest.raises(SystemExit):
        parse(["--lang", "xx"])
    assert "--lang" in capsys.readouterr().err


def test_translators_go_on_an_application_already_made(
    qapp: QApplication, use_language: Callable[[str], str]
) -> None:
    # The tests' QApplication was made before veodesk looked: as when a host app runs it.
    assert use_language("de") == "de"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    use_language("en")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_the_language_setting_is_saved_for_the_next_start(
    app: App, qtbot: QtBot, veodesk_home: Path
) -> None:
    app.start()
    app.controller.open_settings()
    dialog = app.controller.settings_dialog
    assert dialog is not None
    combo = dialog.language
    assert combo.currentData() == i18n.SYSTEM and combo.count() == 1 + len(i18n.NAMES)
    combo.setCurrentIndex(combo.findData("de"))
    dialog.save_button.click()
    qtbot.waitUntil(
        lambda: (
            "next start" in app.window.status_text.text()
            or "starts again" in app.window.status_text.text()
        ),
        timeout=10_000,
    )
    app.controller.tasks.wait(5_000)
    assert WindowMemory(veodesk_home / "config").language() == "de"
    # The window itself stays in its language until then.
    assert app.compose.generate.text() == "Generate"


def test_the_parameters_read_as_the_cores_in_english() -> None:
    for choice in (DURATION, RESOLUTION, ASPECT_RATIO, FIT, AUDIO):
        assert parameters.label(choice) == choice.label
        assert parameters.options(choice) == list(choice.options)


def test_the_cli_stays_english_and_its_json_the_same_in_any_language(veodesk_home: Path) -> None:
    german = dict(os.environ, LANG="de_DE.UTF-8", LANGUAGE="de", LC_ALL="de_DE.UTF-8")
    plain = dict(os.environ, LANG="C", LANGUAGE="")
    args = ("estimate", "--duration", "8", "--count", "3")
    assert run_cli(*args, "--json", env=german).stdout == run_cli(*args, "--json", env=plain).stdout
    text = run_cli(*args, env=german)
    assert text.returncode == 0 and "credits" in text.stdout, text.stderr
    modules = subprocess.run(
        [sys.executable, "-c", "import sys, veodesk.cli; print('PySide6' in sys.modules)"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert modules.strip() == "False"


def locale_of(code: str) -> QLocale:
    return QLocale("en_US") if code == i18n.ENGLISH else QLocale(code)


@pytest.mark.parametrize("code", ["de", "es", "ja", "en"])
def test_figures_read_as_qlocale_writes_them(code: str, use_language: Callable[[str], str]) -> None:
    use_language(code)
    loc = locale_of(code)
    assert i18n.locale().name() == loc.name()
    assert formatting.usd_text(0.168) == loc.toCurrencyString(0.168, "$", 2)
    # A debt keeps its minus sign (en_US's own would be accounting brackets).
    assert formatting.usd_text(-0.136) == loc.negativeSign() + loc.toCurrencyString(0.136, "$", 2)
    assert loc.toCurrencyString(0.01, "$", 2) in formatting.usd_text(0.004)
    assert formatting.number(19_664_000) == loc.toString(19_664_000)
    assert formatting.number(10**12) == loc.toString(10**12)  # past a C int
    money = formatting.money_text(336_000)
    assert loc.toCurrencyString(0.168, "$", 2) in money and loc.toString(336_000) in money


def test_the_window_writes_money_the_german_way(
    make_app: Callable[[], App], qtbot: QtBot, use_language: Callable[[str], str]
) -> None:
    use_language("de")
    app = make_app().start()
    loc = QLocale("de")
    # 8 s at 1080p at the list price: $0.96, 1,920,000 credits.
    qtbot.waitUntil(lambda: "1.920.000" in app.compose.cost.text(), timeout=10_000)
    assert loc.toCurrencyString(0.96, "$", 2) in app.compose.cost.text()
    assert "0,96\u00a0$" in app.compose.cost.text()  # the example, as Qt writes it


@pytest.mark.parametrize(
    ("code", "one", "three"),
    [
        ("de", "1 Auftrag läuft", "3 Aufträge laufen"),
        ("es", "1 trabajo en curso", "3 trabajos en curso"),
        ("ja", "1 件のジョブを実行中", "3 件のジョブを実行中"),
        ("en", "1 job running", "3 jobs running"),
    ],
)
def test_plurals_take_the_languages_forms(
    code: str, one: str, three: str, use_language: Callable[[str], str]
) -> None:
    use_language(code)
    text = "%n job(s) running"
    assert QCoreApplication.translate("StatusPresenter", text, None, 1) == one
    assert QCoreApplication.translate("StatusPresenter", text, None, 3) == three
