"""The API client against the sandbox, over real HTTP on loopback."""

from __future__ import annotations

import base64
import io
import itertools
import json
import socket

import pytest
import requests
from PIL import Image

from veodesk import MODEL_ID
from veodesk.core.api import ApiClient
from veodesk.core.errors import (
    AuthError,
    BadRequestError,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    ServerError,
)
from veodesk.core.models import GenerationParams, parse_task, request_body
from veodesk.core.polling import PollSchedule, wait_for_task
from veodesk.sandbox import Sandbox

from .conftest import TEST_KEY


def _png_uri(colour: tuple[int, int, int] = (10, 200, 30)) -> str:
    buf = io.BytesIO()
    Image.new("RGB", (160, 90), colour).save(buf, "PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def _body(**overrides: object) -> dict[str, object]:
    params = GenerationParams(prompt="a fox runs", first="a", last="b")
    body = request_body(
        params, image_url=_png_uri(), last_image_url=_png_uri((200, 0, 0)), aspect_ratio=None
    )
    body.update(overrides)
    return body


def _api_posts(sb: Sandbox) -> list[dict[str, object]]:
    return [json.loads(r.body) for r in sb.requests if r.origin == "api" and r.method == "POST"]


@pytest.fixture
def client(sandbox: Sandbox) -> ApiClient:
    return ApiClient(sandbox.base_url, TEST_KEY)


def test_body_defaults_follow_the_schema() -> None:
    params = GenerationParams(prompt="p", first="a", last="b")
    body = request_body(
        params, image_url="https://x/1.jpg", last_image_url="https://x/2.jpg", aspect_ratio=None
    )
    assert body == {
        "model": MODEL_ID,
        "prompt": "p",
        "image_url": "https://x/1.jpg",
        "last_image_url": "https://x/2.jpg",
        "duration": 8,
        "resolution": "1080p",
        "generate_audio": True,
    }
    assert "aspect_ratio" not in body
    assert type(body["duration"]) is int and type(body["generate_audio"]) is bool


@pytest.mark.parametrize(
    ("duration", "resolution", "aspect", "audio"),
    list(itertools.product((4, 6, 8), ("720p", "1080p"), (None, "16:9", "9:16"), (True, False))),
)
def test_every_parameter_combination_is_accepted(
    client: ApiClient,
    sandbox: Sandbox,
    duration: int,
    resolution: str,
    aspect: str | None,
    audio: bool,
) -> None:
    params = GenerationParams(
        prompt="combo",
        first="a",
        last="b",
        duration=duration,
        resolution=resolution,
        aspect_ratio=aspect,
        generate_audio=audio,
    )
    body = request_body(
        params, image_url=_png_uri(), last_image_url=_png_uri(), aspect_ratio=aspect
    )
    task = client.create(body)
    assert task.status == "queued"
    sent = _api_posts(sandbox)[-1]
    assert sent["duration"] == duration and sent["resolution"] == resolution
    assert sent["generate_audio"] is audio
    assert sent.get("aspect_ratio") == aspect
    assert ("aspect_ratio" in sent) == (aspect is not None)


def test_ids_with_colons_and_slashes_round_trip(client: ApiClient, sandbox: Sandbox) -> None:
    task = client.create(_body())
    assert task.id.endswith(":" + MODEL_ID) and "/" in task.id
    got = client.get(task.id)
    assert got.id == task.id
    get = [r for r in sandbox.requests if r.origin == "api" and r.method == "GET"][-1]
    assert get.query["generation_id"] == task.id


def test_bearer_key_is_sent(client: ApiClient, sandbox: Sandbox) -> None:
    client.create(_body())
    post = [r for r in sandbox.requests if r.method == "POST"][-1]
    assert post.headers["Authorization"] == f"Bearer {TEST_KEY}"


def test_wrong_key_is_auth_error(sandbox: Sandbox) -> None:
    with pytest.raises(AuthError) as info:
        ApiClient(sandbox.base_url, "sk-wrong-key-000000").create(_body())
    assert info.value.status_code == 401
    assert "key" in str(info.value).lower()
    assert "sk-wrong" not in str(info.value)


def test_bad_request_carries_the_servers_message(client: ApiClient) -> None:
    with pytest.raises(BadRequestError) as info:
        client.create(_body(duration=5))
    assert info.value.status_code == 400
    assert "duration" in str(info.value)


def test_unknown_generation_is_not_found(client: ApiClient) -> None:
    with pytest.raises(NotFoundError):
        client.get("00000000-0000-4000-8000-000000000000:" + MODEL_ID)


def test_rate_limit_reports_retry_after(client: ApiClient, sandbox: Sandbox) -> None:
    sandbox.faults.fail_next(1, 429, method="POST", retry_after=7)
    with pytest.raises(RateLimitedError) as info:
        client.create(_body())
    assert info.value.retry_after == 7


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_server_errors(client: ApiClient, sandbox: Sandbox, status: int) -> None:
    sandbox.faults.fail_next(1, status, method="GET")
    task = client.create(_body())
    with pytest.raises(ServerError) as info:
        client.get(task.id)
    assert info.value.status_code == status
    assert client.get(task.id).id == task.id  # the fault was one-shot


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"<html><body>502 Bad Gateway</body></html>", "text/html"),
        (b'{"id": "x", "status":', "application/json"),
        (b'["not", "an", "object"]', "application/json"),
        (b'{"status": "queued"}', "application/json"),
    ],
)
def test_non_task_answers_are_server_errors(
    client: ApiClient, sandbox: Sandbox, body: bytes, content_type: str
) -> None:
    sandbox.faults.fail_next(1, 200, method="GET", body=body, content_type=content_type)
    with pytest.raises(ServerError):
        client.get("whatever")


