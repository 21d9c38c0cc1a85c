"""A diagnostics report that is safe to paste into a public bug report."""

from __future__ import annotations

import platform
import sys
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

from veodesk import __version__
from veodesk.core import logs
from veodesk.core.crashes import last_crash_trace
from veodesk.core.errors import VeodeskError
from veodesk.core.session import Session
from veodesk.core.settings import Settings
from veodesk.core.store import JobStore
from veodesk.core.urls import DEFAULT_BASE_URL, DEFAULT_BILLING_URL, redact_url

LOG_LINES = 40


def _home_relative(text: str) -> str:
    # User names show up in paths; a public report does not need them.
    home = str(Path.home())
    return text.replace(home, "~") if home and home != "/" else text


def diagnostics_text(
    session: Session,
    settings: Settings,
    store: JobStore | None = None,
    extra: Mapping[str, str] | None = None,
) -> str:
    """Versions, settings and recent log lines, with the key and private data removed.

    ``extra`` lets the GUI add what only it knows (Qt version, platform plugin)
    without core importing Qt.
    """
    stored = session.keys.load()
    try:
        base = session.base_url(settings)
    except VeodeskError:
        base = "<invalid>"
    try:
        billing = session.billing_url(settings)
    except VeodeskError:
        billing = "<invalid>"
    lines = [
        f"veodesk {__version__}",
        f"Python {sys.version.split()[0]} on {platform.platform()}",
        *(f"{name}: {value}" for name, value in (extra or {}).items()),
        f"API base URL: {'default' if base == DEFAULT_BASE_URL else redact_url(base)}",
        f"Billing URL: {'default' if billing == DEFAULT_BILLING_URL else redact_url(billing)}",
        f"API key: {'set, from ' + stored.origin if stored.origin else 'not set'}"
        + (" (fallback file; no keychain)" if stored.insecure else ""),
        f"Custom CA bundle: {'yes' if settings.ca_bundle else 'no'}",
        f"Jobs at once: {settings.max_concurrent_jobs}",
        f"Portable home (VEODESK_HOME): {'yes' if session.folders.portable else 'no'}",
    ]
    if store is not None:
        counts = Counter(job.state.value for job in store.jobs(limit=1000))
        summary = ", ".join(f"{state} {n}" for state, n in sorted(counts.items())) or "none"
        lines.append(f"Jobs: {summary}")
    lines += ["", f"Last {LOG_LINES} log lines:", *_log_tail(session.log_file)]
    crash = last_crash_trace(session.folders.logs)
    if crash:
        lines += ["", "The last run that ended unexpectedly:", crash.rstrip("\n")]
    text = "\n".join(lines)
    if stored.key:
        # Not even the last four characters: this text is meant for strangers.
        text = text.replace(stored.key, "<api key>")
    return _home_relative(logs.scrub(text))


def _log_tail(path: Path) -> list[str]:
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return [line.rstrip("\n") for line in f.readlines()[-LOG_LINES:]]
    except OSError:
        return ["(no log yet)"]
