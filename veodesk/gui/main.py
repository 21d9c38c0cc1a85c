"""Starting the desktop app: options, the QApplication, the window and its controller."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from veodesk import __version__
from veodesk.gui.shell.crash_watch import CrashWatch

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from veodesk.core.session import Session
    from veodesk.gui.compose.choosers import Chooser
    from veodesk.gui.shell.controller import AppController
    from veodesk.gui.shell.persistence import WindowMemory
    from veodesk.gui.shell.self_test import Rehearsal
    from veodesk.gui.shell.window import MainWindow


@dataclass
class Options:
    demo: bool = False
    self_test: bool = False
    screenshot: str | None = None
    timeout: float = 180.0
    #: A file given on the command line (the desktop entry's ``Exec=veodesk %f``).
    path: Path | None = None
    #: ``--lang``: the window's language for this run; "" follows the setting, then the desktop.
    lang: str = ""


def parse(argv: Sequence[str]) -> Options:
    if not argv:
        return Options()  # the usual start: building the parser costs it ~3 ms
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
    p.add_argument(
        "--lang",
        metavar="LL",
        choices=("en", "de", "es", "ja", "pseudo"),
        default="",
        help="the window's language for this run: en, de, es or ja (pseudo: for testing); "
        "without it, the Language setting, else the desktop's",
    )
    p.add_argument("--screenshot", metavar="DIR", help=argparse.SUPPRESS)
    p.add_argument("--timeout", type=float, default=180.0, help=argparse.SUPPRESS)
    p.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="a storyboard project (.veoboard) to open, as the file manager passes it",
    )
    args = p.parse_args(list(argv))
    # absolute now: what the path meant is fixed by the directory it was given in
    path = Path(os.path.abspath(args.file)) if args.file else None
    return Options(args.demo, args.self_test, args.screenshot, args.timeout, path, args.lang)


#: Build the panels after this long even if the window's frame has not painted yet.
FIRST_PAINT_WAIT_MS = 1000


def build_frame(
    session: Session, memory: WindowMemory | None = None
) -> tuple[MainWindow, WindowMemory]:
    """The first stage: the window's frame at its remembered size and layout, panes empty."""
    # the frame's own modules only: the rest loads after it paints
    from veodesk.gui import caches
    from veodesk.gui.shell.persistence import WindowMemory
    from veodesk.gui.shell.window import MainWindow

    caches.use_folder(session.folders.cache)
    memory = memory or WindowMemory(session.folders.config)

    window = MainWindow()
    restore_layout(window, memory)
    return window, memory


def restore_layout(window: MainWindow, memory: WindowMemory) -> None:
    """The remembered geometry and splitter sizes, or the defaults on a first run."""
    if not memory.restore(window, {"main": window.main, "right": window.right}):
        window.resize(1280, 800)
        window.main.setSizes([480, 800])
        window.right.setSizes([460, 340])


def build_content(
    window: MainWindow,
    memory: WindowMemory,
    session: Session,
    *,
    chooser: Chooser | None = None,
    crash_watch: CrashWatch | None = None,
) -> AppController:
    """The second stage: the panels in the frame's panes, and their controller, not yet started."""
    # the second stage's modules load after the frame has painted
    from veodesk.gui.compose.choosers import FileChooser
    from veodesk.gui.jobs.controller import JobsController
    from veodesk.gui.jobs.model import JobsModel
    from veodesk.gui.shell.controller import AppController, io_pool
    from veodesk.gui.tasks import TaskRunner

    tasks = TaskRunner(io_pool())
    model = JobsModel()
    window.add_content(tasks, model)
    model.setParent(window)
    tasks.setParent(window)
    jobs = JobsController(model, window)
    return AppController(
        window,
        model,
        jobs,
        tasks,
        chooser if chooser is not None else FileChooser(),
        memory,
        session,
        crash_watch,
    )


def build(
    *, chooser: Chooser | None = None, session: Session | None = None
) -> tuple[MainWindow, AppController]:
    """Both stages at once, not yet shown or started: for the tests and benchmark scenarios.

    Without ``session``, the user's, as the process's environment gives it now.
    """
    # as in run(): the session is made when the window is
    from veodesk.core.session import Session

    session = session or Session.from_environment()
    window, memory = build_frame(session)
    return window, build_content(window, memory, session, chooser=chooser)


