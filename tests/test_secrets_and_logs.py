"""The API key's storage, and what reaches the log files."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from veodesk.core import logs, secrets

from .conftest import user_session


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_key_goes_to_the_keychain_when_there_is_one(
    memory_keyring: MemoryKeyring, veodesk_home: Path
) -> None:
    stored = user_session().keys.save("  sk-live-abcdef123456  ")
    assert stored.origin == "keychain" and not stored.insecure
    assert memory_keyring.items[("veodesk", "aimlapi")] == "sk-live-abcdef123456"
    assert not (veodesk_home / "config" / "api-key").exists()
    assert user_session().keys.load().key == "sk-live-abcdef123456"
    user_session().keys.delete()
    assert user_session().keys.load().key is None


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_without_a_keychain_the_fallback_file_is_private(veodesk_home: Path) -> None:
    # conftest forces keyring's null backend: no keychain here.
    assert not secrets.keychain_usable()
    old_umask = os.umask(0)  # even a permissive umask must not widen the file
    try:
        stored = user_session().keys.save("sk-file-0000aaaa")
    finally:
        os.umask(old_umask)
    assert stored.insecure and stored.origin == "file"
    path = veodesk_home / "config" / "api-key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert user_session().keys.load() == secrets.StoredKey("sk-file-0000aaaa", "file", True)
    user_session().keys.save("sk-file-1111bbbb")  # replacing keeps it private
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text() == "sk-file-1111bbbb"


def test_environment_overrides_the_stored_key(monkeypatch: pytest.MonkeyPatch) -> None:
    user_session().keys.save("sk-stored-00000000")
    monkeypatch.setenv("AIMLAPI_KEY", "sk-env-11111111")
    assert user_session().keys.load() == secrets.StoredKey("sk-env-11111111", "env")


def test_mask_shows_only_the_last_four() -> None:
    assert secrets.mask("sk-abcdefgh1234") == "…1234"
    assert secrets.mask("short") == "…"
    assert secrets.mask(None) == ""


def test_log_lines_are_scrubbed(veodesk_home: Path) -> None:
    key = "sk-secret-key-9876"
    logs.setup_logging(user_session().log_file, secrets=(key,))
    log = logging.getLogger("veodesk.test")
    log.info("Authorization: Bearer %s", key)
    log.info("GET https://cdn.example/x.mp4?X-Amz-Signature=abc123 done")
    log.info("key was %s", key)
    log.info("body image_url=data:image/jpeg;base64,%s", "A" * 200)
    for handler in logging.getLogger("veodesk").handlers:
        handler.flush()
    text = (veodesk_home / "logs" / "veodesk.log").read_text()
    assert key not in text and "abc123" not in text and "A" * 50 not in text
    assert "https://cdn.example/x.mp4?…" in text and "…9876" in text
    root = logging.getLogger("veodesk")
    for handler in list(root.handlers):
        if getattr(handler, "_veodesk", False):
            root.removeHandler(handler)
            handler.close()


def test_diagnostics_are_safe_to_paste(monkeypatch: pytest.MonkeyPatch, veodesk_home: Path) -> None:
    from veodesk.core.diagnostics import diagnostics_text
    from veodesk.core.settings import Settings

    key = "sk-diagnostic-secret-4321"
    monkeypatch.setenv("AIMLAPI_KEY", key)
    logs.setup_logging(user_session().log_file, secrets=())
    logging.getLogger("veodesk.test").info(
        "GET https://cdn.example/v.mp4?token=abc fetched with %s", key
    )
    session = user_session()
    text = diagnostics_text(
        session, Settings(base_url="https://proxy.example/v2"), session.store(), {"Qt": "6.x"}
    )
    assert key not in text and "4321" not in text and "token=abc" not in text
    assert "veodesk" in text and "Qt: 6.x" in text and "API key: set, from env" in text
    assert "https://proxy.example" in text
    assert "Billing URL: default" in text  # only a loopback API is its own billing origin
    assert "Jobs: none" in text
    assert "cdn.example/v.mp4" in text  # the log tail is there, scrubbed
    root = logging.getLogger("veodesk")
    for handler in list(root.handlers):
        if getattr(handler, "_veodesk", False):
            root.removeHandler(handler)
            handler.close()
