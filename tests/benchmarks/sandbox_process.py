"""The sandbox in a process of its own, as the real API is on other machines.

    python -m tests.benchmarks.sandbox_process KEY PAD_BYTES BYTES_PER_SECOND

Prints the API base URL, then serves until its stdin closes. Videos are padded
to PAD_BYTES and served at BYTES_PER_SECOND (0: as fast as it can).
"""

from __future__ import annotations

import os
import sys

from veodesk.sandbox import Sandbox


def main() -> None:
    key, pad, rate = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    # The real service renders on other machines: here the render (a few frames
    # per second of video) yields the CPU to the app being measured.
    os.nice(19)
    with Sandbox(
        api_key=key, queued_seconds=1.0, generating_seconds=3.0, fps=3, pad_video_to=pad
    ) as sandbox:
        if rate > 0:
            sandbox.faults.slow_download(rate)
        print(sandbox.base_url, flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    main()
