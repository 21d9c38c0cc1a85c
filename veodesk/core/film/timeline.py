"""The film as an editor's timeline: OpenTimelineIO, FCP 7 XML or CMX 3600 EDL.

Clips are referenced by their path relative to the timeline file, with the
ranges the film uses and its dissolves, so an editor can take over from there.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from veodesk.core.errors import InvalidInputError
from veodesk.core.fsutil import part_file
from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message

from .options import Transition

#: File suffix → OpenTimelineIO adapter.
TIMELINE_SUFFIXES = {".otio": "otio_json", ".xml": "fcp_xml", ".edl": "cmx_3600"}


@dataclass(frozen=True)
class ClipUse:
    """A clip as the film uses it: its frames from 0 to ``duration`` (film rate)."""

    path: Path
    frames: int
    duration: int


def build_timeline(
    uses: list[ClipUse],
    fps: Fraction,
    transition: Transition,
    *,
    name: str,
    relative_to: Path,
    music: Path | None = None,
    audio: bool = True,
) -> Any:  # opentimelineio.schema.Timeline (the package has no type information)
    import opentimelineio as otio  # type: ignore[import-untyped]

    rate = float(fps)

    def rt(frames: float) -> otio.opentime.RationalTime:
        return otio.opentime.RationalTime(frames, rate)

    def ref(path: Path, frames: int) -> otio.schema.ExternalReference:
        target = os.path.relpath(path.resolve(), relative_to.resolve())
        return otio.schema.ExternalReference(
            target_url=Path(target).as_posix(),
            available_range=otio.opentime.TimeRange(rt(0), rt(frames)),
        )

    timeline = otio.schema.Timeline(name=name)
    timeline.global_start_time = rt(0)
    kinds = [otio.schema.TrackKind.Video] + ([otio.schema.TrackKind.Audio] if audio else [])
    for kind in kinds:
        track = otio.schema.Track(
            name="V1" if kind == otio.schema.TrackKind.Video else "A1", kind=kind
        )
        for i, use in enumerate(uses):
            if i > 0 and not transition.is_cut:
                # The cut point is where the dissolve starts: the outgoing clip plays on
                # for N frames past its range (out_offset), as an EDL dissolve does.
                track.append(
                    otio.schema.Transition(
                        name=f"Dissolve {i}",
                        transition_type=otio.schema.TransitionTypes.SMPTE_Dissolve,
                        in_offset=rt(0),
                        out_offset=rt(transition.frames),
                    )
                )
            track.append(
                otio.schema.Clip(
                    name=use.path.stem,
                    media_reference=ref(use.path, use.frames),
                    source_range=otio.opentime.TimeRange(rt(0), rt(use.duration)),
                )
            )
        timeline.tracks.append(track)
    if music is not None and audio:
        film_frames = sum(u.duration for u in uses)
        # FCP XML needs every file's length: the music's, in the film's frames.
        music_frames = _music_frames(music, fps) or film_frames
        track = otio.schema.Track(name="A2", kind=otio.schema.TrackKind.Audio)
        track.append(
            otio.schema.Clip(
                name=music.stem,
                media_reference=ref(music, music_frames),
                source_range=otio.opentime.TimeRange(rt(0), rt(min(film_frames, music_frames))),
            )
        )
        timeline.tracks.append(track)
    return timeline


def _adapter(path: Path) -> str | None:
    name = path.name[: -len(".part")] if path.name.endswith(".part") else path.name
    return TIMELINE_SUFFIXES.get(Path(name).suffix.lower())


def check_timeline_rate(path: Path, fps: Fraction) -> None:
    """FCP XML and EDL count in SMPTE timecode, which knows only the standard rates."""
    import opentimelineio as otio

    if _adapter(path) == "otio_json":
        return
    rate = float(fps)
    try:
        otio.opentime.to_timecode(otio.opentime.RationalTime(0, rate), rate)
    except ValueError:
        raise InvalidInputError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "--timeline {path}: Final Cut Pro XML and EDL need a standard frame rate "
                    "(23.976, 24, 25, 29.97, 30, 50, 60 ...), and this film is at {fps} fps. "
                    "Use a .otio timeline instead.",
                ),
                path=str(path),
                fps=f"{rate:g}",
            ),
            field="timeline",
        ) from None


def _music_frames(music: Path, fps: Fraction) -> int:
    import av

    with av.open(str(music)) as container:
        return int((container.duration or 0) * fps / av.time_base)


def write_timeline(
    path: Path,
    uses: list[ClipUse],
    fps: Fraction,
    transition: Transition,
    film: Path,
    *,
    relative_to: Path | None = None,
    music: Path | None = None,
    force: bool = False,
) -> Path:
    """Write the timeline to ``path`` (its format from the suffix, ``.part`` ignored)."""
    import opentimelineio as otio

    adapter = _adapter(path)
    if adapter is None:
        raise InvalidInputError(
            Message(QT_TRANSLATE_NOOP("core", "{path}: use .otio, .xml or .edl."), path=str(path)),
            field="timeline",
        )
    if path.exists() and not force:
        raise InvalidInputError(
            Message(
                QT_TRANSLATE_NOOP("core", "{path} already exists; add --force to replace it."),
                path=str(path),
            )
        )
    # An EDL holds one track of events: the clips' picture (their sound follows it).
    timeline = build_timeline(
        uses,
        fps,
        transition,
        name=film.stem,
        relative_to=relative_to or path.parent,
        music=music,
        audio=adapter != "cmx_3600",
    )
    if path.name.endswith(".part"):
        otio.adapters.write_to_file(timeline, str(path), adapter_name=adapter)
        return path
    part = part_file(path)
    try:
        otio.adapters.write_to_file(timeline, str(part), adapter_name=adapter)
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
    return path
