"""The "Join into a film" dialog: the clips in order, the transition and options.

It only lays out and reads back the choices; veodesk.gui.film_join runs the join.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from veodesk.core.store import Job
from veodesk.gui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

#: Each shown as translate("FilmDialog", text).
TIMELINES = (
    (QT_TRANSLATE_NOOP("FilmDialog", "No timeline"), ""),
    (QT_TRANSLATE_NOOP("FilmDialog", "OpenTimelineIO (.otio)"), ".otio"),
    (
        QT_TRANSLATE_NOOP("FilmDialog", "Final Cut Pro 7 XML (.xml), for Premiere and Resolve"),
        ".xml",
    ),
    (QT_TRANSLATE_NOOP("FilmDialog", "CMX 3600 EDL (.edl)"), ".edl"),
)


def music_filter() -> str:
    return translate("FilmDialog", "Music (*.mp3 *.wav *.flac *.m4a *.aac *.mp4);;All files (*)")


@dataclass(frozen=True)
class FilmRequest:
    jobs: list[Job]
    output: Path
    transition: str
    music: Path | None
    mute_clips: bool
    normalize: bool
    fade: float
    timeline_suffix: str


class FilmDialog(QDialog):
    """The clips in order, the transition and options; progress and Cancel while joining."""

    joinRequested = Signal()

    def __init__(self, jobs: list[Job], output: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filmDialog")
        self.setWindowTitle(translate("FilmDialog", "Join into a film"))
        self.setModal(True)
        self.output = output

        self.clip_list = QListWidget()
        self.clip_list.setObjectName("filmClipList")
        self.clip_list.setAccessibleName(translate("FilmDialog", "Clips, in the film's order"))
        self.clip_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.clip_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        for job in jobs:
            prompt = job.params.prompt.replace("\n", " ")
            prompt = prompt if len(prompt) <= 60 else prompt[:59] + "…"
            item = QListWidgetItem(
                translate("FilmDialog", "#{id}  {prompt}  ({seconds} s)").format(
                    id=job.id, prompt=prompt, seconds=job.params.duration
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, job)
            self.clip_list.addItem(item)
        self.clip_list.setCurrentRow(0)
        self.up_button = QPushButton(translate("FilmDialog", "Move up"))
        self.up_button.setObjectName("filmMoveUp")
        self.down_button = QPushButton(translate("FilmDialog", "Move down"))
        self.down_button.setObjectName("filmMoveDown")
        moves = QVBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        moves.addStretch(1)
        clips_row = QHBoxLayout()
        clips_row.addWidget(self.clip_list, 1)
        clips_row.addLayout(moves)

        self.transition = QComboBox()
        self.transition.setObjectName("filmTransition")
        self.transition.setAccessibleName(translate("FilmDialog", "Transition"))
        self.transition.addItem(
            translate("FilmDialog", "Cut: each shared keyframe shows once"), "cut"
        )
        self.transition.addItem(translate("FilmDialog", "Crossfade"), "crossfade")
        self.crossfade_frames = QSpinBox()
        self.crossfade_frames.setObjectName("filmCrossfadeFrames")
        self.crossfade_frames.setRange(2, 24)
        self.crossfade_frames.setValue(12)
        self.crossfade_frames.setAccessibleName(translate("FilmDialog", "Crossfade length"))
        self.crossfade_frames.setSuffix(translate("FilmDialog", " frames", "after a number"))
        transition_row = QHBoxLayout()
        transition_row.addWidget(self.transition, 1)
        transition_row.addWidget(self.crossfade_frames)

        self.music = QLineEdit()
        self.music.setObjectName("filmMusic")
        self.music.setAccessibleName(translate("FilmDialog", "Music"))
        self.music.setPlaceholderText(translate("FilmDialog", "none", "no music"))
        self.music.setClearButtonEnabled(True)
        self.music_button = QPushButton(translate("FilmDialog", "Choose…"))
        self.music_button.setAccessibleName(translate("FilmDialog", "Choose the music"))
        music_row = QHBoxLayout()
        music_row.addWidget(self.music, 1)
        music_row.addWidget(self.music_button)
        self.mute_clips = QCheckBox(
            translate("FilmDialog", "Only the music (mute the clips' own sound)")
        )
        self.mute_clips.setObjectName("filmMuteClips")
        self.normalize = QCheckBox(translate("FilmDialog", "Even out loudness (−16 LUFS)"))
        self.normalize.setObjectName("filmNormalize")
        self.fade = QDoubleSpinBox()
        self.fade.setObjectName("filmFade")
        self.fade.setRange(0.0, 10.0)
        self.fade.setSingleStep(0.5)
        self.fade.setAccessibleName(translate("FilmDialog", "Fade in and out"))
        self.fade.setSuffix(translate("FilmDialog", " s", "after a number of seconds"))
        self.fade.setSpecialValueText(translate("FilmDialog", "none", "no fade"))
        self.timeline = QComboBox()
        self.timeline.setObjectName("filmTimeline")
        self.timeline.setAccessibleName(translate("FilmDialog", "Timeline for an editor"))
        for text, suffix in TIMELINES:
            self.timeline.addItem(translate("FilmDialog", text), suffix)
        self.output_label = QLabel(str(output))
        self.output_label.setObjectName("filmOutput")
        self.output_label.setTextFormat(Qt.TextFormat.PlainText)
        self.output_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(translate("FilmDialog", "Transition"), transition_row)
        form.addRow(translate("FilmDialog", "Music"), music_row)
        form.addRow("", self.mute_clips)
        form.addRow(translate("FilmDialog", "Loudness"), self.normalize)
        form.addRow(translate("FilmDialog", "Fade in and out"), self.fade)
        form.addRow(translate("FilmDialog", "Timeline for an editor"), self.timeline)
        form.addRow(translate("FilmDialog", "Saved as"), self.output_label)

        self.error = QLabel()
        self.error.setObjectName("filmError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("filmProgress")
        self.progress.setFormat(translate("FilmDialog", "%p %", "the progress in percent"))
        self.progress.hide()
        self.join_button = QPushButton(translate("FilmDialog", "Join"))
        self.join_button.setObjectName("filmJoinButton")
        self.join_button.setDefault(True)
        self.cancel_button = QPushButton(translate("FilmDialog", "Cancel"))
        self.cancel_button.setObjectName("filmCancelButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.join_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(translate("FilmDialog", "The clips, in the film's order (drag to reorder):"))
        )
        layout.addLayout(clips_row, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(560, 480)

        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.transition.currentIndexChanged.connect(lambda _i: self._update())
        self.music.textChanged.connect(lambda _t: self._update())
        self.music_button.clicked.connect(self._choose_music)
        self.join_button.clicked.connect(self.joinRequested.emit)
        self.clip_list.currentRowChanged.connect(lambda _r: self._update())
        self._running = False
        self._update()

    # -- reading it ---------------------------------------------------------------------
    def jobs(self) -> list[Job]:
        return [
            self.clip_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.clip_list.count())
        ]

    def request(self) -> FilmRequest:
        kind = self.transition.currentData()
        music = self.music.text().strip()
        return FilmRequest(
            jobs=self.jobs(),
            output=self.output,
            transition="cut" if kind == "cut" else f"crossfade:{self.crossfade_frames.value()}",
            music=Path(music) if music else None,
            mute_clips=bool(music) and self.mute_clips.isChecked(),
            normalize=self.normalize.isChecked(),
            fade=self.fade.value(),
            timeline_suffix=self.timeline.currentData(),
        )

    # -- while it runs ------------------------------------------------------------------
    def set_running(self, running: bool) -> None:
        self._running = running
        self.progress.setVisible(running)
        if running:
            self.progress.setRange(0, 0)
            self.error.hide()
        for widget in (self.clip_list, self.up_button, self.down_button, self.transition,
                       self.crossfade_frames, self.music, self.music_button, self.mute_clips,
                       self.normalize, self.fade, self.timeline, self.join_button):  # fmt: skip
            widget.setEnabled(not running)
        self._update()

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # -- internals ----------------------------------------------------------------------
    def _move(self, step: int) -> None:
        row = self.clip_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.clip_list.count():
            return
        item = self.clip_list.takeItem(row)
        self.clip_list.insertItem(target, item)
        self.clip_list.setCurrentRow(target)

    def _choose_music(self) -> None:
        dialog = QFileDialog(self, translate("FilmDialog", "Choose the music"), "", music_filter())
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.music.setText)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def _update(self) -> None:
        if self._running:
            return
        self.crossfade_frames.setEnabled(self.transition.currentData() == "crossfade")
        self.mute_clips.setEnabled(bool(self.music.text().strip()))
        row = self.clip_list.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.clip_list.count() - 1)
