"""``python -m veodesk.sandbox`` / ``veodesk-sandbox``: run the sandbox until stopped.

The first stdout line is the API base URL (``http://127.0.0.1:PORT``), flushed at
once, so a parent process can read it and connect. Everything else goes to stderr.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from types import FrameType

from .ledger import DEFAULT_BALANCE
from .server import DEFAULT_API_KEY, Sandbox


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="veodesk-sandbox",
        description="Local stand-in for the AI/ML API Veo 3.1 first/last-frame endpoint.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="API port; 0 picks a free one")
    parser.add_argument("--video-port", type=int, default=0, help="video host port; 0 = free one")
    parser.add_argument("--billing-port", type=int, default=0, help="billing host port; 0 = free")
    parser.add_argument("--key", default=DEFAULT_API_KEY, help="accepted API key")
    parser.add_argument(
        "--balance", type=int, default=DEFAULT_BALANCE, help="the invented balance, in credits"
    )
    parser.add_argument("--queued-seconds", type=float, default=2.0)
    parser.add_argument("--generating-seconds", type=float, default=6.0)
    parser.add_argument("--fps", type=int, default=24, help="frame rate of rendered videos")
    parser.add_argument(
        "--extra-statuses",
        action="store_true",
        help="also report the vendor's undocumented 'waiting' and 'active' statuses",
    )
    parser.add_argument("--no-range", action="store_true", help="ignore Range on the video host")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every request to stderr")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(name)s %(levelname)s %(message)s",
        stream=sys.stderr,
    )
    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    sandbox = Sandbox(
        api_key=args.key,
        host=args.host,
        port=args.port,
        video_port=args.video_port,
        billing_port=args.billing_port,
        balance=args.balance,
        queued_seconds=args.queued_seconds,
        generating_seconds=args.generating_seconds,
        fps=args.fps,
        extra_statuses=args.extra_statuses,
        range_support=not args.no_range,
    )
    try:
        try:
            sandbox.start()
        except OSError as exc:
            print(f"veodesk-sandbox: cannot listen on {args.host}: {exc}", file=sys.stderr)
            return 1
        print(sandbox.base_url, flush=True)
        print(
            f"veodesk-sandbox: API {sandbox.base_url} (key {args.key!r}), "
            f"videos {sandbox.video_base_url}, billing {sandbox.billing_base_url}. "
            "Ctrl+C to stop.",
            file=sys.stderr,
            flush=True,
        )
        # A timed wait keeps the main thread responsive to signals on every platform.
        while not stop.wait(0.5):
            pass
        return 0
    finally:
        sandbox.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)


if __name__ == "__main__":
    sys.exit(main())
