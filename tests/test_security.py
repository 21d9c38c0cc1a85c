"""The key and the pictures stay where they belong; server answers are untrusted."""

from __future__ import annotations

import base64
import io
import json
import os
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from PIL import Image

from veodesk.core import http
from veodesk.core.api import ApiClient
from veodesk.core.billing import BillingClient
from veodesk.core.download import download
from veodesk.core.errors import DownloadError, NetworkError, ServerError
from veodesk.core.polling import wait_for_task
from veodesk.sandbox import Sandbox

from .clitools import generate_args, json_out, run_cli
from .conftest import TEST_KEY, user_session
from .jobtools import BRISK
from .test_api import _body


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def _tls_sandbox(ca: trustme.CA, hostname: str = "127.0.0.1") -> Sandbox:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(hostname).configure_cert(context)
    return Sandbox(
        api_key=TEST_KEY, queued_seconds=0.1, generating_seconds=0.2, fps=6, ssl_context=context
    )


def test_certificate_from_an_untrusted_ca_is_rejected(ca: trustme.CA) -> None:
    with _tls_sandbox(ca) as sb:
        assert sb.base_url.startswith("https://")
        with pytest.raises(NetworkError) as info:
            ApiClient(sb.base_url, TEST_KEY).create(_body())
        assert info.value.request_sent is False  # nothing, not even the key, was sent
        assert "secure connection" in str(info.value)
        assert sb.post_count == 0


def test_certificate_for_another_host_is_rejected(ca: trustme.CA, tmp_path: Path) -> None:
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    with _tls_sandbox(ca, hostname="api.example.org") as sb:
        with pytest.raises(NetworkError):
            ApiClient(sb.base_url, TEST_KEY, verify=str(bundle)).create(_body())
        assert sb.post_count == 0


def test_a_custom_ca_bundle_adds_trust(ca: trustme.CA, tmp_path: Path) -> None:
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    with _tls_sandbox(ca) as sb:
        task = ApiClient(sb.base_url, TEST_KEY, verify=str(bundle)).create(_body())
        assert task.status == "queued" and sb.post_count == 1


def test_verification_cannot_be_switched_off(ca: trustme.CA) -> None:
    with _tls_sandbox(ca) as sb, pytest.raises(NetworkError):
        ApiClient(sb.base_url, TEST_KEY, verify=False).create(_body())  # type: ignore[arg-type]


def test_ca_bundle_setting_must_exist(
    sandbox: Sandbox, frames: tuple[Path, Path], veodesk_home: Path
) -> None:
    config = veodesk_home / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.json").write_text(json.dumps({"ca_bundle": "/no/such/ca.pem"}))
    result = run_cli(
        "generate", "--first", str(frames[0]), "--last", str(frames[1]), "--prompt", "x"
    )
    assert result.returncode == 2 and "ca.pem" in result.stderr
    assert sandbox.post_count == 0


def test_same_origin_redirect_is_followed(sandbox: Sandbox) -> None:
    client = ApiClient(sandbox.base_url, TEST_KEY)
    task = client.create(_body())
    target = f"{sandbox.base_url}/v2/video/generations?generation_id={task.id}"
    sandbox.faults.fail_next(1, 307, method="GET", headers={"Location": target})
    assert client.get("moved").id == task.id
    gets = [r for r in sandbox.requests if r.method == "GET"]
    assert all(r.headers.get("Authorization") == f"Bearer {TEST_KEY}" for r in gets)


def test_json_answers_are_capped(sandbox: Sandbox) -> None:
    huge = json.dumps({"id": "x", "status": "queued", "pad": "x" * (2 * 1024 * 1024)})
    sandbox.faults.fail_next(1, 200, method="GET", body=huge.encode())
    with pytest.raises(ServerError, match="larger than"):
        ApiClient(sandbox.base_url, TEST_KEY).get("x")


def _video_url(client: ApiClient, generation_id: str) -> str:
    task = wait_for_task(
        lambda: client.get(generation_id), generation_id=generation_id, schedule=BRISK, timeout=60
    )
    assert task.video_url
    return task.video_url


