"""Building the core objects from settings: shared by the CLI and the GUI."""

from __future__ import annotations

from veodesk.core import http, secrets
from veodesk.core.api import ApiClient
from veodesk.core.errors import MissingKeyError
from veodesk.core.polling import DEFAULT_DEADLINE
from veodesk.core.runner import EventSink, JobRunner, ProgressSink
from veodesk.core.settings import Settings
from veodesk.core.store import JobStore


def require_key() -> str:
    key = secrets.load_api_key().key
    if not key:
        raise MissingKeyError()
    return key


def make_client(settings: Settings, key: str) -> ApiClient:
    return ApiClient(
        settings.resolved_base_url(),
        key,
        session=http.new_session(),
        verify=settings.ca_bundle or True,
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
    if settings.ca_bundle:
        video_session.verify = settings.ca_bundle
    return JobRunner(
        store or JobStore(),
        make_client(settings, key),
        video_session=video_session,
        video_dir=settings.video_dir(),
        timeout=timeout,
        on_event=on_event,
        on_progress=on_progress,
    )
