"""File and folder choosers that never block: each answers through a callback.

The window takes a chooser object so tests can answer for the user.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

translate = QCoreApplication.translate

Answer = Callable[[list[str]], None]


class Chooser(Protocol):
    """Asks the user for files or a folder; calls back only when something was chosen."""

    def images(self, parent: QWidget, title: str, on_done: Answer) -> None: ...

    def save_video(self, parent: QWidget, suggested: str, on_done: Answer) -> None: ...

    def folder(self, parent: QWidget, start: str, on_done: Answer) -> None: ...

    def storyboard(self, parent: QWidget, start: str, on_done: Answer) -> None: ...


class FileChooser:
    def __init__(self) -> None:
        self._open: list[QFileDialog] = []  # keeps each dialog alive while it is shown

    def _show(self, dialog: QFileDialog, on_done: Callable[[list[str]], None]) -> None:
        self._open.append(dialog)

        def finished(result: int) -> None:
            files = dialog.selectedFiles() if result else []
            self._open.remove(dialog)
            dialog.deleteLater()
            if files:
                on_done(files)

        dialog.finished.connect(finished)
        dialog.open()

    def images(self, parent: QWidget, title: str, on_done: Callable[[list[str]], None]) -> None:
        dialog = QFileDialog(parent, title)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(
            translate(
                "FileChooser",
                "Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif *.heic *.heif "
                "*.avif);;All files (*)",
            )
        )
        self._show(dialog, on_done)

    def save_video(
        self, parent: QWidget, suggested: str, on_done: Callable[[list[str]], None]
    ) -> None:
        dialog = QFileDialog(parent, translate("FileChooser", "Save the video as"), suggested)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(translate("FileChooser", "MP4 video (*.mp4)"))
        dialog.setDefaultSuffix("mp4")
        dialog.selectFile(suggested)
        self._show(dialog, on_done)

    def folder(self, parent: QWidget, start: str, on_done: Callable[[list[str]], None]) -> None:
        dialog = QFileDialog(parent, translate("FileChooser", "Save videos in"), start)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        self._show(dialog, on_done)

    def storyboard(self, parent: QWidget, start: str, on_done: Callable[[list[str]], None]) -> None:
        dialog = QFileDialog(parent, "Open a storyboard", start)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        # Any name is accepted: the content says whether it is a storyboard.
        dialog.setNameFilter("Storyboards (*.veoboard);;All files (*)")
        self._show(dialog, on_done)
