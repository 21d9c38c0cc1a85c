"""The job history: one SQLite file shared by the GUI and any number of CLIs."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from veodesk.core.i18n import Message
from veodesk.core.locks import FileLock
from veodesk.core.models import GenerationParams, params_from_json, params_to_json


class JobState(str, Enum):
    PREPARING = "preparing"  # the row exists; images are being prepared
    READY = "ready"  # uploads saved; nothing sent yet
    SUBMITTING = "submitting"  # the POST may be on the wire: never resend blindly
    QUEUED = "queued"
    GENERATING = "generating"
    DOWNLOADING = "downloading"
    DONE = "done"
    FAILED = "failed"
    NEEDS_ATTENTION = "needs_attention"


#: States with a generation id whose video can still be fetched without paying again.
RESUMABLE = (JobState.QUEUED, JobState.GENERATING, JobState.DOWNLOADING)
FINAL = (JobState.DONE, JobState.FAILED, JobState.NEEDS_ATTENTION)

_MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE jobs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        state TEXT NOT NULL,
        params TEXT NOT NULL,
        aspect_ratio TEXT,
        first_upload TEXT,
        last_upload TEXT,
        generation_id TEXT UNIQUE,
        server_status TEXT,
        submitted_at REAL,
        finished_at REAL,
        credits_used REAL,
        video_url TEXT,
        file_path TEXT,
        error TEXT
    );
    CREATE INDEX jobs_state ON jobs(state);
    CREATE TABLE job_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        at REAL NOT NULL,
        state TEXT NOT NULL,
        detail TEXT
    );
    CREATE INDEX job_events_job ON job_events(job_id);
    """,
    # Films joined from finished jobs live in the same history (kind 'film').
    """
    ALTER TABLE jobs ADD COLUMN kind TEXT NOT NULL DEFAULT 'generation';
    """,
    # A storyboard's takes: which storyboard and segment a job belongs to, and the
    # hash of the inputs it was made from (core/storyboard/hashing.py). NULL for
    # every other job, so older rows need nothing.
    """
    ALTER TABLE jobs ADD COLUMN storyboard TEXT;
    ALTER TABLE jobs ADD COLUMN segment TEXT;
    ALTER TABLE jobs ADD COLUMN inputs TEXT;
    CREATE INDEX jobs_storyboard ON jobs(storyboard);
    """,
    # Beside a failed job's English error, its template and parameters (core/i18n.py),
    # so the window shows it in the user's language after a restart too. NULL for
    # older rows and for errors that were never marked: their English text stands.
    """
    ALTER TABLE jobs ADD COLUMN error_message TEXT;
    """,
)
SCHEMA_VERSION = len(_MIGRATIONS)
#: How long a writer waits for another process's transaction (or set-up) to end.
BUSY_SECONDS = 30.0


FILM_KIND = "film"
GENERATION_KIND = "generation"


@dataclass(frozen=True)
class Job:
    id: int
    created_at: float
    updated_at: float
    state: JobState
    params: GenerationParams
    aspect_ratio: str | None = None
    first_upload: str | None = None
    last_upload: str | None = None
    generation_id: str | None = None
    server_status: str | None = None
    submitted_at: float | None = None
    finished_at: float | None = None
    credits_used: float | None = None
    video_url: str | None = None
    file_path: str | None = None
    #: The error in English, as the CLI prints it.
    error: str | None = None
    #: The same error as a template and its parameters, for the window to translate.
    error_message: Message | None = None
    #: "generation" (a paid Veo task) or "film" (clips joined on this computer).
    kind: str = GENERATION_KIND
    #: For a storyboard's take: the storyboard's id, the segment's id, the inputs' hash.
    storyboard: str | None = None
    segment: str | None = None
    inputs: str | None = None

    @property
    def tags(self) -> TakeTags | None:
        if self.storyboard is None or self.segment is None or self.inputs is None:
            return None
        return TakeTags(self.storyboard, self.segment, self.inputs)

    @property
    def is_film(self) -> bool:
        return self.kind == FILM_KIND

    @property
    def elapsed(self) -> float | None:
        """Seconds from submission to the end (or until now, while running)."""
        if self.submitted_at is None:
            return None
        return (self.finished_at or time.time()) - self.submitted_at


@dataclass(frozen=True)
class TakeTags:
    """What makes a job a storyboard's take: the storyboard, the segment, the inputs' hash."""

    storyboard: str
    segment: str
    inputs: str


@dataclass(frozen=True)
class JobEvent:
    at: float
    state: str
    detail: str | None


