"""The local API sandbox, over real HTTP on loopback: contract, MP4 output, faults."""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import re
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import av
import pytest
import requests
from PIL import Image

from veodesk import MODEL_ID
from veodesk.sandbox import Sandbox, credits_for
from veodesk.sandbox.frames import is_loopback_host
from veodesk.sandbox.params import GenerationParams, ImageSource
from veodesk.sandbox.records import Headers

KEY = "sandbox-test-key"
AUTH = {"Authorization": f"Bearer {KEY}"}
PATH = "/v2/video/generations"
FPS = 6
ID_PATTERN = re.compile(
    r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}:"
    + re.escape(MODEL_ID)
    + "$"
)
ERROR_KEYS = {"message", "path", "requestId", "statusCode", "timestamp"}


# -- helpers -------------------------------------------------------------------------------


def data_uri(colour: tuple[int, int, int], size: tuple[int, int] = (160, 90)) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


RED = data_uri((220, 30, 30))
BLUE = data_uri((30, 30, 220))


def body(**overrides: Any) -> dict[str, Any]:
    """A valid request for the cheapest video; ``field=None`` leaves the field out."""
    payload: dict[str, Any] = {
        "model": MODEL_ID,
        "prompt": "A red card turns blue",
        "image_url": RED,
        "last_image_url": BLUE,
        "duration": 4,
        "resolution": "720p",
    }
    payload.update(overrides)
    return {name: value for name, value in payload.items() if value is not None}


def create(sb: Sandbox, session: Any = requests, **overrides: Any) -> str:
    response = session.post(sb.base_url + PATH, json=body(**overrides), headers=AUTH, timeout=10)
    assert response.status_code == 201, response.text
    return response.json()["id"]


def poll(sb: Sandbox, generation_id: str) -> dict[str, Any]:
    response = requests.get(
        sb.base_url + PATH, params={"generation_id": generation_id}, headers=AUTH, timeout=10
    )
    assert response.status_code == 200, response.text
    return response.json()


