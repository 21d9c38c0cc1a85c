"""veodesk-cli: the same core as the window, from a terminal."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from secrets import token_hex as secrets_token
from typing import Any

from veodesk import KEYS_URL, __version__, cli_film
from veodesk.core import logs, money, secrets, wiring
from veodesk.core.demo import demo_params
from veodesk.core.errors import (
    CancelledError,
    InvalidInputError,
    JobBusyError,
    StillPendingError,
    VeodeskError,
)
from veodesk.core.events import Event
from veodesk.core.models import GenerationParams
from veodesk.core.parameters import ASPECT_RATIO, AUDIO, DURATION, FIT, RESOLUTION
from veodesk.core.polling import DEFAULT_DEADLINE
from veodesk.core.runner import JobRunner, prepare
from veodesk.core.secrets import KeySource
from veodesk.core.session import Session
from veodesk.core.settings import Settings
from veodesk.core.store import Job, JobState, JobStore

EXIT_OK, EXIT_PENDING, EXIT_INTERRUPTED = 0, 5, 130


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="veodesk-cli",
        description=(
            "Turn a first frame, a last frame and a prompt into a Veo 3.1 Fast video. "
            "The API key comes from AIMLAPI_KEY or the key saved in the app."
        ),
    )
    p.add_argument("--version", action="version", version=f"veodesk {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    g = sub.add_parser("generate", help="create a video and save it")
    g.add_argument("--first", required=True, metavar="IMG", help="first frame: a file or URL")
    g.add_argument("--last", required=True, metavar="IMG", help="last frame: a file or URL")
    g.add_argument("--prompt", required=True, help="what happens between the frames")
    g.add_argument("--duration", type=int, choices=DURATION.values, default=DURATION.default)
    g.add_argument("--resolution", choices=RESOLUTION.values, default=RESOLUTION.default)
    g.add_argument(
        "--aspect-ratio",
        choices=ASPECT_RATIO.values,
        default=ASPECT_RATIO.default,
        help=f"auto picks 16:9 or 9:16 from the first frame (default: {ASPECT_RATIO.default})",
    )
    g.add_argument(
        "--fit",
        choices=FIT.values,
        default=FIT.default,
        help=f"how frames of another shape are fitted (default: {FIT.default})",
    )
    g.add_argument(
        "--no-audio",
        action="store_false",
        dest="generate_audio",
        default=AUDIO.default,
        help="generate a silent video",
    )
    g.add_argument("--output", "-o", type=Path, help="where to save the MP4")
    _common(g)

    s = sub.add_parser("status", help="show a job from the history and the server")
    s.add_argument("generation_id")
    s.add_argument("--json", action="store_true", help="print one JSON object on stdout")

    r = sub.add_parser("resume", help="finish every unfinished job (never pays again)")
    _common(r)

    d = sub.add_parser(
        "demo",
        help="generate from the sample frames on a local sandbox "
        "(no key, no network; rendered locally, not by Veo)",
    )
    demo = demo_params()
    d.add_argument("--prompt", default=demo.prompt)
    d.add_argument("--duration", type=int, choices=DURATION.values, default=demo.duration)
    d.add_argument("--resolution", choices=RESOLUTION.values, default=demo.resolution)
    d.add_argument("--output", "-o", type=Path, help="where to save the MP4")
    _common(d)

    a = sub.add_parser(
        "resubmit",
        help="send a failed or needs-attention job again (creates a new, paid task)",
    )
    a.add_argument("job", type=int, help="the job number shown by 'history'")
    a.add_argument("--yes", action="store_true", help="confirm that a new task may cost credits")
    a.add_argument(
        "--no-audio",
        action="store_true",
        help="send it as a silent video (Veo's audio filter blocks some that pass without audio)",
    )
    _common(a)

    k = sub.add_parser("key", help="store, show or delete the API key")
    k.add_argument("action", choices=("set", "show", "delete"))

    b = sub.add_parser("balance", help="show the account's balance (from the billing host)")
    b.add_argument("--json", action="store_true", help="print one JSON object on stdout")

    e = sub.add_parser(
        "estimate",
        help="what videos are expected to cost: from your finished jobs, else the list price",
    )
    e.add_argument("--duration", type=int, choices=DURATION.values, default=DURATION.default)
    e.add_argument("--resolution", choices=RESOLUTION.values, default=RESOLUTION.default)
    e.add_argument(
        "--no-audio",
        action="store_false",
        dest="generate_audio",
        default=AUDIO.default,
        help="for silent videos",
    )
    e.add_argument("--count", type=int, default=1, metavar="N", help="how many videos (default: 1)")
    e.add_argument("--json", action="store_true", help="print one JSON object on stdout")

    h = sub.add_parser("history", help="list past jobs, newest first")
    h.add_argument("--json", action="store_true", help="print a JSON array on stdout")
    h.add_argument("--limit", type=int, default=50)

    cli_film.add_parser(sub)
    return p


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print JSON on stdout")
    p.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_DEADLINE,
        metavar="SECONDS",
        help="how long to wait for the video (default: 30 minutes)",
    )


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def job_summary(job: Job) -> dict[str, Any]:
    return {
        "job": job.id,
        "id": job.generation_id,
        "status": job.state.value,
        "server_status": job.server_status,
        "video_url": job.video_url,
        "file": job.file_path if job.state.value == "done" else None,
        "credits_used": job.credits_used,
        # Unrounded: a script adds these up itself.
        "cost_usd": None if job.credits_used is None else money.usd(job.credits_used),
        "prompt": job.params.prompt,
        "duration": job.params.duration,
        "resolution": job.params.resolution,
        "aspect_ratio": job.aspect_ratio,
        "generate_audio": job.params.generate_audio,
        "created_at": job.created_at,
        "error": job.error,
        # A storyboard's take: its storyboard's and segment's ids (docs/storyboard.md).
        "storyboard": job.storyboard,
        "segment": job.segment,
    }


def _runner(args: argparse.Namespace, session: Session, settings: Settings) -> JobRunner:
    key = wiring.require_key(session)
    logs.setup_logging(session.log_file, secrets=(key,))
    started = time.monotonic()
    last_pct = [-1]

    def event(job: Job, what: Event) -> None:
        _say(f"[job {job.id} {time.monotonic() - started:5.1f}s] {what}")

    def progress(job: Job, done: int, total: int | None) -> None:
        if total:
            pct = done * 100 // total
            if pct // 10 != last_pct[0] // 10:
                last_pct[0] = pct
                _say(f"[job {job.id}] downloading {pct}% of {total / 1e6:.1f} MB")

    return wiring.make_runner(
        session,
        settings,
        key=key,
        timeout=args.timeout,
        on_event=event,
        on_progress=progress,
    )


def _demo(
    args: argparse.Namespace, session: Session, settings: Settings, cancel: threading.Event
) -> int:
    from veodesk.sandbox import Sandbox  # deferred: only demo mode renders locally

    demo = demo_params(args.prompt, duration=args.duration, resolution=args.resolution)
    args.first, args.last = demo.first, demo.last
    args.aspect_ratio, args.fit = demo.aspect_ratio, demo.fit
    args.generate_audio = demo.generate_audio
    key = "demo-" + secrets_token(16)
    with Sandbox(api_key=key, queued_seconds=1.0, generating_seconds=3.0) as sandbox:
        _say(
            f"Demo mode: a local sandbox at {sandbox.base_url} renders the video on this "
            "computer. It is not made by Veo."
        )
        # Its own session: its own history and videos, never the user's.
        demo_session = session.demo(
            base_url=sandbox.base_url, key=key, billing_url=sandbox.billing_base_url
        )
        return _generate(args, demo_session, settings, cancel)


def _generate(
    args: argparse.Namespace, session: Session, settings: Settings, cancel: threading.Event
) -> int:
    params = GenerationParams(
        prompt=args.prompt,
        first=args.first,
        last=args.last,
        duration=args.duration,
        resolution=args.resolution,
        aspect_ratio=args.aspect_ratio,
        generate_audio=args.generate_audio,
        fit=args.fit,
    )
    if args.output is not None and args.output.suffix.lower() != ".mp4":
        raise InvalidInputError(f"--output {args.output} must end in .mp4.", field="output")
    prepared = prepare(params)
    runner = _runner(args, session, settings)
    for warning in prepared.warnings:
        _say(f"warning: {warning}")
    job = runner.run(params, prepared, output=args.output, cancel=cancel)
    _report(args, job)
    return EXIT_OK


def _report(args: argparse.Namespace, job: Job) -> None:
    if args.json:
        print(json.dumps(job_summary(job)), flush=True)
    else:
        cost = f", {money.money_text(job.credits_used)}" if job.credits_used is not None else ""
        print(
            f"{job.file_path}{cost}"
            if job.state.value == "done"
            else f"job {job.id}: {job.state.value}",
            flush=True,
        )


def _resume(
    args: argparse.Namespace, session: Session, settings: Settings, cancel: threading.Event
) -> int:
    runner = _runner(args, session, settings)
    store = runner.store
    jobs = runner.unfinished()
    if not jobs:
        _say("Nothing to resume.")
    worst = EXIT_OK
    results = []
    for job in jobs:
        _say(f"Resuming job {job.id} ({job.generation_id or 'not created'})")
        try:
            job = runner.resume(job, cancel=cancel)
        except (CancelledError, KeyboardInterrupt):
            raise
        except JobBusyError as exc:
            # Another window or command is on it: that is progress, not failure.
            _say(str(exc))
            continue
        except VeodeskError as exc:
            _say(f"job {job.id}: {exc}")
            worst = max(worst, exc.exit_code)
            job = store.get(job.id)
        results.append(job_summary(job))
    if args.json:
        print(json.dumps(results), flush=True)
    else:
        for item in results:
            print(f"job {item['job']}: {item['status']} {item['file'] or ''}".rstrip())
    return worst


def _status(args: argparse.Namespace, session: Session, settings: Settings) -> int:
    job = session.store().find(args.generation_id)
    local = job_summary(job) if job else None
    key = wiring.require_key(session)
    task = wiring.make_client(session, settings, key).get(args.generation_id)
    remote = {
        "id": task.id,
        "status": task.status,
        "video_url": task.video_url,
        "credits_used": task.credits_used,
        "error": task.error_message,
    }
    if args.json:
        print(json.dumps({"server": remote, "history": local}), flush=True)
    else:
        print(f"server: {task.status}" + (f" {task.video_url}" if task.video_url else ""))
        if task.error_message:
            print(f"error: {task.error_message}")
        if task.credits_used is not None:
            print(f"cost: {money.money_text(task.credits_used)}")
        print(
            f"history: job {job.id}, {job.state.value}"
            + (f", {job.file_path}" if job.file_path and job.state.value == "done" else "")
            if job
            else "history: not a job of this computer"
        )
    return EXIT_OK


def _balance(args: argparse.Namespace, session: Session, settings: Settings) -> int:
    from veodesk.core.balance import TOP_UP_URL, age_text

    key = wiring.require_key(session)
    balance = wiring.make_billing_client(session, settings, key).balance()
    if args.json:
        print(json.dumps(balance.to_json()), flush=True)
    else:
        print(
            f"{money.money_text(balance.credits)}, {age_text(balance.age_seconds())}",
            flush=True,
        )
    if balance.low_balance:
        _say(f"warning: the balance is low; top up at {TOP_UP_URL}")
    return EXIT_OK


def _resubmit(
    args: argparse.Namespace, session: Session, settings: Settings, cancel: threading.Event
) -> int:
    store = session.store()
    try:
        old = store.get(args.job)
    except KeyError:
        raise InvalidInputError(
            f"There is no job {args.job}; see 'veodesk-cli history'.", field="job"
        ) from None
    if old.state not in (JobState.FAILED, JobState.NEEDS_ATTENTION, JobState.DONE):
        raise InvalidInputError(
            f"Job {args.job} is {old.state.value}; only finished, failed or needs-attention "
            "jobs can be sent again (use 'resume' for unfinished ones).",
            field="job",
        )
    if not args.yes:
        cost = money.estimate(
            store,
            settings.prices(),
            duration=old.params.duration,
            resolution=old.params.resolution,
            generate_audio=old.params.generate_audio and not args.no_audio,
        )
        raise InvalidInputError(
            f"Sending job {args.job} again"
            + (" without audio" if args.no_audio else "")
            + f" creates a new task that costs {cost.text()}"
            + (
                " (the first one may already have been charged)"
                if old.state is JobState.NEEDS_ATTENTION
                else ""
            )
            + ". Add --yes to confirm.",
            field="yes",
        )
    runner = _runner(args, session, settings)
    copy = runner.copy_for_resubmit(old, without_audio=args.no_audio)
    job = runner.submit_and_follow(copy, cancel=cancel)
    _report(args, job)
    return EXIT_OK


def _key(args: argparse.Namespace, keys: KeySource) -> int:
    if args.action == "delete":
        keys.delete()
        _say("The stored API key is deleted.")
        return EXIT_OK
    if args.action == "show":
        stored = keys.load()
        where = {
            "env": "the AIMLAPI_KEY variable",
            "keychain": "the system keychain",
            "file": "a private file (no keychain on this system)",
        }
        print(
            f"{secrets.mask(stored.key)} from {where[stored.origin]}"
            if stored.origin
            else "No API key is stored."
        )
        return EXIT_OK
    # Read from the terminal or a pipe, never from the command line, where it
    # would land in shell history and the process list.
    key = getpass.getpass("API key: ") if sys.stdin.isatty() else sys.stdin.readline()
    if not key.strip():
        raise InvalidInputError(f"No key given; paste the key from {KEYS_URL}.", field="api_key")
    stored = keys.save(key)
    if stored.insecure:
        _say("warning: no system keychain is available; the key is in a file only you can read.")
    _say(f"Saved key {secrets.mask(stored.key)}.")
    return EXIT_OK


def _history(args: argparse.Namespace, store: JobStore) -> int:
    jobs = store.jobs(limit=args.limit)
    if args.json:
        print(json.dumps([job_summary(j) for j in jobs]), flush=True)
        return EXIT_OK
    for job in jobs:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(job.created_at))
        cost = money.usd_text(money.usd(job.credits_used)) if job.credits_used is not None else "-"
        prompt = job.params.prompt.replace("\n", " ")
        prompt = prompt if len(prompt) <= 40 else prompt[:39] + "…"
        print(
            f"{job.id:>5}  {when}  {job.state.value:<15} {job.params.duration}s "
            f"{job.params.resolution:<5} {'audio' if job.params.generate_audio else 'silent':<6} "
            f"{cost:>8}  {prompt}"
        )
    print(
        f"{store.count()} jobs, {money.money_text(store.total_credits())} in all", file=sys.stderr
    )
    return EXIT_OK


def _estimate(args: argparse.Namespace, store: JobStore, settings: Settings) -> int:
    if args.count < 1:
        raise InvalidInputError(f"--count {args.count}: give 1 or more videos.", field="count")
    prices = settings.prices()
    cost = money.estimate(
        store,
        prices,
        duration=args.duration,
        resolution=args.resolution,
        generate_audio=args.generate_audio,
        count=args.count,
    )
    if args.json:
        print(json.dumps(cost.to_json()), flush=True)
        return EXIT_OK
    videos = "1 video" if args.count == 1 else f"{args.count} videos"
    audio = "with audio" if args.generate_audio else "silent"
    print(f"{cost.text()}: {videos}, {args.duration} s, {args.resolution}, {audio}")
    where = (
        "from the credits your finished jobs of this resolution and audio used"
        if cost.source == money.HISTORY
        else f"{prices.title}; your finished jobs will replace it"
    )
    print(f"{money.usd_text(cost.per_second_usd)}/s, {where}", file=sys.stderr)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    cancel = threading.Event()
    try:
        # The environment is read here, once; everything after receives the session.
        session = Session.from_environment()
        settings = session.load_settings()
        if args.command == "generate":
            return _generate(args, session, settings, cancel)
        if args.command == "demo":
            return _demo(args, session, settings, cancel)
        if args.command == "resume":
            return _resume(args, session, settings, cancel)
        if args.command == "status":
            return _status(args, session, settings)
        if args.command == "resubmit":
            return _resubmit(args, session, settings, cancel)
        if args.command == "balance":
            return _balance(args, session, settings)
        if args.command == "key":
            return _key(args, session.keys)
        store = session.store()
        if args.command == "estimate":
            return _estimate(args, store, settings)
        if args.command == "film":
            return cli_film.run(
                args, session, settings, lambda: _runner(args, session, settings), cancel
            )
        return _history(args, store)
    except KeyboardInterrupt:
        cancel.set()
        _say("Interrupted. Unfinished jobs continue with: veodesk-cli resume")
        return EXIT_INTERRUPTED
    except StillPendingError as exc:
        _say(f"{exc} Run: veodesk-cli resume")
        return EXIT_PENDING
    except VeodeskError as exc:
        _say(f"veodesk-cli: {exc}")
        return exc.exit_code


if __name__ == "__main__":
    sys.exit(main())
