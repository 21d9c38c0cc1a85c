"""The film's sound as 48 kHz stereo planar float: queues, fades and crossfades.

Samples are moved as bytes (one ``bytearray`` per channel); every change to
their values (resampling, fades, the crossfade, the mix) is FFmpeg's.
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction
from typing import Any

from .graphs import Chain, Spec, drain

SAMPLE_RATE = 48_000
LAYOUT = "stereo"
CHANNELS = 2
SAMPLE_FMT = "fltp"
BYTES = 4  # float32
#: The fade on each side of a cut: long enough that no click is left, short
#: enough not to be heard as a dip (10-20 ms is the usual editor's range).
CUT_FADE_SAMPLES = SAMPLE_RATE * 15 // 1000

#: Resample any decoded sound to the film's format.
CONFORM: list[Spec] = [
    ("aresample", f"{SAMPLE_RATE}"),
    ("aformat", f"sample_fmts={SAMPLE_FMT}:channel_layouts={LAYOUT}"),
]


def make_frame(planes: list[bytes], pts: int = 0) -> Any:
    import av

    samples = len(planes[0]) // BYTES
    frame = av.AudioFrame(format=SAMPLE_FMT, layout=LAYOUT, samples=samples, align=1)
    for plane, data in zip(frame.planes, planes):
        plane.update(data)
    frame.sample_rate = SAMPLE_RATE
    frame.pts = pts
    frame.time_base = Fraction(1, SAMPLE_RATE)
    return frame


def frame_planes(frame: Any) -> list[bytes]:
    size = frame.samples * BYTES
    return [bytes(memoryview(plane)[:size]) for plane in frame.planes]


class SampleQueue:
    """Samples in arrival order; takes come out exact, padded with silence past the end."""

    def __init__(self) -> None:
        self._channels = [bytearray() for _ in range(CHANNELS)]
        self._start = 0  # bytes already taken, dropped lazily

    def __len__(self) -> int:
        return (len(self._channels[0]) - self._start) // BYTES

    def put_frame(self, frame: Any) -> None:
        for channel, data in zip(self._channels, frame_planes(frame)):
            channel += data

    def put_planes(self, planes: list[bytes]) -> None:
        for channel, data in zip(self._channels, planes):
            channel += data

    def take(self, count: int) -> list[bytes]:
        """``count`` samples per channel; silence stands in for what is missing."""
        size = count * BYTES
        out = []
        for channel in self._channels:
            piece = bytes(channel[self._start : self._start + size])
            out.append(piece + bytes(size - len(piece)))
        self._start += size
        if self._start >= (1 << 20) or self._start >= len(self._channels[0]):
            for channel in self._channels:
                del channel[: self._start]
            self._start = 0
        return out

    def skip(self, count: int) -> None:
        self.take(count)


def silence(count: int) -> list[bytes]:
    return [bytes(count * BYTES) for _ in range(CHANNELS)]


def _run(specs: list[Spec], planes: list[bytes]) -> list[bytes]:
    chain = Chain.audio(SAMPLE_RATE, SAMPLE_FMT, LAYOUT, specs)
    queue = SampleQueue()
    for frame in chain.process(make_frame(planes)) + chain.process(None):
        queue.put_frame(frame)
    return queue.take(len(planes[0]) // BYTES)


def fade(planes: list[bytes], *, fade_in: bool, samples: int) -> list[bytes]:
    """A fade over the first (in) or last (out) ``samples`` of the chunk."""
    total = len(planes[0]) // BYTES
    samples = min(samples, total)
    if samples <= 0:
        return planes
    if fade_in:
        return _run([("afade", f"t=in:ss=0:ns={samples}")], planes)
    return _run([("afade", f"t=out:ss={total - samples}:ns={samples}")], planes)


def crossfade(tail: list[bytes], head: list[bytes]) -> list[bytes]:
    """Equal-power crossfade of two chunks of the same length (quarter-sine curves)."""
    import av.filter

    samples = len(tail[0]) // BYTES
    graph = av.filter.Graph()
    args = (
        f"sample_rate={SAMPLE_RATE}:sample_fmt={SAMPLE_FMT}:channel_layout={LAYOUT}"
        f":time_base=1/{SAMPLE_RATE}"
    )
    first = graph.add("abuffer", args)
    second = graph.add("abuffer", args)
    mix = graph.add("acrossfade", f"ns={samples}:c1=qsin:c2=qsin")
    sink = graph.add("abuffersink")
    first.link_to(mix, 0, 0)
    second.link_to(mix, 0, 1)
    mix.link_to(sink)
    graph.configure()
    first.push(make_frame(tail))
    first.push(None)
    second.push(make_frame(head))
    second.push(None)
    queue = SampleQueue()
    for frame in drain(sink)[0]:
        queue.put_frame(frame)
    return queue.take(samples)


class Conformer:
    """Decoded sound in, the film's format out (frames already in it pass as they are)."""

    def __init__(self) -> None:
        self._chain: Chain | None = None
        self._passthrough: bool | None = None

    def push(self, frame: Any) -> list[Any]:
        if self._passthrough is None:
            self._passthrough = (
                frame.sample_rate == SAMPLE_RATE
                and frame.format.name == SAMPLE_FMT
                and frame.layout.name == LAYOUT
            )
            if not self._passthrough:
                self._chain = Chain.audio(
                    frame.sample_rate, frame.format.name, frame.layout.name, CONFORM
                )
        if self._chain is None:
            return [frame]
        return self._chain.process(frame)

    def finish(self) -> list[Any]:
        return self._chain.process(None) if self._chain is not None else []


def decoded(container: Any, stream: Any) -> Iterator[Any]:
    """The stream's frames conformed to the film's sound format."""
    conformer = Conformer()
    for packet in container.demux(stream):
        for frame in packet.decode():
            yield from conformer.push(frame)
    yield from conformer.finish()
