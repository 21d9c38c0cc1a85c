"""Hypothesis: untrusted answers and files raise only the documented exceptions."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from veodesk.core import images
from veodesk.core.api import error_for_response, server_message
from veodesk.core.errors import ApiError, InvalidImageError
from veodesk.core.http import retry_after_seconds
from veodesk.core.models import MalformedResponse, RemoteTask, parse_task

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=6)
    ),
    max_leaves=30,
)
task_like = st.fixed_dictionaries(
    {},
    optional={
        "id": json_values | st.text(max_size=80),
        "status": json_values
        | st.sampled_from(["queued", "generating", "completed", "error", "waiting", "active", ""]),
        "video": json_values | st.fixed_dictionaries({"url": json_values | st.text()}),
        "error": json_values | st.fixed_dictionaries({"name": json_values, "message": json_values}),
        "meta": json_values
        | st.fixed_dictionaries(
            {"usage": json_values | st.fixed_dictionaries({"credits_used": json_values})}
        ),
    },
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(json_values, task_like))
def test_parse_task_returns_a_task_or_malformed(value: object) -> None:
    try:
        task = parse_task(value)
    except MalformedResponse:
        return
    assert isinstance(task, RemoteTask) and task.id and task.status
    assert task.credits_used is None or task.credits_used >= 0
    assert task.video_url is None or isinstance(task.video_url, str)


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=400, max_value=599),
    st.binary(max_size=300) | json_values.map(lambda v: json.dumps(v).encode()),
    st.text(max_size=30),
)
def test_error_answers_map_to_api_errors(status: int, body: bytes, retry_after: str) -> None:
    error = error_for_response(status, body, {"Retry-After": retry_after})
    assert isinstance(error, ApiError)
    assert 0 < len(str(error)) < 2000  # the server's text is quoted, but bounded
    assert error.status_code == status or status == 429
    said = server_message(body)
    assert said is None or len(said) <= 1000
    seconds = retry_after_seconds(retry_after)
    assert seconds is None or 0 <= seconds <= 120


@pytest.fixture(scope="module")
def seed_images() -> list[bytes]:
    out = []
    for fmt in ("JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF"):
        buf = io.BytesIO()
        Image.new("RGB", (96, 80), (200, 30, 90)).save(buf, fmt)
        out.append(buf.getvalue())
    return out


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_mangled_images_fail_only_with_invalid_image(
    tmp_path: Path, seed_images: list[bytes], data: st.DataObject
) -> None:
    seed = data.draw(st.sampled_from(seed_images))
    mode = data.draw(st.sampled_from(["truncate", "flip", "random"]))
    if mode == "truncate":
        blob = seed[: data.draw(st.integers(0, len(seed)))]
    elif mode == "flip":
        blob = bytearray(seed)
        for _ in range(data.draw(st.integers(1, 12))):
            blob[data.draw(st.integers(0, len(blob) - 1))] = data.draw(st.integers(0, 255))
        blob = bytes(blob)
    else:
        blob = data.draw(st.binary(max_size=2000))
    path = tmp_path / "dropped.img"
    path.write_bytes(blob)
    try:
        prepared = images.prepare_image(path, resolution="720p", aspect_ratio="16:9")
    except InvalidImageError as exc:
        assert "dropped.img" in str(exc)
        return
    decoded = Image.open(io.BytesIO(prepared.data or b""))
    assert decoded.size == (1280, 720)