def test_downloads_are_capped(sandbox: Sandbox, tmp_path: Path) -> None:
    client = ApiClient(sandbox.base_url, TEST_KEY)
    task = client.create(_body(duration=4, resolution="720p"))
    data = sandbox.video_bytes(task.id)
    url = _video_url(client, task.id)
    dest = tmp_path / "v.mp4"
    with pytest.raises(DownloadError, match="limit"):
        download(url, dest, session=http.new_session(), max_bytes=len(data) // 2)
    assert not dest.exists()


def test_a_download_that_is_not_a_video_is_refused(sandbox: Sandbox, tmp_path: Path) -> None:
    client = ApiClient(sandbox.base_url, TEST_KEY)
    task = client.create(_body(duration=4, resolution="720p"))
    url = _video_url(client, task.id)
    sandbox.faults.fail_next(1, 200, method="VIDEO", body=b"<html>login page</html>")
    with pytest.raises(DownloadError, match="not an MP4"):
        download(url, tmp_path / "v.mp4", session=http.new_session())
    assert list(tmp_path.iterdir()) == []


def _gps_jpeg(path: Path) -> Path:
    image = Image.new("RGB", (1280, 720), (90, 120, 200))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    gps = {1: "N", 2: (51.0, 30.0, 12.5), 3: "W", 4: (0.0, 7.0, 39.0)}
    exif[0x8825] = gps
    image.save(path, exif=exif.tobytes(), comment=b"holiday at home")
    assert Image.open(path).getexif().get_ifd(0x8825)  # the fixture really carries GPS
    return path


def test_gps_never_leaves_the_machine(sandbox: Sandbox, tmp_path: Path) -> None:
    first = _gps_jpeg(tmp_path / "phone-1.jpg")
    last = _gps_jpeg(tmp_path / "phone-2.jpg")
    result = run_cli(
        "generate",
        "--first",
        str(first),
        "--last",
        str(last),
        "--prompt",
        "p",
        "--duration",
        "4",
        "--resolution",
        "720p",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    [post] = [r for r in sandbox.requests if r.method == "POST"]
    body = json.loads(post.body)
    for field in ("image_url", "last_image_url"):
        raw = base64.b64decode(body[field].split(",", 1)[1])
        uploaded = Image.open(io.BytesIO(raw))
        assert not uploaded.getexif(), "no EXIF at all, GPS included"
        assert b"holiday" not in raw and b"PhoneMaker" not in raw and b"Exif" not in raw
        assert "comment" not in uploaded.info


@pytest.mark.parametrize("stored_in_file", [False, True])
def test_the_key_is_nowhere_under_veodesk_home_after_a_full_run(
    sandbox: Sandbox,
    frames: tuple[Path, Path],
    veodesk_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    stored_in_file: bool,
) -> None:
    if stored_in_file:
        monkeypatch.delenv("AIMLAPI_KEY")
        user_session().keys.save(TEST_KEY)  # no keychain in tests: the 0600 fallback file
    ok = run_cli(
        *generate_args(frames, "--duration", "4", "--resolution", "720p", prompt="p"),
        "--json",
    )
    assert ok.returncode == 0, ok.stderr
    sandbox.faults.fail_next(1, 401, method="POST")
    assert (
        run_cli(
            "generate", "--first", str(frames[0]), "--last", str(frames[1]), "--prompt", "p"
        ).returncode
        == 3
    )
    assert run_cli("history", "--json").returncode == 0
    assert run_cli("status", json_out(ok)["id"]).returncode == 0
    assert (veodesk_home / "logs" / "veodesk.log").stat().st_size > 0
    fallback = veodesk_home / "config" / "api-key"
    hits = [
        p for p in veodesk_home.rglob("*") if p.is_file() and TEST_KEY.encode() in p.read_bytes()
    ]
    assert hits == ([fallback] if stored_in_file else [])
    if stored_in_file and os.name != "nt":
        assert fallback.stat().st_mode & 0o777 == 0o600


# -- the key's two origins: the API and the billing host ---------------------------------


def test_the_key_goes_to_the_api_and_billing_origins_only(
    sandbox: Sandbox, frames: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VEODESK_BILLING_URL", sandbox.billing_base_url)
    made = run_cli(
        "generate", "--first", str(frames[0]), "--last", str(frames[1]), "--prompt", "p",
        "--duration", "4", "--resolution", "720p",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert run_cli("balance").returncode == 0
    requests = sandbox.requests
    assert {r.origin for r in requests} == {"api", "video", "billing"}
    with_key = {r.origin for r in requests if TEST_KEY in repr(r.headers)}
    assert with_key == {"api", "billing"}
    for record in requests:
        # Never in a URL, where proxies and server logs keep it.
        assert TEST_KEY not in record.path + repr(record.query)
        if record.origin == "video":
            assert "authorization" not in {k.lower() for k in record.headers}
        else:
            assert record.headers.get("Authorization") == f"Bearer {TEST_KEY}"


class ProxyTrap:
    """A local "proxy" that records where each connection wanted to go, and hangs up.

    With HTTPS_PROXY pointing here, any request to a real host (billing.aimlapi.com)
    ends here instead of on the internet, and shows up in ``targets``.
    """

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.targets: list[str] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                first = conn.recv(4096).split(b"\r\n", 1)[0]
                # Recorded before the hang-up the client waits for: no race with the test.
                self.targets.append(first.decode("latin-1"))

    def close(self) -> None:
        self.sock.close()
        self._thread.join(5)


@pytest.fixture
def proxy_trap(monkeypatch: pytest.MonkeyPatch) -> Iterator[ProxyTrap]:
    trap = ProxyTrap()
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "https_proxy", "http_proxy"):
        monkeypatch.setenv(name, trap.url)
    # Loopback stays direct: the sandbox is reached, anything else is trapped.
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    yield trap
    trap.close()


def test_a_loopback_base_url_never_sends_the_key_to_the_real_billing_host(
    sandbox: Sandbox, proxy_trap: ProxyTrap, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The sandbox as the API, no billing URL: the balance comes from the sandbox itself.
    result = run_cli("balance", "--json")
    assert result.returncode == 0, result.stderr
    assert json_out(result)["balance"] == sandbox.balance()
    [read] = [r for r in sandbox.requests if r.path == "/v1/billing/balance"]
    assert read.origin == "api" and read.headers.get("Authorization") == f"Bearer {TEST_KEY}"
    assert proxy_trap.targets == []
    # The trap does catch the real billing host: without the loopback API, it is asked.
    monkeypatch.delenv("VEODESK_BASE_URL")
    assert run_cli("balance").returncode == 4
    [target] = proxy_trap.targets
    assert target.startswith("CONNECT billing.aimlapi.com:443 ")


def test_a_billing_redirect_to_another_origin_is_not_followed(sandbox: Sandbox) -> None:
    sandbox.faults.fail_next(
        1, 302, method="BILLING", headers={"Location": f"{sandbox.video_base_url}/collect"}
    )
    with pytest.raises(ServerError, match="redirected to another site"):
        BillingClient(sandbox.billing_base_url, TEST_KEY).balance()
    assert [r.origin for r in sandbox.requests] == ["billing"]
