"""The storyboard's project file: JSON, read with a clear error, written atomically.

Reading never writes: a damaged, newer or wrong file is reported and left as
it is. The format is documented in docs/storyboard.md.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from veodesk.core.errors import InvalidInputError
from veodesk.core.fsutil import atomic_write
from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message, one_of
from veodesk.core.parameters import DURATION, FIT, RESOLUTION
from veodesk.core.store import JobState

from .model import (
    BOARD_ASPECT_RATIOS,
    MAX_KEYFRAMES,
    MIN_KEYFRAMES,
    FilmSettings,
    Keyframe,
    Segment,
    Storyboard,
    Take,
    new_id,
)

FORMAT = "veodesk-storyboard"
VERSION = 1
SUFFIX = ".veoboard"
#: A storyboard of 24 keyframes with many takes is a few hundred kilobytes.
MAX_BYTES = 16 * 1024 * 1024
_STATES = frozenset(s.value for s in JobState)


class ManifestError(InvalidInputError):
    """The project file cannot be used as it is; the message names the file and the field."""

    def __init__(self, path: Path, where: str, problem: Message) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP("core", "Storyboard {path} ({where}): {problem}"),
                path=str(path),
                where=where,
                problem=problem,
            )
            if where
            else Message(
                QT_TRANSLATE_NOOP("core", "Storyboard {path}: {problem}"),
                path=str(path),
                problem=problem,
            ),
            field=where or "storyboard",
        )
        self.path = path


def _show(value: Any) -> Message | str:
    """A value from the file, short, for a message (containers by their kind only)."""
    if isinstance(value, dict):
        return Message(QT_TRANSLATE_NOOP("core", "an object"))
    if isinstance(value, list):
        return Message(QT_TRANSLATE_NOOP("core", "a list"))
    return json.dumps(value)[:40]


def _offered(values: tuple[object, ...]) -> Message:
    return one_of([json.dumps(v) for v in values])


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, problem: Message) -> ManifestError:
        return ManifestError(self.path, where, problem)

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(
                where,
                Message(QT_TRANSLATE_NOOP("core", "must be a JSON object {shape}."), shape="{...}"),
            )
        return value

    def items(self, value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(
                where,
                Message(QT_TRANSLATE_NOOP("core", "must be a JSON list {shape}."), shape="[...]"),
            )
        return value

    def text(self, value: Any, where: str, *, empty: bool = True) -> str:
        if not isinstance(value, str) or (not empty and not value.strip()):
            raise self.fail(
                where,
                Message(QT_TRANSLATE_NOOP("core", "must be a text."))
                if empty
                else Message(QT_TRANSLATE_NOOP("core", "must be a text that is not empty.")),
            )
        if "\x00" in value:
            raise self.fail(where, Message(QT_TRANSLATE_NOOP("core", "contains a NUL character.")))
        return value

    def choice(self, value: Any, where: str, values: tuple[Any, ...]) -> Any:
        wrong_kind = isinstance(value, bool) and not all(isinstance(v, bool) for v in values)
        if wrong_kind or not isinstance(value, (str, int, bool)) or value not in values:
            raise self.fail(
                where,
                Message(
                    QT_TRANSLATE_NOOP("core", "must be {choices}, not {value}."),
                    choices=_offered(values),
                    value=_show(value),
                ),
            )
        return value

    def flag(self, value: Any, where: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(where, Message(QT_TRANSLATE_NOOP("core", "must be true or false.")))
        return value

    def job_number(self, value: Any, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 2**63:
            raise self.fail(
                where,
                Message(
                    QT_TRANSLATE_NOOP("core", "must be a job number (a whole number above 0).")
                ),
            )
        return value

    # -- the parts ---------------------------------------------------------------
    def settings(self, value: Any) -> FilmSettings:
        data = self.obj(value, "settings")
        where = "settings.{}".format
        for name in ("resolution", "aspect_ratio", "fit", "generate_audio"):
            if name not in data:
                raise self.fail(where(name), Message(QT_TRANSLATE_NOOP("core", "is missing.")))
        ratio = data["aspect_ratio"]
        if ratio == "auto":
            raise self.fail(
                where("aspect_ratio"),
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        'cannot be "auto": every segment must share one shape. Use "16:9" or '
                        '"9:16".',
                    )
                ),
            )
        return FilmSettings(
            resolution=self.choice(data["resolution"], where("resolution"), RESOLUTION.values),
            aspect_ratio=self.choice(ratio, where("aspect_ratio"), BOARD_ASPECT_RATIOS),
            fit=self.choice(data["fit"], where("fit"), FIT.values),
            generate_audio=self.flag(data["generate_audio"], where("generate_audio")),
            style=self.text(data.get("style", ""), where("style")),
        )

    def keyframe(self, value: Any, where: str) -> Keyframe:
        data = self.obj(value, where)
        if "image" not in data:
            raise self.fail(
                where,
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", 'has no "image": name the picture, e.g. "frames/a.jpg".'
                    )
                ),
            )
        return Keyframe(self.text(data["image"], where + ".image", empty=False))

    def take(self, value: Any, where: str) -> Take:
        data = self.obj(value, where)
        state = data.get("state", JobState.READY.value)
        if not isinstance(state, str) or state not in _STATES:
            raise self.fail(
                where + ".state",
                Message(
                    QT_TRANSLATE_NOOP("core", "is not a job state: {value}."), value=_show(state)
                ),
            )
        video = data.get("video")
        return Take(
            job=self.job_number(data.get("job"), where + ".job"),
            inputs=self.text(data.get("inputs"), where + ".inputs", empty=False),
            state=state,
            video=None if video is None else self.text(video, where + ".video", empty=False),
        )

    def segment(self, value: Any, where: str) -> Segment:
        data = self.obj(value, where)
        if "prompt" not in data:
            raise self.fail(where, Message(QT_TRANSLATE_NOOP("core", 'has no "prompt".')))
        if "duration" not in data:
            raise self.fail(
                where,
                Message(QT_TRANSLATE_NOOP("core", 'has no "duration" (4, 6 or 8 seconds).')),
            )
        audio = data.get("generate_audio")
        chosen = data.get("chosen")
        segment_id = data.get("id")
        takes = [
            self.take(t, f"{where}.takes[{i}]")
            for i, t in enumerate(self.items(data.get("takes", []), where + ".takes"))
        ]
        return Segment(
            prompt=self.text(data["prompt"], where + ".prompt"),
            duration=self.choice(data["duration"], where + ".duration", DURATION.values),
            generate_audio=None if audio is None else self.flag(audio, where + ".generate_audio"),
            id=new_id()
            if segment_id is None
            else self.text(segment_id, where + ".id", empty=False),
            takes=takes,
            chosen=None if chosen is None else self.job_number(chosen, where + ".chosen"),
        )

    def board(self, value: Any) -> Storyboard:
        data = self.obj(value, "")
        if data.get("format") != FORMAT:
            raise self.fail(
                "format",
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", 'is not a veodesk storyboard (no "format": "{format}").'
                    ),
                    format=FORMAT,
                ),
            )
        version = data.get("version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise self.fail(
                "version",
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "must be a whole number; this veodesk writes {version}."
                    ),
                    version=VERSION,
                ),
            )
        if version > VERSION:
            raise self.fail(
                "version",
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "was written by a newer veodesk (format {version}; this one reads "
                        "{supported}). Update veodesk to open it.",
                    ),
                    version=version,
                    supported=VERSION,
                ),
            )
        for name in ("settings", "keyframes", "segments"):
            if name not in data:
                raise self.fail(name, Message(QT_TRANSLATE_NOOP("core", "is missing.")))
        settings = self.settings(data["settings"])
        frames = self.items(data["keyframes"], "keyframes")
        if not MIN_KEYFRAMES <= len(frames) <= MAX_KEYFRAMES:
            raise self.fail(
                "keyframes",
                Message(
                    QT_TRANSLATE_NOOP("core", "has {count}; a storyboard has {least} to {most}."),
                    count=len(frames),
                    least=MIN_KEYFRAMES,
                    most=MAX_KEYFRAMES,
                ),
            )
        keyframes = [self.keyframe(k, f"keyframes[{i}]") for i, k in enumerate(frames)]
        parts = self.items(data["segments"], "segments")
        if len(parts) != len(keyframes) - 1:
            raise self.fail(
                "segments",
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "has {count}, but {keyframes} keyframes need exactly {needed} (one "
                        "between each pair).",
                    ),
                    count=len(parts),
                    keyframes=len(keyframes),
                    needed=len(keyframes) - 1,
                ),
            )
        segments = [self.segment(s, f"segments[{i}]") for i, s in enumerate(parts)]
        if len({s.id for s in segments}) != len(segments):
            raise self.fail(
                "segments", Message(QT_TRANSLATE_NOOP("core", 'two segments have the same "id".'))
            )
        board_id = data.get("id")
        return Storyboard(
            settings=settings,
            keyframes=keyframes,
            segments=segments,
            id=new_id() if board_id is None else self.text(board_id, "id", empty=False),
        )


def check_settings(values: dict[str, Any], path: Path) -> FilmSettings:
    """Film-wide settings as an edit gives them, checked as the file's would be."""
    return _Reader(path).settings(values)


