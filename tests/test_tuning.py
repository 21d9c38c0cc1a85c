"""The process tuning the desktop app does before any thread starts, and its off switch."""

from __future__ import annotations

import ctypes
import gc
import os
import sys
import threading

import pytest

from veodesk.gui import tuning
from veodesk.gui.tuning import collector, imports, priority, process


def use(monkeypatch: pytest.MonkeyPatch, **environ: str) -> None:
    monkeypatch.setattr(tuning, "_current", tuning.Tuning.from_environment(environ))


def test_arena_cap_calls_mallopt_once_on_glibc(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[int, int]] = []

    class FakeLibc:
        def mallopt(self, param: int, value: int) -> int:
            calls.append((param, value))
            return 1

    monkeypatch.setattr(sys, "platform", "linux")
    use(monkeypatch)
    monkeypatch.setattr(ctypes, "CDLL", lambda name: FakeLibc())
    process.limit_malloc_arenas()
    assert calls == [(-8, 2)]  # M_ARENA_MAX


def test_arena_cap_leaves_a_user_setting_and_other_systems_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(name: str) -> None:
        raise AssertionError("libc must not be touched")

    monkeypatch.setattr(ctypes, "CDLL", refuse)
    use(monkeypatch, MALLOC_ARENA_MAX="4")
    process.limit_malloc_arenas()
    use(monkeypatch)
    monkeypatch.setattr(sys, "platform", "darwin")
    process.limit_malloc_arenas()


def test_arena_cap_survives_a_libc_without_mallopt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    use(monkeypatch)
    monkeypatch.setattr(ctypes, "CDLL", lambda name: object())  # musl, say
    process.limit_malloc_arenas()


def test_tuning_shortens_the_gil_switch_interval(monkeypatch: pytest.MonkeyPatch) -> None:
    use(monkeypatch, MALLOC_ARENA_MAX="8")  # leave libc alone here
    before = sys.getswitchinterval()
    try:
        process.tune_process()
        assert sys.getswitchinterval() == pytest.approx(process.UI_SWITCH_INTERVAL)
    finally:
        sys.setswitchinterval(before)


def test_the_switch_turns_every_tuning_off(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(name: str) -> None:
        raise AssertionError("libc must not be touched")

    monkeypatch.setattr(ctypes, "CDLL", refuse)
    monkeypatch.setattr(collector, "_frozen", False)
    use(monkeypatch, VEODESK_TUNING="off")
    assert not tuning.current().enabled
    before = sys.getswitchinterval()
    process.tune_process()
    assert sys.getswitchinterval() == before
    frozen = gc.get_freeze_count()
    collector.freeze_start_up_objects()
    assert gc.get_freeze_count() == frozen

    def background() -> None:
        priority.lower_current_thread()
        if sys.platform.startswith("linux"):
            seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))

    seen: list[int] = []
    if sys.platform.startswith("linux"):
        own = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        thread = threading.Thread(target=background)
        thread.start()
        thread.join()
        assert seen == [own]


def test_the_switch_is_read_once() -> None:
    assert not tuning.Tuning.from_environment({"VEODESK_TUNING": "off"}).enabled
    assert tuning.Tuning.from_environment({"VEODESK_TUNING": "on"}).enabled
    assert tuning.Tuning.from_environment({}).enabled


def test_pysides_import_check_reads_bytes_and_answers_as_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import inspect
    import json

    import PySide6.QtCore  # noqa: F401  (the check exists once PySide6 is loaded)

    import veodesk.core.session
    import veodesk.gui.main

    feature = sys.modules["shibokensupport.feature"]
    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)
    use(monkeypatch)
    imports.speed_up_pyside_import_check()
    check = feature._mod_uses_pyside
    assert getattr(check, "_veodesk", False)
    for module in (veodesk.gui.main, veodesk.core.session, json, imports):
        assert check(module) == ("PySide6" in inspect.getsource(module)), module.__name__
    assert check(sys) is False  # built in: PySide6's own answer
    imports.speed_up_pyside_import_check()  # once only
    assert feature._mod_uses_pyside is check


def test_pysides_import_check_is_left_alone_with_tuning_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import PySide6.QtCore  # noqa: F401

    feature = sys.modules["shibokensupport.feature"]
    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)
    before = feature._mod_uses_pyside
    use(monkeypatch, VEODESK_TUNING="off")
    imports.speed_up_pyside_import_check()
    assert feature._mod_uses_pyside is before
