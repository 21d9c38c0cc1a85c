"""Money: how a cost reads, the list-price table, and the estimate from a real history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veodesk.core import money
from veodesk.core.models import GenerationParams
from veodesk.core.settings import Settings
from veodesk.core.store import JobState, JobStore


@pytest.mark.parametrize(
    ("credits", "text"),
    [
        (336_000, "$0.17 (336,000 credits)"),
        (1_008_000, "$0.50 (1,008,000 credits)"),
        (20_000, "$0.01 (20,000 credits)"),
        (19_999, "<$0.01 (19,999 credits)"),
        (1, "<$0.01 (1 credit)"),
        (0, "$0.00 (0 credits)"),
        (2_469_000_000, "$1,234.50 (2,469,000,000 credits)"),
    ],
)
def test_a_cost_reads_in_dollars_to_the_cent_with_the_credits_beside(
    credits: float, text: str
) -> None:
    assert money.money_text(credits) == text


def test_dollars_are_credits_over_two_million_unrounded() -> None:
    assert money.usd(336_000) == 0.168
    assert money.usd(2_000_000) == 1.0


def _params(duration: int = 8, resolution: str = "1080p", audio: bool = True) -> GenerationParams:
    return GenerationParams(
        prompt="p",
        first="a.png",
        last="b.png",
        duration=duration,
        resolution=resolution,
        generate_audio=audio,
    )


def _done(store: JobStore, params: GenerationParams, credits: float | None) -> None:
    job = store.create(params)
    store.update(job.id, JobState.DONE, credits_used=credits)


def test_the_list_price_estimates_until_a_finished_job_of_the_same_kind(tmp_path: Path) -> None:
    store = JobStore(tmp_path / "jobs.sqlite3")
    prices = money.PriceTable.default()

    def cost(duration: int, resolution: str, audio: bool, count: int = 1) -> money.Estimate:
        return money.estimate(
            store,
            prices,
            duration=duration,
            resolution=resolution,
            generate_audio=audio,
            count=count,
        )

    first = cost(8, "1080p", True)
    assert first.to_json() == {
        "credits": 1_920_000,
        "usd": 0.96,
        "per_second_usd": 0.12,
        "source": "list price",
    }
    assert first.text() == "about $0.96 (1,920,000 credits), list price Sep 2026"
    assert cost(6, "720p", False, count=3).usd == pytest.approx(1.8)

    # What does not teach the 1080p-with-audio price: another resolution, a silent
    # job, a failure, a job without a bill, a film joined here.
    _done(store, _params(4, "720p", True), 336_000)
    _done(store, _params(8, "1080p", False), 675_360)
    failed = store.create(_params())
    store.update(failed.id, JobState.FAILED, error="blocked")
    _done(store, _params(), None)
    store.add_film(_params(), str(tmp_path / "film.mp4"), "joined")
    assert cost(8, "1080p", True).source == money.LIST_PRICE

    # A 4 s job prices an 8 s one: credits per second.
    _done(store, _params(4, "1080p", True), 504_000)
    learned = cost(8, "1080p", True, count=2)
    assert learned.source == money.HISTORY
    assert learned.credits == 2 * 8 * 126_000
    assert learned.per_second_usd == 126_000 / 2_000_000
    assert learned.text() == "about $1.01 (2,016,000 credits), from your history"
    assert cost(4, "720p", True).credits == 336_000


def test_edited_prices_are_saved_and_a_damaged_entry_falls_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings()
    assert settings.prices() == money.PriceTable.default()
    settings.list_prices["720p/silent"] = 0.05
    settings.list_price_source, settings.list_price_date = "fal.ai", "Oct 2026"
    settings.save(path)
    prices = Settings.load(path).prices()
    assert prices.rate("720p", False) == 0.05 and prices.rate("720p", True) == 0.10
    assert prices.title == "fal.ai list price, Oct 2026" and prices.label == "list price Oct 2026"

    raw = json.loads(path.read_text())
    raw["list_prices"] = {"720p/audio": "cheap", "1080p/audio": -1, "1080p/silent": 1e9}
    raw["list_price_date"] = "  "
    path.write_text(json.dumps(raw))
    prices = Settings.load(path).prices()
    assert prices.per_second == money.DEFAULT_PER_SECOND
    assert prices.date == money.DEFAULT_DATE
