"""A crash loses nothing: the source app killed with SIGSEGV mid-job, then started again.

The app runs as a child process (tests/gui/app_driver.py starts it through
``veodesk.gui.main.run``, as the ``veodesk`` command does) against a real
sandbox on loopback, and is killed with a real SIGSEGV: faulthandler writes
its trace, and the process dies without any of its own clean-up.
"""

from __future__ import annotations

import json
import os
import queue
import resource
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QApplication, QMainWindow

from veodesk.core.diagnostics import diagnostics_text
from veodesk.core.download import part_path
from veodesk.sandbox import Sandbox

from ..conftest import TEST_KEY, user_session
from ..jobtools import newest_job_row, wait_for
from .app_driver import LAYOUT, SETTINGS

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX signals")

ROOT = Path(__file__).resolve().parents[2]


def _no_core_dump() -> None:
    # The SIGSEGV is sent on purpose: no core file (hundreds of MB) in the checkout.
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


class Child:
    """The app in a child process, its stdout read as events on a thread."""

    def __init__(self, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.gui.app_driver", *args],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            preexec_fn=_no_core_dump,
        )
        self.events: queue.Queue[dict[str, Any]] = queue.Queue()
        self.seen: list[dict[str, Any]] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.startswith("{"):
                self.events.put(json.loads(line))

    def wait_event(self, kind: str, timeout: float = 60) -> dict[str, Any]:
        end = time.monotonic() + timeout
        while (left := end - time.monotonic()) > 0:
            try:
                event = self.events.get(timeout=left)
            except queue.Empty:
                break
            self.seen.append(event)
            if event["event"] == kind:
                return event
        self.proc.kill()
        _out, err = self.proc.communicate(timeout=10)
        raise AssertionError(f"no {kind!r} event; saw {self.seen}; stderr:\n{err[-3000:]}")

    def kill(self, sig: int) -> None:
        self.proc.send_signal(sig)
        assert self.proc.wait(30) == -sig

    def exit_code(self) -> int:
        code = self.proc.wait(60)
        assert self.proc.stderr is not None
        self.stderr = self.proc.stderr.read()
        return code


def _saved_size(home: Path) -> tuple[int, int] | None:
    """The window size in the layout file, as a window restores it."""
    ini = QSettings(str(home / "config" / "window.ini"), QSettings.Format.IniFormat)
    geometry = ini.value("window/geometry")
    if not isinstance(geometry, QByteArray) or ini.value("splitters/main") is None:
        return None
    window = QMainWindow()
    window.restoreGeometry(geometry)
    size = (window.width(), window.height())
    window.deleteLater()
    return size


def _saved_settings(home: Path) -> dict[str, Any]:
    try:
        raw = json.loads((home / "config" / "settings.json").read_text())
    except (OSError, ValueError):
        return {}
    return {name: raw.get(name) for name in SETTINGS}


@pytest.fixture
def slow_sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    with Sandbox(api_key=TEST_KEY, queued_seconds=0.3, generating_seconds=3.0, fps=24) as sb:
        monkeypatch.setenv("VEODESK_BASE_URL", sb.base_url)
        monkeypatch.setenv("AIMLAPI_KEY", TEST_KEY)
        yield sb


def _start_job_and_layout(frames: tuple[Path, Path], home: Path) -> tuple[Child, list[Any]]:
    """Change a setting and the layout, start a job, and wait until all of it is on disk.

    Returns the child and the layout as the user left it (width, height, splitter sizes).
    """
    child = Child("generate", str(frames[0]), str(frames[1]))
    started = child.wait_event("started")
    assert "crashBanner" not in started["banners"]
    layout = child.wait_event("layout")
    wait_for(lambda: _saved_settings(home) == SETTINGS, "the settings saved")
    wait_for(lambda: _saved_size(home) == (LAYOUT["width"], LAYOUT["height"]), "the layout saved")
    return child, [layout["width"], layout["height"], layout["main"]]


