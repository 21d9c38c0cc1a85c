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
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from veodesk.core import money
from veodesk.core.errors import CancelledError, InvalidInputError, VeodeskError
from veodesk.core.locks import FileLock
from veodesk.core.store import Job, JobStore
from veodesk.core.storyboard import manifest
from veodesk.core.storyboard.edits import Editor
from veodesk.core.storyboard.model import SegmentState
from veodesk.core.storyboard.project import Project
from veodesk.core.storyboard.survey import Survey, survey
from veodesk.gui.compose.choosers import Chooser
from veodesk.gui.compose.mime import Source, is_web_url
from veodesk.gui.storyboard.runs import BoardRun, RunnerFactory, film_path
from veodesk.gui.storyboard.view import StoryboardView
from veodesk.gui.tasks import TaskRunner, main_thread

if TYPE_CHECKING:
    from veodesk.core.storyboard.render import RenderPlan, RenderResult

log = logging.getLogger(__name__)

#: While a run goes on, the states are read again this often (takes change on the server).
RUN_REFRESH_MS = 1000
BOARD_FILE = "storyboard.veoboard"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Storyboard", text)


@dataclass(frozen=True)
class BoardDeps:
    """What the storyboard needs of the rest of the window, and nothing more."""

    store: Callable[[], JobStore | None]
    #: Makes a job runner with the session's key; None while there is no key.
    runner_factory: Callable[[], RunnerFactory | None]
    prices: Callable[[], money.PriceTable]
    #: Ask before sending when the expected cost is above this many dollars.
    confirm_above_usd: Callable[[], float]
    #: The account's balance in credits, when known.
    balance_credits: Callable[[], float | None]
    #: Where "New" makes its project folders.
    boards_folder: Callable[[], Path]
    chooser: Chooser
    #: Play a file in the window's player: (path, title).
    play: Callable[[str, str], None]
    #: Play these files one after another.
    play_all: Callable[[list[tuple[str, str]]], None]
    open_folder: Callable[[Path], object]
    problem: Callable[[str], None]
    say: Callable[[str], None]
    #: Pictures (keyframes, takes' posters) load here: Pillow and PyAV off the UI thread.
    tasks: TaskRunner


