"""Real clips for the joiner's tests, encoded here with PyAV, and ways to read films back."""

from __future__ import annotations

import math
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import numpy as np

SAMPLE_RATE = 48_000


def make_clip(
    path: Path,
    *,
    size: tuple[int, int] = (320, 180),
    fps: int | Fraction = 24,
    frames: int = 48,
    audio: bool = True,
    freq: float = 440.0,
    amplitude: float = 0.5,
    shade: int = 0,
    crf: int = 12,
    flash: int | None = None,
) -> Path:
    """A moving picture (gradient, bars, a square that travels) and a steady sine.

    The sine runs at full level to both ends, so a plain cut between two clips
    clicks; ``shade`` makes each clip's picture its own. With ``flash``, that
    frame is white and the sound is silent but for a burst starting with it: a
    sync mark.
    """
    width, height = size
    fps = Fraction(fps)
    with av.open(str(path), "w", format="mp4") as container:
        video = container.add_stream("libx264", rate=fps)
        video.width, video.height, video.pix_fmt = width, height, "yuv420p"
        video.options = {"preset": "ultrafast", "crf": str(crf)}
        sound = None
        if audio:
            sound = container.add_stream("aac", rate=SAMPLE_RATE, layout="stereo")
        ys, xs = np.mgrid[0:height, 0:width]
        total_samples = round(frames * SAMPLE_RATE / fps)
        phase = shade * 0.7
        sent = 0
        for index in range(frames):
            rgb = np.zeros((height, width, 3), np.uint8)
            rgb[..., 0] = (xs * 255 // max(1, width - 1) + shade * 40) % 256
            rgb[..., 1] = (ys * 255 // max(1, height - 1) + index * 2) % 256
            rgb[..., 2] = (shade * 70 + 60) % 256
            side = max(8, height // 6)
            x0 = (index * 5) % max(1, width - side)
            rgb[height // 3 : height // 3 + side, x0 : x0 + side] = 255
            if flash is not None and index == flash:
                rgb[...] = 255
            frame = av.VideoFrame.from_ndarray(rgb, format="rgb24")
            frame.pts = index
            frame.time_base = 1 / fps
            container.mux(video.encode(frame))
            if sound is None:
                continue
            until = min(total_samples, round((index + 1) * SAMPLE_RATE / fps))
            if until > sent:
                t = (np.arange(sent, until) / SAMPLE_RATE).astype(np.float64)
                wave = (amplitude * np.sin(2 * math.pi * freq * t + phase)).astype(np.float32)
                if flash is not None:
                    start = flash * SAMPLE_RATE / fps
                    index_s = np.arange(sent, until)
                    wave[(index_s < start) | (index_s >= start + SAMPLE_RATE // 10)] = 0.0
                chunk = av.AudioFrame.from_ndarray(
                    np.stack([wave, wave]), format="fltp", layout="stereo"
                )
                chunk.sample_rate = SAMPLE_RATE
                chunk.pts = sent
                container.mux(sound.encode(chunk))
                sent = until
        container.mux(video.encode(None))
        if sound is not None:
            container.mux(sound.encode(None))
    return path


def video_lumas(path: Path) -> list[np.ndarray]:
    """Every frame's Y plane, as decoded."""
    with av.open(str(path)) as container:
        return [f.to_ndarray(format="gray").astype(np.float64) for f in container.decode(video=0)]


def audio_samples(path: Path) -> np.ndarray:
    """The sound as (channels, samples) float32 at 48 kHz."""
    with av.open(str(path)) as container:
        if not container.streams.audio:
            return np.zeros((2, 0), np.float32)
        parts = [f.to_ndarray() for f in container.decode(audio=0)]
    return np.concatenate(parts, axis=1) if parts else np.zeros((2, 0), np.float32)


def frame_count(path: Path) -> int:
    with av.open(str(path)) as container:
        return sum(1 for _ in container.decode(video=0))


def stream_info(path: Path) -> dict[str, Any]:
    with av.open(str(path)) as container:
        v = container.streams.video[0]
        a = container.streams.audio[0] if container.streams.audio else None
        return {
            "width": v.codec_context.width,
            "height": v.codec_context.height,
            "fps": v.average_rate,
            "video_codec": v.codec_context.name,
            "audio_codec": a.codec_context.name if a else None,
            "video_seconds": float(v.duration * v.time_base) if v.duration else None,
            "audio_seconds": float(a.duration * a.time_base) if a and a.duration else None,
        }


def psnr(a: np.ndarray, b: np.ndarray) -> float:
    mse = float(np.mean((a - b) ** 2))
    return math.inf if mse == 0 else 10 * math.log10(255.0**2 / mse)
