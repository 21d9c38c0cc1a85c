"""What the storyboard tab needs of the rest of the window, passed in as plain callables."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from veodesk.core import money
from veodesk.core.store import JobStore
from veodesk.gui.compose.choosers import Chooser
from veodesk.gui.storyboard.runs import RunnerFactory
from veodesk.gui.tasks import TaskRunner


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
