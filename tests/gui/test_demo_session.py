"""Demo mode is a session of its own: nothing of it stays in force after it ends."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import TEST_KEY, user_session
from veodesk.core.secrets import KeySource, StoredKey
from veodesk.core.store import JobState
from veodesk.sandbox import Sandbox

from .conftest import App
from .test_generation import generate


def enter_demo(qtbot: QtBot, app: App) -> None:
    app.controller.enter_demo()
    qtbot.waitUntil(
        lambda: (
            app.controller.stored_key is not None
            and app.controller.stored_key.origin == "demo"
            and app.controller.jobs.backend is not None
        ),
        timeout=10_000,
    )


def leave_demo(qtbot: QtBot, app: App) -> None:
    app.window.leave_demo_action.trigger()
    assert app.controller.demo is None
    qtbot.waitUntil(
        lambda: app.controller.stored_key is not None and app.controller.store is not None,
        timeout=10_000,
    )


def test_settings_and_a_key_saved_in_the_demo_are_the_users(
    qtbot: QtBot, app: App, veodesk_home: Path
) -> None:
    app.start()
    enter_demo(qtbot, app)
    app.window.settings_action.trigger()
    dialog = app.controller.settings_dialog
    assert dialog is not None
    # The dialog edits the user's key, not the demo's sandbox key.
    assert dialog.key_edit.text() == "" and "…" not in dialog.key_edit.placeholderText()
    dialog.max_jobs.setValue(5)
    dialog.duration.setCurrentIndex(dialog.duration.findData(6))
    dialog.key_edit.setText("sk-saved-in-demo-12345678")  # no keychain in tests: the file
    dialog.save_button.click()
    qtbot.waitUntil(lambda: app.window.status_text.text() == "Settings saved.", timeout=10_000)
    # The demo still runs on its own key and two jobs at once.
    assert app.controller.stored_key == StoredKey(app.controller.demo.key, "demo")  # type: ignore[union-attr]
    assert app.controller.jobs.pool.maxThreadCount() == 2

    leave_demo(qtbot, app)
    saved = user_session().load_settings()
    assert (saved.max_concurrent_jobs, saved.duration) == (5, 6)
    assert (veodesk_home / "config" / "settings.json").is_file()
    assert not list((veodesk_home / "data" / "demo").rglob("settings.json"))
    stored = user_session().keys.load()
    assert stored == StoredKey("sk-saved-in-demo-12345678", "file", insecure=True)
    assert not list((veodesk_home / "data" / "demo").rglob("api-key"))
    # And the window uses them again.
    assert app.controller.stored_key == stored
    assert app.controller.settings.max_concurrent_jobs == 5
    assert app.controller.jobs.pool.maxThreadCount() == 5
    assert app.compose.duration.currentData() == 6


def test_the_demo_started_while_the_key_loads_keeps_its_key_and_store(
    qtbot: QtBot, app: App, veodesk_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user_session().keys.save("sk-slow-user-key-00001111")
    gate = threading.Event()
    original = KeySource.load

    def slow_load(self: KeySource) -> StoredKey:
        if self.fixed is None:  # the user's key: a keychain that takes its time
            gate.wait(10)
        return original(self)

    monkeypatch.setattr(KeySource, "load", slow_load)
    app.start(wait_key=False)
    assert app.controller.user_key is None  # still loading
    enter_demo(qtbot, app)
    gate.set()
    qtbot.waitUntil(lambda: app.controller.user_key is not None, timeout=10_000)
    qtbot.wait(100)  # what the key's arrival queued has run
    demo = app.controller.demo
    assert demo is not None
    backend = app.controller.jobs.backend
    assert backend is not None and backend.key == demo.key
    assert backend.session.is_demo and backend.session.base_url(backend.settings) == demo.base_url
    assert app.controller.stored_key == StoredKey(demo.key, "demo")
    store = app.controller.store
    assert store is not None and store.path.is_relative_to(veodesk_home / "data" / "demo")
    assert app.controller.user_key.key == "sk-slow-user-key-00001111"  # kept for later


def test_after_leaving_the_demo_a_job_goes_to_the_real_api_with_the_real_key(
    qtbot: QtBot, app: App, sandbox: Sandbox, frames: tuple[Path, Path], veodesk_home: Path
) -> None:
    app.start()
    enter_demo(qtbot, app)
    demo = app.controller.demo
    assert demo is not None and demo.base_url != sandbox.base_url
    leave_demo(qtbot, app)
    assert demo.sandbox is None  # stopped
    assert app.controller.stored_key == StoredKey(TEST_KEY, "env")
    backend = app.controller.jobs.backend
    assert backend is not None and not backend.session.is_demo
    with qtbot.waitSignal(app.controller.jobs.jobFinished, timeout=30_000) as finished:
        generate(qtbot, app, frames, "After the demo")
    job = finished.args[0]
    assert job.state is JobState.DONE
    # Only the test's sandbox, which accepts only the real key, ever saw it.
    assert sandbox.post_count == 1
    assert user_session().store().get(job.id).generation_id == job.generation_id
    assert not Path(job.file_path).is_relative_to(veodesk_home / "data" / "demo")
    assert not app.window.demo_marker.isVisibleTo(app.window)
