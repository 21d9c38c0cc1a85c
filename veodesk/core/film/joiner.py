"""Join clips into one film: cut or crossfade, sync kept to the sample.

Clips are decoded one after the other and every frame goes straight to the
encoder, so memory does not grow with the film: at most a crossfade's frames
are held back. Picture and sound work is FFmpeg's (filter graphs through PyAV).

Positions inside a clip are in the film's frame rate; the sound that belongs
with a clip's frame ``j`` is samples ``[s(j), s(j + 1))`` with
``s(j) = j * 48000 / fps``, so dropping a frame drops its sound too.
"""

from __future__ import annotations

import contextlib
import errno
import os
import threading
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

from veodesk.core.errors import CancelledError, InvalidInputError
from veodesk.core.fsutil import part_file
from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message

from . import audio
from .audio import CUT_FADE_SAMPLES, SAMPLE_RATE, Conformer, SampleQueue
from .encoding import FilmWriter
from .errors import BadClipError, FilmWriteError
from .graphs import Chain
from .options import JoinOptions, Transition
from .post import AudioFinish, open_music, video_fade
from .probe import ClipInfo, probe_clip
from .result import Film, Progress
from .seams import Drift, Seam, keyframe_luma, luma, score, seam
from .timeline import TIMELINE_SUFFIXES, ClipUse, check_timeline_rate, write_timeline


@dataclass(frozen=True)
class JoinPlan:
    """Everything checked before the first byte is written."""

    clips: list[ClipInfo]
    output: Path
    options: JoinOptions
    timeline: Path | None
    keyframes: list[Any] | None

    @property
    def first(self) -> ClipInfo:
        return self.clips[0]

    @property
    def total_frames(self) -> int:
        seams = len(self.clips) - 1
        return sum(c.frames for c in self.clips) - seams * self.options.transition.overlap


def plan(
    clips: Sequence[str | os.PathLike[str]],
    output: str | os.PathLike[str],
    options: JoinOptions | None = None,
    *,
    timeline: str | os.PathLike[str] | None = None,
    keyframes: Sequence[Any] | None = None,
) -> JoinPlan:
    """Check the clips, the options and the output; raise a clear error on any problem."""
    options = options or JoinOptions()
    options.check()
    if len(clips) < 2:
        raise InvalidInputError(
            Message(QT_TRANSLATE_NOOP("core", "Give at least two clips to join.")), field="clip"
        )
    out = Path(output)
    if out.suffix.lower() != ".mp4":
        raise InvalidInputError(
            Message(QT_TRANSLATE_NOOP("core", "--output {path} must end in .mp4."), path=str(out)),
            field="output",
        )
    _check_target(out, options.force, "output")
    timeline_path = Path(timeline) if timeline is not None else None
    if timeline_path is not None:
        if timeline_path.suffix.lower() not in TIMELINE_SUFFIXES:
            raise InvalidInputError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "--timeline {path} must end in .otio, .xml (Final Cut Pro 7 XML) or .edl "
                        "(CMX 3600).",
                    ),
                    path=str(timeline_path),
                ),
                field="timeline",
            )
        _check_target(timeline_path, options.force, "timeline")
    paths = [Path(c) for c in clips]
    for path in paths:
        if path.resolve() == out.resolve():
            raise InvalidInputError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "{path} is one of the clips; choose another --output."
                    ),
                    path=str(out),
                )
            )
    first = probe_clip(paths[0])
    if timeline_path is not None:
        check_timeline_rate(timeline_path, first.fps)
    infos = [first] + [probe_clip(p, first.fps) for p in paths[1:]]
    _check_lengths(infos, options.transition)
    if options.music is not None:
        container, _ = open_music(Path(options.music))
        container.close()
    if keyframes is not None and len(keyframes) != len(infos) + 1:
        raise InvalidInputError(
            Message(
                QT_TRANSLATE_NOOP("core", "{clips} clips need {needed} keyframes, not {given}."),
                clips=len(infos),
                needed=len(infos) + 1,
                given=len(keyframes),
            ),
            field="keyframes",
        )
    return JoinPlan(infos, out, options, timeline_path, list(keyframes) if keyframes else None)