def wait_done(sb: Sandbox, generation_id: str, timeout: float = 30.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        task = poll(sb, generation_id)
        if task["status"] in ("completed", "error"):
            return task
        time.sleep(0.05)
    raise AssertionError(f"{generation_id} did not finish in {timeout} s")


def assert_vendor_error(response: requests.Response, status: int, *words: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["Content-Type"].startswith("application/json")
    error = response.json()
    assert set(error) == ERROR_KEYS
    assert error["statusCode"] == status
    assert error["path"] == PATH
    uuid.UUID(error["requestId"])
    assert dt.datetime.fromisoformat(error["timestamp"].replace("Z", "+00:00")).tzinfo
    for word in words:
        assert word in error["message"]
    return error


def probe(data: bytes) -> dict[str, Any]:
    with av.open(io.BytesIO(data)) as container:
        video = container.streams.video[0]
        audio = container.streams.audio
        return {
            "size": (video.codec_context.width, video.codec_context.height),
            "codec": video.codec_context.name,
            "frames": sum(1 for _ in container.decode(video=0)),
            "duration": container.duration / av.time_base,
            "audio": [(a.codec_context.name, a.codec_context.sample_rate) for a in audio],
        }


# -- fixtures ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sandbox_module() -> Iterator[Sandbox]:
    with Sandbox(api_key=KEY, queued_seconds=0.1, generating_seconds=0.3, fps=FPS) as sb:
        yield sb


@pytest.fixture
def sb(sandbox_module: Sandbox) -> Sandbox:
    sandbox_module.faults.reset()
    return sandbox_module


@pytest.fixture(scope="module")
def finished(sandbox_module: Sandbox) -> tuple[str, str, bytes]:
    """One completed task: (id, video url, the exact MP4 bytes)."""
    generation_id = create(sandbox_module)
    task = wait_done(sandbox_module, generation_id)
    assert task["status"] == "completed"
    return generation_id, task["video"]["url"], sandbox_module.video_bytes(generation_id)


class _ImageHandler(BaseHTTPRequestHandler):
    files: ClassVar[dict[str, bytes]] = {}

    def do_GET(self) -> None:
        data = self.files.get(self.path)
        self.send_response(200 if data is not None else 404)
        self.send_header("Content-Length", str(len(data or b"")))
        self.end_headers()
        self.wfile.write(data or b"")

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def image_host() -> Iterator[str]:
    """A loopback web server with one green PNG at /green.png and a text file at /note.txt."""
    buffer = io.BytesIO()
    Image.new("RGB", (64, 36), (20, 200, 20)).save(buffer, "PNG")
    _ImageHandler.files = {"/green.png": buffer.getvalue(), "/note.txt": b"not an image"}
    server = ThreadingHTTPServer(("127.0.0.1", 0), _ImageHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


# -- import cost ---------------------------------------------------------------------------


def test_importing_the_sandbox_does_not_load_pyav() -> None:
    code = "import sys, veodesk.sandbox; print('av' in sys.modules, 'numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_rendering_needs_no_numpy() -> None:
    # The installers leave numpy out (42 MB): the sandbox must render without it.
    code = (
        "import io, sys\n"
        "sys.modules['numpy'] = None  # any import of numpy now fails\n"
        "import av\n"
        "from PIL import Image\n"
        "from veodesk.sandbox.render import render_mp4\n"
        "a, b = Image.new('RGB', (96, 64), 'red'), Image.new('RGB', (96, 64), 'blue')\n"
        "data = render_mp4(a, b, prompt='p', size=(96, 64), duration=1, fps=8)\n"
        "with av.open(io.BytesIO(data)) as c:\n"
        "    print(c.streams.video[0].frames, c.streams.audio[0].codec_context.name)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["8", "aac"]


# -- auth ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": KEY}, {"Authorization": "Basic x"}],
)
def test_auth_is_required_on_both_endpoints(sb: Sandbox, headers: dict[str, str]) -> None:
    post = requests.post(sb.base_url + PATH, json=body(), headers=headers, timeout=10)
    error = assert_vendor_error(post, 401)
    assert KEY not in error["message"]
    get = requests.get(sb.base_url + PATH, params={"generation_id": "x"}, headers=headers)
    assert_vendor_error(get, 401)
    assert sb.tasks_created == 0
    assert sb.post_count == 1


# -- validation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"model": None}, "model"),
        ({"prompt": None}, "prompt"),
        ({"image_url": None}, "image_url"),
        ({"last_image_url": None}, "last_image_url"),
        ({"model": "google/veo-3.1-image-to-video"}, "model"),
        ({"prompt": 42}, "prompt"),
        ({"prompt": "   "}, "prompt"),
        ({"aspect_ratio": "4:3"}, "aspect_ratio"),
        ({"aspect_ratio": 1.77}, "aspect_ratio"),
        ({"duration": "8"}, "duration must be one of 4, 6, 8"),
        ({"duration": True}, "duration must be one of 4, 6, 8"),
        ({"duration": 5}, "duration must be one of 4, 6, 8"),
        ({"duration": 8.0}, "duration must be one of 4, 6, 8"),
        ({"resolution": "4k"}, "resolution"),
        ({"resolution": 1080}, "resolution"),
        ({"generate_audio": "yes"}, "generate_audio"),
        ({"generate_audio": 1}, "generate_audio"),
        ({"seed": 7}, "seed"),
        ({"image_url": 7}, "image_url"),
        ({"image_url": "ftp://example.com/a.png"}, "image_url"),
        ({"image_url": "https://"}, "image_url"),
        ({"last_image_url": "/tmp/last.png"}, "last_image_url"),
        ({"image_url": "data:image/png;base64,@@@not-base64@@@"}, "image_url"),
        ({"image_url": "data:image/png,rawdata"}, "image_url"),
        ({"image_url": "data:text/plain;base64,aGVsbG8="}, "image_url"),
        (
            {"last_image_url": "data:image/png;base64," + base64.b64encode(b"no").decode()},
            "last_image_url",
        ),
        (
            # A real PNG header with the pixel data cut off must not pass.
            {
                "image_url": "data:image/png;base64,"
                + base64.b64encode(base64.b64decode(RED.split(",", 1)[1])[:60]).decode()
            },
            "image_url",
        ),
    ],
)
def test_invalid_bodies_are_400_naming_the_field(
    sb: Sandbox, overrides: dict[str, Any], field: str
) -> None:
    payload = body(**overrides)
    for name, value in overrides.items():
        if value is None:
            payload.pop(name, None)
    response = requests.post(sb.base_url + PATH, json=payload, headers=AUTH, timeout=10)
    assert_vendor_error(response, 400, field)
    assert sb.post_count == 1
    assert sb.tasks_created == 0


@pytest.mark.parametrize(
    ("raw", "content_type", "words"),
    [
        (b'{"model": ', "application/json", ("JSON",)),
        (b"\xff\xfe", "application/json", ("JSON",)),
        (b"[1, 2]", "application/json", ("object",)),
        (b"", "application/json", ("JSON",)),
        (json.dumps(body()).encode(), "text/plain", ("Content-Type",)),
    ],
)
def test_malformed_bodies_are_400(
    sb: Sandbox, raw: bytes, content_type: str, words: tuple[str, ...]
) -> None:
    headers = {**AUTH, "Content-Type": content_type}
    response = requests.post(sb.base_url + PATH, data=raw, headers=headers, timeout=10)
    assert_vendor_error(response, 400, *words)
    assert sb.tasks_created == 0


def test_all_problems_are_reported_at_once(sb: Sandbox) -> None:
    payload = body(duration=5, resolution="480p", extra=1)
    response = requests.post(sb.base_url + PATH, json=payload, headers=AUTH, timeout=10)
    assert_vendor_error(response, 400, "duration", "resolution", "extra")


def test_optional_fields_may_be_omitted(sb: Sandbox) -> None:
    payload = {k: v for k, v in body().items() if k in ("model", "prompt", "image_url")}
    payload["last_image_url"] = BLUE
    response = requests.post(sb.base_url + PATH, json=payload, headers=AUTH, timeout=10)
    assert response.status_code == 201


def test_oversized_body_is_413() -> None:
    with Sandbox(api_key=KEY, max_body_bytes=1000) as small:
        response = requests.post(
            small.base_url + PATH, json=body(prompt="x" * 500_000), headers=AUTH, timeout=10
        )
        assert_vendor_error(response, 413)
        assert small.post_count == 1 and small.tasks_created == 0


# -- task lifecycle ------------------------------------------------------------------------


def test_create_returns_a_vendor_shaped_id(sb: Sandbox) -> None:
    response = requests.post(sb.base_url + PATH, json=body(), headers=AUTH, timeout=10)
    assert response.status_code == 201
    created = response.json()
    assert created["status"] == "queued"
    assert ID_PATTERN.match(created["id"])
    assert sb.tasks_created == 1 and sb.post_count == 1


def test_status_moves_queued_generating_completed(sb: Sandbox) -> None:
    generation_id = create(sb, duration=6, generate_audio=False, prompt="progression")
    seen: list[str] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        task = poll(sb, generation_id)
        if not seen or seen[-1] != task["status"]:
            seen.append(task["status"])
        if task["status"] == "completed":
            break
        time.sleep(0.02)
    assert seen == ["queued", "generating", "completed"]
    assert task["id"] == generation_id
    assert task["error"] is None
    assert task["meta"] == {"usage": {"credits_used": 337_680}}
    url = task["video"]["url"]
    assert url.startswith(sb.video_base_url + "/files/") and url.endswith("/output.mp4")
    assert sb.video_base_url != sb.base_url


def test_pending_task_has_null_video_error_and_meta(sb: Sandbox) -> None:
    generation_id = create(sb)
    task = poll(sb, generation_id)
    assert task == {
        "id": generation_id,
        "status": "queued",
        "video": None,
        "error": None,
        "meta": None,
    }


def test_credits_formula_is_deterministic() -> None:
    image = ImageSource(kind="url", url="https://example.com/a.png")

    def params(**kw: Any) -> GenerationParams:
        return GenerationParams(prompt="p", image=image, last_image=image, **kw)

    assert credits_for(params()) == 1_008_000
    assert credits_for(params(duration=4, resolution="720p")) == 336_000
    assert credits_for(params(duration=4, resolution="720p", generate_audio=False)) == 225_120


def test_completed_is_withheld_until_the_render_exists() -> None:
    # Zero timings: only the render gates completion, so the first polls must not say done.
    with Sandbox(api_key=KEY, queued_seconds=0, generating_seconds=0, fps=FPS) as sb:
        generation_id = create(sb, prompt=f"unique {uuid.uuid4()}")
        first = poll(sb, generation_id)["status"]
        assert first in ("generating", "completed")
        final = wait_done(sb, generation_id)
        assert final["status"] == "completed"
        assert sb.video_bytes(generation_id)


def test_unknown_and_missing_ids(sb: Sandbox) -> None:
    unknown = f"{uuid.uuid4()}:{MODEL_ID}"
    response = requests.get(
        sb.base_url + PATH, params={"generation_id": unknown}, headers=AUTH, timeout=10
    )
    assert_vendor_error(response, 404, unknown)
    response = requests.get(sb.base_url + PATH, headers=AUTH, timeout=10)
    assert_vendor_error(response, 400, "generation_id")


def test_other_paths_and_methods_are_404(sb: Sandbox) -> None:
    response = requests.get(sb.base_url + "/v2/video/generation", headers=AUTH, timeout=10)
    assert response.status_code == 404
    assert response.json()["statusCode"] == 404
    response = requests.put(sb.base_url + PATH, json=body(), headers=AUTH, timeout=10)
    assert_vendor_error(response, 404, "PUT")


def test_id_must_be_url_encoded_and_round_trips(sb: Sandbox) -> None:
    generation_id = create(sb)
    record = [r for r in sb.requests if r.method == "POST"][-1]
    assert json.loads(record.body)["prompt"] == "A red card turns blue"
    poll(sb, generation_id)
    get = [r for r in sb.requests if r.method == "GET"][-1]
    assert get.query == {"generation_id": generation_id}


def test_extra_statuses_show_waiting_and_active() -> None:
    with Sandbox(
        api_key=KEY, queued_seconds=0.3, generating_seconds=0.3, fps=FPS, extra_statuses=True
    ) as sb:
        response = requests.post(sb.base_url + PATH, json=body(), headers=AUTH, timeout=10)
        assert response.json()["status"] == "waiting"
        generation_id = response.json()["id"]
        seen: list[str] = []
        while not seen or seen[-1] not in ("completed", "error"):
            status = poll(sb, generation_id)["status"]
            if not seen or seen[-1] != status:
                seen.append(status)
            time.sleep(0.02)
        assert seen == ["waiting", "queued", "active", "completed"]


# -- the MP4 -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "size", "duration", "audio"),
    [
        ({}, (1280, 720), 4, True),
        ({"aspect_ratio": "9:16", "generate_audio": False}, (720, 1280), 4, False),
        ({"aspect_ratio": "16:9", "duration": 6}, (1280, 720), 6, True),
        ({"resolution": None, "duration": 8, "aspect_ratio": "9:16"}, (1080, 1920), 8, True),
    ],
)
def test_rendered_mp4_matches_the_request(
    sb: Sandbox, overrides: dict[str, Any], size: tuple[int, int], duration: int, audio: bool
) -> None:
    generation_id = create(sb, **overrides)
    task = wait_done(sb, generation_id)
    assert task["status"] == "completed"
    download = requests.get(task["video"]["url"], timeout=30)
    assert download.status_code == 200
    assert download.headers["Content-Type"] == "video/mp4"
    assert int(download.headers["Content-Length"]) == len(download.content)
    assert download.content == sb.video_bytes(generation_id)
    # faststart: the index comes before the media so playback can begin early.
    assert download.content.find(b"moov") < download.content.find(b"mdat")
    info = probe(download.content)
    assert info["size"] == size
    assert info["codec"] == "h264"
    assert info["frames"] == duration * FPS
    assert info["duration"] == pytest.approx(duration, abs=0.05)
    assert info["audio"] == ([("aac", 48_000)] if audio else [])