def test_connection_refused_is_network_error_not_sent() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(NetworkError) as info:
        ApiClient(f"http://127.0.0.1:{port}", TEST_KEY, timeout=(2, 2)).create(_body())
    assert info.value.request_sent is False


def test_dropped_connection_is_network_error_sent(client: ApiClient, sandbox: Sandbox) -> None:
    sandbox.faults.drop_next(1, method="POST")
    with pytest.raises(NetworkError) as info:
        client.create(_body())
    assert info.value.request_sent is True


def test_parse_ignores_extras_and_rejects_garbage() -> None:
    task = parse_task(
        {
            "id": "a",
            "status": "COMPLETED",
            "video": {"url": "https://v/x.mp4"},
            "meta": {"usage": {"credits_used": 12.5}},
            "new_field": [1],
        }
    )
    assert task.is_completed and task.credits_used == 12.5 and task.video_url
    for bad_credits in (True, -1, float("nan"), "12"):
        assert (
            parse_task(
                {"id": "a", "status": "completed", "meta": {"usage": {"credits_used": bad_credits}}}
            ).credits_used
            is None
        )
    waiting = parse_task({"id": "a", "status": "waiting", "video": None, "error": None})
    assert not waiting.is_terminal


def test_unknown_statuses_count_as_in_progress() -> None:
    seen: list[str] = []
    with Sandbox(
        api_key=TEST_KEY, queued_seconds=0.2, generating_seconds=0.3, fps=6, extra_statuses=True
    ) as sb:
        client = ApiClient(sb.base_url, TEST_KEY)
        task = client.create(_body(duration=4, resolution="720p"))
        final = wait_for_task(
            lambda: client.get(task.id),
            generation_id=task.id,
            schedule=PollSchedule(first=0.05, cap=0.1),
            timeout=60,
            on_update=lambda t: seen.append(t.status),
        )
    assert final.is_completed
    assert {"waiting", "active"} & set(seen)


def test_redirect_to_other_origin_is_not_followed(client: ApiClient, sandbox: Sandbox) -> None:
    # The video origin is another origin: a redirect there must not carry the key.
    sandbox.faults.fail_next(
        1, 302, method="GET", headers={"Location": sandbox.video_base_url + "/steal"}
    )
    with pytest.raises(ServerError) as info:
        client.get("x")
    assert "redirect" in str(info.value).lower()
    assert not [r for r in sandbox.requests if r.origin == "video"]


def test_session_is_injectable(sandbox: Sandbox) -> None:
    session = requests.Session()
    client = ApiClient(sandbox.base_url, TEST_KEY, session=session)
    client.create(_body())
    assert "Authorization" not in session.headers
