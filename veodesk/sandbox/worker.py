"""Background rendering: one queue, a few daemon threads, cancellable on stop."""

from __future__ import annotations

import logging
import queue
import threading

from .cache import RenderCache, render_key
from .frames import SourceError, open_image, placeholder_image, source_bytes
from .render import RENDER_VERSION, RenderCancelled
from .tasks import SandboxTask


class RenderWorker:
    def __init__(
        self,
        cache: RenderCache,
        *,
        fps: int,
        workers: int = 1,
        fetch_timeout: float = 5.0,
        pad_to: int = 0,
        logger: logging.Logger | None = None,
    ) -> None:
        self._cache = cache
        self._pad_to = pad_to
        self._fps = fps
        self._fetch_timeout = fetch_timeout
        self._log = logger or logging.getLogger("veodesk.sandbox")
        self._queue: queue.Queue[SandboxTask | None] = queue.Queue()
        self._cancel = threading.Event()
        # Daemon threads: a render in progress must never keep the interpreter alive.
        self._threads = [
            threading.Thread(target=self._run, name=f"sandbox-render-{i}", daemon=True)
            for i in range(max(1, workers))
        ]

    def start(self) -> None:
        for thread in self._threads:
            thread.start()

    def submit(self, task: SandboxTask) -> None:
        if task.faults.fail is not None:
            # The task will report an error; nothing will ever download it.
            task.finish_render(None)
            return
        self._queue.put(task)

    def stop(self, timeout: float = 10.0) -> None:
        self._cancel.set()
        for _ in self._threads:
            self._queue.put(None)
        for thread in self._threads:
            if thread.is_alive():
                thread.join(timeout)
        # Anything still queued will never render; release whoever waits on it.
        while True:
            try:
                task = self._queue.get_nowait()
            except queue.Empty:
                break
            if task is not None and not task.render_done.is_set():
                task.finish_render(None, "the sandbox stopped before rendering")

    def _run(self) -> None:
        while True:
            task = self._queue.get()
            if task is None or self._cancel.is_set():
                if task is not None:
                    task.finish_render(None, "the sandbox stopped before rendering")
                return
            try:
                task.finish_render(padded(self._render(task), self._pad_to))
            except RenderCancelled:
                task.finish_render(None, "the sandbox stopped before rendering")
            except SourceError as exc:
                task.finish_render(None, str(exc))
            except Exception as exc:
                self._log.exception("sandbox render of %s failed", task.id)
                task.finish_render(None, f"rendering failed: {exc}")

    def _render(self, task: SandboxTask) -> bytes:
        from .render import render_mp4

        params = task.params
        size = params.size
        timeout = self._fetch_timeout
        first_bytes = source_bytes("image_url", params.image, timeout=timeout)
        last_bytes = source_bytes("last_image_url", params.last_image, timeout=timeout)
        key = render_key(
            RENDER_VERSION,
            first_bytes if first_bytes is not None else "url:" + params.image.url,
            last_bytes if last_bytes is not None else "url:" + params.last_image.url,
            params.prompt,
            size[0],
            size[1],
            params.duration,
            self._fps,
            params.generate_audio,
        )

        def render() -> bytes:
            first = (
                open_image("image_url", first_bytes)
                if first_bytes is not None
                else placeholder_image("image_url", params.image.url, size)
            )
            last = (
                open_image("last_image_url", last_bytes)
                if last_bytes is not None
                else placeholder_image("last_image_url", params.last_image.url, size)
            )
            return render_mp4(
                first,
                last,
                prompt=params.prompt,
                size=size,
                duration=params.duration,
                fps=self._fps,
                audio=params.generate_audio,
                cancel=self._cancel,
            )

        return self._cache.get_or_render(key, render)


def padded(video: bytes, size: int) -> bytes:
    """``video`` grown to ``size`` bytes with a trailing MP4 ``free`` box, which players skip.

    Real Veo files are tens of megabytes; the benchmarks download and play one.
    """
    extra = size - len(video)
    if extra < 8:
        return video
    if extra >= 2**32:
        raise ValueError("padding past 4 GiB is not supported")
    return video + extra.to_bytes(4, "big") + b"free" + bytes(extra - 8)
