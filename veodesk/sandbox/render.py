"""The MP4 encoder: cross-fade, caption, watermark, soft tone. H.264 + AAC via PyAV.

PyAV and numpy are imported inside the functions: the app imports the sandbox in
demo mode and must not pay for FFmpeg's libraries before a render is needed.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from .overlay import key_frame, overlay_layer

if TYPE_CHECKING:
    import numpy as np
    from PIL import Image

#: Bumped whenever the output for the same inputs changes, so stale cache entries die.
RENDER_VERSION = 1

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


def tone(duration: int) -> np.ndarray:
    """Stereo float32 samples, shape (2, n): a quiet 220→330 Hz glide with fades."""
    import numpy as np

    total = SAMPLE_RATE * duration
    t = np.arange(total, dtype=np.float64) / SAMPLE_RATE
    # Phase is the integral of the linearly rising frequency.
    phase = 2 * np.pi * (TONE_START_HZ * t + (TONE_END_HZ - TONE_START_HZ) * t * t / (2 * duration))
    envelope = np.minimum(1.0, np.minimum(t, duration - t) / min(FADE_SECONDS, duration / 4))
    mono = (TONE_AMPLITUDE * envelope * np.sin(phase)).astype(np.float32)
    return np.ascontiguousarray(np.stack([mono, mono]))


def _yuv420(image: Image.Image) -> np.ndarray:
    import av

    return av.VideoFrame.from_image(image).reformat(format="yuv420p").to_ndarray()


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
    import numpy as np

    layer = overlay_layer(size, prompt)
    # Blend in YUV: the RGB→YUV matrix is linear, so this equals an RGB blend,
    # and it spares a colour conversion per frame.
    start = _yuv420(key_frame(first, size, layer)).astype(np.uint16)
    end = _yuv420(key_frame(last, size, layer)).astype(np.uint16)
    frame_count = duration * fps
    video_tb = Fraction(1, fps)
    audio_tb = Fraction(1, SAMPLE_RATE)
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

            blended: dict[int, np.ndarray] = {}
            sample_pos = 0
            for index, weight in enumerate(fade_weights(frame_count)):
                if cancel is not None and cancel.is_set():
                    raise RenderCancelled
                pixels = blended.get(weight)
                if pixels is None:
                    pixels = ((start * (256 - weight) + end * weight + 128) >> 8).astype(np.uint8)
                    blended = {weight: pixels}  # the fade is monotonic: keep only the last
                frame = av.VideoFrame.from_ndarray(pixels, format="yuv420p")
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
                    chunk = np.ascontiguousarray(samples[:, sample_pos:stop])
                    audio_frame = av.AudioFrame.from_ndarray(chunk, format="fltp", layout="stereo")
                    audio_frame.sample_rate = SAMPLE_RATE
                    audio_frame.pts = sample_pos
                    audio_frame.time_base = audio_tb
                    for packet in audio_stream.encode(audio_frame):
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
