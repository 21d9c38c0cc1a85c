"""A storyboard's folder: the manifest, its ``frames/`` and ``takes/``, and its lock.

Paths in the manifest are relative to its folder, so the folder can be moved
or zipped. The store's jobs are tied to the storyboard by its id, not by a
path, so a moved project still finds (and keeps) its takes.
"""

from __future__ import annotations

import copy
import json
import os
from dataclasses import dataclass
from pathlib import Path

from veodesk.core.errors import InvalidInputError
from veodesk.core.fsutil import copy_whole
from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message
from veodesk.core.locks import FileLock
from veodesk.core.store import Job, JobState, JobStore

from . import hashing, manifest
from .model import FilmSettings, Segment, SegmentState, Storyboard, Take

FRAMES = "frames"
TAKES = "takes"


class ProjectBusyError(InvalidInputError):
    """Another veodesk window or command has this storyboard open for rendering."""


@dataclass(frozen=True)
class SegmentStatus:
    """One segment as a view or ``film status`` shows it."""

    index: int  # from 1
    state: SegmentState
    prompt: str
    duration: int
    generate_audio: bool
    #: The chosen take's job number, or None.
    take: int | None
    takes: int


class Project:
    def __init__(self, path: Path, board: Storyboard) -> None:
        self.path = path
        self.board = board

    @classmethod
    def open(cls, path: Path) -> Project:
        """Read the manifest. Writes nothing, whatever the file holds."""
        return cls(path, manifest.read(path))

    def keep_ids(self) -> bool:
        """Write a hand-written manifest's new ids (the board's and its segments') at once.

        Jobs are tagged with them from the first POST on, so they must be in the
        file before anything is sent. True when the file was written. Call it with
        the project's lock held.
        """
        try:
            data = json.loads(self.path.read_bytes())
        except (OSError, ValueError):
            return False  # read a moment ago: the next save writes the ids anyway
        segments = data.get("segments") if isinstance(data, dict) else None
        if (
            isinstance(data, dict)
            and "id" in data
            and isinstance(segments, list)
            and all(isinstance(s, dict) and "id" in s for s in segments)
        ):
            return False
        self.save()
        return True

    @classmethod
    def new(cls, path: Path, settings: FilmSettings | None = None) -> Project:
        """An empty storyboard; it is first saved once it has two keyframes."""
        return cls(path, Storyboard(settings or FilmSettings(), [], []))

    def detached(self) -> Project:
        """A copy for another thread (a window's render or refresh); its ``save`` writes nothing.

        The window keeps the one copy that is saved: it brings the takes the
        store learned back into it (``adopt_takes``) and saves from there, so two
        threads never write the manifest.
        """
        return _Detached(self.path, copy.deepcopy(self.board))

    def adopt_takes(self, other: Storyboard) -> bool:
        """The takes of ``other``'s segments (a synced detached copy), by segment id."""
        changed = False
        for segment in self.board.segments:
            theirs = other.segment(segment.id)
            if theirs is not None and theirs.takes != segment.takes:
                segment.takes = copy.deepcopy(theirs.takes)
                changed = True
        return changed

    @property
    def folder(self) -> Path:
        return self.path.parent

    def save(self) -> None:
        """Write the manifest atomically: a reader sees the old file or the new one."""
        manifest.write(self.path, self.board)

    def lock(self) -> FileLock:
        """Held while a window or a command works on the project; the OS drops it on a crash."""
        return FileLock(self.folder / f".{self.path.name}.lock")

    def acquire(self, lock: FileLock) -> None:
        if not lock.acquire():
            raise ProjectBusyError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The storyboard {path} is open in another veodesk window or command. "
                        "Close it there (or wait for its render to end), then try again.",
                    ),
                    path=str(self.path),
                ),
                field="storyboard",
            )

    # -- paths --------------------------------------------------------------------------
    def resolve(self, stored: str) -> Path:
        path = Path(stored).expanduser()
        return path if path.is_absolute() else self.folder / path

    def relative(self, path: Path) -> str:
        """How the manifest names ``path``: relative (with /) inside the folder, else absolute."""
        try:
            return path.resolve().relative_to(self.folder.resolve()).as_posix()
        except ValueError:
            return str(path.resolve())

    def picture(self, index: int) -> Path:
        return self.resolve(self.board.keyframes[index].image)

    def take_file(self, segment: Segment, job: int) -> Path:
        return self.folder / TAKES / f"{segment.id[:12]}-{job:05d}.mp4"

    def import_picture(self, source: Path) -> str:
        """Copy a picture into ``frames/`` (under a free name); what a keyframe stores."""
        folder = self.folder / FRAMES
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / source.name
        n = 2
        while target.exists():
            target = folder / f"{source.stem} ({n}){source.suffix}"
            n += 1
        copy_whole(source, target)
        return self.relative(target)

    # -- inputs ------------------------------------------------------------------------
    def missing_keyframes(self) -> list[int]:
        return [i for i in range(len(self.board.keyframes)) if not self.picture(i).is_file()]

    def check_pictures(self) -> None:
        for i in self.missing_keyframes():
            raise InvalidInputError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Keyframe {number}'s picture {picture} is missing. Put it back or replace "
                        "the keyframe (in {path}).",
                    ),
                    number=i + 1,
                    picture=str(self.picture(i)),
                    path=str(self.path),
                ),
                field=f"keyframes[{i}].image",
            )

    def inputs(self, index: int) -> str:
        """The hash of what segment ``index`` (from 0) sends now; reads both pictures."""
        board = self.board
        segment = board.segments[index]
        s = board.settings
        return hashing.inputs_hash(
            first=hashing.file_digest(self.picture(index), index + 1),
            last=hashing.file_digest(self.picture(index + 1), index + 2),
            prompt=board.prompt_for(segment),
            duration=segment.duration,
            resolution=s.resolution,
            aspect_ratio=s.aspect_ratio,
            fit=s.fit,
            generate_audio=board.audio_for(segment),
        )

    def all_inputs(self) -> list[str]:
        self.check_pictures()
        return [self.inputs(i) for i in range(len(self.board.segments))]

    # -- the takes ---------------------------------------------------------------------
    def sync(self, store: JobStore) -> bool:
        """Bring the takes up to date with the store's jobs; True when anything changed.

        A job tagged with this storyboard that the manifest does not list (the
        process stopped before it saved) becomes a take of its segment; a
        finished take's video is brought into ``takes/``.
        """
        changed = False
        for job in store.takes(self.board.id):
            segment = self.board.segment(job.segment or "")
            if segment is None or job.inputs is None:
                continue  # a segment since deleted
            take = segment.take(job.id)
            if take is None:
                take = Take(job=job.id, inputs=job.inputs, state=job.state.value)
                segment.takes.append(take)
                segment.takes.sort(key=lambda t: t.job)
                changed = True
            changed |= self._update(segment, take, job)
        for segment in self.board.segments:
            for take in segment.takes:
                if take.video is not None and not self.resolve(take.video).is_file():
                    take.video = None
                    changed = True
        return changed

    def _update(self, segment: Segment, take: Take, job: Job) -> bool:
        before = (take.state, take.video)
        take.state = job.state.value
        missing = take.video is None or not self.resolve(take.video).is_file()
        if job.state is JobState.DONE and job.file_path and missing:
            take.video = self._bring_in(segment, job, Path(job.file_path))
        return (take.state, take.video) != before

    def _bring_in(self, segment: Segment, job: Job, video: Path) -> str | None:
        if not video.is_file():
            return None
        inside = self.folder / TAKES
        try:
            video.resolve().relative_to(inside.resolve())
        except ValueError:
            # Made elsewhere (a take sent again goes to the videos folder): copy it in,
            # so the folder holds everything its film needs.
            target = self.take_file(segment, job.id)
            target.parent.mkdir(parents=True, exist_ok=True)
            copy_whole(video, target)
            video = target
        return self.relative(video)

    def statuses(self, inputs: list[str]) -> list[SegmentStatus]:
        board = self.board
        out = []
        for i, (segment, current) in enumerate(zip(board.segments, inputs)):
            chosen = segment.chosen_take(current)
            out.append(
                SegmentStatus(
                    index=i + 1,
                    state=segment.state(current),
                    prompt=segment.prompt,
                    duration=segment.duration,
                    generate_audio=board.audio_for(segment),
                    take=chosen.job if chosen else None,
                    takes=len(segment.takes),
                )
            )
        return out


class _Detached(Project):
    def save(self) -> None:
        """Nothing: the window's own copy is the one written (``Project.detached``)."""


def writable(path: Path) -> bool:
    """Whether a new file can be made beside ``path`` (its folder exists and is writable)."""
    folder = path.parent
    return folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)
