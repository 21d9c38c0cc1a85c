"""The storyboard tab in the window: built when first wanted, wired to the rest of the app.

The storyboard's own controller (gui/storyboard/controller.py) knows nothing
of the window; this gives it, through ``BoardDeps``, just what it needs: the
session's store and key, the prices, the threshold, the balance, the player
and the window's messages.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from veodesk.gui.desktop import open_url

if TYPE_CHECKING:
    from veodesk.core.money import PriceTable
    from veodesk.gui.shell.controller import AppController
    from veodesk.gui.storyboard.controller import StoryboardController
    from veodesk.gui.storyboard.runs import RunnerFactory

log = logging.getLogger(__name__)

STORYBOARD_TAB = 1
#: The storyboard's share of the window's width the first time its tab is shown.
STORYBOARD_SHARE = 0.62
#: Takes and films arriving together reload the history once.
HISTORY_RELOAD_MS = 300


class Boards:
    """The storyboard tab: its controller, the film playlist, and the demo's sample."""

    def __init__(self, app: AppController) -> None:
        self.app = app
        self.controller: StoryboardController | None = None
        #: The film's takes still to play, after the one playing now (``_playing``).
        self._queue: list[tuple[str, str]] = []
        self._playing: str | None = None
        self._listening = False
        #: The main splitter's sizes as each tab last had them.
        self._split: dict[int, list[int]] = {}
        self._reload = QTimer(app, singleShot=True, interval=HISTORY_RELOAD_MS)
        self._reload.timeout.connect(app.load_history)
        w = app.window
        w.modes.currentChanged.connect(self._tab_changed)
        w.new_board_action.triggered.connect(lambda: self.show().new_board())
        w.open_board_action.triggered.connect(lambda: self.show().choose_board())

    def _tab_changed(self, index: int) -> None:
        # Each tab keeps its own split: the storyboard's strip wants the width.
        main = self.app.window.main
        sizes = main.sizes()
        self._split[1 - index] = sizes
        wanted = self._split.get(index)
        if wanted is None and index == STORYBOARD_TAB and len(sizes) == 2:
            total = sum(sizes)
            left = max(sizes[0], int(total * STORYBOARD_SHARE))
            wanted = [left, total - left]
        if wanted is not None:
            main.setSizes(wanted)
        if index == STORYBOARD_TAB:
            self.ensure()

    def ensure(self) -> StoryboardController:
        """The storyboard's controller, its view built and put in its tab the first time."""
        if self.controller is not None:
            return self.controller
        from veodesk.gui.storyboard.controller import StoryboardController
        from veodesk.gui.storyboard.deps import BoardDeps
        from veodesk.gui.storyboard.view import StoryboardView

        app = self.app
        view = StoryboardView()
        app.window.set_storyboard(view)
        deps = BoardDeps(
            store=lambda: app.state.store,
            runner_factory=self._runner_factory,
            prices=self._prices,
            confirm_above_usd=lambda: app.state.user_settings.confirm_above_usd,
            balance_credits=lambda: b.credits if (b := app.balance.balance) else None,
            boards_folder=self._boards_folder,
            chooser=app.chooser,
            play=self.play,
            play_all=self.play_all,
            open_folder=lambda folder: open_url(folder.as_uri()),
            problem=lambda text: app.show_problem(text),
            say=app.say,
            tasks=app.tasks,
        )
        controller = StoryboardController(view, deps, app)
        controller.historyChanged.connect(self._reload.start)
        controller.filmMade.connect(app._film_made)
        app.historyLoaded.connect(controller.refresh)  # a store (re)loaded: takes may be known
        self.controller = controller
        return controller

    def show(self) -> StoryboardController:
        """The storyboard tab, in front."""
        controller = self.ensure()
        self.app.window.modes.setCurrentIndex(STORYBOARD_TAB)
        return controller

    def _runner_factory(self) -> RunnerFactory | None:
        backend = self.app.jobs.backend
        return backend.runner_factory if backend is not None else None

    def _boards_folder(self) -> Path:
        """New storyboards go beside the videos: the folder chosen in Settings, else the default."""
        session, settings = self.app.state.session, self.app.settings
        if settings.output_dir.strip() and not session.is_demo:
            return Path(settings.output_dir).expanduser() / "Storyboards"
        return session.folders.videos / "Storyboards"

    def _prices(self) -> PriceTable:
        return self.app.state.user_settings.prices()

    # -- opening ---------------------------------------------------------------------
    def open_path(self, path: Path) -> None:
        """``veodesk FILE``: a storyboard project opens in its tab.

        Once the content has painted: the start-up's later stages wait for
        the single clip's panel to paint, which a tab switch would hide.
        """
        window = self.app.window
        if not window.painted:
            window.firstPainted.connect(lambda: self.open_path(path))
            return
        self.show().open_board(path)

    def open_demo(self, data_folder: Path) -> None:
        """The demo's sample storyboard, copied into the demo's folder, in its tab."""
        from veodesk.core.demo import sample_storyboard

        controller = self.ensure()
        self.app.tasks.start(
            lambda: sample_storyboard(data_folder / "storyboards"),
            controller.open_board,
            lambda exc: log.warning("the sample storyboard could not be copied: %s", exc),
        )

    def session_changed(self) -> None:
        """The demo began or ended: a project's takes belong to the other session's history."""
        if self.controller is not None:
            self.controller.stop()
            self.controller.close_board()

    # -- playing -----------------------------------------------------------------------
    def play(self, path: str, title: str) -> None:
        self._queue = []
        self._load(path, title)

    def play_all(self, clips: list[tuple[str, str]]) -> None:
        """The chosen takes back to back: each one's end starts the next."""
        if not clips:
            return
        self._queue = list(clips[1:])
        self._load(*clips[0])

    def _load(self, path: str, title: str) -> None:
        app = self.app
        if app.player is None:
            app.create_player()
        player = app.player
        assert player is not None
        if not self._listening:
            player.ended.connect(self._next)
            self._listening = True
        self._playing = path
        player.load(path, title=title, autoplay=True)

    def _next(self) -> None:
        player = self.app.player
        if player is None or player.path != self._playing:
            self._queue = []  # the user played something else meanwhile
        if self._queue:
            self._load(*self._queue.pop(0))

    def shutdown(self, wait_ms: int) -> bool:
        self._reload.stop()
        return self.controller.shutdown(wait_ms) if self.controller is not None else True
