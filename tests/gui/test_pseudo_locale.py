"""The window in the pseudo-locale after a finished job: every word translated, none cut off.

The pseudo-locale (scripts/i18n.py) accents every text, makes it about 40 %
longer and wraps it in ⟦markers⟧: a word on screen outside them was never
translated, and a label too narrow for the longer text would cut a real
language off too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.boardtools import make_board
from tests.gui.conftest import App
from tests.gui.texts import cut_off, unmarked, visible_texts
from veodesk.gui import i18n
from veodesk.sandbox import Sandbox

PROMPT = "A paper boat drifts across the pond"


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    assert i18n.install(qapp, i18n.PSEUDO) == i18n.PSEUDO
    yield
    i18n.install(qapp, i18n.ENGLISH)


@pytest.fixture(params=i18n.SHIPPED)
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    assert i18n.install(qapp, request.param) == request.param
    yield request.param
    i18n.install(qapp, i18n.ENGLISH)


def finished_job(qtbot: QtBot, app: App, frames: tuple[Path, Path]) -> App:
    """The window at the default size, after one job has finished and is playing."""
    app.window.resize(1280, 800)
    app.window.main.setSizes([480, 800])
    app.window.right.setSizes([460, 340])
    app.fast_params()
    app.fill(*frames, prompt=PROMPT)
    with qtbot.waitSignal(app.controller.jobs.jobFinished, timeout=30_000) as done:
        qtbot.mouseClick(app.compose.generate, Qt.MouseButton.LeftButton)
    job = done.args[0]
    # The history's reload after the job brings its cost; the balance is read again.
    qtbot.waitUntil(lambda: app.window.jobs.summary.text().count("$") >= 1, timeout=10_000)
    qtbot.waitUntil(lambda: app.controller.balance.balance is not None, timeout=10_000)
    qtbot.waitUntil(lambda: "#" in app.controller.model.rows[0].summary(), timeout=10_000)
    app.window.jobs.select_job(job.id)
    qtbot.wait(300)  # one more turn for the layouts to settle at the new texts
    return app


def test_every_visible_text_of_the_window_is_translated_and_fits(
    pseudo: None,
    make_app: Callable[[], App],
    qtbot: QtBot,
    sandbox: Sandbox,
    frames: tuple[Path, Path],
) -> None:
    app = finished_job(qtbot, make_app().start(), frames)
    row = app.controller.model.rows[0]
    assert row.job is not None and row.job.file_path
    user_content = [
        PROMPT,
        Path(row.job.file_path).name,
        *(Path(f).name for f in frames),
        row.job.generation_id or "",
    ]
    shown = list(visible_texts(app.window))
    assert len(shown) > 40  # the walk saw the window
    untranslated = [(s.where, s.text) for s in shown if s.text and unmarked(s.text, user_content)]
    assert untranslated == []
    assert [problem for s in shown if (problem := cut_off(s))] == []


def test_nothing_is_cut_off_in_each_shipped_language(
    language: str,
    make_app: Callable[[], App],
    qtbot: QtBot,
    sandbox: Sandbox,
    frames: tuple[Path, Path],
) -> None:
    # German has the long words, Japanese the wide glyphs (with fonts-noto-cjk installed).
    app = finished_job(qtbot, make_app().start(), frames)
    assert app.compose.generate.text() != "Generate"
    shown = list(visible_texts(app.window))
    assert [problem for s in shown if (problem := cut_off(s))] == []


def _storyboard(qtbot: QtBot, app: App, folder: Path) -> tuple[App, Path]:
    """The storyboard tab at the default size, with a 3-keyframe project open."""
    path = make_board(folder, keyframes=3)
    app.window.resize(1280, 800)
    boards = app.controller.boards.show()
    boards.open_board(path)
    qtbot.waitUntil(lambda: boards.survey is not None, timeout=10_000)
    qtbot.waitUntil(lambda: len(boards.view.segment_cards) == 2, timeout=10_000)
    qtbot.wait(300)  # the layouts settle at the new texts
    return app, path


def test_the_storyboard_tab_is_translated_and_fits_the_default_window(
    pseudo: None,
    make_app: Callable[[], App],
    qtbot: QtBot,
    sandbox: Sandbox,
    tmp_path: Path,
) -> None:
    app, path = _storyboard(qtbot, make_app().start(), tmp_path / "project")
    # The longest language does not push the window past its default width.
    assert app.window.width() == 1280
    board = app.controller.boards.controller
    assert board is not None and board.project is not None
    user_content = [
        path.stem,
        *(Path(k.image).name for k in board.project.board.keyframes),
        *(s.prompt for s in board.project.board.segments),
    ]
    shown = list(visible_texts(app.window))
    assert len(shown) > 20
    untranslated = [(s.where, s.text) for s in shown if s.text and unmarked(s.text, user_content)]
    assert untranslated == []
    assert [problem for s in shown if (problem := cut_off(s))] == []


def test_the_storyboard_tab_fits_in_each_shipped_language(
    language: str,
    make_app: Callable[[], App],
    qtbot: QtBot,
    sandbox: Sandbox,
    tmp_path: Path,
) -> None:
    app = make_app().start()
    app.window.resize(1280, 800)
    # Built and filled while its tab is hidden (as the demo does): a label's
    # first, longer text must not stay in the tabs' minimum width.
    single_clip = app.window.modes.minimumSizeHint().width()
    hidden = app.controller.boards.ensure()
    hidden.open_board(make_board(tmp_path / "first", keyframes=2))
    qtbot.waitUntil(lambda: hidden.survey is not None, timeout=10_000)
    qtbot.wait(300)
    # (with a job playing, the other pane needs the rest of the 1280 pixels)
    assert app.window.modes.minimumSizeHint().width() <= single_clip + 60
    app, _ = _storyboard(qtbot, app, tmp_path / "project")
    assert app.window.width() == 1280
    board = app.controller.boards.controller
    assert board is not None
    assert board.view.generate_all.text() != "Generate all"
    shown = list(visible_texts(app.window))
    assert [problem for s in shown if (problem := cut_off(s))] == []
