"""The settings window: the API key, where videos go, defaults, prices and behaviour.

It only collects values. Saving (disk, keychain) is the controller's job, on a
worker thread.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from veodesk import KEYS_URL
from veodesk.core import secrets
from veodesk.core.errors import InvalidInputError
from veodesk.core.parameters import ASPECT_RATIO, AUDIO, DURATION, FIT, RESOLUTION
from veodesk.core.secrets import StoredKey
from veodesk.core.settings import Settings
from veodesk.core.urls import normalize_base_url
from veodesk.gui.compose.panel import choice_combo, select_data
from veodesk.gui.messages import error_text
from veodesk.gui.shell.price_editor import PriceEditor


@dataclass(frozen=True)
class SettingsChange:
    settings: Settings
    new_key: str | None  # None: leave the stored key alone
    remove_key: bool


def key_status(stored: StoredKey) -> tuple[str, bool]:
    """What to say about the key, and whether it is a warning."""
    if stored.origin == "env":
        return (
            "Using the key from the AIMLAPI_KEY environment variable "
            f"({secrets.mask(stored.key)}). "
            "It overrides any key saved here.",
            False,
        )
    if stored.origin == "keychain":
        return (f"Saved in the system keychain ({secrets.mask(stored.key)}).", False)
    if stored.origin == "file":
        return (
            "No system keychain is available, so the key is saved in a file that only your "
            f"user account can read ({secrets.mask(stored.key)}). Anyone who can log in as "
            "you can read it.",
            True,
        )
    return ("No key yet. Paste the key from your AI/ML API dashboard.", False)


class SettingsDialog(QDialog):
    saved = Signal(object)  # SettingsChange
    browseOutput = Signal()

    def __init__(
        self,
        settings: Settings,
        stored: StoredKey,
        default_video_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle("veodesk settings")
        self.setModal(False)
        self._settings = settings
        self._remove_key = False

        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("apiKeyEdit")
        self.key_edit.setAccessibleName("API key")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(
            f"Saved key {secrets.mask(stored.key)} — type to replace"
            if stored.key
            else "Paste your API key"
        )
        self.show_key = QToolButton()
        self.show_key.setText("Show")
        self.show_key.setCheckable(True)
        self.show_key.setAccessibleName("Show the key while typing")
        self.show_key.toggled.connect(
            lambda on: self.key_edit.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        self.remove_key_button = QPushButton("Remove saved key")
        self.remove_key_button.setObjectName("removeKeyButton")
        self.remove_key_button.setEnabled(stored.origin in ("keychain", "file"))
        self.remove_key_button.clicked.connect(self._mark_removed)
        text, warn = key_status(stored)
        self.key_status = QLabel(text)
        self.key_status.setObjectName("keyStatus")
        self.key_status.setTextFormat(Qt.TextFormat.PlainText)
        self.key_status.setWordWrap(True)
        if warn:
            self.key_status.setText("⚠ " + text)
            font = self.key_status.font()
            font.setBold(True)
            self.key_status.setFont(font)
        self.key_warning = warn
        get_key = QLabel(f'Get a key at <a href="{KEYS_URL}">{KEYS_URL}</a>')
        get_key.setTextFormat(Qt.TextFormat.RichText)  # our own text, never the server's
        get_key.setOpenExternalLinks(True)

        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.show_key)
        key_row.addWidget(self.remove_key_button)
        key_box = QGroupBox("API key")
        key_layout = QVBoxLayout(key_box)
        key_layout.addLayout(key_row)
        key_layout.addWidget(self.key_status)
        key_layout.addWidget(get_key)

        self.output_edit = QLineEdit(settings.output_dir)
        self.output_edit.setObjectName("outputDirEdit")
        self.output_edit.setAccessibleName("Output folder")
        self.output_edit.setPlaceholderText(str(default_video_dir))
        browse = QPushButton("Browse…")
        browse.setObjectName("browseOutputButton")
        browse.clicked.connect(self.browseOutput)
        output_row = QHBoxLayout()
        output_row.addWidget(self.output_edit, 1)
        output_row.addWidget(browse)

        self.duration = choice_combo("defaultDurationCombo", DURATION, "Default duration")
        self.resolution = choice_combo("defaultResolutionCombo", RESOLUTION, "Default resolution")
        self.aspect = choice_combo("defaultAspectCombo", ASPECT_RATIO, "Default aspect ratio")
        self.fit = choice_combo("defaultFitCombo", FIT, "Default fit")
        self.audio = QCheckBox(AUDIO.label)
        self.audio.setObjectName("defaultAudioCheckBox")
        select_data(self.duration, settings.duration)
        select_data(self.resolution, settings.resolution)
        select_data(self.aspect, settings.aspect_ratio)
        select_data(self.fit, settings.fit)
        self.audio.setChecked(settings.generate_audio)

        self.max_jobs = QSpinBox()
        self.max_jobs.setObjectName("maxJobsSpin")
        self.max_jobs.setAccessibleName("Jobs that may run at once")
        self.max_jobs.setRange(1, 8)
        self.max_jobs.setValue(max(1, min(8, settings.max_concurrent_jobs)))
        self.notifications = QCheckBox(
            "Notify me when a video is ready and the window is in the background"
        )
        self.notifications.setObjectName("notificationsCheckBox")
        self.notifications.setChecked(settings.notifications)
        self.autoplay = QCheckBox("Play each video as soon as it is ready")
        self.autoplay.setObjectName("autoplayCheckBox")
        self.autoplay.setChecked(settings.autoplay)

        self.confirm_above = QDoubleSpinBox()
        self.confirm_above.setObjectName("confirmAboveSpin")
        self.confirm_above.setAccessibleName("Ask before a storyboard run that costs more than")
        self.confirm_above.setToolTip(
            "Generate all and several takes at once ask first when their expected cost is "
            "higher than this (0 asks every time)"
        )
        self.confirm_above.setPrefix("$")
        self.confirm_above.setDecimals(2)
        self.confirm_above.setRange(0.0, 1000.0)
        self.confirm_above.setSingleStep(0.5)
        self.confirm_above.setValue(max(0.0, settings.confirm_above_usd))

        general = QGroupBox("Videos")
        form = QFormLayout(general)
        form.addRow("Save videos in", output_row)
        form.addRow("Jobs at once", self.max_jobs)
        form.addRow("Ask before a storyboard run above", self.confirm_above)
        form.addRow("", self.notifications)
        form.addRow("", self.autoplay)

        defaults = QGroupBox("Defaults for new videos")
        dform = QFormLayout(defaults)
        dform.addRow("Duration", self.duration)
        dform.addRow("Resolution", self.resolution)
        dform.addRow("Aspect ratio", self.aspect)
        dform.addRow("Fit", self.fit)
        dform.addRow("", self.audio)
        self.prices = PriceEditor(settings.prices())
        defaults_and_prices = QHBoxLayout()
        defaults_and_prices.addWidget(defaults)
        defaults_and_prices.addWidget(self.prices)

        self.base_url_edit = QLineEdit(settings.base_url)
        self.base_url_edit.setObjectName("baseUrlEdit")
        self.base_url_edit.setAccessibleName("API base URL")
        self.base_url_edit.setPlaceholderText("https://api.aimlapi.com (default)")
        self.ca_edit = QLineEdit(settings.ca_bundle)
        self.ca_edit.setObjectName("caBundleEdit")
        self.ca_edit.setAccessibleName("CA bundle file")
        self.ca_edit.setPlaceholderText("the system's certificates (default)")
        self.advanced = QGroupBox("Advanced")
        self.advanced.setCheckable(True)
        self.advanced.setChecked(bool(settings.base_url or settings.ca_bundle))
        aform = QFormLayout(self.advanced)
        aform.addRow("API base URL", self.base_url_edit)
        aform.addRow("CA bundle", self.ca_edit)
        self.advanced.toggled.connect(self._show_advanced)
        self._show_advanced(self.advanced.isChecked())

        self.error = QLabel()
        self.error.setObjectName("settingsError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)

        layout = QVBoxLayout(self)
        layout.addWidget(key_box)
        layout.addWidget(general)
        layout.addLayout(defaults_and_prices)
        layout.addWidget(self.advanced)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _show_advanced(self, on: bool) -> None:
        for w in (self.base_url_edit, self.ca_edit):
            w.setVisible(on)
            layout = self.advanced.layout()
            assert isinstance(layout, QFormLayout)
            label = layout.labelForField(w)
            if label is not None:
                label.setVisible(on)

    def set_output_dir(self, folder: str) -> None:
        self.output_edit.setText(folder)

    def _mark_removed(self) -> None:
        self._remove_key = True
        self.key_edit.clear()
        self.key_status.setText("The saved key will be removed when you press Save.")
        self.remove_key_button.setEnabled(False)

    def _save(self) -> None:
        base_url = self.base_url_edit.text().strip() if self.advanced.isChecked() else ""
        if base_url:
            try:
                normalize_base_url(base_url)
            except InvalidInputError as exc:
                self.error.setText(error_text(exc))
                self.error.show()
                self.base_url_edit.setFocus()
                return
        settings = dataclasses.replace(
            self._settings,
            base_url=base_url,
            ca_bundle=self.ca_edit.text().strip() if self.advanced.isChecked() else "",
            output_dir=self.output_edit.text().strip(),
            duration=int(self.duration.currentData()),
            resolution=str(self.resolution.currentData()),
            aspect_ratio=str(self.aspect.currentData()),
            fit=str(self.fit.currentData()),
            generate_audio=self.audio.isChecked(),
            max_concurrent_jobs=self.max_jobs.value(),
            notifications=self.notifications.isChecked(),
            autoplay=self.autoplay.isChecked(),
            confirm_above_usd=round(self.confirm_above.value(), 2),
        )
        prices = self.prices.table()
        settings.list_prices = dict(prices.per_second)
        settings.list_price_source, settings.list_price_date = prices.source, prices.date
        key = self.key_edit.text().strip() or None
        self.saved.emit(SettingsChange(settings, key, self._remove_key and key is None))
        self.accept()
