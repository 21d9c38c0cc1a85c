"""What a frame slot says, for the first slot and the last, in the window's language."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


@dataclass(frozen=True)
class SlotTexts:
    """What a slot says about itself: whole sentences for each slot, not one with a gap.

    A language may need another article or case for "first frame" in each
    sentence, so each is written out for both slots.
    """

    #: The frame's name in the core's English messages (its warnings name the frame).
    core_label: str
    title: str
    choose: str
    choose_tip: str
    paste_tip: str
    clear_tip: str
    preview_name: str
    link_name: str
    #: "First frame: {state}", for the slot's accessible name.
    state: str
    missing_choose: str
    missing_wait: str
    #: "replace the first frame: {error}"
    missing_replace: str

    @staticmethod
    def first() -> SlotTexts:
        return SlotTexts(
            core_label="first frame",
            title=translate("FrameSlot", "First frame"),
            choose=translate("FrameSlot", "Choose the first frame"),
            choose_tip=translate("FrameSlot", "Choose the first frame (Ctrl+O)"),
            paste_tip=translate("FrameSlot", "Paste an image as the first frame"),
            clear_tip=translate("FrameSlot", "Clear the first frame"),
            preview_name=translate("FrameSlot", "First frame preview"),
            link_name=translate("FrameSlot", "First frame link"),
            state=translate("FrameSlot", "First frame: {state}"),
            missing_choose=translate("FrameSlot", "choose a first frame"),
            missing_wait=translate("FrameSlot", "wait for the first frame to load"),
            missing_replace=translate("FrameSlot", "replace the first frame: {error}"),
        )

    @staticmethod
    def last() -> SlotTexts:
        return SlotTexts(
            core_label="last frame",
            title=translate("FrameSlot", "Last frame"),
            choose=translate("FrameSlot", "Choose the last frame"),
            choose_tip=translate("FrameSlot", "Choose the last frame (Ctrl+O)"),
            paste_tip=translate("FrameSlot", "Paste an image as the last frame"),
            clear_tip=translate("FrameSlot", "Clear the last frame"),
            preview_name=translate("FrameSlot", "Last frame preview"),
            link_name=translate("FrameSlot", "Last frame link"),
            state=translate("FrameSlot", "Last frame: {state}"),
            missing_choose=translate("FrameSlot", "choose a last frame"),
            missing_wait=translate("FrameSlot", "wait for the last frame to load"),
            missing_replace=translate("FrameSlot", "replace the last frame: {error}"),
        )
