"""The settings dialog's round trip: opened on the user's settings, saved to the user's files."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from veodesk.core.secrets import StoredKey
from veodesk.gui.messages import error_text
from veodesk.gui.shell.demo import KEY_BANNER
from veodesk.gui.shell.settings_dialog import SettingsChange, SettingsDialog

if TYPE_CHECKING:
    from veodesk.gui.shell.controller import AppController

translate = QCoreApplication.translate

DEFAULT_FIELDS = ("duration", "resolution", "aspect_ratio", "fit", "generate_audio")


class SettingsFlow:
    def __init__(self, app: AppController) -> None:
        self.app = app
        self.dialog: SettingsDialog | None = None
        #: The Language setting as saved (read once; the window's language is fixed at start).
        self.language = app.memory.language()

    def open(self) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        app = self.app
        # The dialog shows and edits the user's settings and key, in the demo too.
        state = app.state
        user = state.user_session
        stored = state.user_key or StoredKey(None, None)
        dialog = SettingsDialog(
            state.user_settings, stored, user.folders.videos, app.window, language=self.language
        )
        dialog.saved.connect(self.apply)
        dialog.browseOutput.connect(
            lambda: app.chooser.folder(
                dialog,
                dialog.output_edit.text() or str(user.video_dir(state.user_settings)),
                lambda files: dialog.set_output_dir(files[0]),
            )
        )
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.show()

    def _closed(self, _result: int) -> None:
        self.dialog = None

    def apply(self, change: SettingsChange) -> None:
        app = self.app
        user = app.state.user_session
        if change.language is not None and change.language != self.language:
            self.language = change.language
            app.tasks.start(app.memory.language_saver(change.language))

        def work() -> StoredKey:
            # Always the user's files: what is saved in the demo outlives it.
            user.save_settings(change.settings)
            if change.remove_key:
                user.keys.delete()
            elif change.new_key:
                user.keys.save(change.new_key)
            return user.keys.load()

        def done(stored: StoredKey) -> None:
            old, new = app.state.user_settings, change.settings
            app.state.settings_saved(new, stored)
            app.configure_jobs()
            if new.prices() != old.prices():
                app.refresh_cost()
            if any(getattr(old, f) != getattr(new, f) for f in DEFAULT_FIELDS):
                # New defaults are meant for the next video: the one being composed.
                app.compose.set_defaults(
                    new.duration, new.resolution, new.aspect_ratio, new.fit, new.generate_audio
                )
            if stored.key:
                app.window.banners.remove(KEY_BANNER)
            if stored.insecure:
                app.window.banners.show_banner(
                    "insecureKeyBanner",
                    "warning",
                    translate(
                        "SettingsFlow",
                        "No system keychain was found, so your API key is stored in a file only "
                        "your user account can read. Anyone who can log in as you can read it.",
                    ),
                )
            if change.language is not None:
                app.say(
                    translate(
                        "SettingsFlow",
                        "Settings saved. The new language takes effect when veodesk starts again.",
                    )
                )
            else:
                app.say(translate("SettingsFlow", "Settings saved."))
            if app.state.demo is None:
                # Another key or base URL may mean another account, or none.
                app.balance.session_changed()
                app.balance.refresh()
            if stored.key and app.state.demo is None:
                app.resume_unfinished()

        app.tasks.start(
            work,
            done,
            lambda exc: app.show_problem(
                translate("SettingsFlow", "Settings not saved: {error}").format(
                    error=error_text(exc)
                )
            ),
        )
