"""Showing a surveyed storyboard in the view: cards, states, takes, pictures and the summary."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from veodesk.core.storyboard.model import SegmentState
from veodesk.core.storyboard.project import Project
from veodesk.core.storyboard.survey import Survey
from veodesk.gui.storyboard import playing
from veodesk.gui.storyboard.pictures import Pictures
from veodesk.gui.storyboard.summary import summary_text
from veodesk.gui.storyboard.view import StoryboardView

#: An alias lupdate still recognises: it extracts translate("Context", "text") calls.
translate = QCoreApplication.translate


class Presenter:
    def __init__(self, view: StoryboardView, pictures: Pictures) -> None:
        self.view = view
        self.pictures = pictures
        #: What was shown last: a poster that arrives late is checked against it.
        self._shown: tuple[Project, Survey] | None = None

    def show(self, project: Project, s: Survey, *, busy: bool) -> None:
        """The board's cards, states, takes and pictures, and the footer's summary."""
        self._shown = (project, s)
        board = project.board
        images = [k.image for k in board.keyframes]
        if self.view.build_cards(images, s.missing, len(board.segments)):
            self._load_keyframes(project)
        for i, card in enumerate(self.view.segment_cards):
            segment = board.segments[i]
            current = segment.current_takes(s.inputs[i])
            usable = [t for t in current if t.usable]
            takes = [
                (
                    t.job,
                    translate("Storyboard", "Take {number} (job {job})").format(
                        number=n + 1, job=t.job
                    ),
                )
                for n, t in enumerate(usable)
            ]
            chosen = s.chosen(i)
            card.show_segment(
                segment.prompt,
                segment.duration,
                segment.generate_audio,
                s.states[i],
                takes,
                chosen.job if chosen else None,
                busy,
            )
            if chosen is not None and chosen.video is not None:
                path = str(project.resolve(chosen.video))
                self.pictures.poster(
                    path,
                    lambda image, i=i, p=path: self._poster_loaded(i, p, image),  # type: ignore[misc]
                )
            else:
                card.set_poster(None)
        self.view.set_summary(summary_text(s))
        self.buttons(s, busy=busy)

    def buttons(self, s: Survey | None, *, busy: bool) -> None:
        done = s is not None and bool(s.states) and all(x is SegmentState.DONE for x in s.states)
        stale = s.to_send if s is not None and not s.missing else 0
        can_render = s is not None and bool(s.states) and not s.missing
        self.view.set_running(busy, can_render, done, stale)

    def _load_keyframes(self, project: Project) -> None:
        for i, card in enumerate(self.view.keyframe_cards):
            if not card.missing:
                self.pictures.keyframe(
                    str(project.picture(i)),
                    lambda image, c=card: (  # type: ignore[misc]
                        c.set_picture(image) if c in self.view.keyframe_cards else None
                    ),
                )

    def _poster_loaded(self, index: int, path: str, image: QImage | None) -> None:
        """Shown if that take is still the segment's chosen one."""
        if self._shown is None or index >= len(self.view.segment_cards):
            return
        if playing.take_file(*self._shown, index) == path:
            self.view.segment_cards[index].set_poster(image)
