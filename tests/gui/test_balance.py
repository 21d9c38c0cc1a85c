"""The account balance in the status bar, read from the sandbox's billing endpoint."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from tests.conftest import TEST_KEY
from veodesk.core.balance import TOP_UP_URL
from veodesk.core.store import JobState
from veodesk.gui.shell.balance import BALANCE_BANNER
from veodesk.gui.shell.job_events import ERROR_BANNER
from veodesk.sandbox import Sandbox

from .conftest import App
from .test_generation import CREDITS, generate

BALANCE_PATH = "/v1/billing/balance"


class StatusBalance:
    """The balance as the status bar shows it: its words, its tooltip, its Refresh link."""

    def __init__(self, app: App) -> None:
        label = app.window.findChild(QLabel, "balanceText")
        assert label is not None
        self.label = label

    def text(self) -> str:
        return self.label.accessibleName() if self.label.isVisible() else ""

    def tooltip(self) -> str:
        return self.label.toolTip()

    def click_refresh(self) -> None:
        assert '<a href="#refresh">Refresh</a>' in self.label.text()
        # Where a click on the link ends up (QLabel draws links itself; no widget to click).
        self.label.linkActivated.emit("#refresh")


def _status(app: App) -> StatusBalance:
    return StatusBalance(app)


def _balance_reads(sandbox: Sandbox) -> list[str]:
    """The origins the balance was read from, in order."""
    return [r.origin for r in sandbox.requests if r.path == BALANCE_PATH]


def test_the_balance_is_in_the_status_bar_and_follows_a_finished_job(
    qtbot: QtBot, app: App, sandbox: Sandbox, frames: tuple[Path, Path]
) -> None:
    sandbox.set_balance(4_000_000)  # $2.00
    app.start()
    status = _status(app)
    qtbot.waitUntil(lambda: "$2.00" in status.text(), timeout=10_000)
    assert status.text() == "Balance: $2.00 · updated just now"
    assert "4,000,000 credits" in status.tooltip()
    link = app.window.findChild(QLabel, "topUpLink")
    assert link is not None and link.isVisible()
    assert f'href="{TOP_UP_URL}"' in link.text() and link.openExternalLinks()
    # A loopback API without a billing URL is its own billing origin.
    reads = [r for r in sandbox.requests if r.path == BALANCE_PATH]
    assert [r.origin for r in reads] == ["api"]
    assert reads[0].headers.get("Authorization") == f"Bearer {TEST_KEY}"

    with qtbot.waitSignal(app.controller.jobs.jobFinished, timeout=30_000):
        generate(qtbot, app, frames)
    # 4,000,000 - 336,000 credits = $1.832: read again once the job is done.
    qtbot.waitUntil(lambda: "$1.83" in status.text(), timeout=10_000)
    assert sandbox.balance() == 4_000_000 - CREDITS
    assert app.window.banners.get(BALANCE_BANNER) is None


def test_a_low_balance_warns_and_sending_is_still_allowed(
    qtbot: QtBot, app: App, sandbox: Sandbox, frames: tuple[Path, Path]
) -> None:
    sandbox.faults.report_low_balance()
    app.start()
    banners = app.window.banners
    qtbot.waitUntil(lambda: banners.get(BALANCE_BANNER) is not None, timeout=10_000)
    banner = banners.get(BALANCE_BANNER)
    assert banner is not None and banner.kind == "warning"
    assert banner.label.text().startswith("Your AI/ML API balance is low: $10.00")
    assert "Top up" in banner.buttons
    assert _status(app).text().endswith(" · low")
    assert QApplication.activeModalWidget() is None
    with qtbot.waitSignal(app.controller.jobs.jobFinished, timeout=30_000) as finished:
        generate(qtbot, app, frames)
    assert finished.args[0].state is JobState.DONE
    assert sandbox.post_count == 1


def test_a_video_that_costs_more_than_the_balance_warns_before_it_is_sent(
    qtbot: QtBot, app: App, sandbox: Sandbox, frames: tuple[Path, Path]
) -> None:
    # Enough for one 336,000-credit video, not for a second.
    sandbox.set_balance(400_000)
    app.start()
    banners = app.window.banners

    def warning() -> str:
        banner = banners.get(BALANCE_BANNER)
        assert banner is None or banner.kind == "warning"
        return banner.label.text() if banner is not None else ""

    # Before the first job the list price is the estimate (the defaults: 8 s at 1080p).
    qtbot.waitUntil(
        lambda: warning().startswith(
            "The expected cost of this video, about $0.96 (1,920,000 credits), is more than "
            "your balance of $0.20 (400,000 credits)."
        ),
        timeout=10_000,
    )
    with qtbot.waitSignal(app.controller.jobs.jobFinished, timeout=30_000):
        generate(qtbot, app, frames)
    # The history now expects 336,000 credits; 64,000 are left.
    qtbot.waitUntil(
        lambda: warning().startswith(
            "The expected cost of this video, about $0.17 (336,000 credits), is more than "
            "your balance of $0.03 (64,000 credits)."
        ),
        timeout=10_000,
    )
    assert "$0.03" in _status(app).text()
    # A warning, not a refusal: Generate sends.
    assert app.compose.generate.isEnabled()
    with qtbot.waitSignal(app.controller.jobs.jobFinished, timeout=30_000):
        qtbot.mouseClick(app.compose.generate, Qt.MouseButton.LeftButton)
    assert sandbox.post_count == 2
    # The account is now 272,000 credits in debt; the read after the job says so.
    qtbot.waitUntil(lambda: "-$0.14" in _status(app).text(), timeout=10_000)
    # Closing the banner keeps it closed while the figures stay the same.
    banner = banners.get(BALANCE_BANNER)
    assert banner is not None and "-$0.14 (-272,000 credits)" in banner.label.text()
    banner.dismiss()
    app.controller.balance.warn()
    assert banners.get(BALANCE_BANNER) is None


def test_a_failed_read_is_a_quiet_note_and_a_click_reads_again(
    qtbot: QtBot, app: App, sandbox: Sandbox
) -> None:
    sandbox.faults.fail_next(1, 503, method="BILLING")
    sandbox.faults.age_balance(3 * 60 + 10)
    app.start()
    status = _status(app)
    qtbot.waitUntil(lambda: status.text() == "Balance: unknown", timeout=10_000)
    assert "HTTP 503" in status.tooltip()
    assert ERROR_BANNER not in app.window.banners.names()
    assert QApplication.activeModalWidget() is None
    status.click_refresh()
    qtbot.waitUntil(lambda: "$10.00" in status.text(), timeout=10_000)
    # The menu's action reads it too.
    app.window.balance_action.trigger()
    qtbot.waitUntil(lambda: len(_balance_reads(sandbox)) == 3, timeout=10_000)
    assert status.text() == "Balance: $10.00 · updated 3 min ago"
    assert _balance_reads(sandbox) == ["api", "api", "api"]


def test_the_demo_shows_the_demo_sandbox_s_balance(qtbot: QtBot, app: App) -> None:
    app.start(demo=True)
    status = _status(app)
    qtbot.waitUntil(lambda: "$10.00" in status.text(), timeout=10_000)
    demo = app.controller.demo
    assert demo is not None and demo.sandbox is not None
    assert _balance_reads(demo.sandbox) == ["billing"]
    # The sandbox's credits are invented: nothing to top up.
    link = app.window.findChild(QLabel, "topUpLink")
    assert link is not None and not link.isVisible()