def _check_target(path: Path, force: bool, what: str) -> None:
    if not path.parent.is_dir():
        raise InvalidInputError(
            Message(
                QT_TRANSLATE_NOOP("core", "{option} {path}: the folder {folder} does not exist."),
                option=f"--{what}",
                path=str(path),
                folder=str(path.parent),
            )
        )
    if path.is_dir():
        raise InvalidInputError(
            Message(
                QT_TRANSLATE_NOOP("core", "{option} {path} is a folder; give a file name."),
                option=f"--{what}",
                path=str(path),
            ),
            field=what,
        )
    if path.exists() and not force:
        raise InvalidInputError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{path} already exists; add --force to replace it, or choose another name.",
                ),
                path=str(path),
            ),
            field=what,
        )


def _check_lengths(clips: list[ClipInfo], transition: Transition) -> None:
    n = transition.overlap
    for i, clip in enumerate(clips):
        seams = (i > 0) + (i < len(clips) - 1)
        need = seams * n + 1 if not transition.is_cut else 2 if i < len(clips) - 1 else 1
        if clip.frames < need:
            raise BadClipError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{path}: {frames} frames is too short for {transition} (needs {need}).",
                    ),
                    path=str(clip.path),
                    frames=clip.frames,
                    transition=str(transition),
                    need=need,
                ),
                path=str(clip.path),
            )


