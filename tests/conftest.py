"""Shared fixtures: an isolated VEODESK_HOME per test, a real sandbox on loopback."""

from __future__ import annotations

import os

# Before anything imports Qt: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the developer's real keychain (and never block on a D-Bus prompt).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from veodesk.core.session import Session
from veodesk.sandbox import Sandbox

TEST_KEY = "sk-test-0123456789abcdef"


@pytest.fixture(autouse=True)
def veodesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every path the app writes goes under this test's own folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("VEODESK_HOME", str(home))
    for name in ("AIMLAPI_KEY", "VEODESK_BASE_URL", "VEODESK_BILLING_URL"):
        monkeypatch.delenv(name, raising=False)
    return home


def user_session() -> Session:
    """The user's session as the app would make it now, from this test's environment."""
    return Session.from_environment()


@pytest.fixture(scope="session")
def sandbox_server() -> Iterator[Sandbox]:
    with Sandbox(api_key=TEST_KEY, queued_seconds=0.1, generating_seconds=0.3, fps=6) as sb:
        yield sb


@pytest.fixture
def sandbox(sandbox_server: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    """The shared sandbox with faults and counters cleared, and the app pointed at it."""
    sandbox_server.faults.reset()
    monkeypatch.setenv("VEODESK_BASE_URL", sandbox_server.base_url)
    monkeypatch.setenv("AIMLAPI_KEY", TEST_KEY)
    return sandbox_server


def draw_frame(
    path: Path, size: tuple[int, int], colour: tuple[int, int, int], label: str = ""
) -> Path:
    """An asymmetric picture: a marker in the top-left corner shows which way is up."""
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.rectangle((0, 0, w // 4, h // 4), fill=(255, 255, 255))
    draw.text((w // 3, h // 2), label, fill=(0, 0, 0))
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path)
    return path


@pytest.fixture(scope="session")
def frames(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("frames")
    return (
        draw_frame(folder / "first.jpg", (1280, 720), (200, 80, 40), "first"),
        draw_frame(folder / "last.png", (1280, 720), (40, 80, 200), "last"),
    )
