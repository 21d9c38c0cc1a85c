"""The history list's model: one row per job, whatever order the news arrives in."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.conftest import user_session
from tests.jobtools import params_for
from veodesk.gui.jobs.model import JobsModel


def test_a_reload_that_lists_a_new_job_first_leaves_one_row(
    qtbot: QtBot, frames: tuple[Path, Path]
) -> None:
    # A resubmit writes the new job to the store before its worker's first event
    # reaches the window; a history reload in between lists it on its own.
    model = JobsModel()
    store = user_session().store()
    old = store.create(params_for(frames, prompt="first"))
    model.set_history([old])
    params = params_for(frames, prompt="again")
    key = model.add_pending(params)
    new = store.create(params)
    model.set_history(store.jobs())
    assert model.rowCount() == 3  # the waiting row, the listed copy, the old job

    row = model.update_job(new, key=key)

    assert model.rowCount() == 2
    assert row.key == key and row.job is not None and row.job.id == new.id
    assert [r.job.id for r in model.rows if r.job is not None] == [new.id, old.id]
    assert model.row_of(job_id=new.id) == model.row_of(key=key)
