"""Typed values that cross the API boundary: request parameters and task state."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from veodesk import MODEL_ID
from veodesk.core.errors import InvalidInputError
from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message, one_of
from veodesk.core.parameters import (
    ASPECT_RATIO,
    AUDIO,
    DURATION,
    FIT,
    MAX_PROMPT_CHARS,
    RESOLUTION,
    Choice,
)


def _offered(choice: Choice[str] | Choice[int]) -> Message:
    """ "4, 6 or 8": the choice's values, for a message."""
    return one_of([str(v) for v in choice.values])


class Status(str, Enum):
    QUEUED = "queued"
    GENERATING = "generating"
    COMPLETED = "completed"
    ERROR = "error"


@dataclass(frozen=True)
class GenerationParams:
    """What the user asked for, before images are prepared."""

    prompt: str
    first: str
    last: str
    duration: int = DURATION.default
    resolution: str = RESOLUTION.default
    #: One of ASPECT_RATIO's values; None (jobs of older versions' CLI) leaves
    #: the pictures' shape alone and the choice to the service.
    aspect_ratio: str | None = ASPECT_RATIO.default
    generate_audio: bool = AUDIO.default
    fit: str = FIT.default
    first_anchor: tuple[float, float] = (0.5, 0.5)
    last_anchor: tuple[float, float] = (0.5, 0.5)

    def validate(self) -> None:
        """Raise InvalidInputError naming the first field that is wrong."""
        if not self.prompt.strip():
            raise InvalidInputError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "The prompt is empty. Describe what happens between the frames."
                    )
                ),
                field="prompt",
            )
        if len(self.prompt) > MAX_PROMPT_CHARS:
            raise InvalidInputError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The prompt is {length} characters long; shorten it to at most {limit}.",
                    ),
                    length=len(self.prompt),
                    limit=MAX_PROMPT_CHARS,
                ),
                field="prompt",
            )
        if not str(self.first).strip():
            raise InvalidInputError(
                Message(QT_TRANSLATE_NOOP("core", "Choose a first frame.")), field="first"
            )
        if not str(self.last).strip():
            raise InvalidInputError(
                Message(QT_TRANSLATE_NOOP("core", "Choose a last frame.")), field="last"
            )
        if isinstance(self.duration, bool) or self.duration not in DURATION.values:
            raise InvalidInputError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "Duration {value} is not offered; choose {choices} seconds."
                    ),
                    value=repr(self.duration),
                    choices=_offered(DURATION),
                ),
                field="duration",
            )
        if self.resolution not in RESOLUTION.values:
            raise InvalidInputError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "Resolution {value} is not offered; choose {choices}."
                    ),
                    value=repr(self.resolution),
                    choices=_offered(RESOLUTION),
                ),
                field="resolution",
            )
        if self.aspect_ratio is not None and self.aspect_ratio not in ASPECT_RATIO.values:
            raise InvalidInputError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "Aspect ratio {value} is not offered; choose {choices}."
                    ),
                    value=repr(self.aspect_ratio),
                    choices=_offered(ASPECT_RATIO),
                ),
                field="aspect_ratio",
            )
        if self.fit not in FIT.values:
            raise InvalidInputError(
                Message(
                    QT_TRANSLATE_NOOP("core", "Fit {value} is not offered; choose {choices}."),
                    value=repr(self.fit),
                    choices=_offered(FIT),
                ),
                field="fit",
            )
        if not isinstance(self.generate_audio, bool):
            raise InvalidInputError(
                Message(QT_TRANSLATE_NOOP("core", "Audio must be on or off.")),
                field="generate_audio",
            )


def request_body(
    params: GenerationParams, *, image_url: str, last_image_url: str, aspect_ratio: str | None
) -> dict[str, Any]:
    """The POST body, exactly per the schema. ``aspect_ratio`` is already resolved."""
    body: dict[str, Any] = {
        "model": MODEL_ID,
        "prompt": params.prompt,
        "image_url": image_url,
        "last_image_url": last_image_url,
        "duration": params.duration,
        "resolution": params.resolution,
        "generate_audio": params.generate_audio,
    }
    if aspect_ratio is not None:
        body["aspect_ratio"] = aspect_ratio
    return body


@dataclass(frozen=True)
class RemoteTask:
    """A generation task as the server reported it. Built only by ``parse_task``."""

    id: str
    status: str
    video_url: str | None = None
    error_name: str | None = None
    error_message: str | None = None
    credits_used: float | None = None
    raw_keys: tuple[str, ...] = field(default=(), repr=False)

    @property
    def is_completed(self) -> bool:
        return self.status == Status.COMPLETED.value

    @property
    def is_error(self) -> bool:
        return self.status == Status.ERROR.value

    @property
    def is_terminal(self) -> bool:
        # Anything else (queued, generating, and the sample's waiting/active, or a
        # status invented later) means the server is still working on it.
        return self.is_completed or self.is_error


class MalformedResponse(ValueError):
    """The body is not a task object; the API client turns this into ServerError."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def _opt_str(value: Any, limit: int = 8192) -> str | None:
    if isinstance(value, str) and value.strip():
        return value[:limit]
    return None


def parse_task(obj: Any) -> RemoteTask:
    """Parse an untrusted JSON value into a RemoteTask; extra fields are ignored."""
    if not isinstance(obj, dict):
        raise MalformedResponse(Message(QT_TRANSLATE_NOOP("core", "expected a JSON object")))
    task_id = obj.get("id")
    status = obj.get("status")
    if not isinstance(task_id, str) or not task_id.strip() or len(task_id) > 512:
        raise MalformedResponse(Message(QT_TRANSLATE_NOOP("core", "missing or invalid 'id'")))
    if not isinstance(status, str) or not status.strip() or len(status) > 64:
        raise MalformedResponse(Message(QT_TRANSLATE_NOOP("core", "missing or invalid 'status'")))
    video = obj.get("video")
    video_url = _opt_str(video.get("url")) if isinstance(video, dict) else None
    error = obj.get("error")
    error_name = error_message = None
    if isinstance(error, dict):
        error_name = _opt_str(error.get("name"), 200)
        error_message = _opt_str(error.get("message"), 2000)
    elif isinstance(error, str):
        error_message = _opt_str(error, 2000)
    credits = None
    meta = obj.get("meta")
    usage = meta.get("usage") if isinstance(meta, dict) else None
    if isinstance(usage, dict):
        value = usage.get("credits_used")
        if (
            isinstance(value, (int, float))
            and not isinstance(value, bool)
            and math.isfinite(value)
            and value >= 0
        ):
            credits = float(value)
    return RemoteTask(
        id=task_id.strip(),
        status=status.strip().lower(),
        video_url=video_url,
        error_name=error_name,
        error_message=error_message,
        credits_used=credits,
        raw_keys=tuple(sorted(obj)),
    )


def params_to_json(params: GenerationParams) -> str:
    data = dict(params.__dict__)
    data["first_anchor"] = list(params.first_anchor)
    data["last_anchor"] = list(params.last_anchor)
    return json.dumps(data, sort_keys=True)


def params_from_json(text: str) -> GenerationParams:
    data: dict[str, Any] = json.loads(text)
    known = GenerationParams.__dataclass_fields__
    data = {k: v for k, v in data.items() if k in known}
    for key in ("first_anchor", "last_anchor"):
        if key in data:
            data[key] = tuple(data[key])
    return GenerationParams(**data)
