"""Core's parameter space agrees with the vendor's contract, and everything derives from it."""

from __future__ import annotations

import json
from pathlib import Path

from veodesk import MODEL_ID
from veodesk.core import parameters
from veodesk.core.images import RESOLUTIONS, Fit
from veodesk.core.models import GenerationParams
from veodesk.core.settings import Settings
from veodesk.sandbox import contract

ROOT = Path(__file__).resolve().parent.parent


def test_the_projects_copy_of_the_openapi_file_is_the_vendors() -> None:
    shared = ROOT.parent / "shared" / "api" / "aimlapi-veo31-flf-fast.openapi.json"
    if shared.is_file():  # beside a checkout on the team's machines; not in CI's clone
        assert json.loads(shared.read_text()) == contract.openapi()


def test_core_agrees_with_the_contract() -> None:
    assert contract.enum("model") == (MODEL_ID,)
    assert parameters.DURATION.values == contract.enum("duration")
    assert parameters.DURATION.default == contract.default("duration")
    assert parameters.RESOLUTION.values == contract.enum("resolution")
    assert parameters.RESOLUTION.default == contract.default("resolution")
    assert contract.enum("aspect_ratio") == parameters.API_ASPECT_RATIOS
    # The app's "auto" is resolved to one of the API's shapes before sending.
    assert set(parameters.ASPECT_RATIO.values) == {parameters.AUTO, *contract.enum("aspect_ratio")}
    assert parameters.AUDIO.default == contract.default("generate_audio")
    assert set(parameters.AUDIO.values) == {True, False}
    assert "fit" not in contract.request_schema()["properties"]  # the app's own


def test_everything_in_core_derives_from_the_parameter_space() -> None:
    params = GenerationParams(prompt="p", first="a", last="b")
    settings = Settings()
    for choice, attr in (
        (parameters.DURATION, "duration"),
        (parameters.RESOLUTION, "resolution"),
        (parameters.ASPECT_RATIO, "aspect_ratio"),
        (parameters.FIT, "fit"),
        (parameters.AUDIO, "generate_audio"),
    ):
        assert getattr(params, attr) == choice.default
        assert getattr(settings, attr) == choice.default
    assert tuple(RESOLUTIONS) == parameters.RESOLUTION.values
    assert tuple(f.value for f in Fit) == parameters.FIT.values


def test_the_cli_offers_the_same_choices_and_defaults() -> None:
    from veodesk.cli import _parser

    args = _parser().parse_args(["generate", "--first", "a", "--last", "b", "--prompt", "p"])
    assert args.duration == parameters.DURATION.default
    assert args.resolution == parameters.RESOLUTION.default
    assert args.aspect_ratio == parameters.ASPECT_RATIO.default
    assert args.fit == parameters.FIT.default
    assert args.generate_audio is parameters.AUDIO.default
    sub = _parser()._subparsers._group_actions[0].choices["generate"]  # type: ignore[union-attr]
    choices = {a.dest: tuple(a.choices) for a in sub._actions if a.choices}
    assert choices["duration"] == parameters.DURATION.values
    assert choices["resolution"] == parameters.RESOLUTION.values
    assert choices["aspect_ratio"] == parameters.ASPECT_RATIO.values
    assert choices["fit"] == parameters.FIT.values
