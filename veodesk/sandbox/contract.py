"""The API's contract as the vendor publishes it: enums and defaults of the POST body.

Read from the project's copy of the vendor's OpenAPI description
(``openapi.json`` beside this module, copied unchanged from the vendor's page).
The sandbox is the other side of the contract from the app, so it takes its
allowed values from here and never from ``veodesk.core``: a wrong value in the
app's parameter space must be refused by the sandbox, not accepted by both.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

OPENAPI_FILE = Path(__file__).with_name("openapi.json")
GENERATIONS_PATH = "/v2/video/generations"


@lru_cache(maxsize=1)
def openapi() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(OPENAPI_FILE.read_text(encoding="utf-8"))
    return document


def request_schema() -> dict[str, Any]:
    post = openapi()["paths"][GENERATIONS_PATH]["post"]
    schema: dict[str, Any] = post["requestBody"]["content"]["application/json"]["schema"]
    return schema


def _property(name: str) -> dict[str, Any]:
    prop: dict[str, Any] = request_schema()["properties"][name]
    return prop


def enum(name: str) -> tuple[Any, ...]:
    return tuple(_property(name)["enum"])


def default(name: str) -> Any:
    """The field's default, in the field's own type.

    The vendor's schema gives duration's default as the string ``"8"`` for an
    integer field; it means the integer.
    """
    prop = _property(name)
    value = prop["default"]
    if prop.get("type") == "integer" and isinstance(value, str):
        return int(value)
    return value


def required() -> tuple[str, ...]:
    return tuple(request_schema()["required"])


def optional() -> tuple[str, ...]:
    return tuple(name for name in request_schema()["properties"] if name not in required())


def statuses() -> tuple[str, ...]:
    response = openapi()["paths"][GENERATIONS_PATH]["post"]["responses"]["200"]
    schema = response["content"]["application/json"]["schema"]
    return tuple(schema["properties"]["status"]["enum"])
