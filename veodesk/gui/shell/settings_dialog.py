"""The settings window: the API key, where videos go, defaults, prices and behaviour.

It only collects values. Saving (disk, keychain) is the controller's job, on a
worker thread.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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
from veodesk.gui import i18n, parameters
from veodesk.gui.compose.panel import choice_combo, select_data
from veodesk.gui.messages import error_text
from veodesk.gui.shell.price_editor import PriceEditor

translate = QCoreApplication.translate


@dataclass(frozen=True)
class SettingsChange:
    settings: Settings
    new_key: str | None  # None: leave the stored key alone
    remove_key: bool
    #: The Language setting (gui/i18n.py), for the next start; None: leave it alone.
    language: str | None = None


def key_status(stored: StoredKey) -> tuple[str, bool]:
    """What to say about the key, and whether it is a warning."""
    masked = secrets.mask(stored.key)
    if stored.origin == "env":
        return (
            translate(
                "SettingsDialog",
                "Using the key from the AIMLAPI_KEY environment variable ({key}). "
                "It overrides any key saved here.",
            ).format(key=masked),
            False,
        )
    if stored.origin == "keychain":
        return (
            translate("SettingsDialog", "Saved in the system keychain ({key}).").format(key=masked),
            False,
        )
    if stored.origin == "file":
        return (
            translate(
                "SettingsDialog",
                "No system keychain is available, so the key is saved in a file that only your "
                "user account can read ({key}). Anyone who can log in as you can read it.",
            ).format(key=masked),
            True,
        )
    return (
        translate("SettingsDialog", "No key yet. Paste the key from your AI/ML API dashboard."),
        False,
    )


class SettingsDialog(QDialog):
    saved = Signal(object)  # SettingsChange
    browseOutput = Signal()

    def __init__(
        self,
        settings: Settings,
        stored: StoredKey,
        default_video_dir: Path,
        parent: QWidget | None = None,
        *,
        language: str = i18n.SYSTEM,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(translate("SettingsDialog", "veodesk settings"))
        self.setModal(False)
        self._settings = settings
        self._remove_key = False

        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("apiKeyEdit")
        self.key_edit.setAccessibleName(translate("SettingsDialog", "API key"))
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(
            translate("SettingsDialog", "Saved key {key} — type to replace").format(
                key=secrets.mask(stored.key)
            )
            if stored.key
            else translate("SettingsDialog", "Paste your API key")
        )
        self.show_key = QToolButton()
        self.show_key.setText(translate("SettingsDialog", "Show"))
        self.show_key.setCheckable(True)
        self.show_key.setAccessibleName(translate("SettingsDialog", "Show the key while typing"))
        self.show_key.toggled.connect(
            lambda on: self.key_edit.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        self.remove_key_button = QPushButton(translate("SettingsDialog", "Remove saved key"))
        self.remove_key_button.setObjectName("removeKeyButton")
        self.remove_key_button.setEnabled(stored.origin in ("keychain", "file"))
        self.remove_key_button.clicked.connect(self._mark_removed)
        text, warn = key_status(stored)
        self.key_status = QLabel(text)
        self.key_status.setObjectName("keyStatus")
        self.key_status.setTextFormat(Qt.TextFormat.PlainText)
        self.key_status.setWordWrap(True)
        if warn:
            self.key_status.setText(translate("SettingsDialog", "⚠ {warning}").format(warning=text))
            font = self.key_status.font()
            font.setBold(True)
            self.key_status.setFont(font)
        self.key_warning = warn
        get_key = QLabel(
            translate("SettingsDialog", 'Get a key at <a href="{url}">{url}</a>').format(
                url=KEYS_URL
            )
        )
        get_key.setTextFormat(Qt.TextFormat.RichText)  # our own text, never the server's
        get_key.setOpenExternalLinks(True)

        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.show_key)
        key_row.addWidget(self.remove_key_button)
        key_box = QGroupBox(translate("SettingsDialog", "API key"))
        key_layout = QVBoxLayout(key_box)
        key_layout.addLayout(key_row)
        key_layout.addWidget(self.key_status)
        key_layout.addWidget(get_key)

        self.output_edit = QLineEdit(settings.output_dir)
        self.output_edit.setObjectName("outputDirEdit")
        self.output_edit.setAccessibleName(translate("SettingsDialog", "Output folder"))
        self.output_edit.setPlaceholderText(str(default_video_dir))
        browse = QPushButton(translate("SettingsDialog", "Browse…"))
        browse.setObjectName("browseOutputButton")
        browse.clicked.connect(self.browseOutput)
        output_row = QHBoxLayout()
        output_row.addWidget(self.output_edit, 1)
        output_row.addWidget(browse)

        self.duration = choice_combo(
            "defaultDurationCombo", DURATION, translate("SettingsDialog", "Default duration")
        )
        self.resolution = choice_combo(
            "defaultResolutionCombo", RESOLUTION, translate("SettingsDialog", "Default resolution")
        )
        self.aspect = choice_combo(
            "defaultAspectCombo", ASPECT_RATIO, translate("SettingsDialog", "Default aspect ratio")
        )
        self.fit = choice_combo("defaultFitCombo", FIT, translate("SettingsDialog", "Default fit"))
        self.audio = QCheckBox(parameters.label(AUDIO))
        self.audio.setObjectName("defaultAudioCheckBox")
        select_data(self.duration, settings.duration)
        select_data(self.resolution, settings.resolution)
        select_data(self.aspect, settings.aspect_ratio)
        select_data(self.fit, settings.fit)
        self.audio.setChecked(settings.generate_audio)

        self.max_jobs = QSpinBox()
        self.max_jobs.setObjectName("maxJobsSpin")
        self.max_jobs.setAccessibleName(translate("SettingsDialog", "Jobs that may run at once"))
        self.max_jobs.setRange(1, 8)
        self.max_jobs.setValue(max(1, min(8, settings.max_concurrent_jobs)))
        self.notifications = QCheckBox(
            translate(
                "SettingsDialog",
                "Notify me when a video is ready and the window is in the background",
            )
        )
        self.notifications.setObjectName("notificationsCheckBox")
        self.notifications.setChecked(settings.notifications)
        self.autoplay = QCheckBox(
            translate("SettingsDialog", "Play each video as soon as it is ready")
        )
        self.autoplay.setObjectName("autoplayCheckBox")
        self.autoplay.setChecked(settings.autoplay)

        self.confirm_above = QDoubleSpinBox()
        self.confirm_above.setObjectName("confirmAboveSpin")
        self.confirm_above.setAccessibleName(
            translate("SettingsDialog", "Ask before a storyboard run that costs more than")
        )
        self.confirm_above.setToolTip(
            translate(
                "SettingsDialog",
                "Generate all and several takes at once ask first when their expected cost is "
                "higher than this (0 asks every time)",
            )
        )
        self.confirm_above.setPrefix("$")
        self.confirm_above.setDecimals(2)
        self.confirm_above.setRange(0.0, 1000.0)
        self.confirm_above.setSingleStep(0.5)
        self.confirm_above.setValue(max(0.0, settings.confirm_above_usd))

        general = QGroupBox(translate("SettingsDialog", "Videos"))
        form = QFormLayout(general)
        form.addRow(translate("SettingsDialog", "Save videos in"), output_row)
        form.addRow(translate("SettingsDialog", "Jobs at once"), self.max_jobs)
        form.addRow(
            translate("SettingsDialog", "Ask before a storyboard run above"), self.confirm_above
        )
        form.addRow("", self.notifications)
        form.addRow("", self.autoplay)

        defaults = QGroupBox(translate("SettingsDialog", "Defaults for new videos"))
        dform = QFormLayout(defaults)
        dform.addRow(parameters.label(DURATION), self.duration)
        dform.addRow(parameters.label(RESOLUTION), self.resolution)
        dform.addRow(parameters.label(ASPECT_RATIO), self.aspect)
        dform.addRow(parameters.label(FIT), self.fit)
        dform.addRow("", self.audio)
        self.prices = PriceEditor(settings.prices())
        defaults_and_prices = QHBoxLayout()
        defaults_and_prices.addWidget(defaults)
        defaults_and_prices.addWidget(self.prices)

        self.base_url_edit = QLineEdit(settings.base_url)
        self.base_url_edit.setObjectName("baseUrlEdit")
        self.base_url_edit.setAccessibleName(translate("SettingsDialog", "API base URL"))
        self.base_url_edit.setPlaceholderText(
            translate("SettingsDialog", "{url} (default)").format(url="https://api.aimlapi.com")
        )
        self.ca_edit = QLineEdit(settings.ca_bundle)
        self.ca_edit.setObjectName("caBundleEdit")
        self.ca_edit.setAccessibleName(translate("SettingsDialog", "CA bundle file"))
        self.ca_edit.setPlaceholderText(
            translate("SettingsDialog", "the system's certificates (default)")
        )
        self.advanced = QGroupBox(translate("SettingsDialog", "Advanced"))
        self.advanced.setCheckable(True)
        self.advanced.setChecked(bool(settings.base_url or settings.ca_bundle))
        aform = QFormLayout(self.advanced)
        aform.addRow(translate("SettingsDialog", "API base URL"), self.base_url_edit)
        aform.addRow(translate("SettingsDialog", "CA bundle"), self.ca_edit)
        self.advanced.toggled.connect(self._show_advanced)
        self._show_advanced(self.advanced.isChecked())

        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.setAccessibleName(translate("SettingsDialog", "Language"))
        self.language.addItem(translate("SettingsDialog", "System"), i18n.SYSTEM)
        for code, name in i18n.NAMES.items():
            self.language.addItem(name, code)
        select_data(self.language, language)
        self._language = language
        language_note = QLabel(translate("SettingsDialog", "Takes effect when veodesk starts."))
        language_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        language_row = QHBoxLayout()
        language_row.addWidget(QLabel(translate("SettingsDialog", "Language")))
        language_row.addWidget(self.language)
        language_row.addWidget(language_note, 1)

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
        layout.addLayout(language_row)
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
        self.key_status.setText(
            translate("SettingsDialog", "The saved key will be removed when you press Save.")
        )
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
        language = str(self.language.currentData())
        self.saved.emit(
            SettingsChange(
                settings,
                key,
                self._remove_key and key is None,
                language if language != self._language else None,
            )
        )
        self.accept()
