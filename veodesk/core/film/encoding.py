"""The film's file: H.264/AAC MP4 with the index at the front, written to ``.part``.

The encoder settings are pinned here and mirrored by the benchmark's ffmpeg
command line (tests/benchmarks/bench_film.py) so both do the same work.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Any

from .audio import LAYOUT, SAMPLE_RATE, make_frame, silence

#: libx264 preset: "medium" encodes 1080p at ~17 fps on a 2-core machine, too slow
#: to join faster than real time; "veryfast" is about 3x faster.
X264_PRESET = "veryfast"
#: Keeps every frame at or above 40 dB luma PSNR against its source
#: (tests/test_film_join.py): at CRF 18 the frame after a clip's first one fell
#: to 39 dB on sharp synthetic test clips; CRF 17 keeps them all above 43 dB.
X264_CRF = 17
#: A keyframe every 2 seconds, so the player seeks quickly in a long film.
GOP_SECONDS = 2
AAC_BIT_RATE = 192_000


def x264_options() -> dict[str, str]:
    return {"preset": X264_PRESET, "crf": str(X264_CRF)}


class FilmWriter:
    """Encodes frames and sound in the film's order and muxes them into ``path``."""

    def __init__(self, path: Path, width: int, height: int, fps: Fraction) -> None:
        import av

        self.fps = fps
        self.container = av.open(str(path), "w", format="mp4", options={"movflags": "+faststart"})
        video = self.container.add_stream("libx264", rate=fps)
        video.width, video.height, video.pix_fmt = width, height, "yuv420p"
        video.codec_context.gop_size = round(GOP_SECONDS * fps)
        video.codec_context.thread_count = 0
        video.codec_context.options = x264_options()
        audio = self.container.add_stream("aac", rate=SAMPLE_RATE, layout=LAYOUT)
        audio.codec_context.bit_rate = AAC_BIT_RATE
        self.video, self.audio = video, audio
        self.frames = 0
        self.samples = 0
        #: Sound past this many samples is dropped: the film ends with its picture.
        self.audio_limit: int | None = None
        self._time_base = Fraction(1, 1) / fps

    def write_video(self, frame: Any) -> None:
        frame.pts = self.frames
        frame.time_base = self._time_base
        # A decoded frame remembers its type (I/P/B) and libx264 would obey it,
        # copying the source's GOP instead of choosing its own.
        frame.pict_type = 0
        self.container.mux(self.video.encode(frame))
        self.frames += 1

    def write_audio(self, planes: list[bytes]) -> None:
        count = len(planes[0]) // 4
        if self.audio_limit is not None and self.samples + count > self.audio_limit:
            count = max(0, self.audio_limit - self.samples)
            planes = [plane[: count * 4] for plane in planes]
        if count == 0:
            return
        self.container.mux(self.audio.encode(make_frame(planes, self.samples)))
        self.samples += count

    def audio_target(self) -> int:
        """Samples that match the frames written so far, to the sample."""
        return self.frames * SAMPLE_RATE * self.fps.denominator // self.fps.numerator

    def finish(self) -> None:
        missing = self.audio_target() - self.samples
        if missing > 0:
            self.write_audio(silence(missing))
        self.container.mux(self.video.encode(None))
        self.container.mux(self.audio.encode(None))
        self.container.close()

    def abandon(self) -> None:
        import contextlib

        with contextlib.suppress(Exception):
            self.container.close()
