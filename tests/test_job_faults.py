"""The fault matrix: every failure the API can throw at a job, and what is left after.

Each case checks how many POSTs reached the server, the job's final state in
the store, and the file on disk.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from veodesk.core import errors
from veodesk.core.download import part_path
from veodesk.core.events import Event, EventCode
from veodesk.core.runner import prepare
from veodesk.core.store import JobState
from veodesk.sandbox import Sandbox

from .jobtools import make_runner, params_for

Outcome = tuple[JobState, Path, BaseException | None]


def _run(sandbox: Sandbox, frames: tuple[Path, Path]) -> Outcome:
    runner = make_runner(sandbox)
    params = params_for(frames)
    raised: BaseException | None = None
    try:
        runner.run(params, prepare(params))
    except errors.VeodeskError as exc:
        raised = exc
    [job] = runner.store.jobs()
    return job.state, Path(job.file_path or "/nonexistent"), raised


def _assert_done(sandbox: Sandbox, state: JobState, file: Path) -> None:
    assert state is JobState.DONE
    assert file.is_file() and not part_path(file).exists()
    [task_id] = [j for j in sandbox_task_ids(sandbox)]
    assert file.read_bytes() == sandbox.video_bytes(task_id)


def sandbox_task_ids(sandbox: Sandbox) -> list[str]:

    ids = []
    for r in sandbox.requests:
        if r.origin == "api" and r.method == "GET" and "generation_id" in r.query:
            ids.append(r.query["generation_id"])
    return list(dict.fromkeys(ids))


# -- the POST -------------------------------------------------------------------


@pytest.mark.parametrize(("status", "retry_after"), [(429, None), (429, 0.1), (503, 0.1)])
def test_post_retried_when_the_server_created_nothing(
    sandbox: Sandbox, frames: tuple[Path, Path], status: int, retry_after: float | None
) -> None:
    sandbox.faults.fail_next(2, status, method="POST", retry_after=retry_after)
    state, file, raised = _run(sandbox, frames)
    assert raised is None
    assert sandbox.post_count == 3 and sandbox.tasks_created == 1
    _assert_done(sandbox, state, file)


@pytest.mark.parametrize("status", [500, 502, 504, 503])
def test_post_server_error_is_never_resent(
    sandbox: Sandbox, frames: tuple[Path, Path], status: int
) -> None:
    # 503 without Retry-After too: the request reached a server that may have acted on it.
    sandbox.faults.fail_next(1, status, method="POST")
    state, file, raised = _run(sandbox, frames)
    assert isinstance(raised, errors.SubmitUncertainError)
    assert "may cost credits" in str(raised)
    assert sandbox.post_count == 1
    assert state is JobState.NEEDS_ATTENTION
    assert not file.exists()


@pytest.mark.parametrize("after_processing", [False, True])
def test_post_dropped_connection_needs_attention(
    sandbox: Sandbox, frames: tuple[Path, Path], after_processing: bool
) -> None:
    sandbox.faults.drop_next(1, method="POST", after_processing=after_processing)
    state, file, raised = _run(sandbox, frames)
    assert isinstance(raised, errors.SubmitUncertainError)
    assert sandbox.post_count == 1
    assert sandbox.tasks_created == (1 if after_processing else 0)
    assert state is JobState.NEEDS_ATTENTION and not file.exists()


def test_post_garbage_answer_needs_attention(sandbox: Sandbox, frames: tuple[Path, Path]) -> None:
    sandbox.faults.fail_next(1, 200, method="POST", body=b"<html>maintenance</html>")
    state, _file, raised = _run(sandbox, frames)
    assert isinstance(raised, errors.SubmitUncertainError)
    assert sandbox.post_count == 1 and state is JobState.NEEDS_ATTENTION


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, errors.BadRequestError),
        (422, errors.BadRequestError),
        (401, errors.AuthError),
        (403, errors.AuthError),
    ],
)
def test_post_refused_fails_without_resending(
    sandbox: Sandbox, frames: tuple[Path, Path], status: int, kind: type
) -> None:
    sandbox.faults.fail_next(1, status, method="POST")
    state, file, raised = _run(sandbox, frames)
    assert isinstance(raised, kind)
    assert sandbox.post_count == 1
    assert state is JobState.FAILED and not file.exists()


def test_post_to_a_closed_port_is_retried_then_fails_cleanly(
    frames: tuple[Path, Path], sandbox: Sandbox
) -> None:
    from veodesk.core.api import ApiClient

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    runner = make_runner(sandbox)
    runner.client = ApiClient(f"http://127.0.0.1:{port}", "k" * 20, timeout=(1, 1))
    events: list[Event] = []
    runner._on_event = lambda job, event: events.append(event)
    params = params_for(frames)
    with pytest.raises(errors.NetworkError):
        runner.run(params, prepare(params))
    [job] = runner.store.jobs()
    assert job.state is JobState.FAILED
    assert "nothing was charged" in " ".join(e.detail or "" for e in runner.store.events(job.id))
    retries = [e for e in events if e.code is EventCode.RETRYING_SUBMIT]
    assert len(retries) == 3 and all("Trying again" in str(e) for e in retries)
    assert events[-1].code is EventCode.NOT_CREATED


# -- the GET ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "fault",
    [
        {"status": 500},
        {"status": 502},
        {"status": 503, "retry_after": 0.1},
        {"status": 504},
        {"status": 429, "retry_after": 0.1},
        {"status": 502, "body": b"<html><h1>Bad gateway</h1></html>"},
        {"status": 200, "body": b'{"id": "x", "stat'},
        {"status": 200, "body": b"<!doctype html><title>Cloudflare</title>"},
    ],
)
def test_get_transient_failures_are_waited_out(
    sandbox: Sandbox, frames: tuple[Path, Path], fault: dict[str, object]
) -> None:
    status = fault.pop("status")
    sandbox.faults.fail_next(3, status, method="GET", **fault)  # type: ignore[arg-type]
    state, file, raised = _run(sandbox, frames)
    assert raised is None
    assert sandbox.post_count == 1
    _assert_done(sandbox, state, file)


def test_get_dropped_connections_are_waited_out(
    sandbox: Sandbox, frames: tuple[Path, Path]
) -> None:
    sandbox.faults.drop_next(2, method="GET")
    state, file, raised = _run(sandbox, frames)
    assert raised is None and sandbox.post_count == 1
    _assert_done(sandbox, state, file)


@pytest.mark.parametrize("status", [401, 403])
def test_get_auth_failure_stops_but_keeps_the_job_resumable(
    sandbox: Sandbox, frames: tuple[Path, Path], status: int
) -> None:
    sandbox.faults.fail_next(1, status, method="GET")
    state, file, raised = _run(sandbox, frames)
    assert isinstance(raised, errors.AuthError)
    assert sandbox.post_count == 1
    assert state in (JobState.QUEUED, JobState.GENERATING) and not file.exists()
    runner = make_runner(sandbox)
    [job] = runner.unfinished()
    assert runner.resume(job).state is JobState.DONE
    assert sandbox.post_count == 1


def test_get_not_found_needs_attention(sandbox: Sandbox, frames: tuple[Path, Path]) -> None:
    sandbox.faults.fail_next(1, 404, method="GET")
    state, _file, raised = _run(sandbox, frames)
    assert isinstance(raised, errors.NotFoundError)
    assert state is JobState.NEEDS_ATTENTION and sandbox.post_count == 1


# -- the task ---------------------------------------------------------------------


def test_error_status_fails_with_the_servers_message(
    sandbox: Sandbox, frames: tuple[Path, Path]
) -> None:
    sandbox.faults.fail_next_task("Content policy violation in the last frame")
    state, file, raised = _run(sandbox, frames)
    assert isinstance(raised, errors.GenerationFailedError)
    assert "Content policy violation" in str(raised)
    assert state is JobState.FAILED and not file.exists() and sandbox.post_count == 1
    [job] = make_runner(sandbox).store.jobs()
    assert "Content policy violation" in (job.error or "")


def test_completed_without_url_fails(sandbox: Sandbox, frames: tuple[Path, Path]) -> None:
    sandbox.faults.complete_next_without_url()
    state, file, raised = _run(sandbox, frames)
    assert isinstance(raised, errors.GenerationFailedError)
    assert "no video URL" in str(raised)
    assert state is JobState.FAILED and not file.exists() and sandbox.post_count == 1


# -- the download -------------------------------------------------------------------


@pytest.mark.parametrize("range_support", [True, False])
def test_truncated_download_is_completed(
    sandbox: Sandbox, frames: tuple[Path, Path], range_support: bool
) -> None:
    if not range_support:
        sandbox.faults.disable_range()
    sandbox.faults.truncate_download(100_000, times=1)
    state, file, raised = _run(sandbox, frames)
    assert raised is None
    _assert_done(sandbox, state, file)
    assert file.stat().st_size > 100_000, "the truncation really cut the file"
    gets = [r for r in sandbox.requests if r.origin == "video"]
    assert len(gets) == 2
    # With Range support the client continues where it stopped (it may lose the
    # one read that broke); without, it starts again from the first byte.
    resumed_at = gets[1].headers.get("Range")
    assert resumed_at is not None and resumed_at.startswith("bytes=")
    assert 0 < int(resumed_at[6:].rstrip("-")) <= 100_000
    assert gets[1].status == (206 if range_support else 200)
    assert sandbox.post_count == 1


def test_video_host_errors_are_retried(sandbox: Sandbox, frames: tuple[Path, Path]) -> None:
    sandbox.faults.fail_next(2, 503, method="VIDEO")
    state, file, raised = _run(sandbox, frames)
    assert raised is None
    _assert_done(sandbox, state, file)


def test_video_gone_leaves_a_resumable_job_and_no_file(
    sandbox: Sandbox, frames: tuple[Path, Path]
) -> None:
    sandbox.faults.fail_next(1, 404, method="VIDEO")
    state, file, raised = _run(sandbox, frames)
    assert isinstance(raised, errors.DownloadError)
    assert state is JobState.DOWNLOADING and not file.exists()
    runner = make_runner(sandbox)
    [job] = runner.unfinished()
    assert runner.resume(job).state is JobState.DONE and file.is_file()
    assert sandbox.post_count == 1


def test_slow_download_still_arrives_whole(sandbox: Sandbox, frames: tuple[Path, Path]) -> None:
    sandbox.faults.slow_download(400_000)
    state, file, raised = _run(sandbox, frames)
    assert raised is None
    _assert_done(sandbox, state, file)


def test_status_history_is_recorded(sandbox: Sandbox, frames: tuple[Path, Path]) -> None:
    _state, _, _ = _run(sandbox, frames)
    store = make_runner(sandbox).store
    [job] = store.jobs()
    states = [e.state for e in store.events(job.id)]
    assert states[:3] == ["preparing", "ready", "submitting"]
    assert "downloading" in states and states[-1] == "done"
    assert job.generation_id and job.credits_used and job.submitted_at and job.finished_at
