"""The MP4 encoder: cross-fade, caption, watermark, soft tone. H.264 + AAC via PyAV.

PyAV is imported inside the functions: the app imports the sandbox in demo mode
and must not pay for FFmpeg's libraries before a render is needed. Pillow does
the blending and the standard library the tone, so the installed app carries no
numpy (42 MB with its BLAS).
"""

from __future__ import annotations

import contextlib
import functools
import math
import os
import sys
import tempfile
import threading
from array import array
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from .overlay import key_frame, overlay_layer

if TYPE_CHECKING:
    import av
    from PIL import Image

#: Bumped whenever the output for the same inputs changes, so stale cache entries die.
RENDER_VERSION = 2

SAMPLE_RATE = 48_000
AUDIO_FRAME_SAMPLES = 1024  # the AAC encoder's fixed frame size
HOLD_FRACTION = 0.15  # still time on each key frame before / after the fade
TONE_START_HZ = 220.0
TONE_END_HZ = 330.0
TONE_AMPLITUDE = 0.12
FADE_SECONDS = 0.5


class RenderCancelled(Exception):
    """The sandbox stopped while this video was being encoded."""


def fade_weights(frame_count: int) -> list[int]:
    """Per-frame weight of the last image, 0..256, sampled at each frame's midpoint."""
    weights = []
    span = 1.0 - 2 * HOLD_FRACTION
    for index in range(frame_count):
        t = (index + 0.5) / frame_count
        u = min(1.0, max(0.0, (t - HOLD_FRACTION) / span))
        weights.append(round(256 * u * u * (3 - 2 * u)))  # smoothstep eases both ends
    return weights


@functools.lru_cache(maxsize=4)
def tone(duration: int) -> bytes:
    """Mono float32 samples (native order): a quiet 220→330 Hz glide with fades."""
    total = SAMPLE_RATE * duration
    fade = min(FADE_SECONDS, duration / 4)
    sweep = (TONE_END_HZ - TONE_START_HZ) / (2 * duration)
    samples = array("f", bytes(4 * total))
    for index in range(total):
        t = index / SAMPLE_RATE
        # Phase is the integral of the linearly rising frequency.
        phase = 2 * math.pi * (TONE_START_HZ * t + sweep * t * t)
        envelope = min(1.0, min(t, duration - t) / fade)
        samples[index] = TONE_AMPLITUDE * envelope * math.sin(phase)
    if sys.byteorder != "little":
        samples.byteswap()  # FFmpeg's "fltp" here means float32 little-endian
    return samples.tobytes()


def _audio_frame(mono: bytes, start: int, stop: int) -> av.AudioFrame:
    """Samples start..stop of the tone on both channels of a planar float frame."""
    import av

    # align=1: each plane is exactly the samples, so update() takes them as they are.
    frame = av.AudioFrame(format="fltp", layout="stereo", samples=stop - start, align=1)
    chunk = mono[4 * start : 4 * stop]
    for plane in frame.planes:
        plane.update(chunk)
    frame.sample_rate = SAMPLE_RATE
    frame.pts = start
    frame.time_base = Fraction(1, SAMPLE_RATE)
    return frame


def _planes(image: Image.Image) -> list[Image.Image]:
    """The Y, U and V planes of the image in yuv420p, each as a greyscale image.

    Rows keep FFmpeg's padding, so a blend of two of them fills a new frame's plane
    byte for byte.
    """
    import av
    from PIL import Image

    frame = av.VideoFrame.from_image(image).reformat(format="yuv420p")
    return [
        Image.frombuffer("L", (plane.line_size, plane.height), bytes(plane), "raw", "L", 0, 1)
        for plane in frame.planes
    ]


def _blend(start: list[Image.Image], end: list[Image.Image], weight: int) -> av.VideoFrame:
    import av
    from PIL import Image

    width, height = start[0].size
    frame = av.VideoFrame(width, height, "yuv420p")
    # Blend in YUV: the RGB→YUV matrix is linear, so this equals an RGB blend on
    # half the bytes, and it spares a colour conversion per frame.
    for plane, a, b in zip(frame.planes, start, end):
        plane.update(Image.blend(a, b, weight / 256).tobytes())
    return frame


def render_mp4(
    first: Image.Image,
    last: Image.Image,
    *,
    prompt: str,
    size: tuple[int, int],
    duration: int,
    fps: int = 24,
    audio: bool = True,
    cancel: threading.Event | None = None,
) -> bytes:
    """Encode the sandbox's stand-in for a Veo clip and return the MP4 bytes.

    Exactly ``duration * fps`` video frames and, with ``audio``, exactly
    ``duration`` seconds of 48 kHz stereo AAC. The moov atom is at the front
    (faststart) so players can start before the download ends.
    """
    import av

    layer = overlay_layer(size, prompt)
    start = _planes(key_frame(first, size, layer))
    end = _planes(key_frame(last, size, layer))
    frame_count = duration * fps
    video_tb = Fraction(1, fps)
    samples = tone(duration) if audio else None
    total_samples = SAMPLE_RATE * duration

    fd, path = tempfile.mkstemp(prefix="veodesk-sandbox-", suffix=".mp4")
    os.close(fd)
    try:
        # faststart rewrites the file at close, which needs a real seekable file.
        with av.open(path, "w", format="mp4", options={"movflags": "+faststart"}) as container:
            video = container.add_stream("libx264", rate=fps)
            video.width, video.height = size
            video.pix_fmt = "yuv420p"
            video.codec_context.gop_size = fps * 2
            video.options = {"preset": "ultrafast", "crf": "26"}
            audio_stream: Any = None
            if samples is not None:
                audio_stream = container.add_stream("aac", rate=SAMPLE_RATE, layout="stereo")

            blended: tuple[int, av.VideoFrame] | None = None
            sample_pos = 0
            for index, weight in enumerate(fade_weights(frame_count)):
                if cancel is not None and cancel.is_set():
                    raise RenderCancelled
                if blended is None or blended[0] != weight:
                    # The fade is monotonic: only the last blend can come back (the holds).
                    blended = (weight, _blend(start, end, weight))
                frame = blended[1]
                frame.pts = index
                frame.time_base = video_tb
                for packet in video.encode(frame):
                    container.mux(packet)
                if samples is None:
                    continue
                # Keep audio in step with video so the muxer never buffers a whole stream.
                until = min(total_samples, (index + 1) * SAMPLE_RATE // fps)
                while sample_pos < until:
                    stop = min(sample_pos + AUDIO_FRAME_SAMPLES, total_samples)
                    for packet in audio_stream.encode(_audio_frame(samples, sample_pos, stop)):
                        container.mux(packet)
                    sample_pos = stop
            for packet in video.encode(None):
                container.mux(packet)
            if audio_stream is not None:
                for packet in audio_stream.encode(None):
                    container.mux(packet)
        with open(path, "rb") as handle:
            return handle.read()
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)
