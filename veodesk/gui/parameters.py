"""The parameters' labels as the window shows them, in the window's language.

``core.parameters`` holds the values and their English labels (the CLI's);
the window translates them here, one message per label and option, so
lupdate finds each. tests/gui/test_i18n.py checks that every option of the
core has a label here and that, in English, they read as the core's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from veodesk.core.parameters import Choice

translate = QCoreApplication.translate


def _labels() -> dict[str, str]:
    return {
        "duration": translate("Parameters", "Duration"),
        "resolution": translate("Parameters", "Resolution"),
        "aspect_ratio": translate("Parameters", "Aspect ratio"),
        "fit": translate("Parameters", "Fit"),
        "generate_audio": translate("Parameters", "Generate audio"),
    }


def _options() -> dict[tuple[str, object], str]:
    return {
        ("duration", 4): translate("Parameters", "4 seconds"),
        ("duration", 6): translate("Parameters", "6 seconds"),
        ("duration", 8): translate("Parameters", "8 seconds"),
        # Resolutions are tokens ("720p"): the same in every language.
        ("aspect_ratio", "auto"): translate("Parameters", "Auto (from the first frame)"),
        ("aspect_ratio", "16:9"): translate("Parameters", "16:9 landscape"),
        ("aspect_ratio", "9:16"): translate("Parameters", "9:16 portrait"),
        ("fit", "crop"): translate("Parameters", "Crop to fill"),
        ("fit", "pad"): translate("Parameters", "Pad to fit"),
        ("fit", "none"): translate("Parameters", "Leave as is"),
        ("generate_audio", True): translate("Parameters", "audio"),
        ("generate_audio", False): translate("Parameters", "silent"),
    }


def label(choice: Choice[int] | Choice[str] | Choice[bool]) -> str:
    """``Duration``: what the parameter is called."""
    return _labels().get(choice.field, choice.label)


def option(choice: Choice[int] | Choice[str] | Choice[bool], value: object) -> str:
    """``8 seconds``: how one of its values reads; the core's text for one not listed here."""
    text = _options().get((choice.field, value))
    if text is not None:
        return text
    return dict(choice.options).get(value, str(value))


def options(choice: Choice[int] | Choice[str] | Choice[bool]) -> list[tuple[object, str]]:
    """Every value of ``choice`` with how it reads, in the core's order."""
    table = _options()
    return [(value, table.get((choice.field, value), text)) for value, text in choice.options]
