"""GUI scenarios run in a fresh process; each prints one JSON line of results.

    python -m tests.benchmarks.gui_scenarios stalls
    python -m tests.benchmarks.gui_scenarios playback
    python -m tests.benchmarks.gui_scenarios history N

``stalls``: a 5 ms QTimer heartbeat on the UI thread while the app runs one
whole job against a sandbox in another process: two 24-MP JPEG frames chosen,
prepared at 1080p and submitted, polled, a 50 MB video downloaded (at 25 MB/s,
a fast home connection), autoplayed until 1 s of it has played. The same
heartbeat over 3 s of the idle window first is the baseline. A watchdog thread
notes the UI thread's Python stack whenever a beat is 12 ms late.

``playback``: resident memory after start, then after playing 20 results one
after another (each 4 s clip loaded and played to its end, then the next).

``history N``: start-up time (to the first painted frame, then to the history
shown in the list) with N finished jobs in the history.
"""

from __future__ import annotations

import dataclasses
import faulthandler
import gc
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
HOME = tempfile.mkdtemp(prefix="veodesk-gui-bench-")
os.environ["VEODESK_HOME"] = HOME
KEY = "sk-bench-0123456789abcdef"

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.benchmarks.common import CACHE, photo_pair, rss_bytes  # noqa: E402

VIDEO_BYTES = 50_000_000
DOWNLOAD_RATE = 25_000_000
LATE = 0.012


class Heartbeat:
    """A 5 ms precise timer on the UI thread; records when each beat really ran."""

    def __init__(self) -> None:
        self.beats: list[float] = []
        self.marks: list[tuple[float, str]] = []
        self.stalls: list[tuple[float, str]] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._beat)
        self._main = threading.main_thread().ident
        self._watching = threading.Event()
        self._watchdog = threading.Thread(target=self._watch, daemon=True, name="stall-watchdog")

    def _beat(self) -> None:
        self.beats.append(time.perf_counter())

    def mark(self, what: str) -> None:
        self.marks.append((time.perf_counter(), what))

    def start(self) -> None:
        self.beats = [time.perf_counter()]
        self.timer.start()
        if not self._watchdog.is_alive():
            self._watching.set()
            self._watchdog.start()

    def stop(self) -> None:
        self.timer.stop()

    def _watch(self) -> None:
        noted_for = -1.0
        while self._watching.is_set():
            time.sleep(0.003)
            if not self.timer.isActive() or not self.beats:
                continue
            last = self.beats[-1]
            if time.perf_counter() - last > LATE and last != noted_for:
                noted_for = last
                self.stalls.append((last, self._ui_stack()))

    def _ui_stack(self) -> str:
        # Through faulthandler, which holds no reference to any frame:
        # sys._current_frames() would, and dropping the last reference to a
        # finished worker frame here would destroy its QObjects on this thread.
        with tempfile.TemporaryFile("w+", encoding="utf-8") as f:
            faulthandler.dump_traceback(f, all_threads=True)
            f.seek(0)
            text = f.read()
        header = f"Thread 0x{self._main:016x}"
        lines = []
        found = False
        for line in text.splitlines():
            if found:
                if not line.strip():
                    break
                lines.append(line.strip().replace('File "', "").replace('", line ', ":"))
            elif header in line:
                found = True
        return " < ".join(lines[:6])

    def summary(self) -> dict[str, object]:
        gaps = sorted(
            ((b - a, a) for a, b in zip(self.beats, self.beats[1:], strict=False)), reverse=True
        )
        values = sorted(g for g, _ in gaps)
        worst = []
        for gap, at in gaps[:8]:
            phase = max(((t, m) for t, m in self.marks if t <= at), default=(0.0, "start"))[1]
            stack = next((s for t, s in self.stalls if abs(t - at) < 1e-9), "")
            worst.append({"gap_ms": gap * 1000, "phase": phase, "ui_stack": stack})
        phases: dict[str, float] = {}
        for gap, at in gaps:
            phase = max(((t, m) for t, m in self.marks if t <= at), default=(0.0, "start"))[1]
            phases[phase] = max(phases.get(phase, 0.0), gap * 1000)
        return {
            "phases_max_ms": phases,
            "beats": len(self.beats),
            "max_ms": values[-1] * 1000 if values else 0.0,
            "p99_ms": values[int(0.99 * (len(values) - 1))] * 1000 if values else 0.0,
            "over_16ms": sum(1 for g in values if g > 0.016),
            "worst": worst,
        }


