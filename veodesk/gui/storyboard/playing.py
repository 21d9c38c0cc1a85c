"""Which files play for a segment's take, or for the whole film, and under what title."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from veodesk.core.storyboard.project import Project
from veodesk.core.storyboard.survey import Survey

#: An alias lupdate still recognises: it extracts translate("Context", "text") calls.
translate = QCoreApplication.translate


def take_file(project: Project, survey: Survey, index: int) -> str | None:
    """The chosen take's video of segment ``index`` (from 0), if it has one."""
    if index >= len(survey.states):
        return None
    chosen = survey.chosen(index)
    if chosen is None or chosen.video is None:
        return None
    return str(project.resolve(chosen.video))


def take_clip(project: Project, survey: Survey, index: int) -> tuple[str, str] | None:
    path = take_file(project, survey, index)
    if path is None or index >= len(project.board.segments):
        return None
    prompt = project.board.segments[index].prompt
    return path, translate("Storyboard", "Segment {number}: {prompt}").format(
        number=index + 1, prompt=prompt
    )


def film_clips(project: Project, survey: Survey) -> list[tuple[str, str]] | None:
    """Every segment's chosen take in order, or None while one has none."""
    clips = []
    for i in range(len(survey.states)):
        path = take_file(project, survey, i)
        if path is None:
            return None
        title = translate("Storyboard", "{film}, segment {number}").format(
            film=project.path.stem, number=i + 1
        )
        clips.append((path, title))
    return clips or None
