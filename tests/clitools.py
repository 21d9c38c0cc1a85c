"""Running veodesk-cli as a real subprocess, the way a user does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import av


def run_cli(
    *args: str, timeout: float = 120, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ if env is None else env)
    return subprocess.run(
        [sys.executable, "-m", "veodesk.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
        stdin=subprocess.DEVNULL,
    )


def generate_args(
    frames: tuple[Path, Path], *extra: str, prompt: str = "the sun sets over the hills"
) -> list[str]:
    """``veodesk-cli generate`` with these two frames, a prompt and ``extra`` options."""
    first, last = str(frames[0]), str(frames[1])
    return ["generate", "--first", first, "--last", last, "--prompt", prompt, *extra]


def json_out(result: subprocess.CompletedProcess[str]) -> Any:
    assert result.stdout.strip(), result.stderr
    return json.loads(result.stdout)


def probe_mp4(path: Path) -> dict[str, Any]:
    """Open the file the way a player would: size, duration and streams."""
    with av.open(str(path)) as container:
        video = container.streams.video[0]
        frames = sum(1 for _ in container.decode(video=0))
        duration = float(container.duration or 0) / av.time_base
        return {
            "width": video.codec_context.width,
            "height": video.codec_context.height,
            "codec": video.codec_context.name,
            "duration": duration,
            "frames": frames,
            "audio": [s.codec_context.name for s in container.streams.audio],
        }
