"""A clip's poster: one picture from its middle, for a card or a list row."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .probe import _open

if TYPE_CHECKING:
    from PIL import Image


def poster(path: Path, max_size: int = 256) -> Image.Image:
    """The first frame at or after the middle of the clip, fitting ``max_size``×``max_size``.

    The middle, not the start: a storyboard take starts on its keyframe, which
    the card already shows. Raises ``BadClipError`` for a file that is not a video.
    """
    import av

    container = _open(path)
    try:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        if stream.duration is not None and stream.time_base is not None:
            middle = stream.duration // 2 + (stream.start_time or 0)
            container.seek(middle, stream=stream, backward=True)
        else:
            middle = None
        image = None
        try:
            for frame in container.decode(stream):
                image = frame
                if middle is None or frame.pts is None or frame.pts >= middle:
                    break
        except av.FFmpegError:
            pass  # a damaged tail: the last frame decoded will do
        if image is None:
            from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message

            from .errors import BadClipError

            raise BadClipError(
                Message(
                    QT_TRANSLATE_NOOP("core", "{path}: no picture could be decoded."),
                    path=str(path),
                ),
                path=str(path),
            )
        picture: Image.Image = image.to_image()
    finally:
        container.close()
    picture.thumbnail((max_size, max_size))
    return picture
