"""The compose panel: two frames, a prompt, the parameters and the Generate button."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from veodesk.core.models import GenerationParams
from veodesk.core.money import Estimate
from veodesk.core.parameters import (
    ASPECT_RATIO,
    AUDIO,
    AUTO,
    DURATION,
    FIT,
    MAX_PROMPT_CHARS,
    RESOLUTION,
    Choice,
    orientation_ratio,
)
from veodesk.gui import parameters
from veodesk.gui.compose.frame_preview import SlotState
from veodesk.gui.compose.frame_slot import FrameSlot
from veodesk.gui.compose.mime import Source
from veodesk.gui.compose.slot_texts import SlotTexts
from veodesk.gui.formatting import duration_text, estimate_text, number
from veodesk.gui.icons import icon
from veodesk.gui.tasks import TaskRunner

translate = QCoreApplication.translate


class PromptEdit(QPlainTextEdit):
    """A prompt box that asks for five lines, so a short window still shows Generate."""

    def sizeHint(self) -> QSize:
        lines = self.fontMetrics().lineSpacing() * 5
        return QSize(super().sizeHint().width(), lines + 2 * self.frameWidth() + 8)


def choice_combo(name: str, choice: Choice[int] | Choice[str], label: str = "") -> QComboBox:
    """A combo box offering ``choice``'s values under their labels."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(label or parameters.label(choice))
    for value, text in parameters.options(choice):
        combo.addItem(text, value)
    return combo


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class ComposePanel(QWidget):
    generateRequested = Signal(object)  # GenerationParams
    paramsChanged = Signal()  # duration, resolution or audio: what the cost depends on
    openRequested = Signal(object)  # the FrameSlot to fill

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = FrameSlot(SlotTexts.first(), tasks)
        self.first.setObjectName("firstFramePicker")
        self.last = FrameSlot(SlotTexts.last(), tasks)
        self.last.setObjectName("lastFramePicker")
        self.swap_button = QToolButton()
        self.swap_button.setObjectName("swapFramesButton")
        self.swap_button.setIcon(icon("swap"))
        swap = translate("ComposePanel", "Swap the first and last frames")
        self.swap_button.setToolTip(swap)
        self.swap_button.setAccessibleName(swap)
        self.swap_button.setAutoRaise(True)

        self.prompt = PromptEdit()
        self.prompt.setObjectName("promptEdit")
        self.prompt.setAccessibleName(translate("ComposePanel", "Prompt"))
        self.prompt.setPlaceholderText(
            translate(
                "ComposePanel",
                "Describe what happens between the two frames: the motion, the camera, the "
                "mood, the sound…",
            )
        )
        self.prompt.setTabChangesFocus(True)
        self.prompt.setMinimumHeight(72)
        self.prompt.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.char_count = QLabel()
        self.char_count.setObjectName("promptCount")
        self.char_count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.char_count.setAlignment(Qt.AlignmentFlag.AlignRight)

        self.duration = choice_combo("durationCombo", DURATION)
        self.resolution = choice_combo("resolutionCombo", RESOLUTION)
        self.aspect = choice_combo("aspectRatioCombo", ASPECT_RATIO)
        self.fit = choice_combo("fitCombo", FIT)
        self.fit.setToolTip(
            translate(
                "ComposePanel",
                "How a picture of another shape becomes the video's shape: cropped (drag the "
                "highlighted area to choose what stays), padded with a blurred border, or sent "
                "unchanged for the service to handle.",
            )
        )
        self.audio = QCheckBox(parameters.label(AUDIO))
        self.audio.setObjectName("audioCheckBox")
        self.audio.setAccessibleName(parameters.label(AUDIO))
        #: The last estimate shown: what the parameters on screen are expected to cost.
        self.estimate: Estimate | None = None
        self.cost = QLabel()
        self.cost.setObjectName("costLabel")
        self.cost.setTextFormat(Qt.TextFormat.PlainText)
        self.cost.setWordWrap(True)

        self.generate = QPushButton(
            icon("generate", QPalette.ColorRole.HighlightedText),
            translate("ComposePanel", "Generate"),
        )
        self.generate.setObjectName("generateButton")
        self.generate.setAccessibleName(translate("ComposePanel", "Generate"))
        self.generate.setDefault(True)
        self.generate.setMinimumHeight(40)
        font = QFont(self.generate.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.generate.setFont(font)
        self.generate.setShortcut("Ctrl+Return")
        self.generate.setStyleSheet(
            "QPushButton#generateButton { background: palette(highlight); "
            "color: palette(highlighted-text); border: none; border-radius: 6px; "
            "padding: 6px 18px; }"
            "QPushButton#generateButton:disabled { background: palette(mid); "
            "color: palette(window); }"
            "QPushButton#generateButton:focus { border: 2px solid palette(text); }"
        )

        self._build_layout()
        # Top to bottom, each slot's buttons before its picture and link.
        chain = [
            *self.first.tab_chain(),
            self.swap_button,
            *self.last.tab_chain(),
            self.prompt,
            self.duration,
            self.resolution,
            self.aspect,
            self.fit,
            self.audio,
            self.generate,
        ]
        for before, after in itertools.pairwise(chain):
            self.setTabOrder(before, after)

        for slot in (self.first, self.last):
            slot.changed.connect(self._refresh)
            slot.manySources.connect(self.fill_both)
            slot.openRequested.connect(lambda s=slot: self.openRequested.emit(s))
        self.first.changed.connect(self._update_context)
        self.swap_button.clicked.connect(self.swap)
        self.prompt.textChanged.connect(self._refresh)
        self.aspect.currentIndexChanged.connect(self._update_context)
        self.fit.currentIndexChanged.connect(self._update_context)
        for combo in (self.duration, self.resolution):
            combo.currentIndexChanged.connect(self.paramsChanged)
        self.audio.toggled.connect(self.paramsChanged)
        self.generate.clicked.connect(self._generate)
        self.set_defaults(
            DURATION.default, RESOLUTION.default, ASPECT_RATIO.default, FIT.default, AUDIO.default
        )
        self.set_cost(None, None)
        self._refresh()

    def _build_layout(self) -> None:
        slots = QHBoxLayout()
        slots.setSpacing(8)
        slots.addWidget(self.first, 1)
        slots.addWidget(self.swap_button, 0, Qt.AlignmentFlag.AlignVCenter)
        slots.addWidget(self.last, 1)

        prompt_label = QLabel(translate("ComposePanel", "&Prompt"))
        prompt_label.setBuddy(self.prompt)
        bold = prompt_label.font()
        bold.setBold(True)
        prompt_label.setFont(bold)
        prompt_head = QHBoxLayout()
        prompt_head.addWidget(prompt_label)
        prompt_head.addStretch(1)
        prompt_head.addWidget(self.char_count)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        form.addRow(translate("ComposePanel", "&Duration"), self.duration)
        form.addRow(translate("ComposePanel", "&Resolution"), self.resolution)
        form.addRow(translate("ComposePanel", "&Aspect ratio"), self.aspect)
        form.addRow(translate("ComposePanel", "&Fit"), self.fit)
        form.addRow("", self.audio)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addLayout(slots)
        layout.addLayout(prompt_head)
        layout.addWidget(self.prompt, 1)
        layout.addLayout(form)
        layout.addWidget(self.cost)
        layout.addWidget(self.generate)

    # -- values --------------------------------------------------------------------
    def set_defaults(
        self, duration: int, resolution: str, aspect: str, fit: str, audio: bool
    ) -> None:
        select_data(self.duration, duration)
        select_data(self.resolution, resolution)
        select_data(self.aspect, aspect)
        select_data(self.fit, fit)
        self.audio.setChecked(audio)

    def params(self) -> GenerationParams:
        aspect = self.aspect.currentData()
        return GenerationParams(
            prompt=self.prompt.toPlainText().strip(),
            first=self.first.source,
            last=self.last.source,
            duration=int(self.duration.currentData()),
            resolution=str(self.resolution.currentData()),
            aspect_ratio=str(aspect) if aspect else None,
            generate_audio=self.audio.isChecked(),
            fit=str(self.fit.currentData()),
            first_anchor=self.first.anchor,
            last_anchor=self.last.anchor,
        )

    def load(self, params: GenerationParams) -> None:
        """Put a past job's frames and settings back, ready to tweak."""
        self.prompt.setPlainText(params.prompt)
        self.set_defaults(
            params.duration,
            params.resolution,
            # A job that left the shape to the service (older versions' CLI) comes
            # back as "auto", the nearest the window offers.
            params.aspect_ratio or AUTO,
            params.fit,
            params.generate_audio,
        )
        self.first.set_source(params.first, params.first_anchor)
        self.last.set_source(params.last, params.last_anchor)

    def missing(self) -> list[str]:
        """What stands between the user and Generate, in words."""
        out: list[str] = []
        for slot in (self.first, self.last):
            if slot.state is SlotState.EMPTY:
                out.append(slot.texts.missing_choose)
            elif slot.state is SlotState.LOADING:
                out.append(slot.texts.missing_wait)
            elif slot.state is SlotState.BROKEN:
                out.append(slot.texts.missing_replace.format(error=slot.error))
        text = self.prompt.toPlainText().strip()
        if not text:
            out.append(translate("ComposePanel", "write a prompt"))
        elif len(text) > MAX_PROMPT_CHARS:
            out.append(
                translate("ComposePanel", "shorten the prompt to {limit} characters").format(
                    limit=number(MAX_PROMPT_CHARS)
                )
            )
        return out

    def set_cost(self, estimate: Estimate | None, typical_seconds: float | None) -> None:
        """Show what the parameters on screen are expected to cost (None: not known yet)."""
        self.estimate = estimate
        if estimate is None:
            text = translate("ComposePanel", "Expected cost: estimating…")
        elif typical_seconds:
            text = translate(
                "ComposePanel", "Expected cost: {estimate} · usually ready in {duration}"
            ).format(estimate=estimate_text(estimate), duration=duration_text(typical_seconds))
        else:
            text = translate("ComposePanel", "Expected cost: {estimate}").format(
                estimate=estimate_text(estimate)
            )
        self.cost.setText(text)
        self.cost.setAccessibleName(text)

    # -- slots --------------------------------------------------------------------
    def swap(self) -> None:
        a = (self.first.source, self.first.anchor)
        b = (self.last.source, self.last.anchor)
        for slot, (source, anchor) in ((self.first, b), (self.last, a)):
            if source:
                slot.set_source(source, anchor)
            else:
                slot.clear()

    def fill_both(self, sources: list[Source]) -> None:
        self.first.set_source(sources[0])
        self.last.set_source(sources[1])

    def target_slot(self) -> FrameSlot:
        """The slot a paste or Ctrl+O goes to: the focused one, else the first empty one."""
        focus = QApplication.focusWidget()
        for slot in (self.first, self.last):
            if focus is not None and (focus is slot or slot.isAncestorOf(focus)):
                return slot
        for slot in (self.first, self.last):
            if slot.state is SlotState.EMPTY:
                return slot
        return self.first

    def _update_context(self) -> None:
        aspect = self.aspect.currentData()
        if aspect == AUTO:
            size = self.first.source_size
            aspect = None if size is None else orientation_ratio(size)
        fit = str(self.fit.currentData())
        for slot in (self.first, self.last):
            slot.set_context(aspect, fit)

    def _refresh(self) -> None:
        count = len(self.prompt.toPlainText().strip())
        figures = {"count": number(count), "limit": number(MAX_PROMPT_CHARS)}
        if count > MAX_PROMPT_CHARS:
            self.char_count.setText(
                translate("ComposePanel", "{count} / {limit}: too long").format(**figures)
            )
        else:
            self.char_count.setText(
                translate("ComposePanel", "{count} / {limit}").format(**figures)
            )
        self.char_count.setForegroundRole(
            QPalette.ColorRole.Text
            if count > MAX_PROMPT_CHARS
            else QPalette.ColorRole.PlaceholderText
        )
        missing = self.missing()
        self.generate.setEnabled(not missing)
        if missing:
            # The steps are clauses of one sentence, listed with the language's separator.
            steps = translate("ComposePanel", "; ", "between the steps still to do").join(missing)
            self.generate.setToolTip(
                translate("ComposePanel", "To generate, {steps}.").format(steps=steps)
            )
        else:
            self.generate.setToolTip(translate("ComposePanel", "Generate the video (Ctrl+Return)"))
        self.generate.setAccessibleDescription(self.generate.toolTip())

    def _generate(self) -> None:
        if not self.missing():
            self.generateRequested.emit(self.params())
