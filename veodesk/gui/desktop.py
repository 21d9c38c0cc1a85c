"""Handing files and links to the desktop: the file manager, the browser."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices


def reveal_in_folder(path: str) -> bool:
    """Show the file selected in the file manager where the platform allows, else its folder."""
    target = Path(path)
    if sys.platform == "win32":
        return QProcess.startDetached("explorer.exe", [f"/select,{target}"])[0]
    if sys.platform == "darwin":
        return QProcess.startDetached("open", ["-R", str(target)])[0]
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(target.parent)))


def open_url(url: str) -> bool:
    return QDesktopServices.openUrl(QUrl(url))
