"""User settings, kept as JSON in the session's settings file."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from veodesk.core.fsutil import atomic_write
from veodesk.core.money import DEFAULT_DATE, DEFAULT_PER_SECOND, DEFAULT_SOURCE, PriceTable
from veodesk.core.parameters import ASPECT_RATIO, AUDIO, DURATION, FIT, RESOLUTION

log = logging.getLogger(__name__)


@dataclass
class Settings:
    base_url: str = ""
    ca_bundle: str = ""
    output_dir: str = ""
    duration: int = DURATION.default
    resolution: str = RESOLUTION.default
    aspect_ratio: str = ASPECT_RATIO.default
    fit: str = FIT.default
    generate_audio: bool = AUDIO.default
    max_concurrent_jobs: int = 2
    notifications: bool = True
    autoplay: bool = True
    #: The list-price table behind the estimate before any history: dollars per
    #: second by "resolution/audio", with its source and date (core.money).
    list_prices: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_PER_SECOND))
    list_price_source: str = DEFAULT_SOURCE
    list_price_date: str = DEFAULT_DATE
    #: Ask before sending a storyboard's tasks when they are expected to cost more (dollars).
    confirm_above_usd: float = 2.0

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Read the settings; a missing or damaged file gives the defaults."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("settings file unreadable (%s); using defaults", exc)
            return cls()
        settings = cls()
        if isinstance(raw, dict):
            for f in fields(cls):
                value = raw.get(f.name)
                default = getattr(settings, f.name)
                if (
                    isinstance(default, float)
                    and isinstance(value, int)
                    and not isinstance(value, bool)
                ):
                    value = float(value)  # "2" in a hand-edited file means 2.0
                if value is not None and isinstance(value, type(default)):
                    setattr(settings, f.name, value)
        return settings

    def prices(self) -> PriceTable:
        return PriceTable.from_values(
            self.list_prices, self.list_price_source, self.list_price_date
        )

    def save(self, path: Path) -> None:
        atomic_write(path, json.dumps(asdict(self), indent=2).encode())
