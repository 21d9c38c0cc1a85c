"""Warnings: things worth knowing that do not stop the user."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message
from veodesk.core.images.geometry import Fit, Plan, Size, describe_ratio, ratios_differ
from veodesk.core.images.reading import frame_name

if TYPE_CHECKING:
    from veodesk.core.images.prepare import PreparedImage
    from veodesk.core.images.reading import ImageSource

#: The service asks for 720p or more; below that on the short side the video is soft.
LOW_RES_SIDE = 720
#: First and last frames whose pixel counts differ by this factor or more.
SIZE_MISMATCH_FACTOR = 4.0


def source_warnings(
    label: str,
    plan: Plan,
    aspect_ratio: str | None,
    fit: Fit,
    colour_warning: Message | None = None,
) -> tuple[Message, ...]:
    frame = frame_name(label)
    notes = [*_resolution_notes(frame, plan, aspect_ratio, fit)]
    if fit is Fit.NONE and aspect_ratio is not None:
        notes += _shape_notes(frame, plan.source_size, aspect_ratio)
    if colour_warning:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP("core", "{frame}: {warning}."),
                frame=frame,
                warning=colour_warning,
            )
        )
    return tuple(notes)


def _resolution_notes(
    frame: Message, plan: Plan, aspect_ratio: str | None, fit: Fit
) -> Iterable[Message]:
    width, height = plan.source_size
    if min(width, height) < LOW_RES_SIDE:
        yield Message(
            QT_TRANSLATE_NOOP(
                "core",
                "{frame} is only {width}×{height} pixels; below {min_side} pixels on its short "
                "side it will look soft in the video.",
            ),
            frame=frame,
            width=width,
            height=height,
            min_side=LOW_RES_SIDE,
        )
        return
    used_width, used_height = (round(v) for v in plan.region_size)
    if fit is Fit.CROP and aspect_ratio and min(used_width, used_height) < LOW_RES_SIDE:
        yield Message(
            QT_TRANSLATE_NOOP(
                "core",
                "{frame}: the part kept by the {aspect_ratio} crop is only {width}×{height} "
                "pixels, so it will look soft in the video. Choose a larger picture, or the pad "
                "fit to keep all of it.",
            ),
            frame=frame,
            aspect_ratio=aspect_ratio,
            width=used_width,
            height=used_height,
        )


def _shape_notes(frame: Message, source: Size, aspect_ratio: str) -> Iterable[Message]:
    target = (16, 9) if aspect_ratio == "16:9" else (9, 16)
    if ratios_differ(source, target):
        yield Message(
            QT_TRANSLATE_NOOP(
                "core",
                "{frame} is {ratio} and is sent as it is, but the video is {aspect_ratio}; the "
                "service may crop or stretch it. Choose the crop or pad fit to decide yourself.",
            ),
            frame=frame,
            ratio=describe_ratio(source),
            aspect_ratio=aspect_ratio,
        )


def pair_warnings(
    first: PreparedImage,
    last: PreparedImage,
    first_source: ImageSource,
    last_source: ImageSource,
) -> list[Message]:
    """What is odd about the two frames together (each frame's own warnings are apart)."""
    notes: list[Message] = []
    if _same_picture(first, last, first_source, last_source):
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The first and last frames are the same picture, so the video starts and ends "
                    "on the same frame. That suits a loop; otherwise choose a different last "
                    "frame.",
                )
            )
        )
    if first.url is None and last.url is None:
        notes += _shape_and_size_notes(first.source_size, last.source_size)
    return notes


def _shape_and_size_notes(first: Size, last: Size) -> list[Message]:
    notes = []
    if ratios_differ(first, last):
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The first and last frames have different shapes ({first} and {last}); each "
                    "is fitted on its own, so the framing may jump.",
                ),
                first=describe_ratio(first),
                last=describe_ratio(last),
            )
        )
    pixels = sorted((first[0] * first[1], last[0] * last[1]))
    if pixels[1] >= SIZE_MISMATCH_FACTOR * pixels[0]:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The first and last frames differ a lot in size ({first_width}×{first_height} "
                    "and {last_width}×{last_height}); the smaller one will look softer.",
                ),
                first_width=first[0],
                first_height=first[1],
                last_width=last[0],
                last_height=last[1],
            )
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