def join(
    clips: Sequence[str | os.PathLike[str]] | JoinPlan,
    output: str | os.PathLike[str] | None = None,
    options: JoinOptions | None = None,
    *,
    timeline: str | os.PathLike[str] | None = None,
    keyframes: Sequence[Any] | None = None,
    on_progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Film:
    """Join ``clips`` into ``output`` and return what was made.

    ``cancel`` set (or KeyboardInterrupt) stops it with CancelledError; on any
    error no output file is left behind.
    """
    if isinstance(clips, JoinPlan):
        the_plan = clips
    else:
        if output is None:
            raise InvalidInputError(
                Message(QT_TRANSLATE_NOOP("core", "No output file given.")), field="output"
            )
        the_plan = plan(
            clips, output, options or JoinOptions(), timeline=timeline, keyframes=keyframes
        )
    return _Join(the_plan, on_progress, cancel).run()


def _samples_at(frame: int, fps: Fraction) -> int:
    return frame * SAMPLE_RATE * fps.denominator // fps.numerator


class _Join:
    def __init__(
        self, the_plan: JoinPlan, on_progress: Progress | None, cancel: threading.Event | None
    ) -> None:
        self.plan = the_plan
        self.fps = the_plan.first.fps
        self.width = the_plan.first.width // 2 * 2
        self.height = the_plan.first.height // 2 * 2
        self.transition = the_plan.options.transition
        self.total = the_plan.total_frames
        self.on_progress = on_progress
        self.cancel = cancel
        self.seams: list[Seam] = []
        self.drift: list[Drift] = []
        self.uses: list[ClipUse] = []
        self._keyframe_cache: dict[int, Any] = {}
        # The previous clip's last frame (cut) or last N frames and their sound (crossfade).
        self._prev_last: Any = None
        self._prev_tail: list[Any] = []
        self._prev_tail_audio: list[bytes] | None = None
        self._drift_first = 0.0
        self._faded = 0

    # -- the whole film -------------------------------------------------------

    def run(self) -> Film:
        output = self.plan.output
        part = part_file(output)
        writer: FilmWriter | None = None
        finish: AudioFinish | None = None
        done = False
        timeline_part: Path | None = None
        options = self.plan.options
        try:
            writer = FilmWriter(part, self.width, self.height, self.fps)
            self.writer = writer
            self.vfinish = (
                video_fade(self.width, self.height, self.fps, self.total, options.fade)
                if options.fade > 0
                else None
            )
            if options.music or options.normalize or options.fade > 0:
                finish = AudioFinish(
                    duration=self.total / float(self.fps),
                    music=Path(options.music) if options.music else None,
                    mute_clips=options.mute_clips,
                    normalize=options.normalize,
                    fade=options.fade,
                )
            self.afinish = finish
            for index, clip in enumerate(self.plan.clips):
                self._clip(index, clip)
            if self.vfinish is not None:
                for frame in self.vfinish.process(None):
                    writer.write_video(frame)
            if finish is not None:
                # Loudness normalisation may hand back a few samples more at its end.
                writer.audio_limit = writer.audio_target()
                for planes in finish.finish():
                    writer.write_audio(planes)
            writer.finish()
            self._progress(force=True)
            if self.plan.timeline is not None:
                # Written before the film is published, so a failure leaves neither.
                timeline_part = write_timeline(
                    part_file(self.plan.timeline),
                    self.uses,
                    self.fps,
                    self.transition,
                    output,
                    relative_to=self.plan.timeline.parent,
                    music=Path(options.music) if options.music else None,
                    force=True,
                )
            self._publish(part, output)
            if timeline_part is not None and self.plan.timeline is not None:
                os.replace(timeline_part, self.plan.timeline)
            done = True
        except KeyboardInterrupt:
            raise CancelledError(
                Message(QT_TRANSLATE_NOOP("core", "The join was stopped; no film was written."))
            ) from None
        except OSError as exc:
            # Only a failure to write the film is reported as one; anything else
            # (a missing library file, ...) keeps its own message.
            if exc.errno in _WRITE_ERRNOS or exc.filename in (str(part), str(output)):
                raise _write_error(exc, output) from exc
            raise
        except Exception as exc:
            import av

            if isinstance(exc, av.FFmpegError) and getattr(exc, "errno", None) in _WRITE_ERRNOS:
                raise _write_error(exc, output) from exc
            raise
        finally:
            if not done:
                if writer is not None:
                    writer.abandon()
                if finish is not None:
                    finish.close()
                with contextlib.suppress(OSError):
                    part.unlink()
                if timeline_part is not None:
                    timeline_part.unlink(missing_ok=True)
        return Film(
            output,
            writer.frames,
            self.width,
            self.height,
            self.fps,
            self.seams,
            self.drift,
            self.plan.timeline,
        )

    def _publish(self, part: Path, output: Path) -> None:
        if self.plan.options.force:
            os.replace(part, output)
            return
        try:
            # A hard link fails if the name was taken meanwhile: never overwrite.
            os.link(part, output)
        except FileExistsError:
            raise InvalidInputError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{path} appeared while the film was being made; it was kept. Add --force "
                        "to replace it.",
                    ),
                    path=str(output),
                ),
                field="output",
            ) from None
        except OSError:
            if output.exists():
                raise
            os.rename(part, output)
            return
        part.unlink()

    def _progress(self, force: bool = False) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise CancelledError(
                Message(QT_TRANSLATE_NOOP("core", "The join was stopped; no film was written."))
            )
        frames = self.writer.frames
        if self.on_progress is not None and (force or frames % 6 == 0):
            self.on_progress(min(frames, self.total), self.total)

    def _emit_video(self, frame: Any) -> None:
        if self.vfinish is not None:
            # The fade filter places its ramps by the film's frame numbers.
            frame.pts, frame.time_base = self._faded, Fraction(1, 1) / self.fps
            self._faded += 1
            for out in self.vfinish.process(frame):
                self.writer.write_video(out)
        else:
            self.writer.write_video(frame)
        self._progress()

    def _emit_audio(self, planes: list[bytes]) -> None:
        if self.afinish is not None:
            for out in self.afinish.push(planes):
                self.writer.write_audio(out)
        else:
            self.writer.write_audio(planes)

    # -- one clip -------------------------------------------------------------

    def _clip(self, index: int, clip: ClipInfo) -> None:
        import av

        last = index == len(self.plan.clips) - 1
        fade = self.transition.is_cut
        n = self.transition.frames
        head_n = 0 if index == 0 or fade else n
        tail_n = 0 if last else (1 if fade else n)
        state = _ClipState(
            head_n=head_n, tail_n=tail_n, fade_in=fade and index > 0, fade_out=fade and not last
        )
        try:
            container = av.open(str(clip.path), "r")
        except (av.FFmpegError, OSError) as exc:
            raise BadClipError(
                Message(
                    QT_TRANSLATE_NOOP("core", "{path}: cannot be opened ({reason})."),
                    path=str(clip.path),
                    reason=str(exc),
                ),
                path=str(clip.path),
            ) from exc
        with container:
            vstream = container.streams.video[0]
            vstream.thread_type = "AUTO"
            astream = container.streams.audio[0] if container.streams.audio else None
            streams = [vstream] + ([astream] if astream is not None else [])
            conformer = Conformer()
            video: _VideoConform | None = None
            for packet in _demux(container, streams, clip.path):
                if packet.stream is vstream:
                    for frame in _decode(packet, clip.path):
                        if video is None:
                            video = _VideoConform(frame, vstream, self)
                        for out in video.push(frame):
                            self._video_frame(index, state, out)
                else:
                    for frame in _decode(packet, clip.path):
                        for out in conformer.push(frame):
                            state.queue.put_frame(out)
                    self._pump_audio(state)
            if video is not None:
                for out in video.push(None):
                    self._video_frame(index, state, out)
            for out in conformer.finish():
                state.queue.put_frame(out)
        state.audio_done = True
        if state.count == 0:
            raise BadClipError(
                Message(
                    QT_TRANSLATE_NOOP("core", "{path}: no frame could be decoded."),
                    path=str(clip.path),
                ),
                path=str(clip.path),
            )
        self._end_clip(index, clip, state)

    def _video_frame(self, index: int, state: _ClipState, frame: Any) -> None:
        if state.count == 0:
            state.first = frame
            self._first_frame_reports(index, frame)
        state.count += 1
        state.last = frame
        if len(state.head) < state.head_n:
            state.head.append(frame)
            if len(state.head) == state.head_n:
                self._crossfade_video(state)
            return
        state.hold.append(frame)
        if len(state.hold) > state.tail_n:
            self._emit_video(state.hold.popleft())
            state.emitted += 1
            self._pump_audio(state)

    def _first_frame_reports(self, index: int, frame: Any) -> None:
        if index > 0:
            self.seams.append(seam(index - 1, self._prev_last, frame))
        if self.plan.keyframes is not None:
            self._drift_first = score(luma(frame), self._keyframe(index, frame))

    def _keyframe(self, index: int, like: Any) -> Any:
        keyframes = self.plan.keyframes
        if index not in self._keyframe_cache and keyframes is not None:
            self._keyframe_cache[index] = keyframe_luma(keyframes[index], like)
        return self._keyframe_cache[index]

    def _crossfade_video(self, state: _ClipState) -> None:
        tb = Fraction(1, 1) / self.fps
        import av.filter

        graph = av.filter.Graph()
        args = (
            f"video_size={self.width}x{self.height}:pix_fmt=yuv420p:time_base={tb}"
            f":frame_rate={self.fps}:pixel_aspect=1/1"
        )
        a, b = graph.add("buffer", args), graph.add("buffer", args)
        xfade = graph.add(
            "xfade", f"transition=fade:duration={float(len(state.head) / self.fps):.6f}:offset=0"
        )
        sink = graph.add("buffersink")
        # Left to itself, FFmpeg 8 runs xfade in yuv444p; every later filter (the
        # film's fade) and the encoder expect the film's yuv420p.
        back = graph.add("format", "pix_fmts=yuv420p")
        a.link_to(xfade, 0, 0)
        b.link_to(xfade, 0, 1)
        xfade.link_to(back)
        back.link_to(sink)
        graph.configure()
        for source, frames in ((a, self._prev_tail), (b, state.head)):
            for i, frame in enumerate(frames):
                frame.pts, frame.time_base = i, tb
                source.push(frame)
            source.push(None)
        from .graphs import drain

        blended = drain(sink)[0]
        if len(blended) != len(state.head):
            raise RuntimeError(f"xfade gave {len(blended)} frames for {len(state.head)}")
        for frame in blended:
            self._emit_video(frame)
        state.emitted += len(state.head)
        self._prev_tail = []
        state.head_done_video = True
        self._pump_audio(state)

    def _pump_audio(self, state: _ClipState) -> None:
        """Send the clip's sound that belongs with the frames already written."""
        if state.head_n and not state.head_audio_done:
            if not state.head_done_video:
                return
            need = _samples_at(state.head_n, self.fps)
            if len(state.queue) < need and not state.audio_done:
                return
            head = state.queue.take(need)
            tail = self._prev_tail_audio or audio.silence(need)
            self._emit_audio(audio.crossfade(tail, head))
            state.sent = need
            state.head_audio_done = True
            self._prev_tail_audio = None
        limit = _samples_at(state.emitted, self.fps)
        if state.fade_out and not state.final:
            limit -= CUT_FADE_SAMPLES
        if not state.audio_done:
            limit = min(limit, state.sent + len(state.queue))
        count = limit - state.sent
        if count <= 0 or (state.fade_in and count < CUT_FADE_SAMPLES and not state.final):
            return
        chunk = state.queue.take(count)
        if state.fade_in:
            chunk = audio.fade(chunk, fade_in=True, samples=CUT_FADE_SAMPLES)
            state.fade_in = False
        if state.fade_out and state.final:
            chunk = audio.fade(chunk, fade_in=False, samples=CUT_FADE_SAMPLES)
        state.sent += count
        self._emit_audio(chunk)

    def _end_clip(self, index: int, clip: ClipInfo, state: _ClipState) -> None:
        if len(state.head) < state.head_n:
            raise BadClipError(
                Message(
                    QT_TRANSLATE_NOOP("core", "{path}: too short for {transition}."),
                    path=str(clip.path),
                    transition=str(self.transition),
                ),
                path=str(clip.path),
            )
        # What is held back now is the tail: the frame a cut drops, or the N
        # frames the next crossfade blends.
        tail = list(state.hold)
        state.final = True
        self._pump_audio(state)
        if not self.transition.is_cut and tail:
            state.queue.skip(_samples_at(state.emitted, self.fps) - state.sent)
            self._prev_tail = tail
            self._prev_tail_audio = state.queue.take(_samples_at(len(tail), self.fps))
        self._prev_last = state.last
        if self.plan.keyframes is not None:
            last_score = score(luma(state.last), self._keyframe(index + 1, state.last))
            self.drift.append(Drift(index, self._drift_first, last_score))
        # The clip's range runs to the start of what follows it: a cut drops its
        # last frame; a crossfade's N frames play on, as the transition, past it.
        self.uses.append(ClipUse(clip.path, frames=state.count, duration=state.count - len(tail)))