def _no_constants(name: str) -> float:
    # NaN and Infinity are not JSON; Python's reader would accept them.
    raise ValueError(f"{name} is not a JSON number")


def parse(data: bytes, path: Path) -> Storyboard:
    """A storyboard from the file's bytes, or a :class:`ManifestError` saying what is wrong."""
    reader = _Reader(path)
    if len(data) > MAX_BYTES:
        raise reader.fail(
            "",
            Message(
                QT_TRANSLATE_NOOP("core", "is larger than {size} MB; it is not a storyboard."),
                size=MAX_BYTES >> 20,
            ),
        )
    try:
        value = json.loads(data.decode("utf-8-sig"), parse_constant=_no_constants)
    except UnicodeDecodeError:
        raise reader.fail(
            "",
            Message(
                QT_TRANSLATE_NOOP("core", "is not UTF-8 text; it is damaged or not a storyboard.")
            ),
        ) from None
    except (ValueError, RecursionError) as exc:
        raise reader.fail(
            "",
            Message(
                QT_TRANSLATE_NOOP("core", "is not valid JSON ({reason}); it is damaged."),
                reason=str(exc),
            ),
        ) from None
    return reader.board(value)


def read(path: Path) -> Storyboard:
    try:
        with path.open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ManifestError(
            path,
            "",
            Message(
                QT_TRANSLATE_NOOP("core", "cannot be read ({reason})."),
                reason=str(exc.strerror or exc),
            ),
        ) from exc
    return parse(data, path)


def to_json(board: Storyboard) -> dict[str, Any]:
    s = board.settings
    return {
        "format": FORMAT,
        "version": VERSION,
        "id": board.id,
        "settings": {
            "resolution": s.resolution,
            "aspect_ratio": s.aspect_ratio,
            "fit": s.fit,
            "generate_audio": s.generate_audio,
            "style": s.style,
        },
        "keyframes": [{"image": k.image} for k in board.keyframes],
        "segments": [_segment_json(seg) for seg in board.segments],
    }


def _segment_json(seg: Segment) -> dict[str, Any]:
    data: dict[str, Any] = {"id": seg.id, "prompt": seg.prompt, "duration": seg.duration}
    if seg.generate_audio is not None:
        data["generate_audio"] = seg.generate_audio
    data["chosen"] = seg.chosen
    data["takes"] = [
        {"job": t.job, "inputs": t.inputs, "state": t.state, "video": t.video} for t in seg.takes
    ]
    return data


def write(path: Path, board: Storyboard) -> None:
    text = json.dumps(to_json(board), indent=2, ensure_ascii=False) + "\n"
    atomic_write(path, text.encode("utf-8"))
