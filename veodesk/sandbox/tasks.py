"""Generation tasks and the clock that moves them through their statuses."""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from .faults import TaskFaults
from .params import MODELS, GenerationParams, credits_for

QUEUED = "queued"
GENERATING = "generating"
COMPLETED = "completed"
ERROR = "error"
# Statuses seen in the vendor's own JS sample but absent from its schema. With
# extra_statuses on they replace part of queued / all of generating, so clients
# can prove they treat unknown statuses as "still running".
WAITING = "waiting"
ACTIVE = "active"


def new_generation_id() -> str:
    """Same shape as the real ids: ``<uuid4>:<model id>`` (so clients must URL-encode)."""
    return f"{uuid.uuid4()}:{MODELS[0]}"


@dataclass
class SandboxTask:
    id: str
    params: GenerationParams
    faults: TaskFaults
    token: str = field(default_factory=lambda: secrets.token_urlsafe(18))
    #: On the sandbox's task clock (Faults.task_clock), which a test can hold.
    created_at: float = field(default_factory=time.monotonic)
    created_wall: float = field(default_factory=time.time)
    render_done: threading.Event = field(default_factory=threading.Event)
    video: bytes | None = None
    etag: str = ""
    render_error: str | None = None

    @property
    def file_path(self) -> str:
        return f"/files/{self.token}/output.mp4"

    def finish_render(self, video: bytes | None, error: str | None = None) -> None:
        self.video = video
        if video is not None:
            self.etag = '"' + hashlib.sha256(video).hexdigest()[:32] + '"'
        self.render_error = error
        self.render_done.set()

    def status(
        self,
        queued_seconds: float,
        generating_seconds: float,
        *,
        now: float,
        extra_statuses: bool = False,
    ) -> str:
        elapsed = now - self.created_at
        if elapsed < queued_seconds:
            if extra_statuses and elapsed < queued_seconds / 2:
                return WAITING
            return QUEUED
        running = ACTIVE if extra_statuses else GENERATING
        if elapsed < queued_seconds + generating_seconds + self.faults.extra_delay:
            return running
        # The clock alone never completes a task: the MP4 must really exist.
        if not self.render_done.is_set():
            return running
        if self.faults.fail is not None or self.render_error is not None:
            return ERROR
        return COMPLETED

    def to_json(self, status: str, video_base_url: str) -> dict[str, Any]:
        video: dict[str, str] | None = None
        error: dict[str, str] | None = None
        meta: dict[str, Any] | None = None
        if status == COMPLETED:
            if not self.faults.without_url:
                video = {"url": video_base_url + self.file_path}
            meta = {"usage": {"credits_used": credits_for(self.params)}}
        elif status == ERROR:
            if self.faults.fail is not None:
                name, message = self.faults.fail
            else:
                name, message = "GenerationError", str(self.render_error)
            error = {"name": name, "message": message}
        return {"id": self.id, "status": status, "video": video, "error": error, "meta": meta}


class TaskStore:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_id: dict[str, SandboxTask] = {}
        self._by_token: dict[str, SandboxTask] = {}

    def add(self, task: SandboxTask) -> None:
        with self._lock:
            self._by_id[task.id] = task
            self._by_token[task.token] = task

    def get(self, generation_id: str) -> SandboxTask | None:
        with self._lock:
            return self._by_id.get(generation_id)

    def by_token(self, token: str) -> SandboxTask | None:
        with self._lock:
            return self._by_token.get(token)

    def all(self) -> list[SandboxTask]:
        with self._lock:
            return list(self._by_id.values())
