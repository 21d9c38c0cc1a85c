"""Storyboards for tests: real pictures in a project folder and a hand-written manifest."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from .conftest import draw_frame

COLOURS = [(200, 80, 40), (40, 160, 90), (40, 80, 200), (220, 200, 60), (120, 40, 160)]


def minimal_manifest(keyframes: int = 3) -> dict[str, Any]:
    """The issue's minimal form, with ``keyframes`` pictures under frames/."""
    return {
        "format": "veodesk-storyboard",
        "version": 1,
        "settings": {
            "resolution": "720p",
            "aspect_ratio": "16:9",
            "fit": "crop",
            "generate_audio": True,
            "style": "",
        },
        "keyframes": [{"image": f"frames/k{i + 1}.jpg"} for i in range(keyframes)],
        "segments": [
            {"prompt": f"segment {i + 1} moves on", "duration": 4} for i in range(keyframes - 1)
        ],
    }


def make_board(folder: Path, keyframes: int = 3, name: str = "film.veoboard") -> Path:
    """A project folder with ``keyframes`` distinct pictures and its manifest."""
    for i in range(keyframes):
        draw_frame(folder / "frames" / f"k{i + 1}.jpg", (640, 360), COLOURS[i % 5], f"K{i + 1}")
    path = folder / name
    path.write_text(json.dumps(minimal_manifest(keyframes), indent=1), encoding="utf-8")
    return path


def edit_manifest(path: Path, change: Any) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def tagged_rows(home: Path) -> list[sqlite3.Row]:
    """The storyboard's jobs as another process wrote them, read straight from the file."""
    db = home / "data" / "jobs.sqlite3"
    if not db.exists():
        return []
    with sqlite3.connect(db, timeout=10) as conn:
        conn.row_factory = sqlite3.Row
        try:
            return conn.execute(
                "SELECT * FROM jobs WHERE storyboard IS NOT NULL ORDER BY id"
            ).fetchall()
        except sqlite3.OperationalError:
            return []  # created, its tables not yet
