"""The window's language: which one, its translators, and the locale its figures are written in.

Chosen once, at start (docs/TRANSLATING.md): ``veodesk --lang LL`` for one run,
else the Language setting, else the desktop's languages as Qt reads them
(``QLocale.system().uiLanguages()``: ``LANGUAGE``, then ``LC_ALL``,
``LC_MESSAGES``, ``LANG``). The app's catalogue comes from
``resources/i18n/veodesk_LL.qm``; Qt's own (``qt_LL.qm``, which pulls in
``qtbase_LL`` and ``qtmultimedia_LL``) from PySide6's translations folder.
Python's ``locale`` module is not used: it fails where the system lacks the
locale, and Qt does not.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from veodesk.core.paths import resources_dir

log = logging.getLogger(__name__)

ENGLISH = "en"
#: The languages veodesk ships a translation for.
SHIPPED = ("de", "es", "ja")
#: The test language: every string in markers and longer (scripts/i18n.py makes it).
PSEUDO = "pseudo"
#: The setting's value for "as the desktop says".
SYSTEM = ""
#: What the Language setting offers, each in its own language (so it can be found
#: in any of them); SYSTEM is translated where it is shown.
NAMES = {ENGLISH: "English", "de": "Deutsch", "es": "Español", "ja": "日本語"}
#: What ``--lang`` takes.
CHOICES = (ENGLISH, *SHIPPED, PSEUDO)

_installed: list[QTranslator] = []
_language = ENGLISH
_locale: QLocale | None = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate (it looks for this name); shown as translate(context, text).

    PySide6's own returns ``object`` to the type checker.
    """
    return text


def catalogue_dir() -> Path:
    return resources_dir() / "i18n"


def qt_catalogue_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def system_language() -> str:
    """The first of the desktop's languages that veodesk has (English is one), else English."""
    for tag in QLocale.system().uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code == ENGLISH or code in SHIPPED:
            return code
    return ENGLISH


def formatting_locale(override: str = SYSTEM) -> QLocale:
    """How numbers, money and times read: the chosen language's, else the system's.

    A C or POSIX system locale reads as en_US (the C locale groups no digits).
    """
    if override == ENGLISH:
        return QLocale("en_US")
    if override in SHIPPED:
        return QLocale(override)
    system = QLocale.system()
    if system.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return QLocale("en_US")
    return system


def language() -> str:
    """The language the window is in: ``en``, one of SHIPPED, or ``pseudo``."""
    return _language


def locale() -> QLocale:
    """The locale the window's figures are written in (gui/formatting.py)."""
    global _locale
    if _locale is None:
        _locale = formatting_locale()
    return _locale


def _load(name: str, folder: str) -> QTranslator | None:
    translator = QTranslator()
    if translator.load(name, folder):
        return translator
    log.warning("no translation %s in %s", name, folder)
    return None


def install(app: QCoreApplication, override: str = SYSTEM) -> str:
    """Translate ``app`` (made by veodesk or found already made) into the language chosen.

    ``override`` is ``--lang`` or the Language setting; SYSTEM follows the
    desktop. Returns the language now in force. Replaces what an earlier call
    installed.
    """
    global _language, _locale
    uninstall(app)
    code = override if override in CHOICES else system_language()
    if override and override not in CHOICES:
        log.warning("no language %r; following the desktop's", override)
        override = SYSTEM
    translators: list[QTranslator | None] = []
    if code in SHIPPED:
        translators = [
            _load(f"veodesk_{code}", str(catalogue_dir())),
            _load(f"qt_{code}", qt_catalogue_dir()),
        ]
    else:  # English's catalogue holds its plural forms only; the pseudo-locale's, everything
        translators = [_load(f"veodesk_{code}", str(catalogue_dir()))]
    for translator in translators:
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    _language = code
    _locale = formatting_locale(override if override != PSEUDO else SYSTEM)
    # %Ln in a translation, and the spin boxes' figures, follow the default locale.
    QLocale.setDefault(_locale)
    return code


def uninstall(app: QCoreApplication) -> None:
    """Back to English and the system's locale (the tests switch languages in one process)."""
    global _language, _locale
    while _installed:
        app.removeTranslator(_installed.pop())
    _language = ENGLISH
    _locale = None
    QLocale.setDefault(QLocale.system())
