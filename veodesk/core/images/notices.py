"""Warnings: things worth knowing that do not stop the user."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

from veodesk.core.images.geometry import Fit, Plan, Size, describe_ratio, ratios_differ

if TYPE_CHECKING:
    from veodesk.core.images.prepare import PreparedImage
    from veodesk.core.images.reading import ImageSource

#: The service asks for 720p or more; below that on the short side the video is soft.
LOW_RES_SIDE = 720
#: First and last frames whose pixel counts differ by this factor or more.
SIZE_MISMATCH_FACTOR = 4.0


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def source_warnings(
    label: str, plan: Plan, aspect_ratio: str | None, fit: Fit, colour_warning: str | None = None
) -> tuple[str, ...]:
    notes = [*_resolution_notes(label, plan, aspect_ratio, fit)]
    if fit is Fit.NONE and aspect_ratio is not None:
        notes += _shape_notes(label, plan.source_size, aspect_ratio)
    if colour_warning:
        notes.append(f"{_capital(label)}: {colour_warning}.")
    return tuple(notes)


def _resolution_notes(label: str, plan: Plan, aspect_ratio: str | None, fit: Fit) -> Iterable[str]:
    width, height = plan.source_size
    if min(width, height) < LOW_RES_SIDE:
        yield (
            f"{_capital(label)} is only {width}×{height} pixels; below {LOW_RES_SIDE} pixels "
            "on its short side it will look soft in the video."
        )
        return
    used_width, used_height = (round(v) for v in plan.region_size)
    if fit is Fit.CROP and aspect_ratio and min(used_width, used_height) < LOW_RES_SIDE:
        yield (
            f"{_capital(label)}: the part kept by the {aspect_ratio} crop is only "
            f"{used_width}×{used_height} pixels, so it will look soft in the video. "
            "Choose a larger picture, or the pad fit to keep all of it."
        )


def _shape_notes(label: str, source: Size, aspect_ratio: str) -> Iterable[str]:
    target = (16, 9) if aspect_ratio == "16:9" else (9, 16)
    if ratios_differ(source, target):
        yield (
            f"{_capital(label)} is {describe_ratio(source)} and is sent as it is, but the video "
            f"is {aspect_ratio}; the service may crop or stretch it. Choose the crop or pad fit "
            "to decide yourself."
        )


def pair_warnings(
    first: PreparedImage,
    last: PreparedImage,
    first_source: ImageSource,
    last_source: ImageSource,
) -> list[str]:
    """What is odd about the two frames together (each frame's own warnings are apart)."""
    notes: list[str] = []
    if _same_picture(first, last, first_source, last_source):
        notes.append(
            "The first and last frames are the same picture, so the video starts and ends on "
            "the same frame. That suits a loop; otherwise choose a different last frame."
        )
    if first.url is None and last.url is None:
        notes += _shape_and_size_notes(first.source_size, last.source_size)
    return notes


def _shape_and_size_notes(first: Size, last: Size) -> list[str]:
    notes = []
    if ratios_differ(first, last):
        notes.append(
            f"The first and last frames have different shapes ({describe_ratio(first)} and "
            f"{describe_ratio(last)}); each is fitted on its own, so the framing may jump."
        )
    pixels = sorted((first[0] * first[1], last[0] * last[1]))
    if pixels[1] >= SIZE_MISMATCH_FACTOR * pixels[0]:
        notes.append(
            f"The first and last frames differ a lot in size ({first[0]}×{first[1]} and "
            f"{last[0]}×{last[1]}); the smaller one will look softer."
        )
    return notes


def _same_picture(
    first: PreparedImage,
    last: PreparedImage,
    first_source: ImageSource,
    last_source: ImageSource,
) -> bool:
    if first.url is not None or last.url is not None:
        return first.url == last.url
    if _same_file(first_source, last_source):
        return True
    # Identical uploads mean identical pixels were sent, even from two files
    # that differ only in their (stripped) metadata.
    return first.data is not None and first.data == last.data


def _same_file(a: ImageSource, b: ImageSource) -> bool:
    try:
        return os.path.samefile(os.fspath(a), os.fspath(b))
    except (OSError, TypeError, ValueError):
        return False
