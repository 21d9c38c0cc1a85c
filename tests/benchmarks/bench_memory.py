"""Memory and scale: idle memory, memory after playing 20 results, a 1,000-job history.

- Idle: resident memory 2 s after the first paint, the app (empty history)
  against a bare PySide6 QMainWindow, each in fresh processes.
- Playback: ``gui_scenarios playback``: memory once the app is idle, then
  after playing 20 different finished videos (4 s each) one after another,
  each to its end.
- History: the app opened on a history of 1,000 finished jobs (each with its
  uploaded frames on disk, as the runner keeps them) against an empty one,
  alternating fresh processes: time to the first painted frame, to the history
  shown in the list, and until the thumbnails it asked for are in.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from tests.benchmarks.bench_stalls import scenario
from tests.benchmarks.bench_startup import gui_env, launch
from tests.benchmarks.common import CACHE, Report, median, ms, say

JOBS = 1000
GOAL_HISTORY_S = 0.150
GOAL_PLAYBACK_GROWTH = 20 * 1024 * 1024


def seed_history(home: Path, count: int) -> None:
    """``count`` finished jobs in ``home``'s history, each with its two upload files."""
    os.environ["VEODESK_HOME"] = str(home)
    try:
        from PIL import Image

        from veodesk.core.models import GenerationParams
        from veodesk.core.store import JobState, JobStore

        frame = home / "frame.jpg"
        Image.linear_gradient("L").resize((1920, 1080)).convert("RGB").save(frame, quality=85)
        data = frame.read_bytes()
        store = JobStore(home / "data" / "jobs.sqlite3")
        now = time.time() - count * 120
        for i in range(count):
            params = GenerationParams(
                prompt=f"Job {i}: the camera glides over a valley at dusk, lights coming on",
                first=f"/photos/first-{i}.jpg",
                last=f"/photos/last-{i}.jpg",
                duration=8,
                resolution="1080p",
                aspect_ratio="16:9",
            )
            job = store.create(params)
            folder = home / "data" / "uploads" / str(job.id)
            folder.mkdir(parents=True)
            (folder / "first.jpg").write_bytes(data)
            (folder / "last.jpg").write_bytes(data)
            start = now + i * 120
            store.update(
                job.id,
                JobState.DONE,
                aspect_ratio="16:9",
                first_upload=str(folder / "first.jpg"),
                last_upload=str(folder / "last.jpg"),
                generation_id=f"gen-{i}",
                server_status="completed",
                submitted_at=start,
                finished_at=start + 75 + i % 40,
                credits_used=840000.0,
                video_url=f"https://cdn.example/{i}.mp4",
                file_path=str(home / "videos" / f"veodesk-{job.id:05d}.mp4"),
            )
        store.close()
    finally:
        os.environ.pop("VEODESK_HOME", None)


def history_home(count: int) -> Path:
    """A seeded VEODESK_HOME, kept between runs; its thumbnail cache is emptied."""
    home = CACHE / f"history-{count}"
    if not (home / "seeded").exists():
        shutil.rmtree(home, ignore_errors=True)
        home.mkdir(parents=True)
        say(f"  seeding a history of {count} jobs in {home}")
        seed_history(home, count)
        (home / "seeded").touch()
    shutil.rmtree(home / "cache", ignore_errors=True)
    return home


def history(runs: int) -> dict[int, list[dict[str, object]]]:
    homes = {0: history_home(0), JOBS: history_home(JOBS)}
    out: dict[int, list[dict[str, object]]] = {0: [], JOBS: []}
    for i in range(runs + 1):  # the first run of each fills its thumbnail cache
        for count in (0, JOBS) if i % 2 == 0 else (JOBS, 0):
            env = gui_env(str(homes[count]))
            env["AIMLAPI_KEY"] = "sk-bench-0123456789abcdef"
            env["VEODESK_BASE_URL"] = "http://127.0.0.1:9"  # never reached
            result = launch("veodesk", env, extra=["--history"])
            result["cold"] = i == 0
            out[count].append(result)
    return out


def idle_memory(runs: int) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {"bare": [], "veodesk": []}
    with tempfile.TemporaryDirectory(prefix="veodesk-idle-") as home:
        env = gui_env(home)
        for _ in range(runs):
            for which in out:
                out[which].append(int(launch(which, env, stay=2.0)["idle_rss"]))  # type: ignore[arg-type]
    return out


def run(runs: int = 5) -> Report:
    report = Report("memory")
    say("memory: idle resident memory, bare window vs veodesk")
    idle = idle_memory(3)
    bare_rss, app_rss = median(idle["bare"]), median(idle["veodesk"])
    report.add(
        "Memory: resident when idle after start",
        "(reported)",
        f"bare window {bare_rss / 2**20:.0f} MB",
        f"{app_rss / 2**20:.0f} MB",
        None,
    )
    say("memory: playing 20 results")
    play = scenario("playback", timeout=400)
    growth = int(play["after_rss"]) - int(play["idle_rss"])  # type: ignore[arg-type]
    leak = int(play["after_rss"]) - int(play["first_rss"])  # type: ignore[arg-type]
    report.add(
        "Memory: growth after playing 20 results",
        f"≤ {GOAL_PLAYBACK_GROWTH / 2**20:.0f} MB",
        f"idle {int(play['idle_rss']) / 2**20:.0f} MB",  # type: ignore[arg-type]
        f"+{growth / 2**20:.1f} MB (+{leak / 2**20:.1f} MB after the first)",
        growth <= GOAL_PLAYBACK_GROWTH,
    )
    say(f"memory: opening with {JOBS} jobs vs an empty history, {runs} runs each")
    results = history(runs)

    def warm(count: int, key: str) -> float:
        return median(
            [
                float(r[key]) - float(r["started"]) + float(r["interpreter"])  # type: ignore[arg-type]
                for r in results[count]
                if not r["cold"]
            ]
        )

    paint_delta = warm(JOBS, "frame_done") - warm(0, "frame_done")
    shown_delta = warm(JOBS, "history_shown") - warm(0, "history_shown")
    settled_delta = warm(JOBS, "settled") - warm(0, "settled")
    thumbs = statistics.median(int(r["thumbnails"]) for r in results[JOBS])  # type: ignore[arg-type]
    say(
        f"  empty: painted {ms(warm(0, 'frame_done'))}, shown {ms(warm(0, 'history_shown'))}; "
        f"{JOBS}: painted {ms(warm(JOBS, 'frame_done'))}, shown {ms(warm(JOBS, 'history_shown'))}, "
        f"settled {ms(warm(JOBS, 'settled'))}, {thumbs:.0f} thumbnails loaded"
    )
    report.add(
        f"Scale: opening with {JOBS:,} jobs vs empty history (to the list shown)",
        f"≤ +{GOAL_HISTORY_S * 1000:.0f} ms",
        f"empty {ms(warm(0, 'history_shown'))}",
        f"{shown_delta * 1000:+.0f} ms (first paint {paint_delta * 1000:+.0f} ms; "
        f"thumbnails in {settled_delta * 1000:+.0f} ms, {thumbs:.0f} loaded)",
        shown_delta <= GOAL_HISTORY_S and paint_delta <= GOAL_HISTORY_S,
    )
    report.details = {"idle_rss": idle, "playback": play, "history": results}
    return report
