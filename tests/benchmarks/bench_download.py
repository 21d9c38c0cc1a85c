"""Download: 200 MB over loopback with ``veodesk.core.download`` against curl.

A static server in its own process sends a 200 MB MP4-shaped file with
``sendfile``. curl (``curl -s -o FILE URL``) and veodesk's streaming download
fetch it in turn into the same folder, alternating, several times; both are
timed from start to a complete file (veodesk's includes its fsync and atomic
rename). veodesk's peak memory growth is sampled every 2 ms on a thread.
curl must be installed (``apt-get install curl``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from tests.benchmarks.common import CACHE, ROOT, PeakRss, Report, median, say, scratch_dir, timed
from veodesk.core import http
from veodesk.core.download import download

SIZE = 200 * 1024 * 1024
GOAL_RATIO = 0.9
GOAL_GROWTH = 16 * 1024 * 1024


def big_video() -> Path:
    """200 MiB that starts like an MP4 (an ``ftyp`` box), cached between runs."""
    path = CACHE / "download-200MiB.mp4"
    if path.exists() and path.stat().st_size == SIZE:
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    head = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"
    block = os.urandom(1024 * 1024)
    with open(path.with_suffix(".tmp"), "wb") as f:
        f.write(head)
        written = len(head)
        while written < SIZE:
            piece = block[: SIZE - written]
            f.write(piece)
            written += len(piece)
    path.with_suffix(".tmp").replace(path)
    return path


def start_server(path: Path) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.benchmarks.static_server", str(path)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip()


def with_curl(url: str, dest: Path, *, durable: bool) -> None:
    subprocess.run(["curl", "-s", "-f", "-o", str(dest), url], check=True)
    if durable:  # what veodesk's download does before it renames the file into place
        fd = os.open(dest, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def fresh_growth(url: str, dest: Path) -> int:
    """Peak RSS growth of one download in a fresh interpreter (nothing reused from earlier)."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from tests.benchmarks.bench_download import with_veodesk\n"
        "print(with_veodesk(sys.argv[1], Path(sys.argv[2])))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, url, str(dest)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return int(out.stdout.strip().splitlines()[-1])


def with_veodesk(url: str, dest: Path) -> int:
    session = http.new_session()
    try:
        with PeakRss() as rss:
            download(url, dest, session=session)
        return rss.growth
    finally:
        session.close()


@dataclass
class Timings:
    curl: list[float] = field(default_factory=list)
    veodesk: list[float] = field(default_factory=list)
    growth: list[int] = field(default_factory=list)

    def rates(self) -> tuple[float, float]:
        return SIZE / median(self.curl) / 1e6, SIZE / median(self.veodesk) / 1e6


def measure(url: str, folder: Path, runs: int, *, durable: bool) -> Timings:
    """Alternate curl and veodesk (ABBA), each starting with no dirty pages to flush."""
    out = Timings()

    def one_curl(i: int) -> None:
        out.curl.append(timed(lambda: with_curl(url, folder / f"c{i}.mp4", durable=durable)))

    def one_veodesk(i: int) -> None:
        grown: list[int] = []
        out.veodesk.append(timed(lambda: grown.append(with_veodesk(url, folder / f"v{i}.mp4"))))
        out.growth.append(grown[0])
        assert (folder / f"v{i}.mp4").stat().st_size == SIZE

    for i in range(runs):
        for step in (one_curl, one_veodesk) if i % 2 == 0 else (one_veodesk, one_curl):
            for f in folder.iterdir():
                f.unlink()
            os.sync()
            step(i)
    for f in folder.iterdir():
        f.unlink()
    return out


def memory_folder() -> Path | None:
    shm = Path("/dev/shm")
    return shm if shm.is_dir() and os.access(shm, os.W_OK) else None


def run(runs: int = 6) -> Report:
    if shutil.which("curl") is None:
        raise SystemExit("the download benchmark needs curl: apt-get install curl")
    source = big_video()
    server, url = start_server(source)
    results: dict[str, Timings] = {}
    try:
        say(f"download: {SIZE / 2**20:.0f} MiB from {url}, {runs} runs each, ABBA order")
        shm = memory_folder()
        if shm is not None:
            with tempfile.TemporaryDirectory(prefix="veodesk-dl-", dir=shm) as name:
                with_curl(url, Path(name) / "warm.mp4", durable=False)
                with_veodesk(url, Path(name) / "warm2.mp4")
                results["memory"] = measure(url, Path(name), runs, durable=False)
        with scratch_dir("veodesk-dl-") as folder:
            results["disk"] = measure(url, folder, runs, durable=True)
    finally:
        server.terminate()
        server.wait(10)
    report = Report("download")
    for where, timings in results.items():
        curl_rate, mine_rate = timings.rates()
        ratio = mine_rate / curl_rate
        say(f"  {where}: curl {curl_rate:.0f} MB/s, veodesk {mine_rate:.0f} MB/s ({ratio:.2f}×)")
        label = "to tmpfs" if where == "memory" else "to disk, both fsynced"
        report.add(
            f"Download: 200 MiB over loopback {label}, throughput",
            f"≥ {GOAL_RATIO}× curl",
            f"curl {curl_rate:.0f} MB/s",
            f"{mine_rate:.0f} MB/s ({ratio:.2f}×)",
            ratio >= GOAL_RATIO,
        )
        report.details[where] = vars(timings)
    with scratch_dir("veodesk-dl-") as folder:
        server, url = start_server(source)
        try:
            fresh = [fresh_growth(url, folder / f"fresh-{i}.mp4") for i in range(3)]
        finally:
            server.terminate()
            server.wait(10)
    report.details["fresh_growth"] = fresh
    peak = max([*fresh, *(g for t in results.values() for g in t.growth)])
    report.add(
        "Download: peak memory growth",
        f"≤ {GOAL_GROWTH / 2**20:.0f} MB",
        "–",
        f"{peak / 2**20:.1f} MB",
        peak <= GOAL_GROWTH,
    )
    return report
