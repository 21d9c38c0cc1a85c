"""Hypothesis: any project file gives a storyboard or a clear error; nothing crashes or writes."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veodesk.core.errors import InvalidInputError
from veodesk.core.store import JobStore
from veodesk.core.storyboard import manifest
from veodesk.core.storyboard.manifest import ManifestError
from veodesk.core.storyboard.project import Project
from veodesk.core.storyboard.render import check

from .boardtools import make_board, minimal_manifest

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=30)
    | st.sampled_from(
        ["720p", "16:9", "auto", "crop", "frames/k1.jpg", "done", "veodesk-storyboard"]
    ),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=20,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in the document a mutation can land."""
    out = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            out += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            out += _paths(child, (*prefix, i))
    return out


@st.composite
def mutated_manifests(draw: st.DrawFn) -> bytes:
    doc: Any = copy.deepcopy(minimal_manifest(3))
    for _ in range(draw(st.integers(1, 3))):
        places = _paths(doc)
        place = draw(st.sampled_from(places))
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if not place:
            doc = draw(json_values) if action == "replace" else doc
            continue
        parent = doc
        for key in place[:-1]:
            parent = parent[key]
        last = place[-1]
        if action == "replace":
            parent[last] = draw(json_values)
        elif action == "delete":
            del parent[last]
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=10))] = draw(json_values)
        else:
            parent.insert(last, draw(json_values))
    text = json.dumps(doc)
    cut = draw(st.none() | st.integers(0, len(text)))
    return (text if cut is None else text[:cut]).encode()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    make_board(folder / "project")
    JobStore(folder / "history" / "jobs.sqlite3")
    return folder


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=mutated_manifests() | st.binary(max_size=200))
def test_any_manifest_opens_or_gets_a_clear_error_and_is_never_written(
    tmp_path_factory: pytest.TempPathFactory, template: Path, data: bytes
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    shutil.copytree(template / "project", folder / "project")
    path = folder / "project" / "film.veoboard"
    path.write_bytes(data)
    listing = sorted(folder.rglob("*"))
    store = JobStore(template / "history" / "jobs.sqlite3")
    try:
        project = Project.open(path)
    except ManifestError as exc:
        message = str(exc)
        assert str(path) in message and len(message) < 2000
        assert "Traceback" not in message
    else:
        # What opened is a real storyboard: it writes back and reads the same.
        again = manifest.parse(json.dumps(manifest.to_json(project.board)).encode(), path)
        assert manifest.to_json(again) == manifest.to_json(project.board)
        try:
            check(project, store, output=folder / "film.mp4")
        except InvalidInputError as exc:
            assert str(exc)
    assert path.read_bytes() == data
    # Nothing else was written into the project either (no lock, no manifest copy, no film).
    assert sorted(folder.rglob("*")) == listing
