"""How times, numbers and money read in the window: in its language, through QLocale.

The locale is the one gui/i18n.py chose: the system's, or the chosen
language's when the user picked one (a C or POSIX system reads as en_US).
``core.money`` stays the CLI's English formatter; the window uses these.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from veodesk.core import money
from veodesk.gui import i18n

translate = QCoreApplication.translate

#: The largest count Qt's translate() takes for choosing a plural form (a C int).
_INT_MAX = 2**31 - 1


def plural_count(n: float) -> int:
    """``n`` as a count for choosing a plural form, also when it would overflow a C int.

    Above that, the form depends (in every language Qt knows) only on the last
    digits and on the number being large, which 1000 + n % 1000 keeps.
    """
    whole = abs(round(n))
    return whole if whole <= _INT_MAX else 1000 + whole % 1000


def number(value: float, decimals: int = 0) -> str:
    """``336,000`` (en), ``336.000`` (de): grouped the locale's way."""
    if decimals == 0:
        return i18n.locale().toString(round(value))
    return i18n.locale().toString(float(value), "f", decimals)


def duration_text(seconds: float) -> str:
    """``42 s``, ``3 min 05 s``: for estimates and elapsed times in sentences."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return translate("Formatting", "{seconds} s").format(seconds=seconds)
    return translate("Formatting", "{minutes} min {seconds} s").format(
        minutes=seconds // 60, seconds=f"{seconds % 60:02d}"
    )


def clock(seconds: float) -> str:
    """``0:07``, ``12:34``: for the player and the job list."""
    seconds = max(0, int(seconds))
    minutes, secs = divmod(seconds, 60)
    if minutes >= 60:
        return f"{minutes // 60}:{minutes % 60:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def usd_text(dollars: float) -> str:
    """``$0.17`` (en), ``0,17 $`` (de); under a cent ``<$0.01``; a debt with a minus sign."""
    loc = i18n.locale()
    if 0 < dollars < 0.01:
        return translate("Formatting", "<{amount}", "less than a cent").format(
            amount=loc.toCurrencyString(0.01, "$", 2)
        )
    # A sign, not the accounting brackets en_US would use: a balance below zero is a debt.
    sign = loc.negativeSign() if dollars <= -0.005 else ""
    return sign + loc.toCurrencyString(abs(dollars), "$", 2)


def money_text(credits: float) -> str:
    """How a cost reads in the window: ``$0.17 (336,000 credits)``."""
    n = plural_count(credits)  # a plain name: lupdate skips the message for a call here
    return translate("Formatting", "{usd} ({credits} credit(s))", None, n).format(
        usd=usd_text(money.usd(credits)), credits=number(credits)
    )


def estimate_text(estimate: money.Estimate) -> str:
    """``about $0.96 (1,920,000 credits), list price Sep 2026``."""
    cost = money_text(estimate.credits)
    if estimate.source == money.HISTORY:
        return translate("Formatting", "about {cost}, from your history").format(cost=cost)
    # The core's label is "list price <date>"; the date is the user's own text.
    date = estimate.label.removeprefix(money.LIST_PRICE).strip()
    return translate("Formatting", "about {cost}, list price {date}").format(cost=cost, date=date)


def age_text(seconds: float) -> str:
    """``updated just now``, ``updated 3 min ago``: how old a figure is, in words."""
    minutes = int(max(0.0, seconds) // 60)
    if minutes < 1:
        return translate("Formatting", "updated just now")
    if minutes < 60:
        return translate("Formatting", "updated %n min ago", None, minutes)
    hours = minutes // 60
    if hours < 48:
        return translate("Formatting", "updated %n h ago", None, hours)
    days = hours // 24
    return translate("Formatting", "updated %n day(s) ago", None, days)