def test_identical_requests_give_identical_videos(sb: Sandbox) -> None:
    first = create(sb, prompt="cache me")
    second = create(sb, prompt="cache me")
    third = create(sb, prompt="cache me, but different")
    assert sb.video_bytes(first) == sb.video_bytes(second)
    assert sb.video_bytes(first) != sb.video_bytes(third)


def test_frames_fade_from_first_to_last_image(sb: Sandbox) -> None:
    generation_id = create(sb, prompt="colours", generate_audio=False)
    with av.open(io.BytesIO(sb.video_bytes(generation_id))) as container:
        frames = [frame.to_ndarray(format="rgb24") for frame in container.decode(video=0)]
    # Sample above the caption band, away from the watermark.
    first, last = frames[0][200, 300], frames[-1][200, 300]
    assert first[0] > 180 and first[2] < 80
    assert last[2] > 180 and last[0] < 80


def test_remote_urls_render_a_placeholder_without_fetching(sb: Sandbox) -> None:
    generation_id = create(
        sb,
        image_url="https://images.example.invalid/first.jpg",
        last_image_url="http://203.0.113.9/last.png?x=1",
    )
    assert wait_done(sb, generation_id)["status"] == "completed"
    assert probe(sb.video_bytes(generation_id))["size"] == (1280, 720)


