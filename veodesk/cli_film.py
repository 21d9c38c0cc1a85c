"""``veodesk-cli film``: join finished clips into one film (``join``), or render a
storyboard (``render``, ``status``)."""

from __future__ import annotations

import argparse
import json
import math
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from veodesk.core.errors import CancelledError, InvalidInputError, VeodeskError
from veodesk.core.events import Event
from veodesk.core.film.history import job_video
from veodesk.core.money import PriceTable, usd_text
from veodesk.core.polling import DEFAULT_DEADLINE
from veodesk.core.runner import JobRunner
from veodesk.core.session import Session
from veodesk.core.settings import Settings
from veodesk.core.store import JobStore

if TYPE_CHECKING:  # the storyboard's modules load only for its commands
    from veodesk.core.storyboard.project import Project

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

    r = film_sub.add_parser(
        "render",
        help="generate a storyboard's stale segments and join them into one MP4",
        description="Checks the storyboard, its pictures and the output first (exit 2, nothing "
        "sent, on any problem), sends one task per stale segment, waits, and joins the chosen "
        "takes. Segments already done are not paid for again.",
    )
    r.add_argument("storyboard", type=Path, metavar="STORYBOARD")
    r.add_argument("--output", "-o", required=True, type=Path, metavar="FILM.mp4")
    r.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    r.add_argument("--yes", action="store_true", help="send without asking about the cost")
    r.add_argument("--force", action="store_true", help="replace an existing output file")
    r.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_DEADLINE,
        metavar="SECONDS",
        help="how long to wait for each segment's video (default: 30 minutes)",
    )
    r.add_argument(
        "--transition",
        default="cut",
        metavar="cut|crossfade[:FRAMES]",
        help="cut (default) or a crossfade of FRAMES frames (2-24, default 12)",
    )
    st = film_sub.add_parser("status", help="show a storyboard's segments (sends nothing)")
    st.add_argument("storyboard", type=Path, metavar="STORYBOARD")
    st.add_argument("--json", action="store_true", help="print one JSON object on stdout")


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


def run(
    args: argparse.Namespace,
    session: Session,
    settings: Settings,
    make_runner: Callable[[], JobRunner],
    cancel: threading.Event,
) -> int:
    if args.film_command == "status":
        return _status(args, session.store(), settings.prices())
    if args.film_command == "render":
        return _render(args, session, settings, make_runner, cancel)
    return _join(args, session.store())


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _status_json(project: Project, store: JobStore, prices: PriceTable) -> dict[str, Any]:
    from veodesk.core.storyboard.cost import expected_cost_usd
    from veodesk.core.storyboard.model import TO_SEND

    project.sync(store)  # read only: the manifest is not written
    rows = project.statuses(project.all_inputs())
    stale = [r for r in rows if r.state in TO_SEND]
    cost = expected_cost_usd(
        store,
        prices,
        [(r.duration, r.generate_audio) for r in stale],
        project.board.settings.resolution,
    )
    return {
        "segments": [
            {
                "index": r.index,
                "state": r.state.value,
                "prompt": r.prompt,
                "duration": r.duration,
                "take": r.take,
                "takes": r.takes,
            }
            for r in rows
        ],
        "stale": len(stale),
        "expected_cost_usd": round(cost, 4),
        "duration": project.board.duration,
    }


def _status(args: argparse.Namespace, store: JobStore, prices: PriceTable) -> int:
    from veodesk.core.storyboard.project import Project

    data = _status_json(Project.open(args.storyboard), store, prices)
    if args.json:
        print(json.dumps(data), flush=True)
        return 0
    for seg in data["segments"]:
        take = f"take {seg['take']}" if seg["take"] else "no take"
        prompt = seg["prompt"].replace("\n", " ")
        prompt = prompt if len(prompt) <= 40 else prompt[:39] + "…"
        print(f"{seg['index']:>3}  {seg['state']:<9} {seg['duration']}s  {take:<12} {prompt}")
    print(
        f"{data['duration']} s in all; {data['stale']} to send, expected cost "
        f"{usd_text(data['expected_cost_usd'])}",
        flush=True,
    )
    return 0


def _confirm(posts: int, cost: float, settings: Settings, yes: bool) -> None:
    """Ask on a terminal above the threshold; without one, refuse (exit 2) unless --yes."""
    threshold = settings.confirm_above_usd
    if not math.isfinite(threshold) or threshold < 0:
        threshold = 0.0
    if yes or posts == 0 or cost <= threshold:
        return
    what = f"{posts} task{'s' if posts != 1 else ''} (expected cost {usd_text(cost)})"
    if sys.stdin.isatty() and sys.stderr.isatty():
        print(f"Send {what}? [y/N] ", end="", file=sys.stderr, flush=True)
        if sys.stdin.readline().strip().lower() in ("y", "yes"):
            return
        raise InvalidInputError("Nothing was sent.", field="yes")
    raise InvalidInputError(
        f"Rendering sends {what}, above your {usd_text(threshold)} confirmation threshold. "
        "Nothing was sent; add --yes to confirm.",
        field="yes",
    )


def _render(
    args: argparse.Namespace,
    session: Session,
    settings: Settings,
    make_runner: Callable[[], JobRunner],
    cancel: threading.Event,
) -> int:
    from veodesk.core.film.options import Transition
    from veodesk.core.storyboard.project import Project
    from veodesk.core.storyboard.render import check, render

    project = Project.open(args.storyboard)
    transition = Transition.parse(args.transition)
    with project.lock() as lock:
        project.acquire(lock)
        runner = make_runner()  # checks the key before anything else is done
        the_plan = check(
            project,
            runner.store,
            output=args.output,
            transition=transition,
            force=args.force,
            prices=settings.prices(),
        )
        for warning in the_plan.warnings:
            _say(f"warning: {warning}")
        _confirm(the_plan.posts, the_plan.cost_usd, settings, args.yes)
        started = time.monotonic()

        def event(index: int, message: Event) -> None:
            _say(f"[segment {index} {time.monotonic() - started:5.1f}s] {message}")

        result = render(the_plan, runner, cancel=cancel, on_event=event)
        status = _status_json(project, runner.store, settings.prices())
    for index, exc in sorted(result.failures.items()):
        _say(f"segment {index}: {exc}")
    if result.failures:
        _say(
            f"{len(result.failures)} segment(s) did not finish; no film was made. The finished "
            "takes are kept: render again to send only what is still stale."
        )
    if args.json:
        film = str(result.film) if result.film else None
        out: dict[str, Any] = {"film": film, "sent": len(result.sent)}
        out.update(status)
        if result.film_json:
            out["join"] = result.film_json
        print(json.dumps(out), flush=True)
    elif result.film:
        print(result.film, flush=True)
    return result.exit_code


def _join(args: argparse.Namespace, store: JobStore) -> int:
    try:
        return _join_clips(args, store)
    except VeodeskError as exc:
        if args.progress_lines:
            # The window that started this child shows the error in its own language.
            from veodesk.core.film.child import message_line

            print(message_line(exc.message), file=sys.stderr, flush=True)
        raise


def _join_clips(args: argparse.Namespace, store: JobStore) -> int:
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
