"""Core's errors and events as the window shows them: translated templates, the same
parameters, the server's words untouched, and events told apart by their codes."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from pytestqt.qtbot import QtBot

from veodesk.core.errors import GenerationFailedError
from veodesk.core.events import Event, EventCode, server_status
from veodesk.core.i18n import Message, ServerText
from veodesk.core.models import GenerationParams
from veodesk.core.store import Job, JobState
from veodesk.gui import messages
from veodesk.sandbox import Sandbox

from .conftest import App
from .test_generation import generate

FAILED = "The generation failed. The server said: {server}"
GERMAN = {
    "core": {
        "Job {job}: {reason}": "Auftrag {job}: {reason}",
        FAILED: "Die Erzeugung ist fehlgeschlagen. Der Dienst sagte: {server}",
        "created as {generation_id}": "angelegt als {generation_id}",
        # A broken translation: its placeholder is not the source's.
        "server: {status}": "Server: {zustand}",
    },
    "problems": {"Job {job}: {problem}": "Auftrag {job}: {problem}"},
    "JobEvents": {
        "job {job}: sent to the API": "Auftrag {job}: an die API gesendet",
        "Job {job}: {event}": "Auftrag {job}: {event}",
    },
}


def _ts(translations: dict[str, dict[str, str]]) -> str:
    contexts = "".join(
        f"<context><name>{escape(name)}</name>"
        + "".join(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(text)}</translation></message>"
            for source, text in table.items()
        )
        + "</context>"
        for name, table in translations.items()
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        f'<TS version="2.1" language="de_DE">{contexts}</TS>'
    )


@pytest.fixture
def german(tmp_path: Path, qapp: QCoreApplication) -> Iterator[None]:
    """A German translator for a few of core's and the window's texts, installed."""
    ts, qm = tmp_path / "test_de.ts", tmp_path / "test_de.qm"
    ts.write_text(_ts(GERMAN), encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_a_message_is_translated_with_its_parameters_and_the_servers_words_kept(
    german: None,
) -> None:
    failed = Message(FAILED, server=ServerText("Nope {not a placeholder}"))
    message = Message("Job {job}: {reason}", job=3, reason=failed)
    assert messages.text(message) == (
        "Auftrag 3: Die Erzeugung ist fehlgeschlagen. Der Dienst sagte: Nope {not a placeholder}"
    )
    assert str(message) == "Job 3: The generation failed. The server said: Nope {not a placeholder}"
    assert messages.error_text(GenerationFailedError(message)) == messages.text(message)
    assert messages.error_text(ValueError("plain")) == "plain"


def test_a_translation_that_breaks_a_placeholder_falls_back_to_english(german: None) -> None:
    assert messages.text(server_status("queued").message) == "server: queued"


def test_untranslated_text_is_the_english(german: None) -> None:
    message = Message("The API redirected too many times. Check the URL in the settings.")
    assert messages.text(message) == str(message)
    assert messages.text(Message.verbatim("50% {done}")) == "50% {done}"


def test_a_jobs_error_is_translated_from_the_store_or_shown_as_saved(german: None) -> None:
    job = Job(1, time.time(), time.time(), JobState.FAILED, _params())
    failed = Message(FAILED, server=ServerText("busy"))
    kept = Job(**{**job.__dict__, "error": str(failed), "error_message": failed})
    older = Job(**{**job.__dict__, "error": "an older veodesk's words"})
    assert messages.job_error(kept) == "Die Erzeugung ist fehlgeschlagen. Der Dienst sagte: busy"
    assert messages.job_error(older) == "an older veodesk's words"


def _params() -> GenerationParams:
    return GenerationParams("p", "a.jpg", "b.jpg")


def test_the_status_line_acts_on_the_events_code_not_its_words(
    qtbot: QtBot, app: App, german: None
) -> None:
    app.start()
    controller = app.controller
    assert controller.store is not None
    job = controller.store.create(_params())
    created = Event(
        EventCode.CREATED,
        Message("created as {generation_id}", generation_id=ServerText("gen-1")),
    )
    controller.job_events.changed(job, created)
    assert controller.status.last_event == f"Auftrag {job.id}: an die API gesendet"
    assert app.window.status_text.text() == f"Auftrag {job.id}: angelegt als gen-1"
    # Another event whose words happen to start the same way is just shown.
    lookalike = Event(EventCode.SERVER_STATUS, Message("server: {status}", status="created as"))
    controller.job_events.changed(job, lookalike)
    assert controller.status.last_event == f"job {job.id}: server: created as"


def test_a_failed_generation_is_shown_translated_with_the_servers_words(
    qtbot: QtBot, app: App, sandbox: Sandbox, frames: tuple[Path, Path], german: None
) -> None:
    app.start()
    said = "<b>Unsafe</b> content"
    sandbox.faults.fail_next_task(said)
    with qtbot.waitSignal(app.controller.jobs.jobFailed, timeout=30_000):
        row = generate(qtbot, app, frames)
    banner = app.window.banners.get("errorBanner")
    assert banner is not None and banner.label.textFormat() == Qt.TextFormat.PlainText
    assert row.job is not None
    expected = f"Die Erzeugung ist fehlgeschlagen. Der Dienst sagte: {said}"
    assert banner.label.text() == f"Auftrag {row.job.id}: {expected}"
    # The job as read back from the store shows the same error, translated.
    assert row.job.error_message is not None
    app.window.jobs.select_job(row.job.id)
    assert app.window.jobs.details.text() == expected
