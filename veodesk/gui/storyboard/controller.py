"""The storyboard tab's controller: the open project, its edits, its states and its runs.

The window's copy of the project is edited on the UI thread only, through
the core's ``Editor`` (every edit undoable); files are read and written on a
one-thread pool, in order (open, copy pictures, save the manifest, survey);
a run (check, send, follow, join) has a thread of its own and works on a
detached copy (gui/storyboard/runs.py). The project's lock is held for as
long as it is open here, so a second window or ``veodesk-cli film render``
is told the project is busy instead of sending its segments again.
"""

from __future__ import annotations

import copy
import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, SignalInstance
from PySide6.QtWidgets import QMessageBox

from veodesk.core.errors import InvalidInputError
from veodesk.core.locks import FileLock
from veodesk.core.storyboard import manifest, opening
from veodesk.core.storyboard.edits import Editor
from veodesk.core.storyboard.project import Project
from veodesk.core.storyboard.survey import Survey, survey
from veodesk.gui.compose.mime import Source, is_web_url
from veodesk.gui.messages import error_text
from veodesk.gui.storyboard import playing
from veodesk.gui.storyboard.deps import BoardDeps
from veodesk.gui.storyboard.pictures import Pictures
from veodesk.gui.storyboard.presenter import Presenter
from veodesk.gui.storyboard.runs import BoardRun
from veodesk.gui.storyboard.sending import Sending
from veodesk.gui.storyboard.view import StoryboardView
from veodesk.gui.tasks import TaskRunner

#: An alias lupdate still recognises: it extracts translate("Context", "text") calls.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)

#: While a run goes on, the states are read again this often (takes change on the server).
RUN_REFRESH_MS = 1000


