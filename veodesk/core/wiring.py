"""Building the core objects from settings: shared by the CLI and the GUI."""

from __future__ import annotations

from pathlib import Path

from veodesk.core import http, secrets
from veodesk.core.api import ApiClient
from veodesk.core.errors import InvalidInputError, MissingKeyError
from veodesk.core.polling import DEFAULT_DEADLINE
from veodesk.core.runner import EventSink, JobRunner, ProgressSink
from veodesk.core.settings import Settings
from veodesk.core.store import JobStore


def require_key() -> str:
    key = secrets.load_api_key().key
    if not key:
        raise MissingKeyError()
    return key


def ca_bundle(settings: Settings) -> str | None:
    """The custom CA bundle, if one is set; it adds trust, it never turns checks off."""
    value = settings.ca_bundle.strip()
    if not value:
        return None
    path = Path(value).expanduser()
    if not path.is_file():
        raise InvalidInputError(
            f"The CA bundle {value!r} in the settings does not exist; choose a PEM file or "
            "clear the setting.",
            field="ca_bundle",
        )
    return str(path)


def make_client(settings: Settings, key: str) -> ApiClient:
    return ApiClient(
        settings.resolved_base_url(),
        key,
        session=http.new_session(),
        verify=ca_bundle(settings) or True,
    )


def make_runner(
    settings: Settings,
    *,
    key: str,
    store: JobStore | None = None,
    timeout: float = DEFAULT_DEADLINE,
    on_event: EventSink | None = None,
    on_progress: ProgressSink | None = None,
) -> JobRunner:
    video_session = http.new_session()
    video_session.verify = ca_bundle(settings) or True
    return JobRunner(
        store or JobStore(),
        make_client(settings, key),
        video_session=video_session,
        video_dir=settings.video_dir(),
        timeout=timeout,
        on_event=on_event,
        on_progress=on_progress,
    )
