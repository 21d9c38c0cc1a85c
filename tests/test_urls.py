from __future__ import annotations

import pytest

from veodesk.core.errors import InvalidInputError
from veodesk.core.settings import Settings
from veodesk.core.urls import check_video_url, normalize_base_url, redact_url

from .conftest import user_session


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://api.aimlapi.com", "https://api.aimlapi.com"),
        ("https://api.aimlapi.com/", "https://api.aimlapi.com"),
        ("https://api.aimlapi.com/v2", "https://api.aimlapi.com"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http://localhost:9/", "http://localhost:9"),
        ("http://[::1]:8000", "http://[::1]:8000"),
    ],
)
def test_base_url_accepted(given: str, expected: str) -> None:
    assert normalize_base_url(given) == expected


@pytest.mark.parametrize(
    "given",
    [
        "http://api.aimlapi.com",
        "http://10.0.0.5",
        "ftp://api.aimlapi.com",
        "api.aimlapi.com",
        "",
        "https://user:pw@api.aimlapi.com",
        "https://api.aimlapi.com/?x=1",
    ],
)
def test_base_url_refused(given: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        normalize_base_url(given)
    assert info.value.field == "base_url"
    assert "pw" not in str(info.value)


def test_env_overrides_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings(base_url="https://example.test")
    assert user_session().base_url(settings) == "https://example.test"
    monkeypatch.setenv("VEODESK_BASE_URL", "http://127.0.0.1:1234/v2/")
    session = user_session()
    assert session.base_url(settings) == "http://127.0.0.1:1234"
    monkeypatch.delenv("VEODESK_BASE_URL")
    # Read once, when the session was made: later changes to the environment are not seen.
    assert session.base_url(settings) == "http://127.0.0.1:1234"
    assert user_session().base_url(Settings()) == "https://api.aimlapi.com"


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "data:video/mp4;base64,AAAA",
        "javascript:alert(1)",
        "http://127.0.0.1/x.mp4",
        "http://localhost/x.mp4",
        "https:///nohost",
    ],
)
def test_video_url_refused_for_remote_api(url: str) -> None:
    with pytest.raises(ValueError):
        check_video_url(url, api_base="https://api.aimlapi.com")


def test_video_url_loopback_ok_when_api_is_loopback() -> None:
    url = "http://127.0.0.1:5000/files/a/output.mp4"
    assert check_video_url(url, api_base="http://127.0.0.1:4000") == url
    assert check_video_url("https://cdn.aimlapi.com/x.mp4", api_base="https://api.aimlapi.com")


def test_redact_url_drops_query_and_credentials() -> None:
    assert (
        redact_url("https://u:p@cdn.test:8443/a.mp4?sig=SECRET#f") == "https://cdn.test:8443/a.mp4"
    )
