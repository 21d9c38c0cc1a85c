"""What each input clip holds, read before anything is written.

Every clip is opened and checked first, so a bad clip is refused with a clear
message before the film's file exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message

from .errors import BadClipError
from .graphs import Chain


@dataclass(frozen=True)
class ClipInfo:
    path: Path
    width: int
    height: int
    fps: Fraction
    #: Video frames the clip gives at the film's frame rate (after any retiming).
    frames: int
    has_audio: bool


def _open(path: Path) -> Any:  # av.container.InputContainer
    import av

    if not path.is_file():
        raise BadClipError(
            Message(QT_TRANSLATE_NOOP("core", "{path}: no such file."), path=str(path)),
            path=str(path),
        )
    try:
        return av.open(str(path), "r")
    except (av.FFmpegError, OSError, UnicodeDecodeError) as exc:
        raise BadClipError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "{path}: not a video FFmpeg can read ({reason}). Use an MP4 clip."
                ),
                path=str(path),
                reason=_reason(exc),
            ),
            path=str(path),
        ) from exc


def _reason(exc: BaseException) -> str:
    text = getattr(exc, "strerror", None) or str(exc)
    return text.strip() or type(exc).__name__


def probe_clip(path: Path, film_fps: Fraction | None = None) -> ClipInfo:
    """Size, rate, frame count and audio of a clip; BadClipError if it is unusable.

    ``film_fps`` given and different from the clip's: the count is what the fps
    filter will make of it, found by running that filter on the clip's packet
    times (no decoding).
    """
    import av

    container = _open(path)
    with container:
        if not container.streams.video:
            raise BadClipError(
                Message(QT_TRANSLATE_NOOP("core", "{path}: has no video stream."), path=str(path)),
                path=str(path),
            )
        stream = container.streams.video[0]
        ctx = stream.codec_context
        if not ctx.width or not ctx.height:
            raise BadClipError(
                Message(
                    QT_TRANSLATE_NOOP("core", "{path}: the video has no picture size."),
                    path=str(path),
                ),
                path=str(path),
            )
        fps = stream.average_rate or stream.guessed_rate or stream.base_rate
        if not fps or fps <= 0:
            raise BadClipError(
                Message(
                    QT_TRANSLATE_NOOP("core", "{path}: the video has no frame rate."),
                    path=str(path),
                ),
                path=str(path),
            )
        fps = Fraction(fps).limit_denominator(1001 * 1000)
        has_audio = bool(container.streams.audio)
        times: list[tuple[int, int]] = []
        try:
            for packet in container.demux(stream):
                if packet.size and packet.pts is not None:
                    times.append((packet.pts, packet.duration or 0))
        except av.FFmpegError as exc:
            raise BadClipError(
                Message(
                    QT_TRANSLATE_NOOP("core", "{path}: damaged ({reason})."),
                    path=str(path),
                    reason=_reason(exc),
                ),
                path=str(path),
            ) from exc
        if not times:
            raise BadClipError(
                Message(
                    QT_TRANSLATE_NOOP("core", "{path}: the video has no frames."), path=str(path)
                ),
                path=str(path),
            )
        frames = len(times)
        if film_fps is not None and film_fps != fps:
            frames = _retimed_count(sorted(times), stream.time_base, fps, film_fps)
        return ClipInfo(path, ctx.width, ctx.height, fps, frames, has_audio)


def _retimed_count(
    times: list[tuple[int, int]], time_base: Fraction, fps: Fraction, film_fps: Fraction
) -> int:
    """How many frames the fps filter makes of frames at ``times``: tiny stand-ins, same pts."""
    import av

    chain = Chain.video(16, 16, "gray", time_base, fps, [("fps", f"fps={film_fps}")])
    count = 0
    # The fps filter's count at the end depends on the last frame's duration.
    for pts, duration in times:
        frame = av.VideoFrame(16, 16, "gray")
        frame.pts = pts
        frame.duration = duration
        frame.time_base = time_base
        count += len(chain.process(frame))
    return count + len(chain.process(None))
