"""Child processes for the GUI benchmarks: open a window, report when it is painted.

    python -m tests.benchmarks.gui_harness bare|veodesk [--stay SECONDS] [--history]

``bare`` opens a plain PySide6 QMainWindow of the same size; ``veodesk`` starts
the app as the ``veodesk`` command does (``veodesk.gui.main.run``). When the
first frame of the window has been painted (the window's first Paint event,
plus one turn of the event loop so every child has painted too), the child
prints one JSON line: its own timestamps (``time.monotonic``, shared by all
processes on Linux) and its resident memory. Then it exits at once, or after
``--stay`` seconds with a second line (memory when idle). With ``--history``
(veodesk only) it waits on: ``history_shown`` is the event-loop turn after the
history reached the list, ``settled`` when no background task is left (the
thumbnails it asked for are in). With
``VEODESK_BENCH_PROFILE=FILE`` it writes a pyinstrument profile of the UI
thread up to that point (``pip install pyinstrument``).
"""

from __future__ import annotations

import json
import os
import sys
import time

STARTED = time.monotonic()
PROFILER = None
if os.environ.get("VEODESK_BENCH_PROFILE"):  # where to write a pyinstrument profile of start-up
    from pyinstrument import Profiler

    PROFILER = Profiler(interval=0.0005)
    PROFILER.start()


def rss() -> int:
    with open("/proc/self/statm", "rb") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def watch_first_paint(window: object, stay: float, controller: object | None = None) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    marks: dict[str, object] = {"started": STARTED}

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "painted" not in marks:
                marks["painted"] = time.monotonic()
                QTimer.singleShot(0, painted)
            return False

    def painted() -> None:
        marks["frame_done"] = time.monotonic()
        marks["cpu"] = time.process_time()
        if PROFILER is not None:
            PROFILER.stop()
            with open(os.environ["VEODESK_BENCH_PROFILE"], "w", encoding="utf-8") as f:
                show_all = bool(os.environ.get("VEODESK_BENCH_PROFILE_ALL"))
                f.write(PROFILER.output_text(unicode=False, show_all=show_all))
        marks["rss"] = rss()
        marks["heavy"] = sorted({m.split(".")[0] for m in sys.modules} & HEAVY)
        if controller is not None and "--history" in sys.argv:
            controller.historyLoaded.connect(lambda: QTimer.singleShot(0, history_shown))  # type: ignore[attr-defined]
            return
        finish()

    def history_shown() -> None:
        marks["history_shown"] = time.monotonic()
        marks["history_rows"] = len(controller.model.rows)  # type: ignore[union-attr]
        poll = QTimer(QApplication.instance())
        poll.setInterval(5)

        def settled() -> None:
            if controller.tasks.pending == 0:  # type: ignore[union-attr]
                poll.stop()
                marks["settled"] = time.monotonic()
                marks["thumbnails"] = sum(
                    1
                    for row in controller.model.rows  # type: ignore[union-attr]
                    if row.thumbnail is not None
                )
                finish()

        poll.timeout.connect(settled)
        poll.start()

    def finish() -> None:
        try:
            print(json.dumps(marks), flush=True)
        finally:
            if stay <= 0:
                os._exit(0)
        QTimer.singleShot(int(stay * 1000), idle)

    def idle() -> None:
        try:
            print(json.dumps({"idle_rss": rss()}), flush=True)
        finally:
            os._exit(0)

    watcher = FirstPaint(window)  # type: ignore[arg-type]
    window.installEventFilter(watcher)  # type: ignore[attr-defined]
    QApplication.instance()._first_paint_watcher = watcher  # type: ignore[union-attr]


#: Modules whose presence at first paint means an import was not deferred.
HEAVY = {"PIL", "av", "numpy", "keyring", "requests", "sqlite3", "urllib3", "PySide6"}


def bare(stay: float) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)
    watch_first_paint(window, stay)
    window.show()
    app.exec()


def veodesk(stay: float) -> None:
    from veodesk.gui import main

    build = main.build

    def build_and_watch(**kwargs: object) -> tuple[object, object]:
        window, controller = build(**kwargs)
        watch_first_paint(window, stay, controller)
        return window, controller

    main.build = build_and_watch  # type: ignore[assignment]
    sys.exit(main.run(["veodesk"]))


if __name__ == "__main__":
    which = sys.argv[1]
    stay = float(sys.argv[sys.argv.index("--stay") + 1]) if "--stay" in sys.argv else 0.0
    {"bare": bare, "veodesk": veodesk}[which](stay)
