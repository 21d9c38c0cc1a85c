"""Image preparation: two 24-MP JPEGs to upload-ready ``data:`` URIs.

Baseline: what a first attempt would write, frame after frame: decode every
pixel, fit to 1920×1080 with LANCZOS, JPEG at quality 90, base64.
Project: ``prepare_frames`` (draft decoding, reducing-gap resize, both frames in
parallel, byte budget) and ``as_request_value``.
"""

from __future__ import annotations

import base64
import io
from pathlib import Path

from PIL import Image, ImageOps

from tests.benchmarks.common import Report, alternate, mb, median, ms, photo_pair, say
from veodesk.core.images import prepare_frames

FRAME = (1920, 1080)
GOAL_SPEEDUP = 3.0
GOAL_BYTES = 1_500_000


def naive_frame(path: Path) -> str:
    image = Image.open(path)
    image.load()
    image = ImageOps.exif_transpose(image)
    frame = ImageOps.fit(image.convert("RGB"), FRAME, Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    frame.save(buffer, "JPEG", quality=90)
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def naive(first: Path, last: Path) -> tuple[str, str]:
    return naive_frame(first), naive_frame(last)


def project(first: Path, last: Path) -> tuple[str, str, int]:
    frames = prepare_frames(first, last, resolution="1080p", aspect_ratio="16:9")
    largest = max(len(frames.first.data or b""), len(frames.last.data or b""))
    return frames.first.as_request_value(), frames.last.as_request_value(), largest


def run(runs: int = 5) -> Report:
    first, last = photo_pair()
    say(f"images: {first.name} ({mb(first.stat().st_size)}), {last.name}; {runs} runs each")
    project(first, last)  # warm up: plugins, ICC tables, file cache
    naive(first, last)
    times = alternate(
        runs, baseline=lambda: naive(first, last), project=lambda: project(first, last)
    )
    base, mine = median(times["baseline"]), median(times["project"])
    largest = project(first, last)[2]
    naive_bytes = max(len(v) for v in naive(first, last)) * 3 // 4
    speedup = base / mine
    report = Report("images")
    report.add(
        "Image preparation: two 24-MP JPEGs → upload data",
        f"≥ {GOAL_SPEEDUP:.0f}× faster than naive",
        ms(base),
        f"{ms(mine)} ({speedup:.1f}×)",
        speedup >= GOAL_SPEEDUP,
    )
    report.add(
        "Image preparation: bytes per 1080p frame",
        f"≤ {mb(GOAL_BYTES)}",
        mb(naive_bytes),
        mb(largest),
        largest <= GOAL_BYTES,
    )
    report.details = {"baseline_s": times["baseline"], "project_s": times["project"]}
    return report
