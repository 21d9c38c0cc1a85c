"""Run benchmarks by name, print the results table, and optionally publish it.

    .venv/bin/python -m tests.benchmarks [name ...] [--write]

Names: images, polling, download, startup, stalls, memory, film (default: all).
``--write`` stores the figures in docs/performance.json and rewrites the table
in docs/PERFORMANCE.md between its ``results`` markers; benchmarks not run keep
their last stored figures.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import os
import platform
import sys
import time

from tests.benchmarks.common import ROOT, Report, Row

BENCHMARKS = ("startup", "stalls", "images", "polling", "download", "memory", "film")
RESULTS = ROOT / "docs" / "performance.json"
DOCUMENT = ROOT / "docs" / "PERFORMANCE.md"
START, END = "<!-- results:start -->", "<!-- results:end -->"


def run(names: list[str]) -> dict[str, Report]:
    reports = {}
    for name in names:
        module = importlib.import_module(f"tests.benchmarks.bench_{name}")
        started = time.monotonic()
        reports[name] = module.run()
        print(f"[{name}: {time.monotonic() - started:.0f} s]", file=sys.stderr, flush=True)
    return reports


def verdict(passed: bool | None) -> str:
    return {True: "pass", False: "**miss**", None: "–"}[passed]


def table(rows: list[Row]) -> str:
    lines = [
        "| Target | Goal | Baseline (same run) | veodesk | Result |",
        "|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r.target} | {r.goal} | {r.baseline} | {r.project} | {verdict(r.passed)} |"
        )
    return "\n".join(lines)


def machine() -> str:
    cpus = os.cpu_count()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{platform.system()} {platform.machine()}, {cpus} CPUs, load {load:.1f}, "
        f"Python {platform.python_version()}"
    )


def publish(reports: dict[str, Report]) -> None:
    stored: dict[str, dict[str, object]] = {}
    if RESULTS.exists():
        stored = json.loads(RESULTS.read_text(encoding="utf-8"))
    for name, report in reports.items():
        stored[name] = {
            "measured": time.strftime("%Y-%m-%d %H:%M"),
            "machine": machine(),
            "rows": [dataclasses.asdict(r) for r in report.rows],
            "details": report.details,
        }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(stored, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    rows = [Row(**r) for name in BENCHMARKS if name in stored for r in stored[name]["rows"]]
    when = sorted({str(stored[n]["measured"]) for n in stored})
    block = (
        f"{START}\n{table(rows)}\n\nMeasured {when[0]}"
        + (f" to {when[-1]}" if len(when) > 1 else "")
        + f" on {stored[next(iter(stored))]['machine']}.\n{END}"
    )
    text = DOCUMENT.read_text(encoding="utf-8") if DOCUMENT.exists() else f"{START}\n{END}\n"
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    DOCUMENT.write_text(head + block + tail, encoding="utf-8")
    print(f"wrote {RESULTS.relative_to(ROOT)} and {DOCUMENT.relative_to(ROOT)}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__)
    parser.add_argument("names", nargs="*", metavar="name", help=", ".join(BENCHMARKS))
    parser.add_argument("--write", action="store_true", help="publish to docs/PERFORMANCE.md")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.names) - set(BENCHMARKS))
    if unknown:
        parser.error(f"unknown benchmark(s) {', '.join(unknown)}; choose from {BENCHMARKS}")
    names = list(dict.fromkeys(args.names)) or list(BENCHMARKS)
    reports = run(names)
    print(table([row for report in reports.values() for row in report.rows]))
    if args.write:
        publish(reports)
    misses = [r.target for rep in reports.values() for r in rep.rows if r.passed is False]
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
