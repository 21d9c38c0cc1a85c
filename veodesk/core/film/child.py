"""A join run by ``veodesk-cli film join`` in a child process, for the window.

In the window's own process the joiner's Python thread held the GIL between
its calls into FFmpeg, and while x264's threads kept both cores busy that thread
waited for a core with the GIL in hand: the UI thread, waiting for the GIL,
missed its heartbeat by 60–110 ms (tests/benchmarks, UI stalls). A child shares
neither the GIL nor the window's memory. It is started from the pool thread,
whose lowered priority it inherits, so the window keeps a core first.
"""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any

from veodesk.core.errors import CancelledError, InvalidInputError, VeodeskError
from veodesk.core.fsutil import part_file
from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message

from .errors import FilmWriteError
from .options import JoinOptions
from .result import Film, Progress
from .seams import Seam

log = logging.getLogger(__name__)

#: The line ``film join --progress-lines`` writes to stderr for each report.
PROGRESS_LINE = re.compile(r"^progress (\d+) (\d+)$")
#: Before its error, ``film join --progress-lines`` writes it as a template and its
#: parameters (JSON) on a line that starts with this, for the window to translate.
MESSAGE_PREFIX = "message "
#: The child's nice value: it yields the cores to the window (and to anything the
#: user is doing) and runs at full speed on an idle machine. At the pool thread's
#: inherited 5, the window still missed its heartbeat by 22-44 ms in 3 of 5 joins;
#: at 15, in 2 of 5 (tests/benchmarks, UI stalls).
CHILD_NICE = 15


def cli_command() -> list[str]:
    """How this installation runs ``veodesk-cli``: the frozen app has it built in."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--cli"]
    return [sys.executable, "-m", "veodesk.cli"]


def join_arguments(
    clips: Sequence[Path], output: Path, options: JoinOptions, timeline: Path | None
) -> list[str]:
    args = ["film", "join", *map(str, clips), "--output", str(output)]
    args += ["--transition", str(options.transition), "--json", "--progress-lines"]
    if options.music is not None:
        args += ["--music", str(options.music)]
    if options.mute_clips:
        args.append("--mute-clips")
    if options.normalize:
        args.append("--normalize")
    if options.fade > 0:
        args += ["--fade", repr(options.fade)]
    if timeline is not None:
        args += ["--timeline", str(timeline)]
    if options.force:
        args.append("--force")
    return args


class ChildJoin:
    """One join in a child process; ``stop()`` may be called from any thread."""

    def __init__(
        self, clips: Sequence[Path], output: Path, options: JoinOptions, timeline: Path | None
    ) -> None:
        self.output, self.timeline = output, timeline
        self.command = cli_command() + join_arguments(clips, output, options, timeline)
        self._lock = threading.Lock()
        self._stopped = False
        self._process: subprocess.Popen[str] | None = None

    def run(self, on_progress: Progress | None = None) -> Film:
        """Join, reporting progress; raise the child's error as the joiner would."""
        with self._lock:
            if self._stopped:
                raise CancelledError(_stopped())
            self._process = process = subprocess.Popen(
                self.command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                encoding="utf-8",
                errors="replace",
                creationflags=_creation_flags(),
            )
            _lower_priority(process.pid)
        assert process.stdout is not None and process.stderr is not None
        said: deque[str] = deque(maxlen=20)
        marked: Message | None = None
        for line in process.stderr:
            line = line.rstrip("\n")
            match = PROGRESS_LINE.match(line)
            if line.startswith(MESSAGE_PREFIX):
                marked = _marked(line[len(MESSAGE_PREFIX) :])
            elif match is None:
                said.append(line)
            elif on_progress is not None:
                on_progress(int(match[1]), int(match[2]))
        result = process.stdout.read()  # one line of JSON, written last
        code = process.wait()
        if said:
            log.info("film join (exit %s) said:\n%s", code, "\n".join(said))
        with self._lock:
            stopped = self._stopped
        if stopped or code != 0:
            self._remove_parts()
        if stopped:
            raise CancelledError(_stopped())
        if code == 0:
            return film_from_json(result)
        text = _message(said)
        message: Message | str = marked if marked is not None and str(marked) == text else text
        if code == InvalidInputError.exit_code:
            raise InvalidInputError(message)
        raise FilmWriteError(
            message
            or Message(
                QT_TRANSLATE_NOOP(
                    "core", "The join failed (exit code {code}); no film was written."
                ),
                code=code,
            )
        )

    @property
    def pid(self) -> int | None:
        """The child's process id once it has started."""
        return self._process.pid if self._process is not None else None

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            process = self._process
        if process is not None and process.poll() is None:
            # Ends it where it is; run() then removes its unfinished files.
            process.terminate()

    def _remove_parts(self) -> None:
        for path in (self.output, self.timeline):
            if path is not None:
                part_file(path).unlink(missing_ok=True)


def _creation_flags() -> int:
    """On Windows: no console window, and a priority below the window's."""
    no_window = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    below_normal = getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0)
    return int(no_window | below_normal)


def _lower_priority(pid: int) -> None:
    """Lower the child's priority (POSIX) before it starts its encoder's threads.

    Only its main thread is lowered here; the threads it starts later (FFmpeg's
    and x264's, once it has loaded PyAV and read the clips) inherit that.
    """
    if not hasattr(os, "setpriority"):
        return
    try:
        os.setpriority(os.PRIO_PROCESS, pid, max(CHILD_NICE, os.getpriority(os.PRIO_PROCESS, 0)))
    except OSError:  # already gone, or not allowed: it runs at the inherited priority
        log.debug("could not lower the join's priority", exc_info=True)


def _stopped() -> Message:
    return Message(QT_TRANSLATE_NOOP("core", "The join was stopped; no film was written."))


def message_line(message: Message) -> str:
    """The line that carries ``message`` from the child to the window."""
    return MESSAGE_PREFIX + json.dumps(message.to_json())


def _marked(text: str) -> Message | None:
    try:
        return Message.from_json(json.loads(text))
    except ValueError:
        return None


def _message(lines: Sequence[str]) -> str:
    """The child's error for the person at the keyboard, without the CLI's prefix."""
    prefix = "veodesk-cli: "
    for line in reversed(lines):
        if line.startswith(prefix):
            return line[len(prefix) :]
    return next((line for line in reversed(lines) if line.strip()), "")


def film_from_json(text: str) -> Film:
    """The film ``film join --json`` describes; a clear error if it describes none."""
    try:
        data: Any = json.loads(text.strip().splitlines()[-1])
        seams = [
            Seam(int(seam["index"]), float(seam["score"]), bool(seam["visible"]))
            for seam in data["seams"]
        ]
        timeline = data.get("timeline")
        return Film(
            path=Path(str(data["file"])),
            frames=int(data["frames"]),
            width=int(data["width"]),
            height=int(data["height"]),
            fps=Fraction(float(data["fps"])).limit_denominator(1001),
            seams=seams,
            timeline=Path(str(timeline)) if timeline else None,
        )
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise VeodeskError(
            Message(
                QT_TRANSLATE_NOOP("core", "The join's result could not be read ({reason})."),
                reason=str(exc),
            )
        ) from exc
