"""The account balance in the status bar, and the warning when it will not cover a video.

Read on a pool thread: once the key is known (after the first paint), after
each finished job, and when the user clicks its Refresh link (or Help → Refresh
the balance). A failure to read is a quiet note in the status bar, never a
banner or a dialog. The warning is a banner that blocks nothing: sending stays allowed,
since the vendor's figure may lag behind.
"""

from __future__ import annotations

import html
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel

from veodesk.core.balance import TOP_UP_URL, Balance
from veodesk.gui import messages
from veodesk.gui.desktop import open_url
from veodesk.gui.formatting import age_text, money_text, number, plural_count, usd_text

if TYPE_CHECKING:
    from veodesk.gui.shell.controller import AppController

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

BALANCE_BANNER = "balanceBanner"
#: The age in the status bar is redrawn this often (no network: the figure is kept).
AGE_TICK_MS = 30_000
REFRESH_LINK = "#refresh"


class BalancePresenter:
    def __init__(self, app: AppController) -> None:
        self.app = app
        self.balance: Balance | None = None
        #: The expected credits of what Generate would send now; None while unknown.
        self.expected: float | None = None
        #: Why the last read failed, for the button's tooltip; "" after a success.
        self.error = ""
        #: Bumped when the account changes (demo, settings): older answers are dropped.
        self._epoch = 0
        self._reading = False
        self._again = False
        self._dismissed = ""
        # Labels, not buttons: a button is taller than the status line and would
        # grow the status bar (and shift the panes) when the balance arrives.
        self.label = QLabel()
        self.label.setObjectName("balanceText")
        self.label.setProperty("textFormat", "RichText")
        self.label.linkActivated.connect(self._link)
        self.label.hide()
        self.top_up = QLabel(
            translate("BalancePresenter", '<a href="{url}">Top up</a>').format(url=TOP_UP_URL)
        )
        self.top_up.setObjectName("topUpLink")
        self.top_up.setProperty("textFormat", "RichText")
        self.top_up.setOpenExternalLinks(True)
        self.top_up.setToolTip(
            translate("BalancePresenter", "Add funds on the AI/ML API site ({url})").format(
                url=TOP_UP_URL
            )
        )
        self.top_up.hide()
        bar = app.window.statusBar()
        bar.addPermanentWidget(self.label)
        bar.addPermanentWidget(self.top_up)
        self._tick = QTimer(self.label, interval=AGE_TICK_MS)
        self._tick.timeout.connect(self._show)
        app.window.balance_action.triggered.connect(self.refresh)

    # -- reading ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the balance of the session in force, off the UI thread."""
        app = self.app
        backend = app.state.backend()
        if backend is None or app.closed:
            return
        if self._reading:
            self._again = True  # one more read once this one answers: the job may lag it
            return
        session, settings, key = backend.session, backend.settings, backend.key
        epoch, self._reading = self._epoch, True
        if self.balance is None and not self.error:
            self._put(translate("BalancePresenter", "Balance: reading…"), "")

        def read() -> Balance:
            from veodesk.core import wiring  # on the pool thread: requests loads there

            return wiring.make_billing_client(session, settings, key).balance()

        started = app.tasks.start(
            read,
            lambda balance: self._answered(epoch, balance, None),
            lambda exc: self._answered(epoch, None, exc),
        )
        self._reading = started

    def _answered(self, epoch: int, balance: Balance | None, exc: Exception | None) -> None:
        if self.app.closed or epoch != self._epoch:
            return  # the account changed meanwhile: that balance is not this one's
        self._reading = False
        if exc is not None:
            log.info("the balance could not be read: %s", exc)
            self.error = messages.error_text(exc)
        else:
            self.balance, self.error = balance, ""
            self._tick.start()
        self._show()
        self.warn()
        if self._again:
            self._again = False
            self.refresh()

    def session_changed(self) -> None:
        """The demo started or stopped, or the key changed: the figure was another account's."""
        self._epoch += 1
        self._reading = self._again = False
        self.balance, self.error, self._dismissed = None, "", ""
        self._tick.stop()
        self.label.hide()
        self.top_up.hide()
        self.app.window.banners.remove(BALANCE_BANNER)

    def set_expected(self, credits: float | None) -> None:
        self.expected = credits
        self.warn()

    # -- showing ------------------------------------------------------------------------
    def _show(self) -> None:
        balance = self.balance
        if balance is None:
            text = translate("BalancePresenter", "Balance: unknown")
            tip = ""
            if self.error:
                tip = translate("BalancePresenter", "The balance could not be read: {error}")
                tip = tip.format(error=self.error)
        else:
            figures = {"amount": usd_text(balance.usd), "age": age_text(balance.age_seconds())}
            if balance.low_balance:
                text = translate("BalancePresenter", "Balance: {amount} · {age} · low")
            else:
                text = translate("BalancePresenter", "Balance: {amount} · {age}")
            text = text.format(**figures)
            n = plural_count(balance.credits)
            if self.error:
                tip = translate(
                    "BalancePresenter",
                    "{credits} credit(s). The last refresh failed: {error}",
                    None,
                    n,
                ).format(credits=number(balance.credits), error=self.error)
            else:
                tip = translate("BalancePresenter", "{credits} credit(s)", None, n).format(
                    credits=number(balance.credits)
                )
        self._put(text, tip)
        self.top_up.setVisible(balance is not None and not self.app.state.session.is_demo)

    def _put(self, text: str, tip: str) -> None:
        # Our own figures only in the rich text; the error, which repeats what a
        # server said, goes to the tooltip, escaped (tooltips may be read as rich text).
        self.label.setText(
            translate("BalancePresenter", '{status} · <a href="{link}">Refresh</a>').format(
                status=html.escape(text), link=REFRESH_LINK
            )
        )
        self.label.setToolTip(html.escape(tip))
        self.label.setAccessibleName(text)
        self.label.show()

    def _link(self, href: str) -> None:
        if href == REFRESH_LINK:
            self.refresh()

    def warning_text(self) -> str:
        """Why the balance may not cover the next video, or "" when it will."""
        balance = self.balance
        if balance is None:
            return ""
        left = money_text(balance.credits)
        if self.expected is not None and self.expected > balance.credits:
            return translate(
                "BalancePresenter",
                "The expected cost of this video, about {cost}, is more than your balance of "
                "{balance}. You can still send it (the balance may lag behind), but it may fail; "
                "top up to be sure.",
            ).format(cost=money_text(self.expected), balance=left)
        if balance.low_balance:
            return translate(
                "BalancePresenter",
                "Your AI/ML API balance is low: {balance}. You can still send jobs; top up "
                "before the credits run out.",
            ).format(balance=left)
        return ""

    def warn(self) -> None:
        text = self.warning_text()
        banners = self.app.window.banners
        if not text:
            banners.remove(BALANCE_BANNER)
            self._dismissed = ""
            return
        shown = banners.get(BALANCE_BANNER)
        if text == self._dismissed or (shown is not None and shown.label.text() == text):
            return  # dismissed once: not again for the same figures
        actions = (
            []
            if self.app.state.session.is_demo
            else [(translate("BalancePresenter", "Top up"), self._open_top_up)]
        )
        banner = banners.show_banner(BALANCE_BANNER, "warning", text, actions)
        banner.dismissed.connect(lambda: self._forget(text))

    def _forget(self, text: str) -> None:
        self._dismissed = text

    def _open_top_up(self) -> None:
        open_url(TOP_UP_URL)
