"""Warnings do not stop the user: each frame's own, and the pair's."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from veodesk.core.images import (
    pair_warnings,
    prepare_frames,
    prepare_image,
    resolve_aspect_ratio,
)

from .imagetools import coordinates, decode, exif_block, quadrants, save, where_from


def test_a_good_frame_has_no_warnings(tmp_path: Path) -> None:
    path = save(coordinates((1920, 1080)), tmp_path / "ok.png")
    assert prepare_image(path).warnings == ()


def test_low_resolution_source(tmp_path: Path) -> None:
    path = save(coordinates((960, 640)), tmp_path / "small.png")
    prepared = prepare_image(path, label="first frame")
    assert decode(prepared).size == (1920, 1080)  # still sent
    (warning,) = map(str, prepared.warnings)
    assert warning.startswith("First frame is only 960×640 pixels")
    assert "720" in warning


def test_crop_that_keeps_too_few_pixels(tmp_path: Path) -> None:
    # 1280×720 is fine as 16:9, but its 9:16 strip is only 405 pixels wide.
    path = save(coordinates((1280, 720)), tmp_path / "wide.png")
    assert prepare_image(path, aspect_ratio="16:9").warnings == ()
    (warning,) = map(str, prepare_image(path, aspect_ratio="9:16", label="last frame").warnings)
    assert warning.startswith("Last frame: the part kept by the 9:16 crop is only 405×720")
    assert "pad" in warning


def test_mismatched_shape_with_fit_none(tmp_path: Path) -> None:
    path = save(coordinates((1600, 1200)), tmp_path / "four-three.png")
    (warning,) = map(str, prepare_image(path, fit="none", label="first frame").warnings)
    assert "4:3" in warning and "16:9" in warning and "crop or pad" in warning
    # Crop and pad decide the shape themselves: nothing to warn about.
    assert prepare_image(path, fit="crop").warnings == ()
    assert prepare_image(path, fit="pad").warnings == ()
    assert prepare_image(path, aspect_ratio=None).warnings == ()


def _pair(tmp_path: Path, first: Path, last: Path) -> list[str]:
    a = prepare_image(first, label="first frame")
    b = prepare_image(last, label="last frame")
    return pair_warnings(a, b, first, last)


def test_a_good_pair_is_quiet(tmp_path: Path) -> None:
    first = save(coordinates((1920, 1080)), tmp_path / "a.png")
    last = save(quadrants((1920, 1080)), tmp_path / "b.png")
    assert _pair(tmp_path, first, last) == []


def test_pair_with_different_shapes(tmp_path: Path) -> None:
    first = save(coordinates((1600, 1200)), tmp_path / "a.png")
    last = save(quadrants((1920, 1080)), tmp_path / "b.png")
    (warning,) = map(str, _pair(tmp_path, first, last))
    assert "different shapes (4:3 and 16:9)" in warning


def test_pair_with_very_different_sizes(tmp_path: Path) -> None:
    first = save(coordinates((3840, 2160)), tmp_path / "a.png")
    last = save(quadrants((1280, 720)), tmp_path / "b.png")
    (warning,) = map(str, _pair(tmp_path, first, last))
    assert "3840×2160 and 1280×720" in warning


def test_same_file_twice(tmp_path: Path) -> None:
    path = save(coordinates((1920, 1080)), tmp_path / "a.png")
    first = prepare_image(path, anchor=(0.5, 0.5))
    last = prepare_image(path, fit="pad")
    (warning,) = map(str, pair_warnings(first, last, path, str(path)))
    assert "same picture" in warning


def test_same_pixels_in_two_files(tmp_path: Path) -> None:
    first = save(coordinates((1920, 1080)), tmp_path / "a.png")
    last = save(coordinates((1920, 1080)), tmp_path / "copy.png", exif=exif_block(1))
    assert "same picture" in str(_pair(tmp_path, first, last)[0])
    copied = shutil.copy(first, tmp_path / "plain-copy.png")
    assert "same picture" in str(_pair(tmp_path, first, Path(copied))[0])


def test_urls_in_a_pair(tmp_path: Path) -> None:
    url = "https://example.com/frame.jpg"
    local = save(coordinates((640, 480)), tmp_path / "a.png")
    a, b = prepare_image(url), prepare_image(url)
    assert "same picture" in str(pair_warnings(a, b, url, url)[0])
    c = prepare_image("https://example.com/other.jpg")
    assert pair_warnings(a, c, url, "https://example.com/other.jpg") == []
    # Nothing is known about a URL's size, so no shape or size warning.
    assert pair_warnings(a, prepare_image(local), url, local) == []


def test_prepare_frames_collects_everything(tmp_path: Path) -> None:
    first = save(coordinates((1200, 1600)), tmp_path / "portrait.png")
    last = save(coordinates((640, 480)), tmp_path / "small.png")
    frames = prepare_frames(first, last, resolution="720p", aspect_ratio="auto", fit="pad")
    assert frames.aspect_ratio == "9:16"
    assert decode(frames.first).size == decode(frames.last).size == (720, 1280)
    assert tuple(map(str, frames.warnings)) == (
        *map(str, frames.last.warnings),
        "The first and last frames have different shapes (3:4 and 4:3); each is fitted on its "
        "own, so the framing may jump.",
        "The first and last frames differ a lot in size (1200×1600 and 640×480); the smaller "
        "one will look softer.",
    )
    assert str(frames.last.warnings[0]).startswith("Last frame is only 640×480")


def test_prepare_frames_anchors_and_errors(tmp_path: Path) -> None:
    first = save(coordinates((1600, 1200)), tmp_path / "a.png")
    frames = prepare_frames(
        first, first, aspect_ratio="16:9", first_anchor=(0.5, 0.0), last_anchor=(0.5, 1.0)
    )
    assert where_from(decode(frames.first).getpixel((960, 0)))[1] < 0.02  # type: ignore[arg-type]
    assert where_from(decode(frames.last).getpixel((960, 1079)))[1] > 0.98  # type: ignore[arg-type]
    assert any("same picture" in w for w in map(str, frames.warnings))
    with pytest.raises(Exception, match="Last frame"):
        prepare_frames(first, tmp_path / "missing.png")


@pytest.mark.parametrize(
    ("size", "orientation", "ratio"),
    [
        ((1600, 1200), None, "16:9"),
        ((1200, 1600), None, "9:16"),
        ((1000, 1000), None, "16:9"),
        ((1600, 1200), 6, "9:16"),  # stored landscape, shown portrait
        ((1200, 1600), 8, "16:9"),
    ],
)
def test_auto_aspect_ratio(
    tmp_path: Path, size: tuple[int, int], orientation: int | None, ratio: str
) -> None:
    exif = exif_block(orientation) if orientation else b""
    path = save(coordinates(size), tmp_path / "f.jpg", "JPEG", exif=exif)
    assert resolve_aspect_ratio("auto", path) == ratio
    assert resolve_aspect_ratio("AUTO", str(path)) == ratio


def test_resolve_aspect_ratio_passes_choices_through(tmp_path: Path) -> None:
    missing = tmp_path / "not-read.jpg"
    assert resolve_aspect_ratio("16:9", missing) == "16:9"
    assert resolve_aspect_ratio("9:16", missing) == "9:16"
    assert resolve_aspect_ratio(None, missing) is None
    # A URL is never fetched, so its shape is unknown: the service decides.
    assert resolve_aspect_ratio("auto", "https://example.com/a.jpg") is None
