"""Handing freed memory back to the system around a clip's unloading (veodesk.gui.heap)."""

from __future__ import annotations

import pytest

from veodesk.gui import tuning
from veodesk.gui.tuning import heap


class FakeLibc:
    def __init__(self) -> None:
        self.calls: list[tuple[str, int, int]] = []

    def mallopt(self, param: int, value: int) -> int:
        self.calls.append(("mallopt", param, value))
        return 1

    def malloc_trim(self, pad: int) -> int:
        self.calls.append(("malloc_trim", pad, 0))
        return 1


@pytest.fixture
def libc(monkeypatch: pytest.MonkeyPatch) -> FakeLibc:
    fake = FakeLibc()
    monkeypatch.setattr(heap, "_libc", fake)
    monkeypatch.setattr(heap, "_looked_up", True)
    monkeypatch.setattr(tuning, "_current", tuning.Tuning())
    return fake


def test_thresholds_are_high_while_a_clip_plays_and_low_once_it_is_unloaded(
    libc: FakeLibc,
) -> None:
    heap.keep_freed_memory(True)
    heap.keep_freed_memory(False)
    mmap = ("mallopt", -3, heap.MMAP_THRESHOLD)
    assert libc.calls == [
        mmap,
        ("mallopt", -1, heap.PLAYING_TRIM_THRESHOLD),
        mmap,
        ("mallopt", -1, heap.IDLE_TRIM_THRESHOLD),
    ]
    assert heap.IDLE_TRIM_THRESHOLD < heap.PLAYING_TRIM_THRESHOLD
    heap.return_freed_memory()
    assert libc.calls[-1] == ("malloc_trim", 0, 0)


@pytest.mark.parametrize(
    ("name", "value"),
    [("MALLOC_TRIM_THRESHOLD_", "1048576"), ("GLIBC_TUNABLES", "glibc.malloc.trim_threshold=1")],
)
def test_a_users_own_malloc_settings_are_left_alone(
    libc: FakeLibc, monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setattr(tuning, "_current", tuning.Tuning.from_environment({name: value}))
    heap.keep_freed_memory(True)
    heap.keep_freed_memory(False)
    assert libc.calls == []


def test_nothing_happens_without_glibc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(heap, "_libc", None)
    monkeypatch.setattr(heap, "_looked_up", True)
    heap.keep_freed_memory(False)
    heap.return_freed_memory()


def test_the_real_libc_takes_the_calls() -> None:
    heap.keep_freed_memory(True)  # on glibc this really tunes malloc; elsewhere nothing
    heap.return_freed_memory()


def test_tuning_off_leaves_malloc_alone(libc: FakeLibc, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        tuning, "_current", tuning.Tuning.from_environment({"VEODESK_TUNING": "off"})
    )
    heap.keep_freed_memory(True)
    heap.keep_freed_memory(False)
    heap.return_freed_memory()
    assert libc.calls == []