def wait_until(app: QApplication, predicate: object, timeout: float) -> None:
    """Run the event loop, as the app's own would, until ``predicate()`` holds.

    A nested QEventLoop rather than a processEvents() loop: the static
    QCoreApplication.processEvents() of PySide6 6.12.0 (which pyproject.toml
    now excludes) dropped a reference to None on every call, and a few
    thousand calls crashed the interpreter.
    """
    if predicate():  # type: ignore[operator]
        return
    loop = QEventLoop()
    deadline = time.perf_counter() + timeout
    poll = QTimer()
    poll.setInterval(5)

    def check() -> None:
        if predicate() or time.perf_counter() > deadline:  # type: ignore[operator]
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    if not predicate():  # type: ignore[operator]
        raise TimeoutError(f"timed out waiting for {predicate}")


def start_sandbox() -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.benchmarks.sandbox_process",
            KEY,
            str(VIDEO_BYTES),
            str(DOWNLOAD_RATE),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip()


def open_app(app: QApplication) -> tuple[object, object]:
    from veodesk.gui.main import build
    from veodesk.gui.tuning.process import tune_process

    tune_process()  # as veodesk.gui.main.run does

    window, controller = build()
    window.show()  # type: ignore[attr-defined]
    controller.start()  # type: ignore[attr-defined]
    wait_until(app, lambda: controller.jobs.backend is not None, 30)  # type: ignore[attr-defined]
    wait_until(app, lambda: controller.player is not None, 30)  # type: ignore[attr-defined]
    # And the app's own warm-up after start (Pillow's decoders, then the start-up
    # objects frozen out of the garbage collector), so the idle baseline and the
    # job measure the app as a user finds it a moment later.
    wait_until(app, lambda: gc.get_freeze_count() > 0, 30)
    return window, controller


def stalls() -> dict[str, object]:
    first, last = photo_pair()
    # The join works on real 1080p24 clips: the job's own video comes from a
    # sandbox that renders 3 frames a second (to leave the CPU to the app), too
    # short for a 12-frame crossfade.
    film_clips = clips(2)
    sandbox, base_url = start_sandbox()
    os.environ["VEODESK_BASE_URL"] = base_url
    os.environ["AIMLAPI_KEY"] = KEY
    try:
        app = QApplication([sys.argv[0]])
        window, controller = open_app(app)
        c = controller.compose  # type: ignore[attr-defined]
        c.set_defaults(4, "1080p", "16:9", "crop", True)
        c.prompt.setPlainText("The light moves across the valley")
        # Baseline: the same window, idle.
        idle = Heartbeat()
        idle.start()
        wait_until(app, lambda: time.perf_counter() - idle.beats[0] > 3.0, 10)
        idle.stop()
        # The job.
        beat = Heartbeat()
        jobs = controller.jobs  # type: ignore[attr-defined]
        jobs.jobChanged.connect(lambda job, message: beat.mark(f"job: {job.state.value}"))
        finished: list[object] = []
        jobs.jobFinished.connect(
            lambda job: (beat.mark("finished, autoplay"), finished.append(job))
        )
        jobs.jobFailed.connect(lambda job, exc: finished.append(exc))
        beat.start()
        beat.mark("frames chosen")
        c.first.set_source(str(first))
        c.last.set_source(str(last))
        wait_until(app, lambda: c.generate.isEnabled(), 60)
        beat.mark("previews shown; generate")
        c.generate.click()
        wait_until(app, lambda: bool(finished), 180)
        if not hasattr(finished[0], "file_path"):
            raise RuntimeError(f"the job failed: {finished[0]}")
        player = controller.player.player  # type: ignore[attr-defined]
        wait_until(app, lambda: player.position() > 0, 60)
        beat.mark("playing")
        wait_until(app, lambda: player.position() >= 1000, 60)
        beat.mark("played 1 s")
        # Then two 1080p24 clips joined into a film (crossfade, loudness), as
        # "Join into a film…" does: the window must not stall while FFmpeg works.
        films = controller.films  # type: ignore[attr-defined]
        made: list[object] = []
        films.filmMade.connect(lambda job: (beat.mark("film made, autoplay"), made.append(job)))
        clip_jobs = [dataclasses.replace(finished[0], file_path=path) for path in film_clips]  # type: ignore[type-var]
        dialog = films.open(clip_jobs)
        beat.mark("join: dialog")
        wait_until(app, lambda: dialog.isVisible(), 10)
        dialog.transition.setCurrentIndex(dialog.transition.findData("crossfade"))
        dialog.normalize.setChecked(True)
        beat.mark("join: running")
        dialog.join_button.click()
        wait_until(app, lambda: bool(made) or dialog.error.isVisible(), 300)
        if not made:
            raise RuntimeError(f"the join failed: {dialog.error.text()}")
        wait_until(app, lambda: player.source().toLocalFile() == made[0].file_path, 30)
        wait_until(app, lambda: player.position() >= 1000, 60)
        beat.mark("film played 1 s")
        beat.stop()
        size = Path(finished[0].file_path).stat().st_size  # type: ignore[attr-defined]
        window.close()  # type: ignore[attr-defined]
        return {"idle": idle.summary(), "job": beat.summary(), "video_bytes": size}
    finally:
        if sandbox.stdin:
            sandbox.stdin.close()
        sandbox.wait(10)


