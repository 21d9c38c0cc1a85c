"""What a view shows of a storyboard: each segment's state, what is left to send and its cost.

:func:`survey` reads the pictures (to hash them) and the store, so a window
runs it off its UI thread, on a detached copy (``Project.detached``).
"""

from __future__ import annotations

from dataclasses import dataclass

from veodesk.core.errors import VeodeskError
from veodesk.core.money import LIST_PRICE, PriceTable, estimate
from veodesk.core.store import JobStore

from .model import TO_SEND, SegmentState, Storyboard, Take
from .project import Project


@dataclass(frozen=True)
class Survey:
    #: The storyboard as surveyed, its takes brought up to date with the store.
    board: Storyboard
    #: Each segment's inputs hash; None while one of its pictures is missing.
    inputs: list[str | None]
    states: list[SegmentState]
    #: Keyframes (from 0) whose picture is missing.
    missing: list[int]
    #: The tasks "Generate all" sends, and what they are expected to cost.
    to_send: int
    credits: float
    #: True when any of the estimate comes from the list price, not the history.
    list_price: bool
    price_label: str

    def chosen(self, index: int) -> Take | None:
        return self.board.segments[index].chosen_take(self.inputs[index])


def survey(project: Project, store: JobStore | None, prices: PriceTable) -> Survey:
    """Sync ``project`` (a detached copy) with the store and say where each segment stands."""
    if store is not None:
        project.sync(store)
    board = project.board
    missing = project.missing_keyframes()
    inputs: list[str | None] = []
    for i in range(len(board.segments)):
        if i in missing or i + 1 in missing:
            inputs.append(None)
            continue
        try:
            inputs.append(project.inputs(i))
        except VeodeskError:  # removed while we looked: shown as missing next time
            inputs.append(None)
    states = [s.state(h) for s, h in zip(board.segments, inputs)]
    credits, from_list, label = 0.0, False, prices.label
    for segment, state in zip(board.segments, states):
        if state not in TO_SEND:
            continue
        cost = estimate(
            store,
            prices,
            duration=segment.duration,
            resolution=board.settings.resolution,
            generate_audio=board.audio_for(segment),
        )
        credits += cost.credits
        if cost.source == LIST_PRICE:
            from_list, label = True, cost.label
        elif not from_list:
            label = cost.label
    to_send = sum(1 for s in states if s in TO_SEND)
    return Survey(board, inputs, states, missing, to_send, credits, from_list, label)
