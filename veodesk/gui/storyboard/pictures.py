"""The strip's pictures: keyframes and the chosen takes' posters, loaded off the UI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QImage

from veodesk.gui.tasks import TaskRunner

log = logging.getLogger(__name__)

#: Pictures are made this big at most (the cards show them smaller; HiDPI screens need more).
PICTURE_MAX = 256


def _keyframe(path: str) -> QImage:
    from veodesk.gui.compose.previews import load_job_thumbnail  # Pillow, on the pool thread

    return load_job_thumbnail(path, PICTURE_MAX)


def _poster(path: str) -> QImage:
    from veodesk.core.film.poster import poster  # PyAV, on the pool thread
    from veodesk.gui.compose.previews import to_qimage

    return to_qimage(poster(Path(path), PICTURE_MAX))


class Pictures:
    """Loads each file once (a keyframe's picture or a take's poster) and keeps it by path."""

    def __init__(self, tasks: TaskRunner) -> None:
        self.tasks = tasks
        self._cache: dict[str, QImage] = {}

    def clear(self) -> None:
        self._cache.clear()

    def keyframe(self, path: str, then: Callable[[QImage | None], None]) -> None:
        self._get(path, _keyframe, then)

    def poster(self, path: str, then: Callable[[QImage | None], None]) -> None:
        self._get(path, _poster, then)

    def _get(
        self, path: str, load: Callable[[str], QImage], then: Callable[[QImage | None], None]
    ) -> None:
        cached = self._cache.get(path)
        if cached is not None:
            then(cached)
            return

        def loaded(image: QImage) -> None:
            self._cache[path] = image
            then(image)

        def failed(exc: Exception) -> None:
            log.debug("no picture for %s: %s", Path(path).name, exc)
            then(None)

        self.tasks.start(lambda: load(path), loaded, failed)