@dataclass
class _ClipState:
    head_n: int
    tail_n: int
    fade_in: bool
    fade_out: bool
    queue: SampleQueue = field(default_factory=SampleQueue)
    head: list[Any] = field(default_factory=list)
    hold: deque[Any] = field(default_factory=deque)
    count: int = 0
    emitted: int = 0
    sent: int = 0
    first: Any = None
    last: Any = None
    audio_done: bool = False
    final: bool = False
    head_done_video: bool = False
    head_audio_done: bool = False


class _VideoConform:
    """Decoded frames to the film's size, rate and pixel format (as they are if they match)."""

    def __init__(self, frame: Any, stream: Any, join: _Join) -> None:
        fps = Fraction(stream.average_rate or stream.guessed_rate or join.fps)
        same = (
            frame.width == join.width
            and frame.height == join.height
            and frame.format.name == "yuv420p"
            and fps == join.fps
        )
        self.chain: Chain | None = None
        if not same:
            w, h = join.width, join.height
            specs = [
                ("scale", f"w={w}:h={h}:force_original_aspect_ratio=decrease:flags=bicubic"),
                ("pad", f"w={w}:h={h}:x=(ow-iw)/2:y=(oh-ih)/2:color=black"),
                ("setsar", "1"),
            ]
            if fps != join.fps:
                specs.append(("fps", f"fps={join.fps}"))
            specs.append(("format", "yuv420p"))
            sar = stream.codec_context.sample_aspect_ratio or Fraction(1)
            self.chain = Chain.video(
                frame.width, frame.height, frame.format.name, stream.time_base, fps, specs, sar
            )

    def push(self, frame: Any) -> list[Any]:
        if self.chain is None:
            return [] if frame is None else [frame]
        return self.chain.process(frame)


