"""``Sandbox``: the three local origins, their shared state, and start/stop."""

from __future__ import annotations

import datetime as dt
import logging
import ssl
import threading
import time
from types import TracebackType
from typing import Any

from .api import ApiHandler
from .billing import BillingHandler
from .cache import RENDER_CACHE, RenderCache
from .faults import Faults
from .http_base import SandboxServer, SandboxServerV6
from .ledger import DEFAULT_BALANCE, Ledger
from .params import GenerationParams, credits_for
from .records import RecordedRequest, RequestLog
from .tasks import COMPLETED, SandboxTask, TaskStore, new_generation_id
from .video import VideoHandler
from .worker import RenderWorker

DEFAULT_API_KEY = "sandbox-key"
DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024


def _url_host(host: str) -> str:
    if host in ("", "0.0.0.0"):
        return "127.0.0.1"
    if host == "::":
        return "[::1]"
    return f"[{host}]" if ":" in host else host


class Sandbox:
    """A local stand-in for the AI/ML API Veo 3.1 first/last-frame endpoint.

    Three origins on loopback: the API (``base_url``), a video host
    (``video_base_url``) that serves the rendered MP4s, and a billing host
    (``billing_base_url``) that reports an invented balance (``balance``
    credits to start with), less each finished task's credits. All run on
    daemon threads; ``start()`` returns at once. ``pad_video_to`` grows every rendered
    video to that many bytes with a trailing ``free`` box, which players skip,
    to stand in for the tens of megabytes a real Veo file has.
    """

    def __init__(
        self,
        api_key: str = DEFAULT_API_KEY,
        host: str = "127.0.0.1",
        port: int = 0,
        video_port: int = 0,
        billing_port: int = 0,
        queued_seconds: float = 2.0,
        generating_seconds: float = 6.0,
        fps: int = 24,
        extra_statuses: bool = False,
        *,
        range_support: bool = True,
        render_workers: int = 1,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        fetch_timeout: float = 5.0,
        pad_video_to: int = 0,
        balance: int = DEFAULT_BALANCE,
        render_cache: RenderCache | None = None,
        logger: logging.Logger | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        if fps < 1:
            raise ValueError("fps must be at least 1")
        self.api_key = api_key
        self.host = host
        self.port = port
        self.video_port = video_port
        self.billing_port = billing_port
        # Read on every poll, so tests may change them while tasks are running.
        self.queued_seconds = queued_seconds
        self.generating_seconds = generating_seconds
        self.extra_statuses = extra_statuses
        self.fps = fps
        self.max_body_bytes = max_body_bytes
        #: With a server-side SSL context every origin speaks HTTPS (TLS tests).
        self.ssl_context = ssl_context
        self.log = logger or logging.getLogger("veodesk.sandbox")
        self._log = RequestLog()
        self._tasks = TaskStore()
        self.ledger = Ledger(balance)
        self.faults = Faults(range_support=range_support, on_reset=self._on_reset)
        self._worker = RenderWorker(
            render_cache or RENDER_CACHE,
            fps=fps,
            workers=render_workers,
            fetch_timeout=fetch_timeout,
            pad_to=pad_video_to,
            logger=self.log,
        )
        self._servers: list[SandboxServer] = []
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._started = False
        self._stopped = False

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> Sandbox:
        with self._lock:
            if self._started:
                raise RuntimeError("this Sandbox was already started")
            self._started = True
        server_class = SandboxServerV6 if ":" in self.host else SandboxServer
        try:
            api = server_class(
                (self.host, self.port),
                ApiHandler,
                services=self,
                origin="api",
                logger=self.log,
                ssl_context=self.ssl_context,
            )
            self._servers.append(api)
            video = server_class(
                (self.host, self.video_port),
                VideoHandler,
                services=self,
                origin="video",
                logger=self.log,
                ssl_context=self.ssl_context,
            )
            self._servers.append(video)
            billing = server_class(
                (self.host, self.billing_port),
                BillingHandler,
                services=self,
                origin="billing",
                logger=self.log,
                ssl_context=self.ssl_context,
            )
            self._servers.append(billing)
        except OSError:
            for server in self._servers:
                server.server_close()
            self._servers.clear()
            raise
        self.port = api.server_address[1]
        self.video_port = video.server_address[1]
        self.billing_port = billing.server_address[1]
        self._worker.start()
        for server in self._servers:
            thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": 0.1},
                name=f"sandbox-{server.origin}",
                daemon=True,
            )
            thread.start()
            self._threads.append(thread)
        self.log.info(
            "sandbox API at %s, videos at %s, billing at %s",
            self.base_url,
            self.video_base_url,
            self.billing_base_url,
        )
        return self

    def stop(self) -> None:
        """Stop the servers, cut open connections, cancel renders, join threads. Idempotent."""
        with self._lock:
            if not self._started or self._stopped:
                self._stopped = True
                return
            self._stopped = True
        for server in self._servers:
            server.stopping.set()
            server.shutdown()
        for server in self._servers:
            server.close_connections()
            server.server_close()
        for thread in self._threads:
            thread.join(5.0)
        self._worker.stop()

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- what tests read --------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """API origin, e.g. ``http://127.0.0.1:54321`` (no trailing slash, no /v2)."""
        self._require_started()
        return f"{self._scheme}://{_url_host(self.host)}:{self.port}"

    @property
    def video_base_url(self) -> str:
        self._require_started()
        return f"{self._scheme}://{_url_host(self.host)}:{self.video_port}"

    @property
    def billing_base_url(self) -> str:
        """The billing origin; ``/v1/billing/balance`` below it."""
        self._require_started()
        return f"{self._scheme}://{_url_host(self.host)}:{self.billing_port}"

    @property
    def _scheme(self) -> str:
        return "https" if self.ssl_context is not None else "http"

    @property
    def requests(self) -> list[RecordedRequest]:
        """Snapshot of every request on every origin, oldest first (control calls excluded)."""
        return self._log.requests

    @property
    def post_count(self) -> int:
        """POSTs to /v2/video/generations received, whatever became of them."""
        return self._log.post_count

    @property
    def tasks_created(self) -> int:
        return self._log.tasks_created

    def reset(self) -> None:
        """Same as ``faults.reset()``: clear faults, requests, counters and charges."""
        self.faults.reset()

    def _on_reset(self) -> None:
        self._log.clear()
        # Tasks of before the reset are never charged: a test's balance is its own.
        self.ledger.reset(task.id for task in self._tasks.all())

    def balance(self, key: str | None = None) -> int:
        """The credits left on ``key``'s account (the accepted key's by default)."""
        key = self.api_key if key is None else key
        self._settle(key)
        return self.ledger.balance(key)

    def set_balance(self, credits: int, key: str | None = None) -> None:
        self.ledger.set_balance(self.api_key if key is None else key, credits)

    def task_status(self, generation_id: str) -> str:
        """The status a poll would report right now. KeyError for an unknown id."""
        return str(self.task_json(self._get_task(generation_id))["status"])

    def video_bytes(self, generation_id: str, timeout: float = 60.0) -> bytes:
        """Exactly what the video origin serves for this task, waiting for the render.

        KeyError for an unknown id, TimeoutError if the render takes longer than
        ``timeout``, RuntimeError if the task has no video (failed or injected error).
        """
        task = self._get_task(generation_id)
        if not task.render_done.wait(timeout):
            raise TimeoutError(f"render of {generation_id} still running after {timeout} s")
        if task.video is None:
            raise RuntimeError(
                f"task {generation_id} has no video: {task.render_error or 'failed'}"
            )
        return task.video

    def state(self, *, include_bodies: bool = True) -> dict[str, Any]:
        """Everything ``GET /_sandbox/state`` reports."""
        tasks = []
        for task in self._tasks.all():
            payload = self.task_json(task)
            payload["created_at"] = task.created_wall
            payload["rendered"] = task.video is not None
            payload["video_path"] = task.file_path
            tasks.append(payload)
        return {
            "base_url": self.base_url if self._started else None,
            "video_base_url": self.video_base_url if self._started else None,
            "post_count": self.post_count,
            "tasks_created": self.tasks_created,
            "faults": self.faults.snapshot(),
            "balance": self.balance(),
            "tasks": tasks,
            "requests": [r.to_json(include_body=include_bodies) for r in self.requests],
        }

    # -- used by the handlers (veodesk.sandbox.services.Services) -----------------------------

    def record(self, entry: RecordedRequest) -> None:
        self._log.add(entry)

    def count_post(self) -> None:
        self._log.count_post()

    def find_task(self, generation_id: str) -> SandboxTask | None:
        return self._tasks.get(generation_id)

    def task_by_token(self, token: str) -> SandboxTask | None:
        return self._tasks.by_token(token)

    def create_task(self, params: GenerationParams) -> SandboxTask:
        task = SandboxTask(
            id=new_generation_id(),
            params=params,
            faults=self.faults.take_task_faults(),
            created_at=self.faults.task_clock(),
        )
        self._tasks.add(task)
        self._log.count_task()
        self._worker.submit(task)
        return task

    def balance_json(self, key: str) -> dict[str, Any]:
        credits = self.balance(key)
        low = credits < self.ledger.threshold or self.faults.low_balance
        when = dt.datetime.fromtimestamp(time.time() - self.faults.balance_age, dt.timezone.utc)
        return {
            "balance": credits,
            "lowBalance": low,
            "lowBalanceThreshold": self.ledger.threshold,
            "lastUpdated": when.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "autoDebitStatus": "disabled",
            "status": "current",
            "statusExplanation": "Balance is current and up to date",
        }

    def _settle(self, key: str) -> None:
        """Charge every task that has finished since the last read; the sandbox takes one key."""
        for task in self._tasks.all():
            if self.task_json(task)["status"] == COMPLETED:
                self.ledger.charge(key, task.id, credits_for(task.params))

    def task_json(self, task: SandboxTask) -> dict[str, Any]:
        status = task.status(
            self.queued_seconds,
            self.generating_seconds,
            now=self.faults.task_clock(),
            extra_statuses=self.extra_statuses,
        )
        return task.to_json(status, self.video_base_url)

    def _get_task(self, generation_id: str) -> SandboxTask:
        task = self.find_task(generation_id)
        if task is None:
            raise KeyError(generation_id)
        return task

    def _require_started(self) -> None:
        if not self._started:
            raise RuntimeError("Sandbox.start() has not been called")
