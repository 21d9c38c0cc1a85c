"""Background tasks: results come back to the UI thread; the work gives way to it."""

from __future__ import annotations

import os
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from veodesk.gui.tasks import TaskRunner
from veodesk.gui.tuning.priority import BACKGROUND_NICE


def nice() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux's")
def test_tasks_and_the_threads_they_start_run_below_the_ui_thread(qtbot: QtBot) -> None:
    ui_before = nice()
    pool = QThreadPool()
    runner = TaskRunner(pool)

    def work() -> tuple[int, int, int]:
        # As the image pipeline does: a thread pool of its own inside the task.
        with ThreadPoolExecutor(max_workers=1) as inner:
            child = inner.submit(nice).result()
        return threading.get_ident(), nice(), child

    results: list[tuple[int, int, int]] = []
    runner.start(work, on_done=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    pool.waitForDone()

    thread_id, task_nice, child_nice = results[0]
    expected = min(19, ui_before + BACKGROUND_NICE)
    assert thread_id != threading.get_ident()
    assert task_nice == expected
    assert child_nice == expected
    assert nice() == ui_before  # the UI thread (and the process) keep their priority


def test_a_failing_task_reports_its_error_on_the_ui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner(QThreadPool())
    errors: list[tuple[Exception, int]] = []

    def fail() -> None:
        raise ValueError("broken picture")

    runner.start(fail, on_error=lambda exc: errors.append((exc, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    exc, thread_id = errors[0]
    assert isinstance(exc, ValueError) and str(exc) == "broken picture"
    assert thread_id == threading.get_ident()
    assert runner.pending == 0


def test_results_come_back_through_one_long_lived_object(qtbot: QtBot) -> None:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    from veodesk.gui.tasks import main_thread

    first, second = TaskRunner(QThreadPool()), TaskRunner(QThreadPool())
    app = QApplication.instance()
    assert app is not None
    before = len(app.findChildren(QObject))
    results: list[int] = []
    for i in range(20):
        (first if i % 2 else second).start(lambda i=i: i, on_done=results.append)
    # No QObject per task: the only carrier is the app's one MainThread.
    assert len(app.findChildren(QObject)) == before
    qtbot.waitUntil(lambda: len(results) == 20, timeout=10_000)
    assert sorted(results) == list(range(20))
    assert first.pending == second.pending == 0
    assert main_thread() is main_thread() and main_thread().parent() is app


def test_quitting_waits_on_the_count_of_running_tasks(qtbot: QtBot) -> None:
    runner = TaskRunner(QThreadPool())
    release = threading.Event()
    runner.start(lambda: release.wait(10))
    assert not runner.wait(50)  # still running
    release.set()
    assert runner.wait(5_000)
    runner.close()
    assert runner.start(lambda: None) is False  # nothing new once quitting


def test_after_paint_runs_once_the_window_has_painted(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QLabel

    from veodesk.gui.tasks import AfterPaint

    # The fallback far away: the call must come from the paint itself.
    monkeypatch.setattr(AfterPaint, "FALLBACK_MS", 60_000)
    window = QLabel("before")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    after = AfterPaint(window)
    seen: list[str] = []
    window.setText("after")  # what the call must not overtake
    after.call(lambda: seen.append(window.text()))
    assert seen == []  # not inside the call
    qtbot.waitUntil(lambda: seen == ["after"], timeout=10_000)
