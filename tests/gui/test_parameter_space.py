"""The window's choices come from core's parameter space; a CLI job means the same in it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from tests.clitools import json_out, run_cli
from tests.conftest import user_session
from veodesk.core import parameters
from veodesk.sandbox import Sandbox

from .conftest import App


def offered(combo: QComboBox) -> list[tuple[object, str]]:
    return [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]


def test_the_combo_boxes_and_the_settings_dialog_offer_the_parameter_space(
    qtbot: QtBot, app: App
) -> None:
    app.start()
    c = app.compose
    window = {"duration": c.duration, "resolution": c.resolution, "aspect": c.aspect, "fit": c.fit}
    app.window.settings_action.trigger()
    dialog = app.controller.settings_dialog
    assert dialog is not None
    in_dialog = {
        "duration": dialog.duration,
        "resolution": dialog.resolution,
        "aspect": dialog.aspect,
        "fit": dialog.fit,
    }
    for name, choice in (
        ("duration", parameters.DURATION),
        ("resolution", parameters.RESOLUTION),
        ("aspect", parameters.ASPECT_RATIO),
        ("fit", parameters.FIT),
    ):
        assert offered(window[name]) == list(choice.options), name
        assert offered(in_dialog[name]) == list(choice.options), name
        assert window[name].currentData() == choice.default, name
    assert c.audio.isChecked() is parameters.AUDIO.default
    dialog.close()


def test_a_job_made_by_the_cli_means_the_same_when_reused_in_the_window(
    qtbot: QtBot, app: App, sandbox: Sandbox, frames: tuple[Path, Path]
) -> None:
    # Only the options a user must give: everything else is the CLI's default.
    made = run_cli(
        "generate", "--first", str(frames[0]), "--last", str(frames[1]), "--prompt", "p", "--json"
    )
    assert made.returncode == 0, made.stderr
    job = user_session().store().get(json_out(made)["job"])
    assert job.params.aspect_ratio == parameters.ASPECT_RATIO.default
    app.start()
    app.compose.load(job.params)
    qtbot.waitUntil(lambda: app.compose.generate.isEnabled(), timeout=10_000)
    again = app.compose.params()
    for field in ("duration", "resolution", "aspect_ratio", "fit", "generate_audio", "prompt"):
        assert getattr(again, field) == getattr(job.params, field), field
