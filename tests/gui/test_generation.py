"""Whole generations against the local sandbox, as a user drives them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from tests.conftest import user_session
from veodesk.core.models import params_from_json
from veodesk.core.store import JobState
from veodesk.gui.compose.frame_preview import SlotState
from veodesk.gui.jobs.model import Row
from veodesk.sandbox import Sandbox

from .conftest import App

PLAYING = (
    QMediaPlayer.MediaStatus.LoadedMedia,
    QMediaPlayer.MediaStatus.BufferingMedia,
    QMediaPlayer.MediaStatus.BufferedMedia,
    QMediaPlayer.MediaStatus.EndOfMedia,
)
# 4 s at 720p with audio, per the sandbox's published credit formula.
CREDITS = 336_000


def generate(qtbot: QtBot, app: App, frames: tuple[Path, Path], prompt: str = "Dusk") -> Row:
    app.fast_params()
    app.fill(*frames, prompt=prompt)
    qtbot.mouseClick(app.compose.generate, Qt.MouseButton.LeftButton)
    return app.controller.model.rows[0]


def wait_state(qtbot: QtBot, row: Row, *states: JobState, timeout: int = 20_000) -> None:
    qtbot.waitUntil(lambda: row.job is not None and row.job.state in states, timeout=timeout)


def test_full_generation_plays_the_video_and_records_the_cost(
    qtbot: QtBot, app: App, sandbox: Sandbox, frames: tuple[Path, Path]
) -> None:
    app.start()
    app.fast_params()
    # Before any history: Google's dated list price, $0.10/s at 720p.
    qtbot.waitUntil(
        lambda: (
            app.compose.cost.text()
            == "Expected cost: about $0.40 (800,000 credits), list price Sep 2026"
        ),
        timeout=5_000,
    )
    with qtbot.waitSignal(app.controller.jobs.jobFinished, timeout=30_000) as finished:
        row = generate(qtbot, app, frames, "The sun sets")
        assert row.running or row.job is None
    job = finished.args[0]
    assert job.state is JobState.DONE
    video = Path(job.file_path)
    assert video.is_file() and video.stat().st_size > 1000
    player = app.controller.player
    assert player is not None
    qtbot.waitUntil(lambda: player.player.mediaStatus() in PLAYING, timeout=15_000)
    assert player.player.source().toLocalFile() == str(video)
    assert player.title.text() == "The sun sets"
    # What the history shows.
    # The start-up reload already wrote "0 jobs"; the one after the job brings the cost.
    expected = f"1 job · $0.17 ({CREDITS:,} credits) spent"
    qtbot.waitUntil(lambda: app.window.jobs.summary.text() == expected, timeout=5_000)
    text = app.controller.model.data(app.controller.model.index(0))
    assert "The sun sets" in text and "Done" in text and f"$0.17 ({CREDITS:,} credits)" in text
    assert "4 s · 720p · 16:9 · audio" in text
    # The next video with the same settings is expected to cost what this one did.
    qtbot.waitUntil(
        lambda: app.compose.cost.text().startswith(
            f"Expected cost: about $0.17 ({CREDITS:,} credits), from your history"
        ),
        timeout=5_000,
    )
    assert sandbox.post_count == 1


def test_a_started_job_s_parameters_are_on_disk_before_the_window_closes(
    qtbot: QtBot, app: App, sandbox: Sandbox, frames: tuple[Path, Path]
) -> None:
    # A crash after Generate still finds the prompt and settings at the next start.
    app.start()
    with qtbot.waitSignal(app.controller.jobs.jobFinished, timeout=30_000):
        generate(qtbot, app, frames, "Saved on the way")
    ini = QSettings(str(user_session().folders.config / "window.ini"), QSettings.Format.IniFormat)
    saved = params_from_json(ini.value("compose/params"))
    assert (saved.prompt, saved.first, saved.last) == ("Saved on the way", *map(str, frames))


def test_job_actions_copy_save_reveal_and_play(
    qtbot: QtBot,
    app: App,
    sandbox: Sandbox,
    frames: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app.start()
    with qtbot.waitSignal(app.controller.jobs.jobFinished, timeout=30_000) as finished:
        generate(qtbot, app, frames)
    job = finished.args[0]
    panel = app.window.jobs
    panel.select_job(job.id)
    clipboard = QGuiApplication.clipboard()
    panel.copy_id_action.trigger()
    assert clipboard.text() == job.generation_id
    panel.copy_url_action.trigger()
    assert clipboard.text() == job.video_url and job.video_url.startswith("http://127.0.0.1")

    target = tmp_path / "keep" / "my clip.mp4"
    target.parent.mkdir()
    app.chooser.answers.append([str(target)])
    panel.save_as_action.trigger()
    qtbot.waitUntil(target.is_file, timeout=10_000)
    assert target.read_bytes() == Path(job.file_path).read_bytes()

    revealed: list[str] = []
    monkeypatch.setattr(
        "veodesk.gui.jobs.actions.reveal_in_folder", lambda path: revealed.append(path) or True
    )
    panel.reveal_action.trigger()
    assert revealed == [job.file_path]

    player = app.controller.player
    assert player is not None
    # Let the autoplay finish opening: interrupting an open makes FFmpeg warn.
    qtbot.waitUntil(lambda: player.player.mediaStatus() in PLAYING, timeout=15_000)
    player.unload()
    assert player.path is None
    panel.play_action.trigger()
    assert player.path == job.file_path
    qtbot.waitUntil(lambda: player.player.mediaStatus() in PLAYING, timeout=15_000)
    # Space pauses and plays while the player has the focus.
    qtbot.waitUntil(
        lambda: player.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState,
        timeout=10_000,
    )
    player.video.setFocus()
    qtbot.keyClick(player.video, Qt.Key.Key_Space)
    assert player.player.playbackState() == QMediaPlayer.PlaybackState.PausedState
    qtbot.keyClick(player.video, Qt.Key.Key_Space)
    assert player.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState


def test_stop_right_after_generate_sends_nothing(
    qtbot: QtBot, app: App, sandbox: Sandbox, frames: tuple[Path, Path]
) -> None:
    # The worker starts a moment after the click; a Stop within that moment wins.
    app.start()
    row = generate(qtbot, app, frames)
    app.controller.jobs.cancel(row)
    qtbot.waitUntil(lambda: row not in app.controller.model.rows, timeout=5_000)
    qtbot.wait(300)
    assert sandbox.post_count == 0
    assert not app.controller.jobs.is_running(0) and app.controller.jobs.waiting() == 0
    assert app.controller.model.rows == []


def test_cancel_stops_waiting_and_resume_finishes_without_paying_again(
    qtbot: QtBot,
    app: App,
    sandbox: Sandbox,
    frames: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sandbox, "generating_seconds", 60.0)
    app.start()
    row = generate(qtbot, app, frames)
    wait_state(qtbot, row, JobState.GENERATING)
    panel = app.window.jobs
    panel.select_job(row.job.id)  # type: ignore[union-attr]
    assert panel.cancel_action.isEnabled()
    panel.cancel_action.trigger()
    qtbot.waitUntil(lambda: not row.running, timeout=10_000)
    assert row.job is not None and row.job.state is JobState.GENERATING
    assert "keeps running" in row.note and "cannot cancel" in row.note
    assert panel.details.text() == row.note and panel.details.isVisibleTo(app.window)
    assert row.resumable and panel.resume_action.isEnabled()
    assert user_session().store().get(row.job.id).state is JobState.GENERATING  # still resumable
    monkeypatch.setattr(sandbox, "generating_seconds", 0.3)
    with qtbot.waitSignal(app.controller.jobs.jobFinished, timeout=30_000) as finished:
        panel.resume_action.trigger()
    assert finished.args[0].id == row.job.id
    assert finished.args[0].state is JobState.DONE
    assert sandbox.post_count == 1


def test_a_restart_mid_job_resumes_it_without_a_second_post(
    qtbot: QtBot,
    make_app,  # type: ignore[no-untyped-def]
    sandbox: Sandbox,
    frames: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sandbox, "generating_seconds", 60.0)
    first = make_app().start()
    row = generate(qtbot, first, frames, "Across the bay")
    wait_state(qtbot, row, JobState.GENERATING)
    job_id = row.job.id  # type: ignore[union-attr]
    first.window.close()  # quitting stops waiting; the job stays on the server
    assert user_session().store().get(job_id).state is JobState.GENERATING

    monkeypatch.setattr(sandbox, "generating_seconds", 0.3)
    second = make_app()
    with qtbot.waitSignal(second.controller.jobs.jobFinished, timeout=30_000) as finished:
        second.start()
    job = finished.args[0]
    assert job.id == job_id and job.state is JobState.DONE
    assert Path(job.file_path).is_file()
    assert sandbox.post_count == 1
    assert "Across the bay" in second.controller.model.data(second.controller.model.index(0))


def test_reuse_settings_and_chain_the_last_frame(
    qtbot: QtBot, app: App, sandbox: Sandbox, frames: tuple[Path, Path]
) -> None:
    app.start()
    c = app.compose
    c.fit.setCurrentIndex(c.fit.findData("pad"))
    c.audio.setChecked(False)
    with qtbot.waitSignal(app.controller.jobs.jobFinished, timeout=30_000) as finished:
        app.fill(*frames, prompt="Chained")
        c.set_defaults(6, "720p", "16:9", "pad", False)
        qtbot.mouseClick(c.generate, Qt.MouseButton.LeftButton)
    job = finished.args[0]

    # Reuse: the compose panel gets everything back.
    c.first.clear()
    c.last.clear()
    c.prompt.clear()
    c.set_defaults(8, "1080p", "9:16", "crop", True)
    app.window.jobs.select_job(job.id)
    app.window.jobs.reuse_action.trigger()
    qtbot.waitUntil(lambda: c.first.is_ready and c.last.is_ready, timeout=10_000)
    p = c.params()
    assert (p.first, p.last, p.prompt) == (str(frames[0]), str(frames[1]), "Chained")
    assert (p.duration, p.resolution, p.aspect_ratio, p.fit, p.generate_audio) == (
        6,
        "720p",
        "16:9",
        "pad",
        False,
    )

    # Chaining: the video's final frame becomes the next first frame.
    player = app.controller.player
    assert player is not None
    qtbot.waitUntil(lambda: player.path == job.file_path, timeout=10_000)
    qtbot.mouseClick(player.last_frame_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: c.first.state is SlotState.READY and c.first.source != str(frames[0]),
        timeout=20_000,
    )
    assert c.first.source_size == (1280, 720)
    assert "pasted" in c.first.source
    assert c.last.state is SlotState.EMPTY
    # The sandbox's clip ends on the last frame it was given: blue, like frames[1].
    image = c.first.preview.image
    assert image is not None
    colour = image.pixelColor(image.width() * 3 // 4, image.height() * 3 // 4)
    assert colour.blue() > colour.red() + 40


def test_server_error_text_is_shown_as_plain_text(
    qtbot: QtBot, app: App, sandbox: Sandbox, frames: tuple[Path, Path]
) -> None:
    app.start()
    sandbox.faults.fail_next_task("<b>Unsafe</b> content <a href='x'>detected</a>")
    with qtbot.waitSignal(app.controller.jobs.jobFailed, timeout=30_000):
        row = generate(qtbot, app, frames)
    banner = app.window.banners.get("errorBanner")
    assert banner is not None and banner.isVisibleTo(app.window)
    assert banner.label.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Unsafe</b> content" in banner.label.text()
    assert row.job is not None and row.job.state is JobState.FAILED
    app.window.jobs.select_job(row.job.id)
    assert app.window.jobs.details.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Unsafe</b>" in app.window.jobs.details.text()


def test_a_rejected_key_leads_to_the_settings(
    qtbot: QtBot,
    make_app: Callable[[], App],
    sandbox: Sandbox,
    frames: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("AIMLAPI_KEY", "sk-wrong-key-000000")
    app = make_app()  # the session reads the environment when it is made
    app.start()
    with qtbot.waitSignal(app.controller.jobs.jobFailed, timeout=30_000):
        generate(qtbot, app, frames)
    banner = app.window.banners.get("errorBanner")
    assert banner is not None
    assert "refused your key" in banner.label.text()
    button = banner.buttons["Open settings"]
    assert isinstance(button, QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = app.controller.settings_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    dialog.close()


def test_submit_again_asks_first_and_delete_can_keep_the_file(
    qtbot: QtBot, app: App, sandbox: Sandbox, frames: tuple[Path, Path]
) -> None:
    app.start()
    with qtbot.waitSignal(app.controller.jobs.jobFinished, timeout=30_000) as finished:
        generate(qtbot, app, frames)
    job = finished.args[0]
    panel = app.window.jobs
    panel.select_job(job.id)
    panel.resubmit_action.trigger()
    qtbot.waitUntil(lambda: app.controller.actions.open_box is not None, timeout=5_000)
    box = app.controller.actions.open_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert f"$0.17 ({CREDITS:,} credits)" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: app.controller.actions.open_box is None, timeout=5_000)
    assert sandbox.post_count == 1
    panel.resubmit_action.trigger()
    qtbot.waitUntil(lambda: app.controller.actions.open_box is not None, timeout=5_000)
    box = app.controller.actions.open_box
    assert box is not None
    with qtbot.waitSignal(app.controller.jobs.jobFinished, timeout=30_000) as again:
        next(b for b in box.buttons() if b.text() == "Submit again").click()
    assert again.args[0].id != job.id and again.args[0].state is JobState.DONE
    assert sandbox.post_count == 2

    qtbot.waitUntil(lambda: app.controller.model.rowCount() == 2, timeout=5_000)
    panel.select_job(job.id)
    panel.delete_action.trigger()
    box = app.controller.actions.open_box
    assert box is not None
    next(b for b in box.buttons() if b.text() == "Delete job, keep video").click()
    qtbot.waitUntil(lambda: app.controller.model.row_of(job_id=job.id) < 0, timeout=5_000)
    qtbot.waitUntil(lambda: user_session().store().count() == 1, timeout=5_000)
    assert Path(job.file_path).is_file()


def test_jobs_beyond_the_limit_wait_for_a_free_slot(
    qtbot: QtBot,
    app: App,
    sandbox: Sandbox,
    frames: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sandbox, "generating_seconds", 1.5)
    app.start()
    app.controller.settings.max_concurrent_jobs = 1
    app.controller.configure_jobs()
    assert app.controller.jobs.pool.maxThreadCount() == 1
    first = generate(qtbot, app, frames, "One")
    app.compose.prompt.setPlainText("Two")
    qtbot.mouseClick(app.compose.generate, Qt.MouseButton.LeftButton)
    second = app.controller.model.rows[0]
    assert second is not first
    wait_state(qtbot, first, JobState.QUEUED, JobState.GENERATING)
    assert second.job is None and second.state_label == "Waiting"
    assert "1 waiting for a free slot" in app.window.status_text.text()
    wait_state(qtbot, first, JobState.DONE, timeout=30_000)
    wait_state(qtbot, second, JobState.DONE, timeout=30_000)
    assert sandbox.post_count == 2
