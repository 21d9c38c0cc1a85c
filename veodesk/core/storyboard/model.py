"""A storyboard as plain data: keyframes, the segments between them, their takes.

A window shows and edits these objects (``edits`` keeps the undo history);
the render and the manifest read them. Which take counts, and whether a
segment must be sent, depends on the hash of its current inputs
(``hashing.inputs_hash``), which the caller passes in: the model itself
never reads a file.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import Enum

from veodesk.core.parameters import AUDIO, FIT, RESOLUTION
from veodesk.core.store import JobState

MIN_KEYFRAMES = 2
MAX_KEYFRAMES = 24
#: The aspect ratios a storyboard may use: every segment must share one, so not "auto".
BOARD_ASPECT_RATIOS = ("16:9", "9:16")
#: The most takes of one segment a window asks for at once.
MAX_TAKES = 4


def new_id() -> str:
    return uuid.uuid4().hex


class SegmentState(str, Enum):
    STALE = "stale"  # never generated, or its inputs changed since: a render sends it
    RUNNING = "running"  # a take with the current inputs is on the server or downloading
    DONE = "done"  # a finished take with the current inputs exists
    FAILED = "failed"  # the newest take with the current inputs failed: a render sends it again
    #: The newest take's POST may have created a paid task nobody heard back from:
    #: not sent again until the user has checked (``veodesk-cli resubmit``).
    ATTENTION = "attention"


_RUNNING = {JobState.QUEUED.value, JobState.GENERATING.value, JobState.DOWNLOADING.value}
_UNCERTAIN = {JobState.SUBMITTING.value, JobState.NEEDS_ATTENTION.value}


@dataclass
class Take:
    """One generation of a segment: a job in the store, and its video in ``takes/``."""

    job: int
    #: The hash of the inputs it was made from.
    inputs: str
    #: The job's state as last seen (a ``JobState`` value).
    state: str = JobState.READY.value
    #: The video, relative to the project folder; None until it is downloaded.
    video: str | None = None

    @property
    def usable(self) -> bool:
        return self.state == JobState.DONE.value and self.video is not None


@dataclass
class Segment:
    prompt: str
    duration: int
    #: None: the film-wide setting.
    generate_audio: bool | None = None
    id: str = field(default_factory=new_id)
    takes: list[Take] = field(default_factory=list)
    #: The job number of the take the user picked; None: the newest current one.
    chosen: int | None = None

    def current_takes(self, inputs: str | None) -> list[Take]:
        return [t for t in self.takes if inputs is not None and t.inputs == inputs]

    def chosen_take(self, inputs: str | None) -> Take | None:
        """The user's pick while it matches the inputs, else the newest finished current take.

        A pick made before an edit does not hide that the segment is stale; undoing
        the edit makes it count again.
        """
        usable = [t for t in self.current_takes(inputs) if t.usable]
        for take in usable:
            if take.job == self.chosen:
                return take
        return usable[-1] if usable else None

    def state(self, inputs: str | None) -> SegmentState:
        if self.chosen_take(inputs) is not None:
            return SegmentState.DONE
        current = self.current_takes(inputs)
        newest = current[-1].state if current else None
        if newest in _RUNNING:
            return SegmentState.RUNNING
        if newest in _UNCERTAIN:
            return SegmentState.ATTENTION
        if newest == JobState.FAILED.value:
            return SegmentState.FAILED
        return SegmentState.STALE

    def take(self, job: int) -> Take | None:
        return next((t for t in self.takes if t.job == job), None)


@dataclass
class Keyframe:
    #: The picture, as the manifest names it: relative to the project folder, or absolute.
    image: str


@dataclass
class FilmSettings:
    resolution: str = RESOLUTION.default
    aspect_ratio: str = BOARD_ASPECT_RATIOS[0]
    fit: str = FIT.default
    generate_audio: bool = AUDIO.default
    #: Appended to every segment's prompt.
    style: str = ""


#: States a render acts on: everything but DONE and ATTENTION.
TO_SEND = (SegmentState.STALE, SegmentState.FAILED)


@dataclass
class Storyboard:
    settings: FilmSettings
    keyframes: list[Keyframe]
    segments: list[Segment]
    #: Ties the store's jobs to this storyboard wherever its folder moves.
    id: str = field(default_factory=new_id)

    def audio_for(self, segment: Segment) -> bool:
        if segment.generate_audio is None:
            return self.settings.generate_audio
        return segment.generate_audio

    def prompt_for(self, segment: Segment) -> str:
        """What is sent: the segment's prompt, then the film's style on a line of its own."""
        style = self.settings.style.strip()
        prompt = segment.prompt.strip()
        return f"{prompt}\n\n{style}" if style else prompt

    @property
    def duration(self) -> int:
        """The film's length in seconds, before the seams' overlap."""
        return sum(s.duration for s in self.segments)

    def segment(self, segment_id: str) -> Segment | None:
        return next((s for s in self.segments if s.id == segment_id), None)