def clips(count: int) -> list[str]:
    """``count`` different 4 s 1080p results, rendered once by the sandbox and cached."""
    folder = CACHE / "clips"
    paths = [folder / f"result-{i:02d}.mp4" for i in range(count)]
    missing = [i for i, path in enumerate(paths) if not path.exists()]
    if missing:
        # In a child process: the player's process must not load PyAV and numpy.
        code = (
            "import sys\n"
            "from pathlib import Path\n"
            "from PIL import Image\n"
            "from veodesk.sandbox.render import render_mp4\n"
            "for i in map(int, sys.argv[2:]):\n"
            "    a = Image.new('RGB', (1920, 1080), (20 + i * 10, 60, 200 - i * 8))\n"
            "    b = Image.new('RGB', (1920, 1080), (200 - i * 8, 90, 20 + i * 10))\n"
            "    clip = render_mp4(a, b, prompt=f'clip {i}', size=a.size, duration=4, fps=24)\n"
            "    Path(sys.argv[1], f'result-{i:02d}.mp4').write_bytes(clip)\n"
        )
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-c", code, str(folder), *map(str, missing)], check=True)
    return [str(path) for path in paths]


def playback(plays: int = 20) -> dict[str, object]:
    from PySide6.QtMultimedia import QMediaPlayer

    os.environ["AIMLAPI_KEY"] = KEY
    os.environ["VEODESK_BASE_URL"] = "http://127.0.0.1:9"  # never reached
    paths = clips(plays)
    app = QApplication([sys.argv[0]])
    _window, controller = open_app(app)
    player = controller.player  # type: ignore[attr-defined]
    settle(app, 2.0)
    idle_rss = rss_bytes()
    idle_status = memory_status()
    samples = []
    ended = (QMediaPlayer.MediaStatus.EndOfMedia, QMediaPlayer.MediaStatus.NoMedia)
    for i, path in enumerate(paths):
        player.load(path, title=f"clip {i}", autoplay=True)
        wait_until(app, lambda: player.player.position() > 0, 60)
        wait_until(app, lambda: player.player.mediaStatus() in ended, 60)
        settle(app, 1.0)  # what the player does once a clip has ended, it has done by now
        if i == 0:
            first_rss = rss_bytes()
        samples.append(rss_bytes())
    settle(app, 2.0)
    return {
        "idle_rss": idle_rss,
        "first_rss": first_rss,
        "after_rss": rss_bytes(),
        "samples": samples,
        "idle_status": idle_status,
        "after_status": memory_status(),
    }


def memory_status() -> dict[str, int]:
    """RssAnon, RssFile (mapped code and data files) and RssShmem, in bytes."""
    out = {}
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith(("RssAnon", "RssFile", "RssShmem")):
                name, value = line.split(":")
                out[name] = int(value.split()[0]) * 1024
    return out


def settle(app: QApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    wait_until(app, lambda: time.perf_counter() >= end, seconds + 5)


if __name__ == "__main__":
    scenario = sys.argv[1]
    result = {"stalls": stalls, "playback": playback}[scenario]()
    print(json.dumps(result), flush=True)
    os._exit(0)
