"""Linear FFmpeg filter chains on PyAV's filter graphs: frames in, frames out."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import Any

#: (filter name, its arguments as FFmpeg's "key=value:key=value" string)
Spec = tuple[str, str]


def drain(sink: Any) -> tuple[list[Any], bool]:
    """Every frame the sink has now, and whether it reached the end of the stream."""
    import av

    frames = []
    while True:
        try:
            frames.append(sink.pull())
        except av.BlockingIOError:
            return frames, False
        except av.EOFError:
            return frames, True


class Chain:
    """buffer → filters → buffersink, for video or audio."""

    def __init__(self, source_args: str, audio: bool, specs: Sequence[Spec]) -> None:
        import av.filter

        self.graph = av.filter.Graph()
        self.source = self.graph.add("abuffer" if audio else "buffer", source_args)
        node = self.source
        for name, args in specs:
            nxt = self.graph.add(name, args)
            node.link_to(nxt)
            node = nxt
        self.sink = self.graph.add("abuffersink" if audio else "buffersink")
        node.link_to(self.sink)
        self.graph.configure()

    @classmethod
    def video(
        cls,
        width: int,
        height: int,
        pix_fmt: str,
        time_base: Fraction,
        fps: Fraction,
        specs: Sequence[Spec],
        sar: Fraction = Fraction(1),
    ) -> Chain:
        args = (
            f"video_size={width}x{height}:pix_fmt={pix_fmt}:time_base={time_base}"
            f":frame_rate={fps}:pixel_aspect={sar or Fraction(1)}"
        )
        return cls(args, False, specs)

    @classmethod
    def audio(cls, sample_rate: int, sample_fmt: str, layout: str, specs: Sequence[Spec]) -> Chain:
        args = (
            f"sample_rate={sample_rate}:sample_fmt={sample_fmt}:channel_layout={layout}"
            f":time_base=1/{sample_rate}"
        )
        return cls(args, True, specs)

    def process(self, frame: Any) -> list[Any]:
        """Push a frame (None: the end) and return what comes out."""
        self.source.push(frame)
        return drain(self.sink)[0]
