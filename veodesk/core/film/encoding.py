"""The film's file: H.264/AAC MP4 with the index at the front, written to ``.part``.

The encoder settings are pinned here and mirrored by the benchmark's ffmpeg
command line (tests/benchmarks/bench_film.py) so both do the same work.
"""

from __future__ import annotations

import queue
import threading
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
#: Decoded frames waiting for the video encoder's thread (3 MB each at 1080p):
#: enough to keep it busy while the joiner decodes and encodes the sound.
ENCODE_QUEUE = 8


def x264_options() -> dict[str, str]:
    return {"preset": X264_PRESET, "crf": str(X264_CRF)}


class FilmWriter:
    """Encodes frames and sound in the film's order and muxes them into ``path``.

    The picture is encoded on a thread of its own (libx264 runs without the
    GIL): on one thread, decoding the clips and encoding their sound (a fifth
    of the time) waited for the picture's encoder, and the join took 1.36x the
    ffmpeg command line's time (tests/benchmarks/bench_film.py). Packets from
    both encoders reach the muxer under one lock; the muxer interleaves them.
    """

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
        self._mux_lock = threading.Lock()
        self._pending: queue.Queue[Any] = queue.Queue(ENCODE_QUEUE)
        self._failure: BaseException | None = None
        self._stopping = False
        # Started from the join's thread, so on Linux it shares that thread's
        # lowered priority.
        self._encoder = threading.Thread(target=self._encode_video, name="film-encoder")
        self._encoder.start()

    def write_video(self, frame: Any) -> None:
        self._raise_failure()
        frame.pts = self.frames
        frame.time_base = self._time_base
        # A decoded frame remembers its type (I/P/B) and libx264 would obey it,
        # copying the source's GOP instead of choosing its own.
        frame.pict_type = 0
        self._pending.put(frame)
        self.frames += 1

    def write_audio(self, planes: list[bytes]) -> None:
        count = len(planes[0]) // 4
        if self.audio_limit is not None and self.samples + count > self.audio_limit:
            count = max(0, self.audio_limit - self.samples)
            planes = [plane[: count * 4] for plane in planes]
        if count == 0:
            return
        packets = self.audio.encode(make_frame(planes, self.samples))
        with self._mux_lock:
            self.container.mux(packets)
        self.samples += count

    def audio_target(self) -> int:
        """Samples that match the frames written so far, to the sample."""
        return self.frames * SAMPLE_RATE * self.fps.denominator // self.fps.numerator

    def finish(self) -> None:
        missing = self.audio_target() - self.samples
        if missing > 0:
            self.write_audio(silence(missing))
        self._stop_encoder()
        self._raise_failure()
        self.container.mux(self.video.encode(None))
        self.container.mux(self.audio.encode(None))
        self.container.close()

    def abandon(self) -> None:
        import contextlib

        self._stopping = True  # the frames still queued are dropped, not encoded
        self._stop_encoder()
        with contextlib.suppress(Exception):
            self.container.close()

    def _encode_video(self) -> None:
        while (frame := self._pending.get()) is not None:
            # After a failure or an abandon, the queue is only drained, so that
            # the joiner's put() never waits on a thread that has stopped working.
            if self._failure is not None or self._stopping:
                continue
            try:
                packets = self.video.encode(frame)
                with self._mux_lock:
                    self.container.mux(packets)
            except BaseException as exc:  # handed to the joiner's thread
                self._failure = exc

    def _stop_encoder(self) -> None:
        if self._encoder.is_alive():
            self._pending.put(None)
            self._encoder.join()

    def _raise_failure(self) -> None:
        if self._failure is not None:
            raise self._failure