class StoryboardController(QObject):
    def __init__(self, view: StoryboardView, deps: BoardDeps, parent: QObject | None = None):
        super().__init__(parent)
        self.view = view
        self.deps = deps
        io_pool = QThreadPool(self)
        io_pool.setObjectName("storyboard-files")
        io_pool.setMaxThreadCount(1)  # in order: a save never overtakes a newer one
        self.io = TaskRunner(io_pool, self)
        self.project: Project | None = None
        self.editor: Editor | None = None
        self.lock: FileLock | None = None
        self.survey: Survey | None = None
        self._asked = 0
        self._opening = False
        self.presenter = Presenter(view, Pictures(deps.tasks))
        self._closed = False
        self.sending = Sending(view, deps, lambda: self.project, lambda: self.survey, self)
        self.sending.changed.connect(self._run_changed)
        self._wire()

    def _wire(self) -> None:
        v = self.view
        v.newRequested.connect(self.new_board)
        v.openRequested.connect(self.choose_board)
        v.folderRequested.connect(self._show_folder)
        v.addRequested.connect(lambda: self._choose_pictures(-1))
        v.strip.picturesDropped.connect(self.add_pictures)
        v.generateAllRequested.connect(lambda: self.generate(None, 1))
        v.renderRequested.connect(self.render_film)
        v.playFilmRequested.connect(self.play_film)
        v.cancelRequested.connect(self.stop)
        v.settingsEdited.connect(lambda fields: self._edit(lambda e: e.set_settings(**fields)))
        v.undo_action.triggered.connect(lambda: self._edit(lambda e: e.undo()))
        v.redo_action.triggered.connect(lambda: self._edit(lambda e: e.redo()))
        v.cardsBuilt.connect(self._connect_cards)
        v.set_history(None, None)
        self._show_buttons()

    def _connect_cards(self) -> None:
        for card in self.view.keyframe_cards:
            card.moveRequested.connect(self._move)
            card.replaceRequested.connect(self._choose_replacement)
            card.deleteRequested.connect(lambda i: self._edit(lambda e: e.remove_keyframe(i)))
            card.picturesDropped.connect(self.add_pictures)
        for seg in self.view.segment_cards:
            seg.promptEdited.connect(lambda i, t: self._edit(lambda e: e.set_prompt(i, t)))
            seg.durationChosen.connect(lambda i, d: self._edit(lambda e: e.set_duration(i, d)))
            seg.audioChosen.connect(lambda i, a: self._edit(lambda e: e.set_audio(i, a)))
            seg.takeChosen.connect(lambda i, j: self._edit(lambda e: e.choose_take(i, j)))
            seg.generateRequested.connect(lambda i, k: self.generate([i], k))
            seg.playRequested.connect(self.play_take)
            seg.insertRequested.connect(lambda i: self._choose_pictures(i + 1))

    # -- opening and closing ----------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.run is not None

    def open_board(self, path: Path) -> None:
        """Open a project (any name whose content is a storyboard), off the UI thread."""
        if self.run is not None:
            self.deps.problem(
                translate("Storyboard", "Wait for the storyboard's run to end, or stop it, first.")
            )
            return
        if self.project is not None and self.project.path == path:
            return

        self._opening = True
        self.io.start(
            lambda: opening.open_locked(path),
            lambda result: self._opened(*result),
            self._open_failed,
        )

    def new_board(self, then: Callable[[], None] | None = None) -> None:
        """A new, empty project in its own folder; it is saved once it has two keyframes."""
        if self.run is not None:
            self.deps.problem(
                translate("Storyboard", "Wait for the storyboard's run to end, or stop it, first.")
            )
            return
        parent = self.deps.boards_folder()
        stamp = time.strftime("%Y-%m-%d %H.%M.%S")

        def made(result: tuple[Project, FileLock]) -> None:
            self._opened(*result)
            if then is not None:
                then()

        self._opening = True
        self.io.start(lambda: opening.new_locked(parent, stamp), made, self._open_failed)

    def choose_board(self) -> None:
        start = str(self.project.folder if self.project else self.deps.boards_folder())
        self.deps.chooser.storyboard(
            self.view, start, lambda files: self.open_board(Path(files[0]))
        )

    def _opened(self, project: Project, lock: FileLock) -> None:
        self._opening = False
        if self._closed:
            self.io.start(lock.release)
            return
        self.close_board()
        self.project, self.lock = project, lock
        self.editor = Editor(project, on_change=self._changed, autosave=False)
        self.presenter.pictures.clear()
        self.view.set_open(True, project.path.stem)
        self.view.set_settings(project.board.settings)
        self.view.set_history(None, None)
        self.view.say(translate("Storyboard", "Opened {path}.").format(path=project.path))
        self.refresh()

    def _open_failed(self, exc: Exception) -> None:
        self._opening = False
        self.deps.problem(error_text(exc))

    def close_board(self) -> None:
        """Let go of the project (its manifest is saved already, after every edit)."""
        self.view.flush()
        lock, self.lock = self.lock, None
        self.project = self.editor = self.survey = None
        self._asked += 1  # a survey on its way is for the project closed
        if lock is not None:
            self.io.start(lock.release)
        self.view.build_cards([], [], 0)
        self.view.set_open(False)
        self.view.set_summary("")
        self.view.say("")
        self._show_buttons()

    # -- edits ---------------------------------------------------------------------------
    def _edit(self, change: Callable[[Editor], Any]) -> None:
        if self.editor is None:
            return
        try:
            change(self.editor)
        except InvalidInputError as exc:
            self.deps.problem(error_text(exc))
            self.refresh()  # the view shows the board as it still is

    def _changed(self) -> None:
        """After every edit, undo and redo: save in order, then survey again."""
        project = self.project
        if project is None or self.editor is None:
            return
        self.view.set_history(self.editor.undo_label, self.editor.redo_label)
        self.view.set_settings(project.board.settings)
        self._save()
        self.refresh()

    def _save(self) -> None:
        project = self.project
        if project is None or len(project.board.keyframes) < 2:
            return  # a storyboard has two keyframes or more: nothing valid to write yet
        path, board = project.path, copy.deepcopy(project.board)
        self.io.start(
            lambda: manifest.write(path, board),
            None,
            lambda exc: self.deps.problem(
                translate("Storyboard", "The storyboard could not be saved: {error}").format(
                    error=error_text(exc)
                )
            ),
        )

    def _move(self, source: int, target: int) -> None:
        self._edit(lambda e: e.move_keyframe(source, target))

    def _choose_pictures(self, at: int) -> None:
        title = (
            translate("Storyboard", "Choose keyframes")
            if at < 0
            else translate("Storyboard", "Choose keyframes to insert")
        )
        self.deps.chooser.images(self.view, title, lambda files: self.add_pictures(at, files))

    def _choose_replacement(self, index: int) -> None:
        title = translate("Storyboard", "Choose the picture of keyframe {number}").format(
            number=index + 1
        )
        self.deps.chooser.images(
            self.view, title, lambda files: self.replace_picture(index, Path(files[0]))
        )

    def add_pictures(self, at: int, sources: Sequence[Source]) -> None:
        """Pictures (files, or pasted pixels) as keyframes at ``at`` (-1: the end), by name."""
        if self.project is None:
            if not self._opening:
                self.new_board(lambda: self.add_pictures(at, sources))
            return
        if any(isinstance(s, str) and is_web_url(s) for s in sources):
            self.deps.problem(
                translate(
                    "Storyboard",
                    "A storyboard keeps its pictures in its folder: save the web picture, "
                    "then drop the file.",
                )
            )
            return
        editor = self.editor
        assert editor is not None

        def work() -> list[str]:
            from veodesk.gui.compose.mime import save_pasted_image

            paths = [Path(s) if isinstance(s, str) else Path(save_pasted_image(s)) for s in sources]
            return editor.import_pictures(paths)

        def imported(images: list[str]) -> None:
            if editor is self.editor:
                index = len(editor.project.board.keyframes) if at < 0 else at
                self._edit(lambda e: e.insert_imported(index, images))

        self.io.start(work, imported, lambda exc: self.deps.problem(error_text(exc)))

    def replace_picture(self, index: int, picture: Path) -> None:
        editor = self.editor
        if editor is None:
            return

        def imported(image: str) -> None:
            if editor is self.editor:
                self._edit(lambda e: e.replace_imported(index, image))

        self.io.start(
            lambda: editor.project.import_picture(picture),
            imported,
            lambda exc: self.deps.problem(error_text(exc)),
        )

    # -- what the view shows ---------------------------------------------------------
    def refresh(self) -> None:
        """Survey a copy of the board off the UI thread; only the newest answer is shown."""
        project = self.project
        if project is None:
            return
        self._asked += 1
        asked = self._asked
        detached = project.detached()
        store, prices = self.deps.store(), self.deps.prices()
        self.io.start(
            lambda: survey(detached, store, prices),
            lambda result: self._surveyed(asked, result),
            lambda exc: log.warning("storyboard survey failed: %s", exc),
        )

    def _surveyed(self, asked: int, result: Survey) -> None:
        project = self.project
        if asked != self._asked or project is None:
            return  # the board changed meanwhile: a newer survey is on its way
        if project.adopt_takes(result.board):
            self._save()  # the takes the store knows of, in the manifest too
        self.survey = result
        self._show(project, result)

    def _show(self, project: Project, s: Survey) -> None:
        self.presenter.show(project, s, busy=self.run is not None)

    def _show_buttons(self) -> None:
        self.presenter.buttons(self.survey, busy=self.run is not None)

    # -- playing ---------------------------------------------------------------------------
    def _take_file(self, index: int) -> str | None:
        if self.survey is None or self.project is None:
            return None
        return playing.take_file(self.project, self.survey, index)

    def play_take(self, index: int) -> None:
        if self.survey is not None and self.project is not None:
            clip = playing.take_clip(self.project, self.survey, index)
            if clip is not None:
                self.deps.play(*clip)

    def play_film(self) -> None:
        if self.survey is None or self.project is None:
            return
        clips = playing.film_clips(self.project, self.survey)
        if clips is None:
            self.deps.problem(
                translate(
                    "Storyboard", "Every segment needs a finished take before the film plays."
                )
            )
        else:
            self.deps.play_all(clips)

    def _show_folder(self) -> None:
        if self.project is not None:
            self.deps.open_folder(self.project.folder)

    # -- sending --------------------------------------------------------------------------
    @property
    def historyChanged(self) -> SignalInstance:
        """A take or a film was added to the history."""
        return self.sending.historyChanged

    @property
    def filmMade(self) -> SignalInstance:
        return self.sending.filmMade

    @property
    def run(self) -> BoardRun | None:
        return self.sending.run

    @property
    def confirm(self) -> QMessageBox | None:
        return self.sending.confirm

    def generate(self, segments: list[int] | None, takes: int) -> None:
        self.sending.generate(segments, takes)

    def render_film(self) -> None:
        self.sending.render_film()

    def stop(self) -> None:
        self.sending.stop()

    def _run_changed(self) -> None:
        self.refresh()
        self._show_buttons()

    def shutdown(self, wait_ms: int = 3000) -> bool:
        """At quit: stop the run (tasks sent stay resumable), save, let go of the lock."""
        if self._closed:
            return self.sending.runs.wait(0) and self.io.wait(0)
        self.view.flush()
        self._closed = True
        stopped = self.sending.shutdown(wait_ms)
        lock, self.lock = self.lock, None
        if lock is not None:
            self.io.start(lock.release)
        self.io.close()
        return self.io.wait(wait_ms) and stopped
