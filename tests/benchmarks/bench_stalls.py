"""UI stalls: the longest gap of a 5 ms heartbeat on the UI thread during a whole job.

Runs ``gui_scenarios stalls`` (see there) in fresh processes and reports the
median over runs of the longest gap, for the idle window (the baseline, same
process, just before the job) and for the job, with the phase each long gap
fell in.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.benchmarks.common import CACHE, ROOT, Report, median, say

GOAL_MS = 16.0


def scenario(name: str, *args: str, timeout: float = 240) -> dict[str, object]:
    # With compiled bytecode, as an installed app has it: where this environment
    # forbids writing it (PYTHONDONTWRITEBYTECODE), a module imported on a pool
    # thread compiled there, holding the GIL, and the UI thread waited for it.
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(CACHE / "pycache")
    proc = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.gui_scenarios", name, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=timeout,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        log = CACHE / f"failed-{name}.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        log.write_text(proc.stderr, encoding="utf-8")
        raise RuntimeError(f"scenario {name} failed (stderr in {log}):\n{proc.stderr[-3000:]}")
    return json.loads(lines[-1])


def run(runs: int = 3) -> Report:
    say(f"stalls: {runs} runs of one whole job, 5 ms heartbeat")
    results = []
    scenario(name="stalls")  # fills the bytecode cache; not counted
    for i in range(runs):
        result = scenario("stalls")
        idle, job = result["idle"], result["job"]
        say(
            f"  run {i + 1}: idle max {idle['max_ms']:.1f} ms; job max {job['max_ms']:.1f} ms, "
            f"p99 {job['p99_ms']:.1f} ms, {job['over_16ms']} beats over 16 ms"
        )
        for phase, gap in sorted(job["phases_max_ms"].items(), key=lambda kv: -kv[1])[:4]:
            say(f"      {gap:6.1f} ms in '{phase}'")
        results.append(result)
    idle_max = median([r["idle"]["max_ms"] for r in results])
    job_max = median([r["job"]["max_ms"] for r in results])
    playback = {"finished, autoplay", "playing", "played 1 s", "join: dialog", "join: running",
                "film made, autoplay", "film played 1 s"}  # fmt: skip
    before_play = median(
        [
            max(gap for phase, gap in r["job"]["phases_max_ms"].items() if phase not in playback)
            for r in results
        ]
    )
    over = median([r["job"]["over_16ms"] for r in results])
    report = Report("stalls")
    report.add(
        "UI stalls: longest heartbeat gap, whole job (24-MP frames → 50 MB → playback → "
        "join into a film → playback)",
        f"≤ {GOAL_MS:.0f} ms",
        f"idle window {idle_max:.1f} ms",
        f"{job_max:.1f} ms ({over:.0f} beat(s) > 16 ms late); until playback {before_play:.1f} ms",
        job_max <= GOAL_MS,
    )
    report.details = {"runs": results}
    return report
