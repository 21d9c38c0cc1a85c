"""Join into a film…: finished jobs from the history become one film that plays."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from tests.filmtools import frame_count
from veodesk.core.store import JobState
from veodesk.gui.jobs.film_dialog import FilmDialog
from veodesk.sandbox import Sandbox

from ..conftest import user_session
from .conftest import App
from .test_generation import PLAYING, generate, wait_state


def make_jobs(qtbot: QtBot, app: App, frames: tuple[Path, Path], prompts: list[str]) -> None:
    for prompt in prompts:
        with qtbot.waitSignal(app.controller.jobs.jobFinished, timeout=30_000):
            row = generate(qtbot, app, frames, prompt)
        wait_state(qtbot, row, JobState.DONE)
    qtbot.waitUntil(lambda: len(app.controller.model.rows) == len(prompts), timeout=5_000)


def select_all_done(app: App) -> None:
    panel = app.window.jobs
    selection = panel.view.selectionModel()
    selection.clearSelection()
    for i, row in enumerate(app.controller.model.rows):
        if row.job is not None and row.job.state is JobState.DONE:
            selection.select(
                app.controller.model.index(i), QItemSelectionModel.SelectionFlag.Select
            )


def open_dialog(qtbot: QtBot, app: App) -> FilmDialog:
    action = app.window.jobs.join_film_action
    assert action.objectName() == "joinFilmAction"
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: app.controller.films.dialog is not None, timeout=5_000)
    dialog = app.controller.films.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_join_into_a_film_plays_it_and_keeps_it_in_the_history(
    qtbot: QtBot, app: App, sandbox: Sandbox, frames: tuple[Path, Path]
) -> None:
    app.start()
    make_jobs(qtbot, app, frames, ["The door opens", "We walk in", "The garden"])
    panel = app.window.jobs
    # One selected job is not enough to make a film.
    panel.select_job(app.controller.model.rows[0].job.id)
    assert not panel.join_film_action.isEnabled()
    select_all_done(app)

    dialog = open_dialog(qtbot, app)
    jobs = dialog.jobs()
    assert [j.id for j in jobs] == [1, 2, 3]  # oldest first
    # Reorder: the last clip moves to the front, with the buttons a keyboard user has.
    dialog.clip_list.setCurrentRow(2)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert [j.id for j in dialog.jobs()] == [3, 1, 2]
    dialog.transition.setCurrentIndex(dialog.transition.findData("crossfade"))
    dialog.crossfade_frames.setValue(4)
    dialog.timeline.setCurrentIndex(dialog.timeline.findData(".otio"))
    assert sandbox.post_count == 3

    progress: list[int] = []
    dialog.progress.valueChanged.connect(progress.append)
    with qtbot.waitSignal(app.controller.films.filmMade, timeout=60_000) as made:
        qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
        assert dialog.progress.isVisible() and dialog.cancel_button.isEnabled()
        assert not dialog.join_button.isEnabled()
    film = made.args[0]
    assert progress and max(progress) > 0
    assert not dialog.isVisible()

    # The film: in the history as a film, on disk, with a timeline, and playing.
    assert film.is_film and film.state is JobState.DONE
    video = Path(film.file_path)
    per_clip = 4 * sandbox.fps
    assert frame_count(video) == 3 * per_clip - 2 * 4
    assert video.with_suffix(".otio").is_file()
    assert "#3 → #1 → #2" in film.params.prompt
    player = app.controller.player
    assert player is not None
    qtbot.waitUntil(lambda: player.player.mediaStatus() in PLAYING, timeout=15_000)
    assert player.player.source().toLocalFile() == str(video)
    qtbot.waitUntil(lambda: app.controller.model.row_of(job_id=film.id) >= 0, timeout=5_000)
    text = app.controller.model.data(
        app.controller.model.index(app.controller.model.row_of(job_id=film.id))
    )
    assert "film" in text and "Done" in text
    assert sandbox.post_count == 3  # joining sends nothing
    stored = user_session().store().get(film.id)
    assert stored.is_film and stored.file_path == str(video)


# The window's join runs `veodesk-cli film join` in a child process; this one
# stops itself (SIGSTOP) at its first progress report, so Cancel always lands
# mid-join, with the film's .part file on disk, however fast the machine.
_PAUSING_CLI = """
import os, signal, sys
from veodesk.core.film import joiner
real_join = joiner.join
def join(plan, *, on_progress=None, cancel=None):
    paused = []
    def report(done, total):
        if done > 0 and not paused:
            paused.append(done)
            os.kill(os.getpid(), signal.SIGSTOP)
        on_progress(done, total)
    return real_join(plan, on_progress=report, cancel=cancel)
joiner.join = join
from veodesk.cli import main
sys.exit(main(sys.argv[1:]))
"""


def process_state(pid: int) -> str:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_cancel_stops_the_join_and_leaves_no_film(
    qtbot: QtBot,
    app: App,
    sandbox: Sandbox,
    frames: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from veodesk.core.film import child

    monkeypatch.setattr(child, "cli_command", lambda: [sys.executable, "-c", _PAUSING_CLI])
    app.start()
    make_jobs(qtbot, app, frames, ["One", "Two"])
    select_all_done(app)
    dialog = open_dialog(qtbot, app)
    output = dialog.output
    flow = app.controller.films
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            flow.worker is not None
            and flow.worker.child is not None
            and flow.worker.child.pid is not None
        ),
        timeout=15_000,
    )
    assert flow.worker is not None and flow.worker.child is not None
    pid = flow.worker.child.pid
    assert pid is not None
    qtbot.waitUntil(lambda: process_state(pid) == "T", timeout=30_000)
    assert dialog.progress.isVisible()
    assert output.with_name(output.name + ".part").exists()  # mid-join
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # it stays until the join has stopped
    os.kill(pid, signal.SIGCONT)  # the SIGTERM Cancel sent now ends it
    qtbot.waitUntil(lambda: flow.worker is None and flow.dialog is None, timeout=30_000)
    assert not output.exists()
    assert not output.with_name(output.name + ".part").exists()
    assert all(not (r.job and r.job.is_film) for r in app.controller.model.rows)
    assert all(not job.is_film for job in user_session().store().jobs())


def test_a_refused_option_shows_in_the_dialog(
    qtbot: QtBot, app: App, sandbox: Sandbox, frames: tuple[Path, Path], tmp_path: Path
) -> None:
    app.start()
    make_jobs(qtbot, app, frames, ["One", "Two"])
    select_all_done(app)
    dialog = open_dialog(qtbot, app)
    dialog.music.setText(str(tmp_path / "missing.mp3"))
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=15_000)
    assert "missing.mp3: no such file" in dialog.error.text()
    assert dialog.join_button.isEnabled() and dialog.isVisible()
    assert not dialog.output.exists()
