"""The sandbox's padded videos: as big as asked, still a valid MP4."""

from __future__ import annotations

import io

import av
import pytest

from veodesk.sandbox.render import render_mp4
from veodesk.sandbox.worker import padded


def test_padding_grows_the_file_with_a_free_box_players_skip() -> None:
    from PIL import Image

    frame = Image.new("RGB", (64, 64), (200, 40, 40))
    video = render_mp4(frame, frame, prompt="", size=(64, 64), duration=1, fps=4, audio=False)
    big = padded(video, len(video) + 100_000)
    assert len(big) == len(video) + 100_000
    assert big[len(video) + 4 : len(video) + 8] == b"free"
    with av.open(io.BytesIO(big)) as container:
        assert sum(1 for _ in container.decode(video=0)) == 4
    assert padded(video, 10) == video  # never shrinks


def test_padding_past_what_a_box_can_say_is_refused() -> None:
    with pytest.raises(ValueError):
        padded(b"x", 2**32 + 100)
