"""The request body is the bytes json.dumps gives, however it is built."""

from __future__ import annotations

import base64
import json
import os

import pytest

from veodesk.core.api import json_bytes


@pytest.mark.parametrize(
    "value",
    [
        "data:image/jpeg;base64," + base64.b64encode(os.urandom(300_000)).decode(),
        'quotes " and \\\\ backslashes\\n\\t and ünïcödé and 🎬 ' * 5000,
        "x" * (64 * 1024 * 3),  # exactly whole pieces
    ],
)
def test_long_strings_encode_exactly_as_json_dumps(value: str) -> None:
    body = {"model": "m", "image_url": value, "duration": 8, "generate_audio": True, "x": None}
    assert json_bytes(body) == json.dumps(body).encode()
    assert json.loads(json_bytes(body)) == body


def test_small_bodies_are_plain_json() -> None:
    body = {"prompt": "a cat", "resolution": "720p"}
    assert json_bytes(body) == json.dumps(body).encode()
