"""What every benchmark shares: results, medians, memory sampling and test pictures.

A benchmark measures the project and its baseline in the same run, each a few
times, and reports medians: the machines are shared and noisy, so only a
comparison made side by side means anything.
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

#: Where generated inputs (24-MP JPEGs, big files) are cached between runs.
CACHE = Path(os.environ.get("VEODESK_BENCH_CACHE", Path(tempfile.gettempdir()) / "veodesk-bench"))
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Row:
    """One line of the results table."""

    target: str
    goal: str
    baseline: str
    project: str
    passed: bool | None  # None: informational, no goal
    note: str = ""


@dataclass
class Report:
    name: str
    rows: list[Row] = field(default_factory=list)
    details: dict[str, object] = field(default_factory=dict)

    def add(self, *args: object, **kwargs: object) -> None:
        self.rows.append(Row(*args, **kwargs))  # type: ignore[arg-type]


def median(values: list[float]) -> float:
    return statistics.median(values)


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def timed(fn: Callable[[], object]) -> float:
    gc.collect()
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def alternate(runs: int, **candidates: Callable[[], object]) -> dict[str, list[float]]:
    """Time each candidate ``runs`` times, interleaved so drifting load hits all alike."""
    times: dict[str, list[float]] = {name: [] for name in candidates}
    for _ in range(runs):
        for name, fn in candidates.items():
            times[name].append(timed(fn))
    return times


def rss_bytes() -> int:
    """Resident set size of this process right now (Linux /proc, psutil elsewhere)."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        import psutil

        return int(psutil.Process().memory_info().rss)


class PeakRss:
    """Samples RSS on a thread every ``interval`` seconds; ``growth`` is peak minus start."""

    def __init__(self, interval: float = 0.002) -> None:
        self.interval = interval
        self.start = self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="rss-sampler")

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.peak = max(self.peak, rss_bytes())

    def __enter__(self) -> PeakRss:
        gc.collect()
        self.start = self.peak = rss_bytes()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, rss_bytes())

    @property
    def growth(self) -> int:
        return self.peak - self.start


@contextmanager
def scratch_dir(prefix: str) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix=prefix) as name:
        yield Path(name)


def mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds >= 0.01 else f"{seconds * 1000:.1f} ms"


# -- test pictures ------------------------------------------------------------------------

#: 24 megapixels, the size of a typical APS-C camera photo.
PHOTO_SIZE = (6000, 4000)


def photo_jpeg(name: str, seed: int, size: tuple[int, int] = PHOTO_SIZE) -> Path:
    """A photo-like 24-MP JPEG (smooth light, texture and sensor noise), cached on disk.

    Flat synthetic pictures compress and decode unrealistically fast; this one
    lands near 8-12 MB at quality 92, like a camera's output.
    """
    path = CACHE / f"{name}-{size[0]}x{size[1]}-{seed}.jpg"
    if path.exists():
        return path
    import numpy as np
    from PIL import Image

    CACHE.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    width, height = size
    small = rng.integers(0, 256, (height // 64 + 1, width // 64 + 1, 3), dtype=np.uint8)
    light = Image.fromarray(small).resize(size, Image.Resampling.BICUBIC)
    pixels = np.asarray(light, dtype=np.int16)
    y = np.arange(height, dtype=np.int16)[:, None, None]
    x = np.arange(width, dtype=np.int16)[None, :, None]
    texture = ((x * 7 + y * 3) % 23 - 11) * 2
    noise = rng.normal(0, 9, (height, width, 3)).astype(np.int16)
    pixels = np.clip(pixels + texture + noise, 0, 255).astype(np.uint8)
    image = Image.fromarray(pixels, "RGB")
    exif = Image.Exif()
    exif[0x0110] = "BenchCam 24"  # Model
    exif[0x0112] = 1  # Orientation
    tmp = path.with_suffix(".tmp")
    image.save(tmp, "JPEG", quality=92, exif=exif.tobytes())
    tmp.replace(path)
    return path


def photo_pair() -> tuple[Path, Path]:
    return photo_jpeg("first", 1), photo_jpeg("last", 2)
