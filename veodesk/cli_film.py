"""``veodesk-cli film join``: finished clips (files or history jobs) become one film."""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from pathlib import Path

from veodesk.core.errors import CancelledError, InvalidInputError
from veodesk.core.film.history import job_video
from veodesk.core.store import JobStore

EXIT_INTERRUPTED = 130


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    f = sub.add_parser("film", help="join finished clips into one film")
    film_sub = f.add_subparsers(dest="film_command", required=True)
    j = film_sub.add_parser(
        "join",
        help="join clips (files, or job numbers from 'history') into one MP4",
        description="Join clips in the order given. A CLIP that names an existing file is "
        "that file; otherwise a whole number is the history's job number.",
    )
    j.add_argument("clips", nargs="+", metavar="CLIP")
    j.add_argument("--output", "-o", required=True, type=Path, metavar="FILM.mp4")
    j.add_argument(
        "--transition",
        default="cut",
        metavar="cut|crossfade[:FRAMES]",
        help="cut (default: each seam shows its keyframe once) or a crossfade of FRAMES "
        "frames (2-24, default 12)",
    )
    j.add_argument("--music", type=Path, metavar="FILE", help="a music track mixed under the clips")
    j.add_argument("--mute-clips", action="store_true", help="with --music: drop the clips' sound")
    j.add_argument("--normalize", action="store_true", help="loudness to -16 LUFS (EBU R128)")
    j.add_argument(
        "--fade",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="fade in and out (picture and sound)",
    )
    j.add_argument(
        "--timeline",
        type=Path,
        metavar="FILE.otio|FILE.xml|FILE.edl",
        help="also write the film as an editor's timeline",
    )
    j.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    j.add_argument("--force", action="store_true", help="replace existing output files")
    # For the window, which runs the join in a child process (core/film/child.py):
    # every progress report as "progress DONE TOTAL" instead of the 10 % lines.
    j.add_argument("--progress-lines", action="store_true", help=argparse.SUPPRESS)


def resolve_clip(text: str, store: JobStore) -> Path:
    """An existing file is that file; a whole number is a history job's video."""
    path = Path(text)
    if path.is_file():
        return path
    if not text.strip().isdigit():
        raise InvalidInputError(
            f"{text}: no such file, and not a job number from 'veodesk-cli history'.",
            field="clip",
        )
    number = int(text)
    try:
        job = store.get(number)
    except KeyError:
        raise InvalidInputError(
            f"There is no job {number}; see 'veodesk-cli history'.", field="clip"
        ) from None
    return job_video(job)


def run(args: argparse.Namespace, store: JobStore) -> int:
    from veodesk.core.film.joiner import join, plan
    from veodesk.core.film.options import JoinOptions, Transition
    from veodesk.core.film.seams import VISIBLE_SEAM_SCORE

    clips = [resolve_clip(text, store) for text in args.clips]
    options = JoinOptions(
        transition=Transition.parse(args.transition),
        music=args.music,
        mute_clips=args.mute_clips,
        normalize=args.normalize,
        fade=args.fade,
        force=args.force,
    )
    the_plan = plan(clips, args.output, options, timeline=args.timeline)
    started = time.monotonic()
    last = [-1]

    def progress(done: int, total: int) -> None:
        if args.progress_lines:
            print(f"progress {done} {total}", file=sys.stderr, flush=True)
            return
        pct = done * 100 // max(1, total)
        if pct // 10 != last[0] // 10 or done == total:
            last[0] = pct
            print(
                f"[film {time.monotonic() - started:5.1f}s] {done}/{total} frames ({pct}%)",
                file=sys.stderr,
                flush=True,
            )

    cancel = threading.Event()
    try:
        result = join(the_plan, on_progress=progress, cancel=cancel)
    except (KeyboardInterrupt, CancelledError):
        cancel.set()
        print("Interrupted: no film was written.", file=sys.stderr, flush=True)
        return EXIT_INTERRUPTED
    for seam in result.seams:
        if seam.visible:
            print(
                f"warning: seam {seam.index + 1} (clip {seam.index + 1} to {seam.index + 2}) "
                f"may show: its frames differ by {seam.score:.1f} (visible above "
                f"{VISIBLE_SEAM_SCORE:g}).",
                file=sys.stderr,
            )
    if args.json:
        print(json.dumps(result.to_json()), flush=True)
    else:
        print(result.path, flush=True)
        if result.timeline:
            print(result.timeline, flush=True)
    return 0
