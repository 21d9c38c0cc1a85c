"""Films made from the history's finished jobs, recorded back into the history."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from veodesk.core.errors import InvalidInputError
from veodesk.core.events import STATE_NAMES
from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message
from veodesk.core.models import GenerationParams
from veodesk.core.store import Job, JobState, JobStore

from .options import Transition

if TYPE_CHECKING:
    from .result import Film


def job_video(job: Job) -> Path:
    """The finished job's video, or a clear error naming the job."""
    if job.state is not JobState.DONE or not job.file_path:
        raise InvalidInputError(
            Message(
                QT_TRANSLATE_NOOP("core", "Job {job} is {state} and has no video to join."),
                job=job.id,
                state=Message(STATE_NAMES[job.state.value]),
            ),
            field="clip",
        )
    video = Path(job.file_path)
    if not video.is_file():
        raise InvalidInputError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "Job {job}'s video {path} is missing (moved or deleted)."
                ),
                job=job.id,
                path=str(video),
            ),
            field="clip",
        )
    return video


def film_output(folder: Path) -> Path:
    """A new film's file name in ``folder``: dated, never an existing one."""
    stamp = time.strftime("%Y-%m-%d %H.%M.%S")
    path = folder / f"film {stamp}.mp4"
    n = 2
    while path.exists():
        path = folder / f"film {stamp} ({n}).mp4"
        n += 1
    return path


def record_film(store: JobStore, jobs: Sequence[Job], film: Film, transition: Transition) -> Job:
    """Add the film to the history, described by the jobs it joins."""
    numbers = " → ".join(f"#{job.id}" for job in jobs)
    how = "cuts" if transition.is_cut else f"{transition.frames}-frame crossfades"
    first, last = jobs[0], jobs[-1]
    params = GenerationParams(
        prompt=f"Film of {len(jobs)} clips ({numbers}), {how}",
        # The first clip's first frame and the last clip's last: the film's ends.
        first=first.first_upload or first.params.first,
        last=last.last_upload or last.params.last,
        duration=round(film.duration),
        resolution=first.params.resolution,
        aspect_ratio=first.aspect_ratio or first.params.aspect_ratio,
        generate_audio=True,
    )
    seams = ", ".join(f"{s.score:.1f}" + (" (visible)" if s.visible else "") for s in film.seams)
    return store.add_film(params, str(film.path), f"joined {numbers}; seam scores {seams}")
