"""Building the core objects from a session and its settings: shared by the CLI and the GUI."""

from __future__ import annotations

from veodesk.core import http
from veodesk.core.api import ApiClient
from veodesk.core.billing import BillingClient
from veodesk.core.errors import MissingKeyError
from veodesk.core.polling import DEFAULT_DEADLINE
from veodesk.core.runner import EventSink, JobRunner, ProgressSink
from veodesk.core.session import Session
from veodesk.core.settings import Settings
from veodesk.core.store import JobStore


def require_key(session: Session) -> str:
    key = session.keys.load().key
    if not key:
        raise MissingKeyError()
    return key


def make_client(session: Session, settings: Settings, key: str) -> ApiClient:
    return ApiClient(
        session.base_url(settings),
        key,
        session=http.new_session(),
        verify=session.ca_bundle(settings) or True,
    )


def make_billing_client(session: Session, settings: Settings, key: str) -> BillingClient:
    return BillingClient(
        session.billing_url(settings),
        key,
        session=http.new_session(),
        verify=session.ca_bundle(settings) or True,
    )


def make_runner(
    session: Session,
    settings: Settings,
    *,
    key: str,
    store: JobStore | None = None,
    timeout: float = DEFAULT_DEADLINE,
    on_event: EventSink | None = None,
    on_progress: ProgressSink | None = None,
) -> JobRunner:
    video_session = http.new_session()
    video_session.verify = session.ca_bundle(settings) or True
    return JobRunner(
        store or session.store(),
        make_client(session, settings, key),
        video_session=video_session,
        video_dir=session.video_dir(settings),
        timeout=timeout,
        on_event=on_event,
        on_progress=on_progress,
    )
