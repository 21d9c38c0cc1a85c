"""User settings, kept as JSON in the config directory."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from veodesk.core import paths
from veodesk.core.fsutil import atomic_write
from veodesk.core.urls import DEFAULT_BASE_URL, normalize_base_url

log = logging.getLogger(__name__)

BASE_URL_ENV = "VEODESK_BASE_URL"


@dataclass
class Settings:
    base_url: str = ""
    ca_bundle: str = ""
    output_dir: str = ""
    duration: int = 8
    resolution: str = "1080p"
    aspect_ratio: str = "auto"
    fit: str = "crop"
    generate_audio: bool = True
    max_concurrent_jobs: int = 2
    notifications: bool = True
    autoplay: bool = True

    @classmethod
    def path(cls) -> Path:
        return paths.config_dir() / "settings.json"

    @classmethod
    def load(cls) -> Settings:
        """Read the settings; a missing or damaged file gives the defaults."""
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("settings file unreadable (%s); using defaults", exc)
            return cls()
        settings = cls()
        if isinstance(raw, dict):
            for f in fields(cls):
                value = raw.get(f.name)
                if value is not None and isinstance(value, type(getattr(settings, f.name))):
                    setattr(settings, f.name, value)
        return settings

    def save(self) -> None:
        atomic_write(self.path(), json.dumps(asdict(self), indent=2).encode())

    def resolved_base_url(self) -> str:
        """VEODESK_BASE_URL, else the setting, else the vendor's URL; validated."""
        return normalize_base_url(
            os.environ.get(BASE_URL_ENV, "").strip() or self.base_url.strip() or DEFAULT_BASE_URL
        )

    def video_dir(self) -> Path:
        if self.output_dir.strip():
            folder = Path(self.output_dir).expanduser()
            folder.mkdir(parents=True, exist_ok=True)
            return folder
        return paths.default_video_dir()

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
