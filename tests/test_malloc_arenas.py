"""The process tuning the desktop app does before any thread starts."""

from __future__ import annotations

import ctypes
import sys

import pytest

from veodesk.gui import main


def test_arena_cap_calls_mallopt_once_on_glibc(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[int, int]] = []

    class FakeLibc:
        def mallopt(self, param: int, value: int) -> int:
            calls.append((param, value))
            return 1

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    monkeypatch.setattr(ctypes, "CDLL", lambda name: FakeLibc())
    main.limit_malloc_arenas()
    assert calls == [(-8, 2)]  # M_ARENA_MAX


def test_arena_cap_leaves_a_user_setting_and_other_systems_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(name: str) -> None:
        raise AssertionError("libc must not be touched")

    monkeypatch.setattr(ctypes, "CDLL", refuse)
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    main.limit_malloc_arenas()
    monkeypatch.delenv("MALLOC_ARENA_MAX")
    monkeypatch.setattr(sys, "platform", "darwin")
    main.limit_malloc_arenas()


def test_arena_cap_survives_a_libc_without_mallopt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    monkeypatch.setattr(ctypes, "CDLL", lambda name: object())  # musl, say
    main.limit_malloc_arenas()


def test_tuning_shortens_the_gil_switch_interval(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MALLOC_ARENA_MAX", "8")  # leave libc alone here
    before = sys.getswitchinterval()
    try:
        main.tune_process()
        assert sys.getswitchinterval() == pytest.approx(main.UI_SWITCH_INTERVAL)
    finally:
        sys.setswitchinterval(before)
