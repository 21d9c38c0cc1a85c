"""Film-wide finishing: fades, loudness normalisation and the music bed.

Each is an FFmpeg filter on the film's frames as they leave the joiner, so the
film is never held in memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path
from typing import Any

from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message

from . import audio
from .audio import LAYOUT, SAMPLE_FMT, SAMPLE_RATE, SampleQueue
from .errors import BadClipError
from .graphs import Chain, drain

#: Loudness target (EBU R128 integrated), true-peak ceiling and loudness range.
LOUDNESS_LUFS = -16.0
TRUE_PEAK_DB = -1.5
LOUDNESS_RANGE = 11.0
#: Music under the clips' own sound sits about 10 dB down; alone it plays as it is.
MUSIC_UNDER_GAIN = 0.316
#: A music track longer than the film fades out over its last seconds.
MUSIC_FADE_SECONDS = 3.0


def video_fade(width: int, height: int, fps: Fraction, total: int, seconds: float) -> Chain:
    frames = max(1, min(total // 2, round(seconds * fps)))
    return Chain.video(
        width,
        height,
        "yuv420p",
        Fraction(1, 1) / fps,
        fps,
        [("fade", f"t=in:s=0:n={frames}"), ("fade", f"t=out:s={total - frames}:n={frames}")],
    )


def open_music(path: Path) -> tuple[Any, Any]:
    import av

    if not path.is_file():
        raise BadClipError(
            Message(QT_TRANSLATE_NOOP("core", "Music {path}: no such file."), path=str(path)),
            path=str(path),
        )
    try:
        container = av.open(str(path), "r")
    except (av.FFmpegError, OSError, UnicodeDecodeError) as exc:
        raise BadClipError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Music {path}: not a sound file FFmpeg can read. Use MP3, WAV, FLAC or AAC.",
                ),
                path=str(path),
            ),
            path=str(path),
        ) from exc
    if not container.streams.audio:
        container.close()
        raise BadClipError(
            Message(QT_TRANSLATE_NOOP("core", "Music {path}: has no sound."), path=str(path)),
            path=str(path),
        )
    return container, container.streams.audio[0]


class AudioFinish:
    """clips' sound [+ music] → amix → loudnorm → fades, pushed and pulled in step."""

    def __init__(
        self,
        *,
        duration: float,
        music: Path | None,
        mute_clips: bool,
        normalize: bool,
        fade: float,
    ) -> None:
        import av.filter

        self.mute_clips = mute_clips
        args = (
            f"sample_rate={SAMPLE_RATE}:sample_fmt={SAMPLE_FMT}:channel_layout={LAYOUT}"
            f":time_base=1/{SAMPLE_RATE}"
        )
        graph = av.filter.Graph()
        self.graph = graph
        self.clips = graph.add("abuffer", args)
        node = self.clips
        self.music = None
        self._music_frames: Iterator[Any] | None = None
        self._music_queue = SampleQueue()
        self._music_container = None
        self._music_path = music
        if music is not None:
            container, stream = open_music(music)
            self._music_container = container
            self._music_frames = audio.decoded(container, stream)
            self.music = graph.add("abuffer", args)
            music_node = self.music
            specs = [("volume", f"{1.0 if mute_clips else MUSIC_UNDER_GAIN}")]
            music_seconds = float(container.duration or 0) / 1_000_000
            if music_seconds > duration:
                fade_out = min(MUSIC_FADE_SECONDS, duration / 4)
                specs.append(("afade", f"t=out:st={duration - fade_out:.6f}:d={fade_out:.6f}"))
            for name, spec in specs:
                nxt = graph.add(name, spec)
                music_node.link_to(nxt)
                music_node = nxt
            mix = graph.add("amix", "inputs=2:duration=first:normalize=0")
            node.link_to(mix, 0, 0)
            music_node.link_to(mix, 0, 1)
            node = mix
        specs = []
        if normalize:
            specs += [
                ("loudnorm", f"I={LOUDNESS_LUFS}:TP={TRUE_PEAK_DB}:LRA={LOUDNESS_RANGE}"),
                ("aresample", f"{SAMPLE_RATE}"),
            ]
        if fade > 0:
            fade = min(fade, duration / 2)
            specs += [
                ("afade", f"t=in:st=0:d={fade:.6f}"),
                ("afade", f"t=out:st={duration - fade:.6f}:d={fade:.6f}"),
            ]
        specs.append(("aformat", f"sample_fmts={SAMPLE_FMT}:channel_layouts={LAYOUT}"))
        for name, spec in specs:
            nxt = graph.add(name, spec)
            node.link_to(nxt)
            node = nxt
        self.sink = graph.add("abuffersink")
        node.link_to(self.sink)
        graph.configure()
        self.pts = 0

    def _music_chunk(self, count: int) -> list[bytes]:
        import av

        while len(self._music_queue) < count and self._music_frames is not None:
            try:
                self._music_queue.put_frame(next(self._music_frames))
            except StopIteration:
                self._music_frames = None
            except av.FFmpegError as exc:
                raise BadClipError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core", "Music {path}: damaged, cannot be decoded ({reason})."
                        ),
                        path=str(self._music_path),
                        reason=str(exc),
                    ),
                    path=str(self._music_path),
                ) from exc
        return self._music_queue.take(count)

    def push(self, planes: list[bytes]) -> list[list[bytes]]:
        count = len(planes[0]) // audio.BYTES
        if count == 0:
            return []
        if self.mute_clips:
            planes = audio.silence(count)
        self.clips.push(audio.make_frame(planes, self.pts))
        if self.music is not None:
            self.music.push(audio.make_frame(self._music_chunk(count), self.pts))
        self.pts += count
        return [audio.frame_planes(f) for f in drain(self.sink)[0]]

    def finish(self) -> list[list[bytes]]:
        self.clips.push(None)
        if self.music is not None:
            self.music.push(None)
        out = [audio.frame_planes(f) for f in drain(self.sink)[0]]
        self.close()
        return out

    def close(self) -> None:
        if self._music_container is not None:
            self._music_container.close()
            self._music_container = None