class StoryboardController(QObject):
    #: A take or a film was added to the history.
    historyChanged = Signal()
    filmMade = Signal(object)  # Job

    def __init__(self, view: StoryboardView, deps: BoardDeps, parent: QObject | None = None):
        super().__init__(parent)
        self.view = view
        self.deps = deps
        io_pool = QThreadPool(self)
        io_pool.setObjectName("storyboard-files")
        io_pool.setMaxThreadCount(1)  # in order: a save never overtakes a newer one
        self.io = TaskRunner(io_pool, self)
        run_pool = QThreadPool(self)
        run_pool.setObjectName("storyboard-runs")
        run_pool.setMaxThreadCount(1)
        self.runs = TaskRunner(run_pool, self)
        self.project: Project | None = None
        self.editor: Editor | None = None
        self.lock: FileLock | None = None
        self.survey: Survey | None = None
        self.run: BoardRun | None = None
        self.confirm: QMessageBox | None = None
        self._asked = 0
        self._opening = False
        self._posters: dict[str, QImage] = {}
        self._closed = False
        self._tick = QTimer(self, interval=RUN_REFRESH_MS)
        self._tick.timeout.connect(self.refresh)
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
            self.deps.problem(_tr("Wait for the storyboard's run to end, or stop it, first."))
            return
        if self.project is not None and self.project.path == path:
            return

        def work() -> tuple[Project, FileLock]:
            project = Project.open(path)
            lock = project.lock()
            project.acquire(lock)
            try:
                project.keep_ids()
            except BaseException:
                lock.release()
                raise
            return project, lock

        self._opening = True
        self.io.start(work, lambda result: self._opened(*result), self._open_failed)

    def new_board(self, then: Callable[[], None] | None = None) -> None:
        """A new, empty project in its own folder; it is saved once it has two keyframes."""
        if self.run is not None:
            self.deps.problem(_tr("Wait for the storyboard's run to end, or stop it, first."))
            return
        parent = self.deps.boards_folder()
        stamp = time.strftime("%Y-%m-%d %H.%M.%S")

        def work() -> tuple[Project, FileLock]:
            folder = parent / f"Storyboard {stamp}"
            n = 2
            while folder.exists():
                folder = parent / f"Storyboard {stamp} ({n})"
                n += 1
            folder.mkdir(parents=True)
            project = Project.new(folder / BOARD_FILE)
            lock = project.lock()
            project.acquire(lock)
            return project, lock

        def made(result: tuple[Project, FileLock]) -> None:
            self._opened(*result)
            if then is not None:
                then()

        self._opening = True
        self.io.start(work, made, self._open_failed)

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
        self._posters.clear()
        self.view.set_open(True, project.path.stem)
        self.view.set_settings(project.board.settings)
        self.view.set_history(None, None)
        self.view.say(_tr("Opened {path}.").format(path=project.path))
        self.refresh()

    def _open_failed(self, exc: Exception) -> None:
        self._opening = False
        self.deps.problem(str(exc))

    def close_board(self) -> None:
        """Let go of the project (its manifest is saved already, after every edit)."""
        for card in self.view.segment_cards:
            card.flush()
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
            self.deps.problem(str(exc))
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
                _tr("The storyboard could not be saved: {error}").format(error=exc)
            ),
        )

    def _move(self, source: int, target: int) -> None:
        self._edit(lambda e: e.move_keyframe(source, target))

    def _choose_pictures(self, at: int) -> None:
        title = _tr("Choose keyframes") if at < 0 else _tr("Choose keyframes to insert")
        self.deps.chooser.images(self.view, title, lambda files: self.add_pictures(at, files))

    def _choose_replacement(self, index: int) -> None:
        title = _tr("Choose the picture of keyframe {number}").format(number=index + 1)
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
                _tr(
                    "A storyboard keeps its pictures in its folder: save the web picture, "
                    "then drop the file."
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

        self.io.start(work, imported, lambda exc: self.deps.problem(str(exc)))

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
            lambda exc: self.deps.problem(str(exc)),
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
        board = project.board
        images = [k.image for k in board.keyframes]
        if self.view.build_cards(images, s.missing, len(board.segments)):
            self._load_keyframes(project)
        busy = self.run is not None
        for i, card in enumerate(self.view.segment_cards):
            segment = board.segments[i]
            current = segment.current_takes(s.inputs[i])
            usable = [t for t in current if t.usable]
            takes = [
                (t.job, _tr("Take {number} (job {job})").format(number=n + 1, job=t.job))
                for n, t in enumerate(usable)
            ]
            chosen = s.chosen(i)
            card.show_segment(
                segment.prompt,
                segment.duration,
                segment.generate_audio,
                s.states[i],
                takes,
                chosen.job if chosen else None,
                busy,
            )
            if chosen is not None and chosen.video is not None:
                self._load_poster(card.index, str(project.resolve(chosen.video)))
            else:
                card.set_poster(None)
        self.view.set_summary(self._summary(s))
        self._show_buttons()

    def _summary(self, s: Survey) -> str:
        board = s.board
        segments = len(board.segments)
        if segments == 0:
            return _tr("Add at least two keyframes: each pair makes one segment.")
        length = _tr("Segments: {count}, {seconds} s of film.").format(
            count=segments, seconds=board.duration
        )
        if s.missing:
            return _tr("{length} Relink the missing pictures before generating.").format(
                length=length
            )
        if s.to_send == 0:
            return _tr("{length} Every segment is done.").format(length=length)
        return _tr("{length} Tasks to send: {count}, about {cost}, {source}.").format(
            length=length, count=s.to_send, cost=money.money_text(s.credits), source=s.price_label
        )

    def _show_buttons(self) -> None:
        s = self.survey
        done = s is not None and bool(s.states) and all(x is SegmentState.DONE for x in s.states)
        stale = s.to_send if s is not None and not s.missing else 0
        can_render = s is not None and bool(s.states) and not s.missing
        self.view.set_running(self.run is not None, can_render, done, stale)

    def _load_keyframes(self, project: Project) -> None:
        from veodesk.gui.compose.previews import load_job_thumbnail

        for i, card in enumerate(self.view.keyframe_cards):
            if card.missing:
                continue
            path = str(project.picture(i))
            image = self._posters.get(path)
            if image is not None:
                card.set_picture(image)
                continue
            self.deps.tasks.start(
                lambda p=path: load_job_thumbnail(p, 256),  # type: ignore[misc]
                lambda img, p=path, c=card: self._keyframe_loaded(p, c, img),  # type: ignore[misc]
                lambda exc, c=card: c.set_picture(None),  # type: ignore[misc]
            )

    def _keyframe_loaded(self, path: str, card: Any, image: QImage) -> None:
        self._posters[path] = image
        if card in self.view.keyframe_cards:
            card.set_picture(image)

    def _load_poster(self, index: int, path: str) -> None:
        image = self._posters.get(path)
        if image is not None:
            self.view.segment_cards[index].set_poster(image)
            return

        def work() -> QImage:
            from veodesk.core.film.poster import poster
            from veodesk.gui.compose.previews import to_qimage

            return to_qimage(poster(Path(path), 256))

        def loaded(image: QImage) -> None:
            self._posters[path] = image
            if index < len(self.view.segment_cards):
                self.refresh_poster(index, path, image)

        self.deps.tasks.start(work, loaded, lambda exc: log.debug("no poster: %s", exc))

    def refresh_poster(self, index: int, path: str, image: QImage) -> None:
        s, project = self.survey, self.project
        if s is None or project is None or index >= len(s.board.segments):
            return
        chosen = s.chosen(index)
        if chosen is not None and chosen.video and str(project.resolve(chosen.video)) == path:
            self.view.segment_cards[index].set_poster(image)

    # -- playing ---------------------------------------------------------------------------
    def _take_file(self, index: int) -> str | None:
        s, project = self.survey, self.project
        if s is None or project is None or index >= len(s.states):
            return None
        chosen = s.chosen(index)
        if chosen is None or chosen.video is None:
            return None
        return str(project.resolve(chosen.video))

    def play_take(self, index: int) -> None:
        path = self._take_file(index)
        if path is not None and self.project is not None:
            prompt = self.project.board.segments[index].prompt
            self.deps.play(
                path, _tr("Segment {number}: {prompt}").format(number=index + 1, prompt=prompt)
            )

    def play_film(self) -> None:
        if self.survey is None or self.project is None:
            return
        paths = [self._take_file(i) for i in range(len(self.survey.states))]
        if not paths or any(p is None for p in paths):
            self.deps.problem(_tr("Every segment needs a finished take before the film plays."))
            return
        self.deps.play_all(
            [
                (
                    p,
                    _tr("{film}, segment {number}").format(
                        film=self.project.path.stem, number=i + 1
                    ),
                )
                for i, p in enumerate(paths)
                if p is not None
            ]
        )

    def _show_folder(self) -> None:
        if self.project is not None:
            self.deps.open_folder(self.project.folder)

    # -- generating ------------------------------------------------------------------------
    def generate(self, segments: list[int] | None, takes: int, *, film: bool = False) -> None:
        """Generate all (``segments`` None: the stale ones), or new takes of the given ones."""
        project, store, make_runner = self.project, self.deps.store(), self.deps.runner_factory()
        if project is None or self.run is not None:
            return
        for card in self.view.segment_cards:
            card.flush()  # the prompt being typed is part of what is sent
        if store is None or make_runner is None:
            self.deps.problem(
                _tr("No API key yet: save one in Settings, or try the demo, then generate.")
            )
            return
        run = BoardRun(film=film)
        self.run = run
        detached, prices = project.detached(), self.deps.prices()
        self.view.say(_tr("Checking the pictures and prompts…"))
        self._show_buttons()
        self.runs.start(
            lambda: run.check(detached, store, prices, segments, takes),
            lambda plan: self._checked(run, plan, make_runner),
            lambda exc: self._ended(run, exc),
        )

    def render_film(self) -> None:
        """Generate what is left, then join the chosen takes into the project's film."""
        s = self.survey
        if s is not None and s.states and all(x is SegmentState.DONE for x in s.states):
            self._join(BoardRun(film=True))
        else:
            self.generate(None, 1, film=True)

    def _checked(self, run: BoardRun, plan: RenderPlan, make_runner: RunnerFactory) -> None:
        if run is not self.run:
            return
        if plan.posts == 0 and not plan.work:
            if run.film:
                self._join(run)
            else:
                self._finish(run, _tr("Nothing to send: every segment is done."))
            return
        cost = money.money_text(plan.cost_usd * money.CREDITS_PER_USD)
        question = _tr("Tasks to send: {count}, about {cost}. Send them?").format(
            count=plan.posts, cost=cost
        )
        balance = self.deps.balance_credits()
        over = balance is not None and plan.cost_usd * money.CREDITS_PER_USD > balance
        if plan.posts and (plan.cost_usd > self.deps.confirm_above_usd() or over):
            detail = _tr(
                "Each task is a paid generation on the AI/ML API. You are asked because the "
                "cost is above {threshold}, the amount set in Settings."
            ).format(threshold=money.usd_text(self.deps.confirm_above_usd()))
            if over and balance is not None:
                detail = _tr(
                    "This is more than your balance of {balance}. You can still send (the "
                    "balance may lag behind), but tasks may fail."
                ).format(balance=money.money_text(balance))
            self._ask(question, detail, lambda: self._send(run, plan, make_runner), run)
            return
        self._send(run, plan, make_runner)

    def _ask(self, question: str, detail: str, send: Callable[[], None], run: BoardRun) -> None:
        box = QMessageBox(self.view.window())
        box.setObjectName("boardConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("Send the storyboard's tasks?"))
        box.setText(question)
        box.setInformativeText(detail)
        send_button = box.addButton(_tr("Send"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(send_button)
        self.confirm = box

        def answered(_result: int) -> None:
            self.confirm = None
            box.deleteLater()
            if box.clickedButton() is send_button:
                send()
            else:
                self._finish(run, _tr("Nothing was sent."))

        box.finished.connect(answered)
        box.open()

    def _send(self, run: BoardRun, plan: RenderPlan, make_runner: RunnerFactory) -> None:
        if run is not self.run:
            return
        cost = money.money_text(plan.cost_usd * money.CREDITS_PER_USD)
        self.view.say(
            _tr("Sending tasks: {count}, about {cost}…").format(count=plan.posts, cost=cost)
        )
        self._tick.start()
        post = main_thread().post

        def on_job(job: Job, message: str) -> None:
            post(lambda: self._job_news() if not self._closed else None)

        def on_segment(index: int, message: str) -> None:
            text = _tr("Segment {number}: {message}").format(number=index, message=message)
            post(lambda: self.view.say(text) if not self._closed else None)

        self.runs.start(
            lambda: run.send(plan, make_runner, on_job, on_segment),
            lambda result: self._sent(run, result),
            lambda exc: self._ended(run, exc),
        )

    def _job_news(self) -> None:
        self.refresh()
        self.historyChanged.emit()

    def _sent(self, run: BoardRun, result: RenderResult) -> None:
        self.historyChanged.emit()
        if result.failures:
            failed = ", ".join(str(i) for i in sorted(result.failures))
            first = next(iter(result.failures.values()))
            self._finish(
                run,
                _tr(
                    "Segments {segments} did not finish; the finished takes are kept and the "
                    "next run sends only what is left. {reason}"
                ).format(segments=failed, reason=first),
            )
            return
        if run.film:
            self._join(run)
            return
        self._finish(run, _tr("Takes finished: {count}.").format(count=len(result.sent)))

    def _join(self, run: BoardRun) -> None:
        project, store = self.project, self.deps.store()
        if project is None or store is None:
            self._finish(run, "")
            return
        self.run = run
        self._show_buttons()
        output = film_path(project)
        self.view.say(_tr("Joining the takes into {path}…").format(path=output))
        detached = project.detached()
        post = main_thread().post

        def progress(done: int, total: int) -> None:
            post(lambda: self.view.set_progress(done, total) if not self._closed else None)

        self.runs.start(
            lambda: run.join(detached, store, progress),
            lambda job: self._joined(run, job),
            lambda exc: self._ended(run, exc),
        )

    def _joined(self, run: BoardRun, job: Job) -> None:
        self._finish(run, _tr("The film is ready: {path}").format(path=job.file_path))
        self.filmMade.emit(job)

    def _ended(self, run: BoardRun, exc: Exception) -> None:
        if isinstance(exc, CancelledError):
            self._finish(
                run,
                _tr(
                    "Stopped. Tasks already sent keep running on the server; Generate all "
                    "fetches them without sending them again."
                ),
            )
            return
        if not isinstance(exc, VeodeskError):
            log.error("storyboard run failed", exc_info=exc)
        self._finish(run, "")
        self.deps.problem(str(exc))

    def _finish(self, run: BoardRun, message: str) -> None:
        if run is self.run:
            self.run = None
        self._tick.stop()
        self.view.say(message)
        if message:
            self.deps.say(message)
        self.refresh()
        self._show_buttons()

    def stop(self) -> None:
        if self.run is not None:
            self.run.stop()

    def shutdown(self, wait_ms: int = 3000) -> bool:
        """At quit: stop the run (tasks sent stay resumable), save, let go of the lock."""
        if self._closed:
            return self.runs.wait(0) and self.io.wait(0)
        for card in self.view.segment_cards:
            card.flush()
        self._closed = True
        self._tick.stop()
        if self.confirm is not None:
            self.confirm.reject()
        self.runs.close()
        if self.run is not None:
            self.run.stop()
        stopped = self.runs.wait(wait_ms)
        lock, self.lock = self.lock, None
        if lock is not None:
            self.io.start(lock.release)
        self.io.close()
        return self.io.wait(wait_ms) and stopped
