"""Child processes for the GUI benchmarks: open a window, report when it is painted.

    python -m tests.benchmarks.gui_harness bare|veodesk [--stay SECONDS] [--history]

``bare`` opens a plain PySide6 QMainWindow of the same size; ``veodesk`` starts
the app as the ``veodesk`` command does (``veodesk.gui.main.run``). The child
prints one JSON line of timestamps (``time.monotonic``, shared by all
processes on Linux) once it has them all:

- ``frame_done``: the end of the event-loop turn that painted the window's
  first frame (its first Paint event; its children paint in the same turn),
  with the resident memory and the heavy modules loaded by then. For veodesk
  that frame is the main window with its menus, status bar and empty panes.
- ``ui_done`` (veodesk): the same for the window's content, the compose panel
  and the history, built once the frame is painted.
- With ``--history`` (veodesk): ``history_shown``, the event-loop turn after the
  history reached the list, and ``settled``, when no background task is left
  (the thumbnails it asked for are in).

Then it exits at once, or after ``--stay`` seconds with a second line (memory
when idle). With ``VEODESK_BENCH_PROFILE=FILE`` it writes a pyinstrument
profile of the UI thread up to the last of those (``pip install pyinstrument``).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any

STARTED = time.monotonic()
PROFILER = None
if os.environ.get("VEODESK_BENCH_PROFILE"):  # where to write a pyinstrument profile of start-up
    from pyinstrument import Profiler

    PROFILER = Profiler(interval=0.0005)
    PROFILER.start()


def rss() -> int:
    with open("/proc/self/statm", "rb") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


class Marks:
    """The child's timestamps; printed as one JSON line once all that is awaited is in."""

    def __init__(self, stay: float, awaited: set[str]) -> None:
        self.stay = stay
        self.awaited = awaited
        self.values: dict[str, object] = {"started": STARTED}

    def set(self, name: str, **extra: object) -> None:
        from PySide6.QtCore import QTimer

        self.values[name] = time.monotonic()
        self.values.update(extra)
        if not self.awaited <= self.values.keys():
            return
        stop_profiler()
        try:
            print(json.dumps(self.values), flush=True)
        finally:
            if self.stay <= 0:
                os._exit(0)
        QTimer.singleShot(int(self.stay * 1000), idle)


def stop_profiler() -> None:
    if PROFILER is None:
        return
    PROFILER.stop()
    with open(os.environ["VEODESK_BENCH_PROFILE"], "w", encoding="utf-8") as f:
        show_all = bool(os.environ.get("VEODESK_BENCH_PROFILE_ALL"))
        f.write(PROFILER.output_text(unicode=False, show_all=show_all))


def idle() -> None:
    try:
        print(json.dumps({"idle_rss": rss()}), flush=True)
    finally:
        os._exit(0)


def watch_paint(widget: object, then: Callable[[], None]) -> None:
    """Calls ``then`` at the end of the event-loop turn that first paints ``widget``."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, then)
            return False

    watcher = FirstPaint(QApplication.instance())
    widget.installEventFilter(watcher)  # type: ignore[attr-defined]


def loaded_heavy() -> list[str]:
    return sorted({m.split(".")[0] for m in sys.modules} & HEAVY)


def frame_painted(marks: Marks) -> None:
    marks.set("frame_done", cpu=time.process_time(), rss=rss(), heavy=loaded_heavy())


def watch_history(marks: Marks, controller: Any) -> None:
    """``history_shown``: the turn after the history reached the list; ``settled``: no task left."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def history_shown() -> None:
        marks.values["history_shown"] = time.monotonic()
        marks.values["history_rows"] = len(controller.model.rows)
        poll = QTimer(QApplication.instance())
        poll.setInterval(5)

        def settled() -> None:
            if controller.tasks.pending == 0:
                poll.stop()
                thumbnails = sum(1 for row in controller.model.rows if row.thumbnail is not None)
                marks.set("settled", thumbnails=thumbnails)

        poll.timeout.connect(settled)
        poll.start()

    controller.historyLoaded.connect(lambda: QTimer.singleShot(0, history_shown))


#: Modules whose presence at first paint means an import was not deferred.
HEAVY = {"PIL", "av", "numpy", "keyring", "requests", "sqlite3", "urllib3", "PySide6"}


def bare(stay: float) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)
    marks = Marks(stay, {"frame_done"})
    watch_paint(window, lambda: frame_painted(marks))
    window.show()
    app.exec()


def veodesk(stay: float) -> None:
    """The app's own start: the frame paints first, then the compose panel and history."""
    from veodesk.gui import main

    awaited = {"frame_done", "ui_done"} | ({"settled"} if "--history" in sys.argv else set())
    marks = Marks(stay, awaited)
    build_frame, build_content = main.build_frame, main.build_content

    def frame_and_watch(*args: Any, **kwargs: Any) -> Any:
        window, memory = build_frame(*args, **kwargs)
        watch_paint(window, lambda: frame_painted(marks))
        return window, memory

    def content_and_watch(*args: Any, **kwargs: Any) -> Any:
        controller = build_content(*args, **kwargs)
        watch_paint(
            controller.compose,
            lambda: marks.set("ui_done", cpu_ui=time.process_time(), heavy_ui=loaded_heavy()),
        )
        if "--history" in sys.argv:
            watch_history(marks, controller)
        return controller

    main.build_frame = frame_and_watch  # type: ignore[assignment]
    main.build_content = content_and_watch  # type: ignore[assignment]
    sys.exit(main.run(["veodesk"]))


if __name__ == "__main__":
    which = sys.argv[1]
    stay = float(sys.argv[sys.argv.index("--stay") + 1]) if "--stay" in sys.argv else 0.0
    {"bare": bare, "veodesk": veodesk}[which](stay)