def _restart_and_finish(home: Path) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """Start the app again; returns its start, finish and quit events once it exited cleanly."""
    child = Child("follow")
    started = child.wait_event("started")
    finished = child.wait_event("finished", timeout=90)
    quitting = child.wait_event("quitting")
    assert child.exit_code() == 0, child.stderr
    assert not list((home / "logs" / "runs").glob("*")), "a clean exit leaves no marker"
    return started, finished, quitting


def _check_after_restart(
    home: Path,
    sandbox: Sandbox,
    gid: str,
    layout: list[Any],
    events: tuple[dict[str, Any], dict[str, Any], dict[str, Any]],
) -> None:
    started, finished, quitting = events
    # Resumed with the id it had: one POST in all, the video as the sandbox made it.
    assert sandbox.post_count == 1
    assert Path(finished["file"]).read_bytes() == sandbox.video_bytes(gid)
    row = newest_job_row(home)
    assert row is not None and row["state"] == "done" and row["generation_id"] == gid
    # The settings and the layout as last saved before the kill.
    assert started["settings"] == SETTINGS
    assert [started["width"], started["height"], started["main"]] == layout
    # The user hears about it, and the diagnostics carry faulthandler's trace.
    assert "crashBanner" in quitting["banners"]
    session = user_session()
    report = diagnostics_text(session, session.load_settings())
    assert "The last run that ended unexpectedly" in report
    assert "Fatal Python error: Segmentation fault" in report
    assert TEST_KEY not in report and str(Path.home()) + "/" not in report


def test_sigsegv_while_polling_loses_nothing(
    slow_sandbox: Sandbox, frames: tuple[Path, Path], veodesk_home: Path, qapp: QApplication
) -> None:
    child, layout = _start_job_and_layout(frames, veodesk_home)
    wait_for(
        lambda: (
            (row := newest_job_row(veodesk_home)) is not None
            and row["generation_id"] is not None
            and row["state"] in ("queued", "generating")
        ),
        "the job submitted",
    )
    child.kill(signal.SIGSEGV)
    traces = list((veodesk_home / "logs" / "runs").glob("*.trace"))
    assert len(traces) == 1 and "Segmentation fault" in traces[0].read_text()
    row = newest_job_row(veodesk_home)
    assert row is not None and row["state"] in ("queued", "generating")

    events = _restart_and_finish(veodesk_home)
    _check_after_restart(veodesk_home, slow_sandbox, row["generation_id"], layout, events)


def test_sigsegv_while_downloading_loses_nothing(
    slow_sandbox: Sandbox, frames: tuple[Path, Path], veodesk_home: Path, qapp: QApplication
) -> None:
    slow_sandbox.faults.slow_download(30_000)
    child, layout = _start_job_and_layout(frames, veodesk_home)

    def partly_downloaded() -> bool:
        row = newest_job_row(veodesk_home)
        if row is None or row["state"] != "downloading":
            return False
        part = part_path(Path(row["file_path"]))
        return part.exists() and part.stat().st_size > 40_000

    wait_for(partly_downloaded, "part of the video downloaded")
    child.kill(signal.SIGSEGV)
    row = newest_job_row(veodesk_home)
    assert row is not None and row["state"] == "downloading"
    final = Path(row["file_path"])
    had = part_path(final).stat().st_size
    # A partial download that no job owns any more (its job was deleted, say).
    orphan = part_path(final.with_name("veodesk-00099-deleted.mp4"))
    orphan.write_bytes(b"\0" * 1000)

    slow_sandbox.faults.slow_download(None)
    events = _restart_and_finish(veodesk_home)
    _check_after_restart(veodesk_home, slow_sandbox, row["generation_id"], layout, events)
    assert not part_path(final).exists()
    assert not orphan.exists(), "an orphaned partial download is removed"
    ranges = [r.headers.get("Range") for r in slow_sandbox.requests if r.origin == "video"]
    assert f"bytes={had}-" in ranges, "the download continued where it stopped"
