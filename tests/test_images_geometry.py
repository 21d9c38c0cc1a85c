"""Frame sizes, aspect ratios, crop and pad arithmetic: no pixels involved."""

from __future__ import annotations

import pytest

from veodesk.core.errors import InvalidInputError
from veodesk.core.images import ASPECT_RATIOS, Fit, crop_box_for, target_size
from veodesk.core.images.geometry import describe_ratio, parse_anchor, plan_geometry


@pytest.mark.parametrize(
    ("resolution", "ratio", "size"),
    [
        ("1080p", "16:9", (1920, 1080)),
        ("1080p", "9:16", (1080, 1920)),
        ("720p", "16:9", (1280, 720)),
        ("720p", "9:16", (720, 1280)),
        ("1080P", " 16:9 ", (1920, 1080)),
    ],
)
def test_target_size(resolution: str, ratio: str, size: tuple[int, int]) -> None:
    assert target_size(resolution, ratio) == size


def test_public_names() -> None:
    assert ASPECT_RATIOS == ("16:9", "9:16")
    assert [f.value for f in Fit] == ["crop", "pad", "none"]
    assert Fit("pad") is Fit.PAD and Fit.CROP == "crop"


@pytest.mark.parametrize(
    ("resolution", "ratio", "field"),
    [("4k", "16:9", "resolution"), ("1080p", "4:3", "aspect_ratio"), ("1080p", "auto", None)],
)
def test_target_size_rejects(resolution: str, ratio: str, field: str | None) -> None:
    with pytest.raises(InvalidInputError) as caught:
        target_size(resolution, ratio)
    assert caught.value.field == (field or "aspect_ratio")


@pytest.mark.parametrize(
    ("size", "anchor", "box"),
    [
        ((1600, 1200), (0.5, 0.5), (0.0, 0.125, 1.0, 0.875)),
        ((1600, 1200), (0.5, 0.0), (0.0, 0.0, 1.0, 0.75)),
        ((1600, 1200), (0.5, 1.0), (0.0, 0.25, 1.0, 1.0)),
        ((1600, 1200), (0.0, 0.3), (0.0, 0.075, 1.0, 0.825)),  # x is free: nothing to slide
        ((3200, 900), (0.5, 0.5), (0.25, 0.0, 0.75, 1.0)),
        ((3200, 900), (0.0, 0.5), (0.0, 0.0, 0.5, 1.0)),
        ((3200, 900), (1.0, 0.5), (0.5, 0.0, 1.0, 1.0)),
        ((1920, 1080), (0.0, 0.0), (0.0, 0.0, 1.0, 1.0)),
    ],
)
def test_crop_box_16_9(
    size: tuple[int, int], anchor: tuple[float, float], box: tuple[float, ...]
) -> None:
    assert crop_box_for(size, "16:9", anchor=anchor) == pytest.approx(box)


def test_crop_box_portrait_and_auto() -> None:
    # A 4:3 landscape cut to 9:16 keeps a 675-pixel-wide strip of 1600.
    assert crop_box_for((1600, 1200), "9:16") == pytest.approx(
        ((1600 - 675) / 2 / 1600, 0.0, (1600 + 675) / 2 / 1600, 1.0)
    )
    assert crop_box_for((1200, 1600), "auto") == crop_box_for((1200, 1600), "9:16")
    assert crop_box_for((1600, 1600), "auto") == crop_box_for((1600, 1600), "16:9")


@pytest.mark.parametrize("fit", ["pad", "none"])
def test_pad_and_none_use_the_whole_source(fit: str) -> None:
    assert crop_box_for((1600, 1200), "16:9", fit=fit) == (0.0, 0.0, 1.0, 1.0)
    assert crop_box_for((1600, 1200), None) == (0.0, 0.0, 1.0, 1.0)


def test_anchor_is_clamped_and_checked() -> None:
    assert parse_anchor((-0.5, 1.7)) == (0.0, 1.0)
    for bad in [(float("nan"), 0.5), ("left", 0.5), (0.5,)]:
        with pytest.raises(InvalidInputError):
            parse_anchor(bad)  # type: ignore[arg-type]


def test_plans() -> None:
    pad = plan_geometry((1600, 1200), "1080p", "16:9", Fit.PAD)
    assert (pad.output_size, pad.inner_size, pad.offset) == ((1920, 1080), (1440, 1080), (240, 0))
    pad_left = plan_geometry((1600, 1200), "1080p", "16:9", Fit.PAD, (0.0, 0.5))
    assert pad_left.offset == (0, 0)
    none = plan_geometry((4000, 3000), "1080p", "16:9", Fit.NONE)
    assert none.output_size == (1440, 1080)
    small = plan_geometry((800, 600), "1080p", "16:9", Fit.NONE)
    assert small.output_size == (800, 600)  # never enlarged
    crop_small = plan_geometry((800, 600), "720p", "16:9", Fit.CROP)
    assert crop_small.output_size == (1280, 720)  # crop always gives the frame size
    portrait = plan_geometry((2000, 6000), "1080p", None, Fit.CROP)
    assert portrait.output_size == (640, 1920)  # the box turns with the picture
    landscape = plan_geometry((4000, 3000), "720p", None, Fit.CROP)
    assert landscape.output_size == (960, 720)
    # The 6000-pixel-wide crop of a 24 MP photo may be decoded at 1/2 for 1080p.
    assert plan_geometry((6000, 4000), "1080p", "16:9", Fit.CROP).max_reduction == 3.125


@pytest.mark.parametrize(
    ("size", "text"),
    [((1600, 1200), "4:3"), ((1920, 1080), "16:9"), ((1080, 1920), "9:16"), ((4032, 3024), "4:3")],
)
def test_describe_ratio(size: tuple[int, int], text: str) -> None:
    assert describe_ratio(size) == text


def test_describe_odd_ratio() -> None:
    assert describe_ratio((1850, 1000)) == "1.85:1"
    assert describe_ratio((1000, 1850)) == "1:1.85"
    assert describe_ratio((1366, 768)) == "16:9"
