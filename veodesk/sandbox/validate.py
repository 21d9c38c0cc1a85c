"""Strict validation of a ``POST /v2/video/generations`` body.

Stricter than the vendor on purpose (unknown fields, ``8.0`` for ``duration``,
``null`` for optional fields are all refused): a sandbox that lets a client bug
through only moves the surprise to the first paid request.
"""

from __future__ import annotations

import base64
import binascii
import io
import json
import re
import warnings
from typing import Any
from urllib.parse import urlsplit

from . import contract
from .params import (
    ASPECT_RATIOS,
    DEFAULT_AUDIO,
    DEFAULT_DURATION,
    DEFAULT_RESOLUTION,
    DURATIONS,
    MODELS,
    RESOLUTIONS,
    GenerationParams,
    ImageSource,
)

REQUIRED_FIELDS = contract.required()
OPTIONAL_FIELDS = contract.optional()
KNOWN_FIELDS = frozenset(REQUIRED_FIELDS + OPTIONAL_FIELDS)

_DATA_URI = re.compile(
    r"^data:(?P<mime>image/[A-Za-z0-9.+-]+)(?P<params>(;[^;,]*)*?);base64,", re.I
)
_BASE64_CHARS = re.compile(rb"^[A-Za-z0-9+/]*={0,2}$")


class ValidationError(ValueError):
    """The body was refused; ``str(err)`` is the 400 message and names the field(s)."""


def parse_generation_request(body: bytes, content_type: str | None) -> GenerationParams:
    """Parse and validate a request body, or raise ValidationError."""
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    if media_type != "application/json":
        raise ValidationError(
            f"Content-Type must be application/json (got {content_type or 'none'})"
        )
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ValidationError(f"Malformed JSON in request body: {exc}") from None
    if not isinstance(payload, dict):
        raise ValidationError("Request body must be a JSON object")
    return validate_payload(payload)


def validate_payload(payload: dict[str, Any]) -> GenerationParams:
    problems: list[str] = []
    problems += [
        f"property {name} should not exist" for name in payload if name not in KNOWN_FIELDS
    ]
    problems += [f"{name} is required" for name in REQUIRED_FIELDS if name not in payload]

    model = payload.get("model")
    if "model" in payload and model not in MODELS:
        problems.append(f"model must be one of {', '.join(MODELS)}")

    prompt = payload.get("prompt")
    if "prompt" in payload:
        if not isinstance(prompt, str):
            problems.append("prompt must be a string")
        elif not prompt.strip():
            problems.append("prompt should not be empty")

    sources: dict[str, ImageSource] = {}
    for name in ("image_url", "last_image_url"):
        if name in payload:
            try:
                sources[name] = parse_image_url(name, payload[name])
            except ValidationError as exc:
                problems.append(str(exc))

    aspect_ratio = payload.get("aspect_ratio")
    if "aspect_ratio" in payload and aspect_ratio not in ASPECT_RATIOS:
        problems.append(f"aspect_ratio must be one of {', '.join(ASPECT_RATIOS)}")

    duration = payload.get("duration", DEFAULT_DURATION)
    # bool is an int subclass, and True == 1 would otherwise sneak through.
    if isinstance(duration, bool) or not isinstance(duration, int) or duration not in DURATIONS:
        problems.append(f"duration must be one of {', '.join(map(str, DURATIONS))}")

    resolution = payload.get("resolution", DEFAULT_RESOLUTION)
    if resolution not in RESOLUTIONS:
        problems.append(f"resolution must be one of {', '.join(RESOLUTIONS)}")

    generate_audio = payload.get("generate_audio", DEFAULT_AUDIO)
    if not isinstance(generate_audio, bool):
        problems.append("generate_audio must be a boolean value")

    if problems:
        raise ValidationError("; ".join(problems))
    return GenerationParams(
        prompt=str(prompt),
        image=sources["image_url"],
        last_image=sources["last_image_url"],
        aspect_ratio=aspect_ratio,
        duration=int(duration),
        resolution=str(resolution),
        generate_audio=bool(generate_audio),
    )


def parse_image_url(field: str, value: object) -> ImageSource:
    if not isinstance(value, str):
        raise ValidationError(f"{field} must be a string")
    if value[:5].lower() == "data:":
        return _parse_data_uri(field, value)
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https"):
        raise ValidationError(f"{field} must be an http(s) URL or a data:image/...;base64 URI")
    try:
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        host = None
    if not host or any(ch.isspace() for ch in value):
        raise ValidationError(f"{field} must be a valid URL")
    return ImageSource(kind="url", url=value)


def _parse_data_uri(field: str, value: str) -> ImageSource:
    match = _DATA_URI.match(value)
    if match is None:
        raise ValidationError(
            f"{field} must be a base64 data URI of the form data:image/...;base64,..."
        )
    encoded = value[match.end() :].encode("ascii", "replace")
    encoded = b"".join(encoded.split())
    if not encoded or len(encoded) % 4 or not _BASE64_CHARS.match(encoded):
        raise ValidationError(f"{field} data URI is not valid base64")
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise ValidationError(f"{field} data URI is not valid base64") from None
    if not is_readable_image(data):
        raise ValidationError(f"{field} data URI does not contain a readable image")
    return ImageSource(kind="data", mime=match.group("mime").lower(), data=data)


def is_readable_image(data: bytes) -> bool:
    """True when Pillow can fully decode ``data`` (not just sniff its header)."""
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                image.load()
                return bool(image.width > 0 and image.height > 0)
    except Exception:
        # Pillow raises a zoo of types for bad input; any of them means "not an image".
        return False