def test_loopback_urls_are_fetched(sb: Sandbox, image_host: str) -> None:
    generation_id = create(sb, image_url=image_host + "/green.png", generate_audio=False)
    assert wait_done(sb, generation_id)["status"] == "completed"
    with av.open(io.BytesIO(sb.video_bytes(generation_id))) as container:
        frame = next(container.decode(video=0)).to_ndarray(format="rgb24")
    red, green, blue = frame[200, 300]
    assert green > 150 and red < 80 and blue < 80


@pytest.mark.parametrize("path", ["/missing.png", "/note.txt"])
def test_unusable_loopback_image_fails_the_task(sb: Sandbox, image_host: str, path: str) -> None:
    generation_id = create(sb, last_image_url=image_host + path)
    task = wait_done(sb, generation_id)
    assert task["status"] == "error"
    assert task["video"] is None
    assert "last_image_url" in task["error"]["message"]


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("LOCALHOST.", True),
        ("evil.localhost", False),
        ("128.0.0.1", False),
        ("10.0.0.1", False),
        ("example.com", False),
        ("localhost.example.com", False),
        ("", False),
        (None, False),
    ],
)
def test_loopback_detection(host: str | None, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback


# -- the video origin ----------------------------------------------------------------------


def test_api_key_never_reaches_the_video_host(
    sb: Sandbox, finished: tuple[str, str, bytes]
) -> None:
    generation_id, url, _ = finished
    poll(sb, generation_id)
    requests.get(url, timeout=10)
    [api] = [r for r in sb.requests if r.origin == "api"]
    [video] = [r for r in sb.requests if r.origin == "video"]
    assert api.headers["AUTHORIZATION"] == AUTH["Authorization"]
    assert "authorization" not in video.headers
    assert KEY not in json.dumps(video.to_json())


@pytest.mark.parametrize(
    ("range_header", "first", "last"),
    [("bytes=0-99", 0, 99), ("bytes=100-", 100, None), ("bytes=-50", -50, None)],
)
def test_range_requests(
    sb: Sandbox,
    finished: tuple[str, str, bytes],
    range_header: str,
    first: int,
    last: int | None,
) -> None:
    _, url, data = finished
    response = requests.get(url, headers={"Range": range_header}, timeout=10)
    assert response.status_code == 206
    expected = data[first : None if last is None else last + 1]
    assert response.content == expected
    assert int(response.headers["Content-Length"]) == len(expected)
    start = first if first >= 0 else len(data) + first
    assert response.headers["Content-Range"] == (
        f"bytes {start}-{start + len(expected) - 1}/{len(data)}"
    )
    assert response.headers["Accept-Ranges"] == "bytes"


def test_range_edge_cases(sb: Sandbox, finished: tuple[str, str, bytes]) -> None:
    _, url, data = finished
    beyond = requests.get(url, headers={"Range": f"bytes={len(data)}-"}, timeout=10)
    assert beyond.status_code == 416
    assert beyond.headers["Content-Range"] == f"bytes */{len(data)}"
    multi = requests.get(url, headers={"Range": "bytes=0-1,5-6"}, timeout=10)
    assert multi.status_code == 200 and multi.content == data
    stale = requests.get(url, headers={"Range": "bytes=0-9", "If-Range": '"old"'}, timeout=10)
    assert stale.status_code == 200 and stale.content == data
    fresh = requests.get(
        url, headers={"Range": "bytes=0-9", "If-Range": stale.headers["ETag"]}, timeout=10
    )
    assert fresh.status_code == 206 and fresh.content == data[:10]
    head = requests.head(url, timeout=10)
    assert head.status_code == 200 and head.content == b""
    assert int(head.headers["Content-Length"]) == len(data)


def test_disable_range_always_sends_everything(
    sb: Sandbox, finished: tuple[str, str, bytes]
) -> None:
    _, url, data = finished
    sb.faults.disable_range()
    response = requests.get(url, headers={"Range": "bytes=0-99"}, timeout=10)
    assert response.status_code == 200 and response.content == data
    assert "Accept-Ranges" not in response.headers
    sb.faults.reset()
    assert requests.get(url, headers={"Range": "bytes=0-99"}, timeout=10).status_code == 206


def test_range_support_can_start_off() -> None:
    with Sandbox(
        api_key=KEY, queued_seconds=0, generating_seconds=0, fps=FPS, range_support=False
    ) as sb:
        generation_id = create(sb)
        url = wait_done(sb, generation_id)["video"]["url"]
        assert requests.get(url, headers={"Range": "bytes=0-9"}, timeout=10).status_code == 200


def test_unknown_video_paths_are_404(sb: Sandbox) -> None:
    for path in ("/files/nope/output.mp4", "/", "/files/../output.mp4"):
        assert requests.get(sb.video_base_url + path, timeout=10).status_code == 404
    assert requests.post(sb.video_base_url + "/files/x/output.mp4", timeout=10).status_code == 405


# -- request faults ------------------------------------------------------------------------


def test_fail_next_uses_the_vendor_shape_and_retry_after(sb: Sandbox) -> None:
    sb.faults.fail_next(2, 429, method="POST", retry_after=7)
    for _ in range(2):
        response = requests.post(sb.base_url + PATH, json=body(), headers=AUTH, timeout=10)
        assert_vendor_error(response, 429, "Too Many Requests")
        assert response.headers["Retry-After"] == "7"
    assert requests.post(sb.base_url + PATH, json=body(), headers=AUTH).status_code == 201
    assert sb.post_count == 3 and sb.tasks_created == 1


def test_fail_next_only_hits_its_method(sb: Sandbox) -> None:
    sb.faults.fail_next(1, 503, method="GET")
    generation_id = create(sb)
    response = requests.get(
        sb.base_url + PATH, params={"generation_id": generation_id}, headers=AUTH, timeout=10
    )
    assert_vendor_error(response, 503)
    assert poll(sb, generation_id)["id"] == generation_id


def test_fail_next_without_method_hits_any_api_request(sb: Sandbox) -> None:
    sb.faults.fail_next(1, 500)
    # Faults come before auth: they stand for a gateway in front of the API.
    response = requests.get(sb.base_url + PATH, params={"generation_id": "x"}, timeout=10)
    assert_vendor_error(response, 500)


@pytest.mark.parametrize(
    ("raw", "content_type", "expected_type"),
    [
        ("<html><body>502 Bad Gateway</body></html>", None, "text/html"),
        ('{"id": "x", "status":', None, "application/json"),
        (b"plain", "text/plain", "text/plain"),
    ],
)
def test_fail_next_with_a_custom_body(
    sb: Sandbox, raw: str | bytes, content_type: str | None, expected_type: str
) -> None:
    sb.faults.fail_next(1, 200, method="GET", body=raw, content_type=content_type)
    response = requests.get(sb.base_url + PATH, params={"generation_id": "x"}, headers=AUTH)
    assert response.status_code == 200
    assert response.content == (raw.encode() if isinstance(raw, str) else raw)
    assert response.headers["Content-Type"].startswith(expected_type)


def test_fail_next_with_extra_headers(sb: Sandbox) -> None:
    sb.faults.fail_next(1, 302, method="GET", headers={"Location": sb.video_base_url + "/x"})
    response = requests.get(
        sb.base_url + PATH, params={"generation_id": "x"}, allow_redirects=False, timeout=10
    )
    assert response.status_code == 302
    assert response.headers["Location"] == sb.video_base_url + "/x"


def test_fail_next_on_the_video_host(sb: Sandbox, finished: tuple[str, str, bytes]) -> None:
    _, url, data = finished
    sb.faults.fail_next(1, 503, method="VIDEO")
    assert poll(sb, finished[0])["status"] == "completed"  # API untouched
    assert requests.get(url, timeout=10).status_code == 503
    assert requests.get(url, timeout=10).content == data


def test_faults_apply_in_the_order_armed(sb: Sandbox) -> None:
    sb.faults.fail_next(1, 500, method="POST")
    sb.faults.fail_next(1, 502, method="POST")
    codes = [
        requests.post(sb.base_url + PATH, json=body(), headers=AUTH, timeout=10).status_code
        for _ in range(3)
    ]
    assert codes == [500, 502, 201]


def test_drop_next_post_creates_nothing(sb: Sandbox, capfd: pytest.CaptureFixture[str]) -> None:
    sb.faults.drop_next(1, method="POST")
    with pytest.raises(requests.ConnectionError):
        requests.post(sb.base_url + PATH, json=body(), headers=AUTH, timeout=10)
    assert sb.post_count == 1 and sb.tasks_created == 0
    assert [r.status for r in sb.requests] == [None]
    create(sb)
    assert "Traceback" not in capfd.readouterr().err


def test_drop_after_processing_creates_the_task(sb: Sandbox) -> None:
    before = {task["id"] for task in sb.state()["tasks"]}
    sb.faults.drop_next(1, method="POST", after_processing=True)
    with pytest.raises(requests.ConnectionError):
        requests.post(sb.base_url + PATH, json=body(), headers=AUTH, timeout=10)
    assert sb.post_count == 1 and sb.tasks_created == 1
    [paid_for] = {task["id"] for task in sb.state()["tasks"]} - before
    assert wait_done(sb, paid_for)["status"] == "completed"


def test_drop_next_get_and_video(sb: Sandbox, finished: tuple[str, str, bytes]) -> None:
    generation_id, url, data = finished
    sb.faults.drop_next(1, method="GET")
    sb.faults.drop_next(1, method="VIDEO")
    with pytest.raises(requests.ConnectionError):
        requests.get(url, timeout=10)
    with pytest.raises(requests.ConnectionError):
        poll(sb, generation_id)
    assert poll(sb, generation_id)["status"] == "completed"
    assert requests.get(url, timeout=10).content == data


def test_slow_download(sb: Sandbox, finished: tuple[str, str, bytes]) -> None:
    _, url, data = finished
    sb.faults.slow_download(100_000)
    started = time.monotonic()
    response = requests.get(url, headers={"Range": "bytes=0-39999"}, timeout=10)
    elapsed = time.monotonic() - started
    assert response.content == data[:40_000]
    assert 0.35 < elapsed < 3


def test_truncated_download_keeps_the_full_content_length(
    sb: Sandbox, finished: tuple[str, str, bytes]
) -> None:
    _, url, data = finished
    sb.faults.truncate_download(1000, times=2)
    for _ in range(2):
        response = requests.get(url, stream=True, timeout=10)
        assert int(response.headers["Content-Length"]) == len(data)
        received = bytearray()
        with pytest.raises(requests.exceptions.ChunkedEncodingError):
            for chunk in response.iter_content(100):
                received += chunk
        assert bytes(received) == data[:1000]
    assert requests.get(url, timeout=10).content == data


def test_truncation_counts_from_the_start_of_a_range(
    sb: Sandbox, finished: tuple[str, str, bytes]
) -> None:
    _, url, data = finished
    sb.faults.truncate_download(10)
    response = requests.get(url, headers={"Range": "bytes=100-"}, stream=True, timeout=10)
    assert response.status_code == 206
    raw = response.raw.read(1000, decode_content=False)
    assert raw == data[100:110]


# -- task faults ---------------------------------------------------------------------------


def test_fail_next_task(sb: Sandbox) -> None:
    sb.faults.fail_next_task("The prompt was flagged", name="ModerationError")
    # Held, the task stays queued however long the two requests take on a busy
    # machine (its 0.1 s queued phase once ran out between them).
    sb.faults.hold_tasks()
    failing = create(sb)
    healthy = create(sb)
    assert poll(sb, failing)["status"] == "queued"
    sb.faults.release_tasks()
    task = wait_done(sb, failing)
    assert task["status"] == "error"
    assert task["error"] == {"name": "ModerationError", "message": "The prompt was flagged"}
    assert task["video"] is None and task["meta"] is None
    with pytest.raises(RuntimeError):
        sb.video_bytes(failing)
    assert wait_done(sb, healthy)["status"] == "completed"


def test_complete_next_without_url(sb: Sandbox) -> None:
    sb.faults.complete_next_without_url()
    task = wait_done(sb, create(sb))
    assert task["status"] == "completed"
    assert task["video"] is None
    assert task["meta"]["usage"]["credits_used"] > 0


def test_delay_next_task(sb: Sandbox) -> None:
    sb.faults.delay_next_task(0.8)
    delayed = create(sb)
    normal = create(sb)
    assert wait_done(sb, normal)["status"] == "completed"
    assert wait_done(sb, delayed)["status"] == "completed"
    # The phases on the task's own clock, not on the time between requests on a
    # busy machine (the 0.8 s once ran out before the delayed task was polled).
    slow, quick = sb.find_task(delayed), sb.find_task(normal)
    assert slow is not None and quick is not None
    end = sb.queued_seconds + sb.generating_seconds
    phases = (sb.queued_seconds, sb.generating_seconds)
    assert quick.status(*phases, now=quick.created_at + end + 0.01) == "completed"
    assert slow.status(*phases, now=slow.created_at + end + 0.5) == "generating"
    assert slow.status(*phases, now=slow.created_at + end + 0.81) == "completed"


def test_held_tasks_do_not_advance_and_resume_where_they_were(sb: Sandbox) -> None:
    sb.faults.hold_tasks()
    generation_id = create(sb)
    time.sleep(0.5)  # longer than the queued (0.1 s) and generating (0.3 s) phases
    assert poll(sb, generation_id)["status"] == "queued"
    sb.faults.release_tasks()
    assert wait_done(sb, generation_id)["status"] == "completed"


def test_reset_clears_faults_and_counters(sb: Sandbox) -> None:
    sb.faults.fail_next(5, 500)
    sb.faults.slow_download(10)
    sb.faults.fail_next_task("x")
    requests.post(sb.base_url + PATH, json=body(), headers=AUTH, timeout=10)
    assert sb.post_count == 1
    sb.faults.reset()
    assert sb.post_count == 0 and sb.tasks_created == 0 and sb.requests == []
    snapshot = sb.faults.snapshot()
    assert snapshot["request_faults"] == [] and snapshot["bytes_per_second"] is None
    assert snapshot["task_failures"] == []


def test_fault_arguments_are_checked(sb: Sandbox) -> None:
    with pytest.raises(ValueError):
        sb.faults.fail_next(1, 500, method="PATCH")
    with pytest.raises(ValueError):
        sb.faults.fail_next(0, 500)
    with pytest.raises(ValueError):
        sb.faults.fail_next(1, 42)
    with pytest.raises(ValueError):
        sb.faults.slow_download(0)
    with pytest.raises(ValueError):
        sb.faults.truncate_download(-1)


# -- HTTP control --------------------------------------------------------------------------


def test_http_control_arms_faults(sb: Sandbox) -> None:
    control = sb.base_url + "/_sandbox/faults"
    response = requests.post(
        control,
        json={"action": "fail_next", "n": 1, "status": 503, "method": "POST", "retry_after": 2},
        timeout=10,
    )
    assert response.status_code == 200 and response.json()["ok"] is True
    failed = requests.post(sb.base_url + PATH, json=body(), headers=AUTH, timeout=10)
    assert failed.status_code == 503 and failed.headers["Retry-After"] == "2"

    batch = {
        "actions": [
            {"action": "drop_next", "n": 1, "method": "GET"},
            {"action": "fail_next_task", "message": "boom"},
        ]
    }
    assert requests.post(control, json=batch, timeout=10).json()["applied"] == 2
    generation_id = create(sb)
    with pytest.raises(requests.ConnectionError):
        poll(sb, generation_id)
    assert wait_done(sb, generation_id)["error"]["message"] == "boom"


@pytest.mark.parametrize(
    "payload",
    [
        {"action": "explode"},
        {"action": "fail_next", "status": 500},
        {"action": "fail_next", "n": 1, "status": 500, "method": "TRACE"},
        {"nothing": True},
        ["not", "objects"],
    ],
)
def test_http_control_rejects_bad_actions(sb: Sandbox, payload: Any) -> None:
    response = requests.post(sb.base_url + "/_sandbox/faults", json=payload, timeout=10)
    assert response.status_code == 400
    assert response.json()["ok"] is False and response.json()["message"]
    bad_json = requests.post(sb.base_url + "/_sandbox/faults", data=b"{", timeout=10)
    assert bad_json.status_code == 400


def test_http_state_and_reset(sb: Sandbox) -> None:
    generation_id = create(sb)
    requests.post(sb.base_url + PATH, json=body(duration=5), headers=AUTH, timeout=10)
    state = requests.get(sb.base_url + "/_sandbox/state", timeout=10).json()
    assert state["post_count"] == 2 and state["tasks_created"] == 1
    assert state["base_url"] == sb.base_url and state["video_base_url"] == sb.video_base_url
    assert generation_id in [task["id"] for task in state["tasks"]]
    assert [r["status"] for r in state["requests"]] == [201, 400]
    assert state["requests"][0]["headers"]["Authorization"] == AUTH["Authorization"]
    assert json.loads(state["requests"][0]["body"])["duration"] == 4
    lean = requests.get(sb.base_url + "/_sandbox/state?bodies=0", timeout=10).json()
    assert "body" not in lean["requests"][0]
    assert requests.post(sb.base_url + "/_sandbox/reset", timeout=10).status_code == 200
    assert sb.post_count == 0 and sb.requests == []  # control calls are never recorded


# -- records -------------------------------------------------------------------------------


def test_recorded_headers_are_case_insensitive() -> None:
    headers = Headers([("Content-Type", "a"), ("X-Thing", "b")])
    assert headers["content-type"] == "a" and "x-THING" in headers
    assert list(headers) == ["Content-Type", "X-Thing"]
    assert headers.get("missing") is None


def test_keep_alive_sessions_work(sb: Sandbox) -> None:
    with requests.Session() as session:
        ids = [create(sb, session) for _ in range(3)]
        for generation_id in ids:
            response = session.get(
                sb.base_url + PATH, params={"generation_id": generation_id}, headers=AUTH
            )
            assert response.json()["id"] == generation_id


# -- lifecycle -----------------------------------------------------------------------------


def test_stop_is_idempotent_and_closes_the_ports() -> None:
    sb = Sandbox(api_key=KEY)
    with pytest.raises(RuntimeError):
        _ = sb.base_url
    sb.start()
    url = sb.base_url
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url)
    # An idle keep-alive connection must not hold stop() up.
    session = requests.Session()
    session.get(url + PATH, timeout=10)
    started = time.monotonic()
    sb.stop()
    sb.stop()
    assert time.monotonic() - started < 5
    with pytest.raises(requests.ConnectionError):
        requests.get(url + PATH, timeout=2)
    session.close()


def test_command_line_prints_the_url_and_stops_on_sigterm() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "veodesk.sandbox", "--port", "0", "--key", "k", "--fps", "6"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().rstrip("\n")
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", line), line
        response = requests.get(
            line + PATH, params={"generation_id": "x"}, headers={"Authorization": "Bearer k"}
        )
        assert response.status_code == 404
        assert requests.get(line + "/_sandbox/state", timeout=10).json()["base_url"] == line
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
        assert "Traceback" not in process.stderr.read()  # type: ignore[union-attr]
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
