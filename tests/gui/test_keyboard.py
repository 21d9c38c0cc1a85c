"""Keyboard and screen readers: Tab reaches every control once, each has a name, jobs are told."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.gui.conftest import App
from tests.gui.test_generation import generate
from veodesk.gui.shell.window import MainWindow
from veodesk.sandbox import Sandbox


def controls(window: MainWindow) -> list[QWidget]:
    """Every visible, enabled widget of the window that Tab should reach."""
    return [
        w
        for w in window.findChildren(QWidget)
        if w.window() is window
        and w.isVisibleTo(window)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
    ]


def is_container(w: QWidget) -> bool:
    """A widget that only holds others: a scroll area, a splitter, a stack, a plain panel."""
    if isinstance(w, QScrollArea | QSplitter | QStackedWidget):
        return True
    if isinstance(w, QAbstractScrollArea):  # a list or a text box: a control of its own
        return False
    return type(w) in (QWidget, QFrame) or (
        bool(w.findChildren(QWidget)) and not w.accessibleName()
    )


def tab_cycle(qtbot: QtBot, window: MainWindow) -> list[QWidget]:
    """Where Tab goes from the prompt, around once and back to it."""
    start = window.compose.prompt
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=5_000)
    seen: list[QWidget] = [start]
    for _ in range(200):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None and now is not focused, f"Tab is stuck on {focused!r}"
        if now is start:
            return seen
        seen.append(now)
    raise AssertionError("Tab never came back to the prompt")


def accessible_name(w: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(w)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def check_tab_walk(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    cycle = tab_cycle(qtbot, window)
    describe = [f"{type(w).__name__}#{w.objectName()}" for w in cycle]
    assert len(set(cycle)) == len(cycle), describe  # each once per cycle
    assert [d for w, d in zip(cycle, describe) if is_container(w)] == []
    missed = [f"{type(w).__name__}#{w.objectName()}" for w in controls(window) if w not in cycle]
    assert missed == []
    assert [d for w, d in zip(cycle, describe) if not accessible_name(w).strip()] == []


def test_the_compose_column_is_no_tab_stop(app: App) -> None:
    assert app.window.compose_scroll.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_tab_reaches_every_control_once_at_start_and_after_a_job(
    qtbot: QtBot, app: App, sandbox: Sandbox, frames: tuple[Path, Path]
) -> None:
    app.start()
    check_tab_walk(qtbot, app.window)
    with qtbot.waitSignal(app.controller.jobs.jobFinished, timeout=30_000):
        generate(qtbot, app, frames)
    player = app.controller.player
    assert player is not None
    qtbot.waitUntil(lambda: player.play_button.isEnabled(), timeout=10_000)
    qtbot.waitUntil(lambda: app.window.jobs.play_action.isEnabled(), timeout=10_000)
    check_tab_walk(qtbot, app.window)


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """What was announced to screen readers: (message, urgent)."""
    heard: list[tuple[str, bool]] = []
    original = QAccessible.updateAccessibility

    def update(event: QAccessibleEvent) -> None:
        if event.type() == QAccessible.Event.Announcement:
            urgent = event.politeness() == QAccessible.AnnouncementPoliteness.Assertive
            heard.append((event.message(), urgent))
        original(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", update)
    return heard


def test_a_finished_and_a_failed_job_are_announced(
    qtbot: QtBot,
    app: App,
    sandbox: Sandbox,
    frames: tuple[Path, Path],
    announced: list[tuple[str, bool]],
) -> None:
    if not hasattr(QtGui, "QAccessibleAnnouncementEvent"):
        pytest.skip("Qt before 6.8 has no announcements; the status bar says it")
    app.start()
    with qtbot.waitSignal(app.controller.jobs.jobFinished, timeout=30_000) as done:
        generate(qtbot, app, frames)
    name = Path(done.args[0].file_path).name
    qtbot.waitUntil(lambda: bool(announced), timeout=5_000)
    assert announced == [(f"Video ready: {name}", False)]
    assert app.window.status_text.text() == f"Video ready: {name}"
    sandbox.faults.fail_next_task("the audio filter blocked it")
    with qtbot.waitSignal(app.controller.jobs.jobFailed, timeout=30_000):
        generate(qtbot, app, frames)
    assert len(announced) == 2
    message, urgent = announced[1]
    assert "the audio filter blocked it" in message and urgent
    assert "the audio filter blocked it" in app.window.status_text.text()