class StagedStart:
    """Shows the window's frame, and builds and starts the rest once the frame is painted.

    The frame costs about what a bare QMainWindow does; the panels' modules
    and widgets would add some 100 ms before anything was on screen. They are
    built in the event-loop turn after the frame's first paint, laid out in
    panes that already have their final sizes, so the window fills in place.
    """

    def __init__(
        self,
        *,
        demo: bool = False,
        chooser: Chooser | None = None,
        on_built: Callable[[AppController], None] | None = None,
        session: Session | None = None,
        crash_watch: CrashWatch | None = None,
        open_path: Path | None = None,
        memory: WindowMemory | None = None,
    ) -> None:
        # Qt loads after the options are parsed (--help, --version need none)
        from PySide6.QtCore import QTimer

        # as in run(): the session is made when the window is
        from veodesk.core.session import Session

        self.demo = demo
        self.chooser = chooser
        self.on_built = on_built
        self.crash_watch = crash_watch
        self.open_path = open_path
        self.session = session or Session.from_environment()
        self.window, self.memory = build_frame(self.session, memory)
        self.controller: AppController | None = None
        self.window.framePainted.connect(self.complete)
        # In case the frame is never painted (started minimised, say); the
        # window as context drops the timer if the window goes first.
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self.window, self.complete)

    def show(self) -> None:
        self.window.show()

    def complete(self) -> None:
        if self.controller is not None or not self.window.isVisible():
            return  # built already, or closed before its content came
        self.controller = build_content(
            self.window,
            self.memory,
            self.session,
            chooser=self.chooser,
            crash_watch=self.crash_watch,
        )
        if self.on_built is not None:
            self.on_built(self.controller)
        self.controller.start(demo=self.demo)
        if self.open_path is not None:
            self.controller.open_path(self.open_path)


def run(argv: Sequence[str]) -> int:
    options = parse(argv[1:])
    # before Qt or any thread: the process's tuning comes first
    from veodesk.gui import tuning
    from veodesk.gui.tuning.process import tune_process

    tuning.configure()  # the switch and the user's malloc settings, read once, here
    tune_process()  # before Qt Multimedia or any pool starts a thread
    if options.self_test and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the smoke test needs no display
    # after the tuning and the platform choice above
    from PySide6.QtWidgets import QApplication

    from veodesk.gui.tuning.imports import speed_up_pyside_import_check

    speed_up_pyside_import_check()  # before the rest of the app is imported

    from veodesk.core import logs
    from veodesk.core.session import Session

    # The environment is read here, once; everything after receives the session.
    session = Session.from_environment()
    logs.setup_logging(session.log_file)
    tuning.log_state()
    logs.install_excepthook()
    # Fractional scale factors are used as they are (PassThrough): Qt 6's
    # default, so not set here, where naming it would cost the first frame the
    # creation of every enum in PySide6's Qt namespace (~15 ms).
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)  # made here, or by the test that runs this
    app.setApplicationName("veodesk")
    app.setApplicationDisplayName("veodesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("veodesk")
    app.setDesktopFileName("io.github.veodesk.Veodesk")  # resources/*.desktop
    # Before any widget: the frame's menus are in the language from their first paint.
    from veodesk.gui import i18n
    from veodesk.gui.shell.persistence import WindowMemory

    memory = WindowMemory(session.folders.config)
    language = i18n.install(app, options.lang or memory.language())
    # once the QApplication exists
    from veodesk.gui.icons import app_icon

    app.setWindowIcon(app_icon())
    rehearsals: list[Rehearsal] = []

    def rehearse(controller: AppController) -> None:
        # only for --self-test and --screenshot
        from veodesk.gui.shell.self_test import Rehearsal

        rehearsal = Rehearsal(controller.window, controller, screenshots=options.screenshot)
        rehearsal.start(timeout=options.timeout)
        rehearsals.append(rehearsal)
        # The layout is applied after the rehearsal's own size, as it was when
        # the controller's start applied it: screenshots keep the default size.
        restore_layout(controller.window, start.memory)

    rehearsing = bool(options.self_test or options.screenshot)
    watch = CrashWatch(session.folders.logs)
    start = StagedStart(
        demo=options.demo or rehearsing,
        on_built=rehearse if rehearsing else None,
        session=session,
        crash_watch=watch,
        open_path=options.path,
        memory=memory,
    )
    # Logged once the window is on screen: the first record opens the log file
    # (logging.handlers and the folder, ~8 ms), which the first frame must not wait for.
    start.window.firstPainted.connect(
        lambda: logging.getLogger(__name__).info("language: %s", language)
    )
    start.show()
    code = app.exec()
    if rehearsing:
        code = rehearsals[0].exit_code if rehearsals else 1
    log = logging.getLogger(__name__)
    log.info("window closed (%s)", code)
    del rehearsals[:]
    stopped = tear_down(app, start)
    # The clean exit is marked once Qt is gone: a crash while tearing it down counts.
    watch.close()
    if not stopped:
        log.warning("a background thread was still busy at quit; leaving without tearing Qt down")
        logging.shutdown()
        os._exit(int(code))
    return int(code)


def tear_down(app: QApplication, start: StagedStart) -> bool:
    """Let go of Qt in one order: other threads, then the window, then the application.

    Left to the interpreter's exit, the window and its player were deleted by
    the bindings' exit handler or the garbage collector in no set order, after
    the application object in some runs, while the media backend's and the
    frame converter's threads could still be delivering to them. False when a
    thread would not stop: nothing is deleted then.
    """
    # only at quit
    import gc

    # only at quit
    import shiboken6

    controller, window = start.controller, start.window
    start.on_built = None  # the self-test's callback refers back to ``start``
    start.controller = None
    if controller is not None and not controller.release():
        return False
    if shiboken6.isValid(window):
        shiboken6.delete(window)  # its children too, here on the UI thread
    # Wrappers in reference cycles (and those frozen at start-up) go while Qt still exists.
    gc.unfreeze()
    gc.collect()
    app.shutdown()
    return True


if __name__ == "__main__":
    sys.exit(run(sys.argv))