def _demux(container: Any, streams: list[Any], path: Path) -> Any:
    import av

    packets = container.demux(streams)
    while True:
        try:
            packet = next(packets)
        except StopIteration:
            return
        except av.FFmpegError as exc:
            raise BadClipError(
                Message(
                    QT_TRANSLATE_NOOP("core", "{path}: damaged, cannot be read ({reason})."),
                    path=str(path),
                    reason=str(exc),
                ),
                path=str(path),
            ) from exc
        yield packet


def _decode(packet: Any, path: Path) -> list[Any]:
    import av

    try:
        frames: list[Any] = packet.decode()
    except av.FFmpegError as exc:
        raise BadClipError(
            Message(
                QT_TRANSLATE_NOOP("core", "{path}: damaged, cannot be decoded ({reason})."),
                path=str(path),
                reason=str(exc),
            ),
            path=str(path),
        ) from exc
    return frames


_WRITE_ERRNOS = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT, errno.EIO, errno.EACCES, errno.EROFS)


def _write_error(exc: BaseException, output: Path) -> FilmWriteError:
    code = getattr(exc, "errno", None)
    path = str(output)
    if code == errno.ENOSPC:
        message = Message(
            QT_TRANSLATE_NOOP(
                "core",
                "Cannot write {path}: the disk is full. Nothing was saved; free some space or "
                "choose another folder, then join again.",
            ),
            path=path,
        )
    elif code == errno.EDQUOT:
        message = Message(
            QT_TRANSLATE_NOOP(
                "core",
                "Cannot write {path}: the disk quota is used up. Nothing was saved; free some "
                "space or choose another folder, then join again.",
            ),
            path=path,
        )
    elif code == errno.EFBIG:
        message = Message(
            QT_TRANSLATE_NOOP(
                "core",
                "Cannot write {path}: the file is larger than this disk or account allows. "
                "Nothing was saved; free some space or choose another folder, then join again.",
            ),
            path=path,
        )
    elif code == errno.EACCES:
        message = Message(
            QT_TRANSLATE_NOOP(
                "core",
                "Cannot write {path}: permission denied. Nothing was saved; free some space or "
                "choose another folder, then join again.",
            ),
            path=path,
        )
    elif code == errno.EROFS:
        message = Message(
            QT_TRANSLATE_NOOP(
                "core",
                "Cannot write {path}: the disk is read-only. Nothing was saved; free some space "
                "or choose another folder, then join again.",
            ),
            path=path,
        )
    else:
        message = Message(
            QT_TRANSLATE_NOOP(
                "core",
                "Cannot write {path}: {reason}. Nothing was saved; free some space or choose "
                "another folder, then join again.",
            ),
            path=path,
            reason=getattr(exc, "strerror", None) or str(exc),
        )
    return FilmWriteError(message)
