"""Core's raise sites and events, exercised: each error and event carries a marked
template whose placeholders are exactly its parameters, and str() is that template
filled in, as the CLI has always printed it."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
import requests

from veodesk.core import http, uploads
from veodesk.core.api import error_for_response
from veodesk.core.balance import MalformedBalance, parse_balance
from veodesk.core.billing import billing_error
from veodesk.core.errors import MissingKeyError, VeodeskError
from veodesk.core.events import Event, EventCode
from veodesk.core.film.joiner import plan
from veodesk.core.film.options import JoinOptions, Transition
from veodesk.core.i18n import Message, ServerText, placeholders
from veodesk.core.images import prepare_image
from veodesk.core.images.geometry import parse_anchor, parse_aspect_ratio, parse_fit, target_size
from veodesk.core.images.reading import check_local_file, locate
from veodesk.core.models import GenerationParams, MalformedResponse, parse_task
from veodesk.core.polling import PollSchedule, wait_for_task
from veodesk.core.runner import prepare
from veodesk.core.store import JobState
from veodesk.core.storyboard import manifest
from veodesk.core.urls import (
    UnsafeVideoUrl,
    check_video_url,
    normalize_base_url,
    normalize_billing_url,
)
from veodesk.sandbox import Sandbox

from .jobtools import make_runner, params_for
from .test_core_messages import core_templates

MARKED = {m.template for m in core_templates()}


def check(message: Message, *, top: bool = True) -> None:
    """Marked, placeholders == parameters, and the same down every nested message."""
    if top:
        assert message.template in MARKED, f"not marked: {message.template!r}"
    else:
        assert message.template in MARKED | {"{text}"}, f"not marked: {message.template!r}"
    assert placeholders(message.template) == set(message.params), message.template
    for value in message.params.values():
        if isinstance(value, Message):
            check(value, top=False)
        else:
            assert isinstance(value, str | int) and not isinstance(value, bool), repr(value)
    str(message)  # fills in


def check_error(exc: VeodeskError) -> None:
    check(exc.message)
    assert str(exc) == str(exc.message)


def raised(make: Callable[[], object]) -> VeodeskError:
    with pytest.raises(VeodeskError) as caught:
        make()
    check_error(caught.value)
    return caught.value


SERVER_BODY = b'{"message": "Your {key} is wrong"}'


@pytest.mark.parametrize("status", [401, 403, 404, 400, 413, 422, 418, 429, 500, 503])
@pytest.mark.parametrize("body", [SERVER_BODY, b"", b"<html>oops</html>"])
def test_refusals_keep_the_servers_words_apart(status: int, body: bytes) -> None:
    for make in (error_for_response, billing_error):
        exc = make(status, body, {"Retry-After": "3"})
        check_error(exc)
        server = [v for v in exc.message.params.values() if isinstance(v, ServerText)]
        if body == SERVER_BODY:
            assert server == ["Your {key} is wrong"]
            assert str(exc).endswith(" The server said: Your {key} is wrong")
        else:
            assert server == [] and "The server said" not in str(exc)


def test_the_english_of_refusals_is_what_it_was() -> None:
    assert str(error_for_response(400, b"", {})) == (
        "The API did not accept the request (HTTP 400). Check the inputs."
    )
    assert str(error_for_response(429, SERVER_BODY, {})) == (
        "The API is rate limiting requests (HTTP 429). Wait a moment and try again. "
        "The server said: Your {key} is wrong"
    )
    assert str(MissingKeyError()).startswith("No API key. Set the AIMLAPI_KEY")
    check_error(MissingKeyError())


@pytest.mark.parametrize(
    "change",
    [
        {"prompt": "  "},
        {"prompt": "x" * 5000},
        {"first": ""},
        {"last": ""},
        {"duration": 5},
        {"resolution": "4k"},
        {"aspect_ratio": "1:1"},
        {"fit": "stretch"},
        {"generate_audio": "yes"},
    ],
)
def test_invalid_parameters(change: dict[str, object], frames: tuple[Path, Path]) -> None:
    params = params_for(frames, **change)
    exc = raised(params.validate)
    assert isinstance(params, GenerationParams) and exc.exit_code == 2


def test_offered_choices_read_as_before(frames: tuple[Path, Path]) -> None:
    exc = raised(params_for(frames, duration=5).validate)
    assert str(exc) == "Duration 5 is not offered; choose 4, 6 or 8 seconds."
    exc = raised(params_for(frames, resolution="4k").validate)
    assert str(exc) == "Resolution '4k' is not offered; choose 720p or 1080p."


@pytest.mark.parametrize(
    "make",
    [
        lambda: parse_aspect_ratio("1:1"),
        lambda: parse_fit("stretch"),
        lambda: parse_anchor(("a", 1)),  # type: ignore[arg-type]
        lambda: parse_anchor((float("nan"), 0.5)),
        lambda: target_size("720p", "auto"),
        lambda: target_size("4k", "16:9"),
        lambda: normalize_base_url("ftp://example.com"),
        lambda: normalize_base_url("http://example.com"),
        lambda: normalize_base_url("https://user:pw@example.com"),
        lambda: normalize_billing_url("ftp://example.com"),
        lambda: normalize_billing_url("http://example.com"),
        lambda: normalize_billing_url("https://example.com/?q=1"),
        lambda: Transition.parse("wipe"),
        lambda: Transition.parse("cut:3"),
        lambda: Transition.parse("crossfade:999"),
        lambda: JoinOptions(mute_clips=True).check(),
        lambda: JoinOptions(fade=99).check(),
    ],
)
def test_invalid_options(make: Callable[[], object]) -> None:
    raised(make)


@pytest.mark.parametrize("label", ["first frame", "last frame", "image", "keyframe"])
def test_pictures_that_cannot_be_used(label: str, tmp_path: Path) -> None:
    (tmp_path / "empty.jpg").touch()
    (tmp_path / "folder").mkdir()
    (tmp_path / "junk.jpg").write_bytes(b"this is no picture at all" * 10)
    for make in (
        lambda: locate("", label),
        lambda: locate("ftp://example.com/a.jpg", label),
        lambda: check_local_file(tmp_path / "missing.jpg", label),
        lambda: check_local_file(tmp_path / "folder", label),
        lambda: check_local_file(tmp_path / "empty.jpg", label),
        lambda: prepare_image(tmp_path / "junk.jpg", label=label),
    ):
        exc = raised(make)
        if label != "keyframe" and "path" in exc.message.params:
            frame = exc.message.params["frame"]
            assert isinstance(frame, Message) and frame.template in MARKED


def test_a_frame_is_named_as_before(tmp_path: Path) -> None:
    exc = raised(lambda: check_local_file(tmp_path / "a.jpg", "first frame"))
    assert str(exc) == (
        f'First frame "{tmp_path / "a.jpg"}" does not exist. Check the path, or choose the '
        "file again."
    )


def test_warnings_are_messages(tmp_path: Path) -> None:
    from PIL import Image

    small = tmp_path / "small.png"
    Image.new("RGB", (640, 480), (10, 20, 30)).save(small)
    tiny = tmp_path / "tiny.png"
    Image.new("RGB", (20, 20), (10, 20, 30)).save(tiny)
    prepared = prepare(
        GenerationParams("p", str(small), str(small), resolution="720p", aspect_ratio="auto")
    )
    assert prepared.warnings
    for warning in prepared.warnings:
        check(warning)
    raised(lambda: prepare_image(tiny, label="last frame"))


def test_a_saved_frame_that_went_missing(tmp_path: Path) -> None:
    raised(lambda: uploads.load(str(tmp_path / "gone.jpg")))


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xfe",
        b"{",
        b"[]",
        b'{"format": "x"}',
        b'{"format": "veodesk-storyboard", "version": "1"}',
        b'{"format": "veodesk-storyboard", "version": 99}',
        b'{"format": "veodesk-storyboard", "version": 1}',
        b'{"format": "veodesk-storyboard", "version": 1, "settings": [], "keyframes": [],'
        b' "segments": []}',
    ],
)
def test_storyboards_that_cannot_be_read(data: bytes, tmp_path: Path) -> None:
    exc = raised(lambda: manifest.parse(data, tmp_path / "a.veoboard"))
    assert str(exc).startswith(f"Storyboard {tmp_path / 'a.veoboard'}")


def test_a_storyboard_setting_with_a_wrong_value(tmp_path: Path) -> None:
    settings = {"resolution": "4k", "aspect_ratio": "16:9", "fit": "crop", "generate_audio": True}
    exc = raised(lambda: manifest.check_settings(settings, tmp_path / "a.veoboard"))
    assert str(exc) == (
        f'Storyboard {tmp_path / "a.veoboard"} (settings.resolution): must be "720p" or '
        '"1080p", not "4k".'
    )


def test_film_plans_that_cannot_be_joined(tmp_path: Path) -> None:
    clip = tmp_path / "a.mp4"
    clip.write_bytes(b"not a video")
    raised(lambda: plan([clip], tmp_path / "film.mp4"))
    raised(lambda: plan([clip, clip], tmp_path / "film.mov"))
    raised(lambda: plan([clip, clip], tmp_path / "nowhere" / "film.mp4"))
    raised(lambda: plan([clip, tmp_path / "b.mp4"], tmp_path / "film.mp4"))
    raised(lambda: plan([clip, clip], tmp_path / "film.mp4"))  # not a video


@pytest.mark.parametrize(
    "payload",
    [
        [],
        {},
        {"balance": "x", "lowBalance": False, "lastUpdated": "2026-01-01T00:00:00Z"},
        {"balance": 1e30, "lowBalance": False, "lastUpdated": "2026-01-01T00:00:00Z"},
        {"balance": 1, "lastUpdated": "2026-01-01T00:00:00Z"},
        {"balance": 1, "lowBalance": 1, "lastUpdated": "2026-01-01T00:00:00Z"},
        {"balance": 1, "lowBalance": False},
        {"balance": 1, "lowBalance": False, "lastUpdated": "soon"},
        {"balance": 1, "lowBalance": False, "lastUpdated": "1999-01-01T00:00:00Z"},
    ],
)
def test_malformed_balances(payload: object) -> None:
    with pytest.raises(MalformedBalance) as caught:
        parse_balance(payload)
    check(caught.value.message)


@pytest.mark.parametrize("payload", [[], {"status": "queued"}, {"id": "g"}])
def test_malformed_tasks(payload: object) -> None:
    with pytest.raises(MalformedResponse) as caught:
        parse_task(payload)
    check(caught.value.message)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "http://127.0.0.1/x.mp4"])
def test_unsafe_video_urls(url: str) -> None:
    with pytest.raises(UnsafeVideoUrl) as caught:
        check_video_url(url, api_base="https://api.aimlapi.com")
    check(caught.value.failure)


def test_a_closed_port_and_a_stopped_wait() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    exc = raised(
        lambda: http.send(requests.Session(), "GET", f"http://127.0.0.1:{port}/x", timeout=(1, 1))
    )
    assert str(exc).startswith(f"Could not connect to http://127.0.0.1:{port}/x.")
    stopped = threading.Event()
    stopped.set()
    raised(lambda: wait_for_task(lambda: parse_task({}), generation_id="g", cancel=stopped))


def test_a_deadline_keeps_the_servers_status_apart() -> None:
    task = parse_task({"id": "g", "status": "generating"})
    exc = raised(
        lambda: wait_for_task(
            lambda: task, generation_id="g", schedule=PollSchedule(first=0.01), timeout=0.05
        )
    )
    assert exc.message.params["status"] == ServerText("generating")


# -- the runner's events and a failed job's error, against the sandbox --------------------


def test_a_jobs_events_carry_codes_and_marked_messages(
    sandbox: Sandbox, frames: tuple[Path, Path]
) -> None:
    runner = make_runner(sandbox)
    events: list[Event] = []
    runner._on_event = lambda job, event: events.append(event)
    params = params_for(frames)
    job = runner.run(params, prepare(params))
    assert job.state is JobState.DONE
    codes = [e.code for e in events]
    assert codes[:3] == [EventCode.STATE, EventCode.STATE, EventCode.CREATED]
    assert codes[-1] is EventCode.SAVED and EventCode.SERVER_STATUS in codes
    for event in events:
        check(event.message)
    created = events[2]
    assert str(created) == f"created as {job.generation_id}"
    assert isinstance(created.message.params["generation_id"], ServerText)
    # The store keeps the English text as each event's detail.
    details = [e.detail for e in runner.store.events(job.id) if e.detail]
    assert f"created as {job.generation_id}" in details
    assert f"saved {Path(job.file_path or '').name}" in details


def test_a_failed_jobs_error_keeps_its_template_in_the_store(
    sandbox: Sandbox, frames: tuple[Path, Path]
) -> None:
    sandbox.faults.fail_next_task("Content policy violation in the {last} frame")
    runner = make_runner(sandbox)
    params = params_for(frames)
    exc = raised(lambda: runner.run(params, prepare(params)))
    [job] = runner.store.jobs()
    again = runner.store.get(job.id)  # read back from the file
    assert (
        again.error
        == str(exc)
        == ("The generation failed. The server said: Content policy violation in the {last} frame")
    )
    assert again.error_message == exc.message
    assert again.error_message is not None
    assert isinstance(again.error_message.params["server"], ServerText)
