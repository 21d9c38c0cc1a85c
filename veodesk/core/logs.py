"""Rotating log files in the log directory, with secrets and queries scrubbed."""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path
from types import TracebackType

_BEARER = re.compile(r"(Bearer\s+)[^\s'\"]+", re.IGNORECASE)
_QUERY = re.compile(r"(https?://[^\s?#'\"]+)\?[^\s'\"]*")
_DATA_URI = re.compile(r"data:image/[a-z+]+;base64,[A-Za-z0-9+/=]{16,}")


#: Keys seen by this process; every log line is scrubbed of them.
_KNOWN_SECRETS: set[str] = set()


def register_secret(secret: str | None) -> None:
    """Make sure ``secret`` never reaches a log file, whoever logs it."""
    if secret and len(secret) >= 8:
        _KNOWN_SECRETS.add(secret)


def scrub(text: str, secrets: tuple[str, ...] = ()) -> str:
    """Remove keys, query strings and inline image data from a log line."""
    text = _BEARER.sub(r"\1…", text)
    text = _QUERY.sub(r"\1?…", text)
    text = _DATA_URI.sub("data:image/…;base64,…", text)
    for secret in (*secrets, *_KNOWN_SECRETS):
        if secret and len(secret) >= 8:
            text = text.replace(secret, "…" + secret[-4:])
    return text


class ScrubbingFormatter(logging.Formatter):
    def __init__(self, fmt: str, secrets: tuple[str, ...] = ()) -> None:
        super().__init__(fmt)
        self.secrets = secrets

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record), self.secrets)


def install_excepthook() -> None:
    """Log uncaught exceptions (scrubbed) instead of losing them with the window."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            logging.getLogger("veodesk.crash").critical(
                "uncaught exception", exc_info=(kind, value, tb)
            )
        previous(kind, value, tb)

    sys.excepthook = hook


class _RotatingFileOnFirstUse(logging.Handler):
    """A rotating file handler that opens its file when the first record arrives.

    Setting it up is then nearly free at start-up: logging.handlers (socket,
    pickle, queue), the log folder and the file cost ~8 ms before the window
    could paint, and a quiet start logs nothing.
    """

    def __init__(self, path: Path, formatter: logging.Formatter) -> None:
        super().__init__()
        self.path = path
        self.setFormatter(formatter)
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        # handle() holds this handler's lock around emit(): one thread opens the file.
        if self._file is None:
            try:
                # on the first record, not at start-up (see the class docstring)
                from logging.handlers import RotatingFileHandler

                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._file = RotatingFileHandler(
                    self.path,
                    maxBytes=1_000_000,
                    backupCount=5,
                    encoding="utf-8",
                )
            except Exception:
                self.handleError(record)
                return
            self._file.setFormatter(self.formatter)
        self._file.handle(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def setup_logging(path: Path, *, secrets: tuple[str, ...] = (), level: int = logging.INFO) -> None:
    """Log to a rotating file at ``path`` (the session's log file); idempotent."""
    root = logging.getLogger("veodesk")
    if any(getattr(h, "_veodesk", False) for h in root.handlers):
        return
    handler = _RotatingFileOnFirstUse(
        path,
        ScrubbingFormatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s", secrets),
    )
    handler._veodesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    # urllib3 logs full URLs with queries at DEBUG; keep it quiet.
    logging.getLogger("urllib3").setLevel(logging.WARNING)