_JOB_COLUMNS = (
    "id",
    "created_at",
    "updated_at",
    "state",
    "params",
    "aspect_ratio",
    "first_upload",
    "last_upload",
    "generation_id",
    "server_status",
    "submitted_at",
    "finished_at",
    "credits_used",
    "video_url",
    "file_path",
    "error",
    "kind",
    "storyboard",
    "segment",
    "inputs",
    "error_message",
)
_UPDATABLE = frozenset(_JOB_COLUMNS) - {
    "id",
    "created_at",
    "params",
    "state",
    "kind",
    "storyboard",
    "segment",
    "inputs",
}


class JobStore:
    """Thread-safe and process-safe access to the job table.

    WAL lets readers (the GUI's history) run beside a writer (a CLI); the busy
    timeout turns brief write contention into a short wait, not an error. Each
    thread gets its own connection because sqlite3 connections are not shared.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        # Creating the file and switching it to WAL need an exclusive lock that
        # SQLite does not wait for (busy_timeout is not consulted): processes
        # opening a new history at once failed with "database is locked"
        # (tests/test_store.py). So they take turns; WAL then stays in the file.
        with FileLock(self.path.with_name(self.path.name + ".setup")) as setup:
            if not setup.wait(BUSY_SECONDS):
                raise sqlite3.OperationalError(f"{self.path} is being set up by another process")
            self._conn().execute("PRAGMA journal_mode = WAL")
            self._migrate()

    # -- connection plumbing -------------------------------------------------
    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=BUSY_SECONDS, isolation_level=None)
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_SECONDS * 1000)}")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            self._local.conn = conn
        return conn

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        # BEGIN IMMEDIATE takes the write lock up front, so two processes never
        # deadlock upgrading read locks; busy_timeout makes the loser wait.
        conn = self._conn()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def _migrate(self) -> None:
        with self._write() as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise RuntimeError(
                    f"The history at {self.path} was written by a newer veodesk "
                    f"(schema {version}); update veodesk to open it."
                )
            for number, script in enumerate(_MIGRATIONS[version:], start=version + 1):
                for statement in script.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")

    # -- jobs ---------------------------------------------------------------
    def create(self, params: GenerationParams, *, tags: TakeTags | None = None) -> Job:
        now = time.time()
        with self._write() as conn:
            cur = conn.execute(
                "INSERT INTO jobs (created_at, updated_at, state, params, storyboard, segment,"
                " inputs) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    now,
                    now,
                    JobState.PREPARING.value,
                    params_to_json(params),
                    tags.storyboard if tags else None,
                    tags.segment if tags else None,
                    tags.inputs if tags else None,
                ),
            )
            job_id = int(cur.lastrowid or 0)
            self._event(conn, job_id, JobState.PREPARING.value, None, now)
        return self.get(job_id)

    def add_film(self, params: GenerationParams, file_path: str, detail: str) -> Job:
        """Record a film joined from finished jobs: done at once, nothing sent or paid."""
        now = time.time()
        with self._write() as conn:
            cur = conn.execute(
                "INSERT INTO jobs (created_at, updated_at, state, params, finished_at, file_path,"
                " kind) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (now, now, JobState.DONE.value, params_to_json(params), now, file_path, FILM_KIND),
            )
            job_id = int(cur.lastrowid or 0)
            self._event(conn, job_id, JobState.DONE.value, detail, now)
        return self.get(job_id)

    def update(
        self,
        job_id: int,
        state: JobState | None = None,
        *,
        detail: str | None = None,
        **fields: Any,
    ) -> Job:
        """Change fields (and the state, logged as an event) in one transaction.

        ``error`` may be a :class:`Message`: its English text is the error, and its
        template and parameters are kept beside it.
        """
        unknown = set(fields) - _UPDATABLE
        if unknown:
            raise ValueError(f"not updatable: {sorted(unknown)}")
        if "error" in fields:
            error = fields["error"]
            fields["error"] = None if error is None else str(error)
            fields["error_message"] = (
                json.dumps(error.to_json()) if isinstance(error, Message) else None
            )
        now = time.time()
        assignments = dict(fields, updated_at=now)
        if state is not None:
            assignments["state"] = state.value
        sql = ", ".join(f"{name} = ?" for name in assignments)
        with self._write() as conn:
            conn.execute(f"UPDATE jobs SET {sql} WHERE id = ?", (*assignments.values(), job_id))
            if state is not None or detail:
                current = (
                    state.value
                    if state
                    else conn.execute("SELECT state FROM jobs WHERE id = ?", (job_id,)).fetchone()[
                        0
                    ]
                )
                self._event(conn, job_id, current, detail, now)
        return self.get(job_id)

    @staticmethod
    def _event(
        conn: sqlite3.Connection, job_id: int, state: str, detail: str | None, at: float
    ) -> None:
        conn.execute(
            "INSERT INTO job_events (job_id, at, state, detail) VALUES (?, ?, ?, ?)",
            (job_id, at, state, detail),
        )

    def get(self, job_id: int) -> Job:
        row = self._conn().execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
        if row is None:
            raise KeyError(job_id)
        return _job(row)

    def find(self, generation_id: str) -> Job | None:
        row = (
            self._conn()
            .execute("SELECT * FROM jobs WHERE generation_id = ?", (generation_id,))
            .fetchone()
        )
        return _job(row) if row else None

    def jobs(self, *, limit: int | None = None, offset: int = 0) -> list[Job]:
        """Newest first."""
        rows = (
            self._conn()
            .execute(
                "SELECT * FROM jobs ORDER BY id DESC LIMIT ? OFFSET ?",
                (-1 if limit is None else limit, offset),
            )
            .fetchall()
        )
        return [_job(r) for r in rows]

    def count(self) -> int:
        return int(self._conn().execute("SELECT COUNT(*) FROM jobs").fetchone()[0])

    def in_states(self, *states: JobState) -> list[Job]:
        marks = ", ".join("?" for _ in states)
        rows = (
            self._conn()
            .execute(
                f"SELECT * FROM jobs WHERE state IN ({marks}) ORDER BY id",
                tuple(s.value for s in states),
            )
            .fetchall()
        )
        return [_job(r) for r in rows]

    def takes(self, storyboard: str) -> list[Job]:
        """Every job tagged with this storyboard, oldest first."""
        rows = (
            self._conn()
            .execute("SELECT * FROM jobs WHERE storyboard = ? ORDER BY id", (storyboard,))
            .fetchall()
        )
        return [_job(r) for r in rows]

    def events(self, job_id: int) -> list[JobEvent]:
        rows = (
            self._conn()
            .execute(
                "SELECT at, state, detail FROM job_events WHERE job_id = ? ORDER BY id", (job_id,)
            )
            .fetchall()
        )
        return [JobEvent(r["at"], r["state"], r["detail"]) for r in rows]

    def delete(self, job_id: int) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM jobs WHERE id = ?", (job_id,))

    # -- what the history teaches ----------------------------------------------
    def _done_like(self, params: GenerationParams) -> list[sqlite3.Row]:
        rows = (
            self._conn()
            .execute(
                "SELECT params, credits_used, submitted_at, finished_at FROM jobs "
                "WHERE state = ? ORDER BY id DESC LIMIT 200",
                (JobState.DONE.value,),
            )
            .fetchall()
        )
        key = (params.duration, params.resolution, params.generate_audio)
        out = []
        for row in rows:
            p = params_from_json(row["params"])
            if (p.duration, p.resolution, p.generate_audio) == key:
                out.append(row)
        return out

    def credits_per_second(self, resolution: str, generate_audio: bool) -> float | None:
        """Median credits per second of finished generations of this resolution and audio.

        Per second, so one finished 4 s job also prices an 8 s one.
        """
        rows = (
            self._conn()
            .execute(
                "SELECT params, credits_used FROM jobs WHERE state = ? AND kind = ? "
                "AND credits_used IS NOT NULL ORDER BY id DESC LIMIT 200",
                (JobState.DONE.value, GENERATION_KIND),
            )
            .fetchall()
        )
        values = []
        for row in rows:
            p = params_from_json(row["params"])
            if (p.resolution, p.generate_audio) == (resolution, generate_audio) and p.duration > 0:
                values.append(row["credits_used"] / p.duration)
        return _median(values)

    def typical_seconds(self, params: GenerationParams) -> float | None:
        """Median time from submission to completion of similar past jobs."""
        values = [
            r["finished_at"] - r["submitted_at"]
            for r in self._done_like(params)
            if r["finished_at"] and r["submitted_at"]
        ]
        return _median(values)

    def total_credits(self) -> float:
        value = self._conn().execute("SELECT SUM(credits_used) FROM jobs").fetchone()[0]
        return float(value or 0.0)


def _job(row: sqlite3.Row) -> Job:
    data = {name: row[name] for name in _JOB_COLUMNS}
    data["state"] = JobState(data["state"])
    data["params"] = params_from_json(data["params"])
    data["error_message"] = _message(data["error_message"])
    return Job(**data)


def _message(text: str | None) -> Message | None:
    if not text:
        return None
    try:
        return Message.from_json(json.loads(text))
    except ValueError:
        return None


def _median(values: list[float]) -> float | None:
    # statistics (with fractions and decimal) loads only when there is history.
    import statistics

    return statistics.median(values) if values else None
