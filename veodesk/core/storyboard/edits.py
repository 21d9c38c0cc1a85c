"""Editing a storyboard with Undo and Redo: what a view calls, in plain Python.

Every edit records the storyboard as it was (settings, keyframes, and each
segment's own fields) and autosaves the project. Takes are not part of an
edit: a take made after an edit survives its undo, so undoing a keyframe swap
makes the segments' earlier takes current again, with nothing sent. Segments
are kept by identity, so undoing a deletion brings a segment back with its
takes.

Segments sit between positions: moving a keyframe leaves the prompts where
they are (the segments on both sides of its old and new places become stale);
inserting a keyframe inside a segment splits it (both halves start with its
prompt); removing one merges its two segments into the earlier.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from veodesk.core.errors import InvalidInputError
from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message
from veodesk.core.parameters import DURATION, MAX_PROMPT_CHARS

from . import manifest
from .model import MAX_KEYFRAMES, MIN_KEYFRAMES, FilmSettings, Keyframe, Segment
from .project import Project


def name_order(path: Path) -> tuple[object, ...]:
    """Pictures dropped at once are added by file name, digits as numbers (2 before 10)."""
    parts = re.split(r"(\d+)", path.name.lower())
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts)


@dataclass(frozen=True)
class _Fields:
    segment: Segment
    prompt: str
    duration: int
    generate_audio: bool | None
    chosen: int | None


@dataclass(frozen=True)
class _Snapshot:
    label: str
    settings: FilmSettings
    keyframes: tuple[Keyframe, ...]
    segments: tuple[_Fields, ...]


class Editor:
    """The edits of one open project. ``on_change`` runs after every edit, undo and redo."""

    def __init__(
        self,
        project: Project,
        *,
        on_change: Callable[[], None] | None = None,
        autosave: bool = True,
    ) -> None:
        self.project = project
        self.on_change = on_change
        self.autosave = autosave
        self._undo: list[_Snapshot] = []
        self._redo: list[_Snapshot] = []

    # -- the history --------------------------------------------------------------------
    def _snapshot(self, label: str) -> _Snapshot:
        board = self.project.board
        return _Snapshot(
            label,
            copy.copy(board.settings),
            tuple(copy.copy(k) for k in board.keyframes),
            tuple(
                _Fields(s, s.prompt, s.duration, s.generate_audio, s.chosen) for s in board.segments
            ),
        )

    def _restore(self, snapshot: _Snapshot) -> None:
        board = self.project.board
        board.settings = copy.copy(snapshot.settings)
        board.keyframes = [copy.copy(k) for k in snapshot.keyframes]
        board.segments = []
        for f in snapshot.segments:
            f.segment.prompt, f.segment.duration = f.prompt, f.duration
            f.segment.generate_audio, f.segment.chosen = f.generate_audio, f.chosen
            board.segments.append(f.segment)

    def _edit(self, label: str, change: Callable[[], None]) -> None:
        before = self._snapshot(label)
        change()
        self._undo.append(before)
        self._redo.clear()
        self._changed()

    def _changed(self) -> None:
        if self.autosave and len(self.project.board.keyframes) >= MIN_KEYFRAMES:
            self.project.save()
        if self.on_change:
            self.on_change()

    @property
    def undo_label(self) -> str | None:
        """What Undo would undo, in English: translate it in the context "core"."""
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        return self._redo[-1].label if self._redo else None

    def undo(self) -> bool:
        if not self._undo:
            return False
        snapshot = self._undo.pop()
        self._redo.append(self._snapshot(snapshot.label))
        self._restore(snapshot)
        self._changed()
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        snapshot = self._redo.pop()
        self._undo.append(self._snapshot(snapshot.label))
        self._restore(snapshot)
        self._changed()
        return True

    # -- keyframes ------------------------------------------------------------------------
    def _room(self, adding: int) -> None:
        if len(self.project.board.keyframes) + adding > MAX_KEYFRAMES:
            raise InvalidInputError(
                Message(
                    QT_TRANSLATE_NOOP("core", "A storyboard holds at most {most} keyframes."),
                    most=MAX_KEYFRAMES,
                ),
                field="keyframes",
            )

    def insert_keyframes(self, index: int, pictures: Sequence[Path]) -> None:
        """Copy the pictures into ``frames/`` and insert them at ``index``, in name order."""
        self.insert_imported(index, self.import_pictures(pictures))

    def import_pictures(self, pictures: Sequence[Path]) -> list[str]:
        """Copy the pictures into ``frames/``, in name order; what ``insert_imported`` takes.

        Separate from the edit so that a window copies the files off its UI
        thread, then makes the edit on it.
        """
        ordered = sorted(pictures, key=name_order)
        self._room(len(ordered))
        return [self.project.import_picture(p) for p in ordered]

    def insert_imported(self, index: int, images: Sequence[str]) -> None:
        """Insert pictures already in the project (as ``import_pictures`` named them)."""
        self._room(len(images))

        def change() -> None:
            for offset, image in enumerate(images):
                self._insert(index + offset, Keyframe(image))

        self._edit(
            QT_TRANSLATE_NOOP("core", "Add keyframes")
            if len(images) > 1
            else QT_TRANSLATE_NOOP("core", "Add keyframe"),
            change,
        )

    def add_keyframes(self, pictures: Sequence[Path]) -> None:
        self.insert_keyframes(len(self.project.board.keyframes), pictures)

    def _insert(self, index: int, keyframe: Keyframe) -> None:
        board = self.project.board
        index = max(0, min(index, len(board.keyframes)))
        count = len(board.keyframes)
        board.keyframes.insert(index, keyframe)
        if count == 0:
            return
        if index == 0:
            board.segments.insert(0, Segment("", DURATION.default))
        elif index == count:
            board.segments.append(Segment("", DURATION.default))
        else:
            # Inside segment index-1: it is split, both halves start with its words.
            old = board.segments[index - 1]
            board.segments.insert(index, Segment(old.prompt, old.duration, old.generate_audio))

    def remove_keyframe(self, index: int) -> None:
        board = self.project.board

        def change() -> None:
            count = len(board.keyframes)
            del board.keyframes[index]
            if count == 1:
                return
            # Its two segments merge into the earlier (the first or last loses its only one).
            del board.segments[index if index < count - 1 else index - 1]

        self._edit(QT_TRANSLATE_NOOP("core", "Delete keyframe"), change)

    def move_keyframe(self, source: int, target: int) -> None:
        board = self.project.board

        def change() -> None:
            board.keyframes.insert(target, board.keyframes.pop(source))

        self._edit(QT_TRANSLATE_NOOP("core", "Move keyframe"), change)

    def swap_keyframes(self, a: int, b: int) -> None:
        frames = self.project.board.keyframes

        def change() -> None:
            frames[a], frames[b] = frames[b], frames[a]

        self._edit(QT_TRANSLATE_NOOP("core", "Swap keyframes"), change)

    def replace_keyframe(self, index: int, picture: Path) -> None:
        self.replace_imported(index, self.project.import_picture(picture))

    def replace_imported(self, index: int, image: str) -> None:
        def change() -> None:
            self.project.board.keyframes[index] = Keyframe(image)

        self._edit(QT_TRANSLATE_NOOP("core", "Replace keyframe"), change)

    # -- segments and settings ------------------------------------------------------------
    def set_prompt(self, index: int, prompt: str) -> None:
        if len(prompt) > MAX_PROMPT_CHARS:
            raise InvalidInputError(
                Message(
                    QT_TRANSLATE_NOOP("core", "A prompt holds at most {most} characters."),
                    most=MAX_PROMPT_CHARS,
                ),
                field="prompt",
            )
        segment = self.project.board.segments[index]
        self._edit(
            QT_TRANSLATE_NOOP("core", "Edit prompt"), lambda: setattr(segment, "prompt", prompt)
        )

    def set_duration(self, index: int, seconds: int) -> None:
        if seconds not in DURATION.values:
            raise InvalidInputError(
                Message(
                    QT_TRANSLATE_NOOP("core", "Duration {value} is not offered."), value=seconds
                ),
                field="duration",
            )
        segment = self.project.board.segments[index]
        self._edit(
            QT_TRANSLATE_NOOP("core", "Change duration"),
            lambda: setattr(segment, "duration", seconds),
        )

    def set_audio(self, index: int, audio: bool | None) -> None:
        segment = self.project.board.segments[index]
        self._edit(
            QT_TRANSLATE_NOOP("core", "Change audio"),
            lambda: setattr(segment, "generate_audio", audio),
        )

    def choose_take(self, index: int, job: int | None) -> None:
        segment = self.project.board.segments[index]
        if job is not None and segment.take(job) is None:
            raise InvalidInputError(
                Message(
                    QT_TRANSLATE_NOOP("core", "Job {job} is not a take of segment {segment}."),
                    job=job,
                    segment=index + 1,
                )
            )
        self._edit(
            QT_TRANSLATE_NOOP("core", "Choose take"), lambda: setattr(segment, "chosen", job)
        )

    def set_settings(self, **fields: object) -> None:
        """Film-wide settings by name (resolution, aspect_ratio, fit, generate_audio, style)."""
        board = self.project.board
        updated = replace(board.settings, **fields)  # type: ignore[arg-type]
        manifest.check_settings(asdict(updated), self.project.path)
        self._edit(
            QT_TRANSLATE_NOOP("core", "Change film settings"),
            lambda: setattr(board, "settings", updated),
        )
