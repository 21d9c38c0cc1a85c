"""Money in the window, against the sandbox: a failed job sent again without audio, and the
list prices edited in Settings."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import user_session
from veodesk.core.store import JobState
from veodesk.sandbox import Sandbox

from .conftest import App
from .test_generation import generate

SILENT_CREDITS = round(4 * 84_000 * 0.67)  # the sandbox's 4 s at 720p without audio


def _posts(sandbox: Sandbox) -> list[dict[str, object]]:
    return [
        json.loads(r.body) for r in sandbox.requests if r.origin == "api" and r.method == "POST"
    ]


def test_a_failed_job_is_sent_again_without_audio_in_one_click(
    qtbot: QtBot, app: App, sandbox: Sandbox, frames: tuple[Path, Path]
) -> None:
    app.start()
    sandbox.faults.fail_next_task("Generation blocked by the audio safety filter")
    with qtbot.waitSignal(app.controller.jobs.jobFailed, timeout=30_000):
        row = generate(qtbot, app, frames, "Waves at night")
    failed = row.job
    assert failed is not None and failed.state is JobState.FAILED
    panel = app.window.jobs
    panel.select_job(failed.id)
    # The failed job's next steps are buttons under the list, not only in the menu.
    again, silent = panel.retry_buttons
    assert again.isVisibleTo(panel) and silent.isVisibleTo(panel)
    assert silent.text() == "Without audio"

    qtbot.mouseClick(silent, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.controller.actions.open_box is not None, timeout=5_000)
    box = app.controller.actions.open_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    # Nothing silent has finished yet: the list price, 4 s at $0.10/s.
    assert "without audio" in box.text()
    assert "about $0.40 (800,000 credits), list price Sep 2026" in box.text()
    assert sandbox.post_count == 1  # asked, not sent
    with qtbot.waitSignal(app.controller.jobs.jobFinished, timeout=30_000) as finished:
        next(b for b in box.buttons() if b.text() == "Submit without audio").click()

    copy = finished.args[0]
    assert copy.id != failed.id and copy.state is JobState.DONE
    assert copy.params.generate_audio is False and copy.credits_used == SILENT_CREDITS
    assert copy.params.prompt == failed.params.prompt
    first, second = _posts(sandbox)
    assert first["generate_audio"] is True and second["generate_audio"] is False
    for name in ("image_url", "last_image_url", "prompt", "duration", "resolution"):
        assert second[name] == first[name], name

    # A silent job with nothing to take away has nothing to send without audio.
    qtbot.waitUntil(lambda: app.controller.model.row_of(job_id=copy.id) >= 0, timeout=5_000)
    panel.select_job(copy.id)
    assert not panel.resubmit_silent_action.isEnabled()
    assert not again.isVisibleTo(panel) and not silent.isVisibleTo(panel)
    text = app.controller.model.data(app.controller.model.index(0))
    assert f"$0.11 ({SILENT_CREDITS:,} credits)" in text


def test_list_prices_edited_in_settings_change_the_estimate(
    qtbot: QtBot, app: App, sandbox: Sandbox
) -> None:
    app.start()
    app.fast_params()
    qtbot.waitUntil(
        lambda: (
            app.compose.cost.text()
            == "Expected cost: about $0.40 (800,000 credits), list price Sep 2026"
        ),
        timeout=5_000,
    )
    app.window.settings_action.trigger()
    dialog = app.controller.settings_dialog
    assert dialog is not None
    editor = dialog.prices
    assert editor.spins["720p/audio"].value() == 0.10
    assert editor.spins["1080p/audio"].value() == 0.12
    editor.spins["720p/audio"].setValue(0.25)
    editor.date.setText("Dec 2026")
    dialog.save_button.click()
    qtbot.waitUntil(
        lambda: (
            app.compose.cost.text()
            == "Expected cost: about $1.00 (2,000,000 credits), list price Dec 2026"
        ),
        timeout=5_000,
    )
    prices = user_session().load_settings().prices()
    assert prices.rate("720p", True) == 0.25 and prices.date == "Dec 2026"
    assert prices.source == "Google Veo 3.1 Fast"
