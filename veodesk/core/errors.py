"""One exception hierarchy for everything the core reports to a user.

Every message is written for the person at the keyboard: it says what went wrong
and what to do about it. The CLI maps the classes to exit codes and prints
``str(error)``, the English text; the window translates ``error.message``, the
marked template and its parameters (core/i18n.py).
"""

from __future__ import annotations

from veodesk import KEYS_URL
from veodesk.core.i18n import QT_TRANSLATE_NOOP, Message


class VeodeskError(Exception):
    """Base class. ``str(err)`` is a message a user can act on, in English."""

    #: Exit code the CLI uses for this class of failure.
    exit_code: int = 1

    def __init__(self, message: Message | str) -> None:
        #: What the window shows, translated. Text that was never marked (another
        #: process's words) is kept as it is.
        self.message = message if isinstance(message, Message) else Message.verbatim(message)
        super().__init__(str(self.message))


class InvalidInputError(VeodeskError):
    """Bad input caught before anything was sent. ``field`` names what to fix."""

    exit_code = 2

    def __init__(self, message: Message | str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class InvalidImageError(InvalidInputError):
    """An image file that cannot be used; the message names the file."""

    def __init__(
        self, message: Message | str, *, path: str | None = None, field: str | None = None
    ) -> None:
        super().__init__(message, field=field)
        self.path = path


class MissingKeyError(InvalidInputError):
    """No API key is configured."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "No API key. Set the AIMLAPI_KEY environment variable or save a key in "
                    "the app's settings. Get a key at {url}.",
                ),
                url=KEYS_URL,
            ),
            field="api_key",
        )


class ApiError(VeodeskError):
    """The API answered, and the answer was a refusal."""

    exit_code = 3

    def __init__(self, message: Message | str, *, status_code: int | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code


class AuthError(ApiError):
    """401/403: the key was rejected."""


class BadRequestError(ApiError):
    """400/422: the server did not accept the request; carries its own message."""


class NotFoundError(ApiError):
    """404: the server does not know this generation id."""


class RateLimitedError(ApiError):
    """429: too many requests."""

    exit_code = 4

    def __init__(
        self,
        message: Message | str,
        *,
        status_code: int | None = 429,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, status_code=status_code)
        self.retry_after = retry_after


class ServerError(ApiError):
    """5xx, or an answer that is not the JSON the contract promises."""

    exit_code = 4

    def __init__(
        self,
        message: Message | str,
        *,
        status_code: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, status_code=status_code)
        self.retry_after = retry_after


class NetworkError(VeodeskError):
    """The server could not be reached, or stopped answering."""

    exit_code = 4

    def __init__(self, message: Message | str, *, request_sent: bool = True) -> None:
        super().__init__(message)
        #: False only when we know nothing reached the server (refused, DNS, TLS).
        self.request_sent = request_sent


class GenerationFailedError(ApiError):
    """The task ended with status ``error`` (or ``completed`` without a video)."""

    exit_code = 3


class DownloadError(VeodeskError):
    """The finished video could not be downloaded."""

    exit_code = 4


class StillPendingError(VeodeskError):
    """The deadline passed while the task was still running. It can be resumed."""

    exit_code = 5

    def __init__(self, message: Message | str, *, generation_id: str, last_status: str) -> None:
        super().__init__(message)
        self.generation_id = generation_id
        self.last_status = last_status


class CancelledError(VeodeskError):
    """The user stopped waiting. The task itself keeps running on the server."""

    exit_code = 130


class SubmitUncertainError(VeodeskError):
    """The POST was sent but no usable answer came back: the task may exist."""

    exit_code = 4


class JobBusyError(VeodeskError):
    """Another veodesk process (or window) is already working on this job."""

    exit_code = 4
