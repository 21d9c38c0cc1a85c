"""The session is made once from the environment; nothing under veodesk/ changes it after."""

from __future__ import annotations

import re
from pathlib import Path

from veodesk.core.session import Session
from veodesk.core.settings import Settings

PACKAGE = Path(__file__).resolve().parent.parent / "veodesk"
WRITES = re.compile(r"os\.environ\[[^]]+\] *=|os\.environ\.(pop|update|setdefault)|putenv")
#: The process's entry points, before anything else starts: the self-test picks
#: the off-screen platform before Qt loads.
ENTRY_POINTS = {PACKAGE / "gui" / "main.py"}


def test_nothing_under_veodesk_writes_the_environment_outside_the_entry_points() -> None:
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{n}: {line.strip()}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path not in ENTRY_POINTS
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if WRITES.search(line)
    ]
    assert found == []


def test_the_session_reads_the_environment_once(tmp_path: Path) -> None:
    env = {
        "VEODESK_HOME": str(tmp_path / "home"),
        "VEODESK_BASE_URL": "http://127.0.0.1:9/v2/",
        "AIMLAPI_KEY": " sk-from-env-1234 ",
    }
    session = Session.from_environment(env)
    env.clear()  # later changes are not seen
    assert session.folders.portable
    assert session.folders.config == (tmp_path / "home" / "config").resolve()
    assert session.settings_file == session.folders.config / "settings.json"
    assert session.base_url(Settings(base_url="https://example.test")) == "http://127.0.0.1:9"
    assert session.keys.load().key == "sk-from-env-1234"
    assert session.store() is session.store()
    assert session.store_file.is_file()


def test_the_demo_session_has_its_own_history_and_the_users_settings(tmp_path: Path) -> None:
    user = Session.from_environment({"VEODESK_HOME": str(tmp_path)})
    demo = user.demo(base_url="http://127.0.0.1:5/", key="demo-key")
    assert demo.is_demo and not user.is_demo
    assert demo.settings_file == user.settings_file
    assert demo.store_file.is_relative_to(user.folders.data / "demo")
    assert demo.video_dir(Settings(output_dir=str(tmp_path / "mine"))).is_relative_to(
        user.folders.data / "demo"
    )
    assert demo.base_url(Settings()) == "http://127.0.0.1:5"
    assert user.base_url(Settings()) == "https://api.aimlapi.com"
    assert demo.keys.load().key == "demo-key"
    assert user.keys.load().key is None
