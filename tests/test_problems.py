"""The window's problem policy, without Qt: exception in, words and remedies out."""

from __future__ import annotations

import subprocess
import sys

import pytest

from veodesk import KEYS_URL
from veodesk.core.errors import (
    AuthError,
    GenerationFailedError,
    InvalidInputError,
    JobBusyError,
    MissingKeyError,
    NetworkError,
    StillPendingError,
    SubmitUncertainError,
)
from veodesk.gui.shell.problems import Remedy, problem_for


def test_a_refused_key_points_to_the_settings_and_the_keys_page() -> None:
    problem = problem_for(AuthError("Invalid API key."), 7)
    assert str(problem.text).startswith("Job 7: The API refused your key (Invalid API key.)")
    assert KEYS_URL in str(problem.text)
    assert problem.remedies == (Remedy.OPEN_SETTINGS,)


def test_no_key_offers_the_settings_and_the_demo() -> None:
    problem = problem_for(MissingKeyError())
    assert problem.remedies == (Remedy.OPEN_SETTINGS, Remedy.TRY_DEMO)
    assert str(problem.text) == str(MissingKeyError()) and problem.is_error


@pytest.mark.parametrize(
    "exc",
    [
        StillPendingError("Still rendering.", generation_id="g", last_status="queued"),
        NetworkError("Offline."),
    ],
)
def test_a_job_cut_off_is_kept_and_can_be_resumed(exc: Exception) -> None:
    problem = problem_for(exc, 3)
    assert problem.remedies == (Remedy.RESUME,)
    assert "The job is kept" in str(problem.text)
    # Without a job there is nothing to resume.
    assert problem_for(exc).remedies == ()


def test_a_job_busy_elsewhere_is_not_an_error() -> None:
    problem = problem_for(JobBusyError("Job 2 is being worked on elsewhere."), 2)
    assert str(problem.text) == "Job 2: Job 2 is being worked on elsewhere."
    assert (problem.remedies, problem.is_error) == ((), False)


def test_a_bad_frame_offers_to_choose_another_for_that_slot() -> None:
    first = problem_for(InvalidInputError("Not a picture.", field="first"))
    last = problem_for(InvalidInputError("Not a picture.", field="last"))
    assert first.remedies == (Remedy.CHOOSE_FIRST,) and last.remedies == (Remedy.CHOOSE_LAST,)
    assert problem_for(InvalidInputError("Too long.", field="prompt")).remedies == ()


@pytest.mark.parametrize(
    "exc", [SubmitUncertainError("Maybe sent."), GenerationFailedError("Refused by the model.")]
)
def test_nothing_to_press_when_nothing_would_help(exc: Exception) -> None:
    problem = problem_for(exc, 1)
    assert problem.remedies == () and str(problem.text) == f"Job 1: {exc}"


def test_the_policy_loads_without_qt() -> None:
    code = "import sys, veodesk.gui.shell.problems; print(any('PySide6' in m for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
