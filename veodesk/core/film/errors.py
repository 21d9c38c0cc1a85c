"""The joiner's errors: each names the file at fault and what to do."""

from __future__ import annotations

from veodesk.core.errors import InvalidInputError, VeodeskError
from veodesk.core.i18n import Message


class BadClipError(InvalidInputError):
    """A clip (or the music file) that cannot be read or decoded."""

    def __init__(self, message: Message | str, *, path: str) -> None:
        super().__init__(message, field="clip")
        self.path = path


class FilmWriteError(VeodeskError):
    """The film could not be written (full disk, no permission, ...); no file is left."""

    exit_code = 1
