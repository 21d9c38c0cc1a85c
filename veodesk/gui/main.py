"""Starting the desktop app: options, the QApplication, the window and its controller."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from veodesk import __version__

if TYPE_CHECKING:
    from veodesk.gui.choosers import Chooser
    from veodesk.gui.controller import AppController
    from veodesk.gui.window import MainWindow


@dataclass
class Options:
    demo: bool = False
    self_test: bool = False
    screenshot: str | None = None
    timeout: float = 180.0


def parse(argv: Sequence[str]) -> Options:
    p = argparse.ArgumentParser(
        prog="veodesk",
        description="Turn a first frame, a last frame and a prompt into a Veo 3.1 Fast video.",
    )
    p.add_argument("--version", action="version", version=f"veodesk {__version__}")
    p.add_argument(
        "--demo",
        action="store_true",
        help="render on a local sandbox: no key, no cost, not made by Veo",
    )
    p.add_argument(
        "--self-test",
        action="store_true",
        help="open the window off-screen, make one demo video, play it, and exit (0 = works)",
    )
    p.add_argument("--screenshot", metavar="DIR", help=argparse.SUPPRESS)
    p.add_argument("--timeout", type=float, default=180.0, help=argparse.SUPPRESS)
    args = p.parse_args(list(argv))
    return Options(args.demo, args.self_test, args.screenshot, args.timeout)


def build(*, chooser: Chooser | None = None) -> tuple[MainWindow, AppController]:
    """The window and its controller, not yet started: shared by run() and the tests."""
    from veodesk.core.settings import Settings
    from veodesk.gui.choosers import FileChooser
    from veodesk.gui.controller import AppController, io_pool
    from veodesk.gui.jobs_controller import JobsController
    from veodesk.gui.jobs_model import JobsModel
    from veodesk.gui.persistence import WindowMemory
    from veodesk.gui.tasks import TaskRunner
    from veodesk.gui.window import MainWindow

    tasks = TaskRunner(io_pool())
    model = JobsModel()
    window = MainWindow(tasks, model)
    model.setParent(window)
    tasks.setParent(window)
    jobs = JobsController(model, window)
    controller = AppController(
        window,
        model,
        jobs,
        tasks,
        chooser if chooser is not None else FileChooser(),
        WindowMemory(),
        Settings.load(),
    )
    return window, controller


#: glibc's mallopt() parameter for the number of malloc arenas.
_M_ARENA_MAX = -8


def limit_malloc_arenas(arenas: int = 2) -> None:
    """Let glibc keep a couple of malloc arenas rather than eight per core.

    Each of FFmpeg's decoder threads got an arena of its own and kept the
    frames freed in it: resident memory grew by some 70 MB over 20 clips
    played. With two arenas it stays flat (tests/benchmarks, memory). Only on
    glibc, and never over a MALLOC_ARENA_MAX the user set.
    """
    if not sys.platform.startswith("linux") or "MALLOC_ARENA_MAX" in os.environ:
        return
    import contextlib
    import ctypes

    with contextlib.suppress(OSError, AttributeError):  # not glibc (musl, say)
        ctypes.CDLL("libc.so.6").mallopt(_M_ARENA_MAX, arenas)


#: How often a thread holding the GIL is asked to let another run (Python's default: 5 ms).
UI_SWITCH_INTERVAL = 0.001


def tune_process() -> None:
    """Process-wide settings for a responsive window; call before any thread starts.

    The UI thread needs the GIL for every Python slot and paint. While pool
    threads decode pictures, it waited up to 5 ms per hand-over of the GIL,
    often several in a row; at 1 ms the longest heartbeat gaps while frames
    are loaded and prepared shrank by a few ms (tests/benchmarks, UI stalls).
    """
    limit_malloc_arenas()
    sys.setswitchinterval(UI_SWITCH_INTERVAL)


def run(argv: Sequence[str]) -> int:
    options = parse(argv[1:])
    tune_process()  # before Qt Multimedia or any pool starts a thread
    if options.self_test and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the smoke test needs no display
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from veodesk.core import logs

    logs.setup_logging()
    logs.install_excepthook()
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication.instance() or QApplication(list(argv))
    app.setApplicationName("veodesk")
    app.setApplicationDisplayName("veodesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("veodesk")
    app.setDesktopFileName("io.github.veodesk.Veodesk")  # resources/*.desktop
    from veodesk.gui.icons import app_icon

    app.setWindowIcon(app_icon())
    window, controller = build()
    if options.self_test or options.screenshot:
        from veodesk.gui.self_test import Rehearsal

        rehearsal = Rehearsal(window, controller, screenshots=options.screenshot)
        rehearsal.start(timeout=options.timeout)
        window.show()
        controller.start(demo=True)
        app.exec()
        return rehearsal.exit_code
    window.show()
    controller.start(demo=options.demo)
    code = app.exec()
    logging.getLogger(__name__).info("window closed (%s)", code)
    return int(code)


if __name__ == "__main__":
    sys.exit(run(sys.argv))
