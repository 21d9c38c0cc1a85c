"""A faithful local stand-in for the AI/ML API Veo 3.1 first/last-frame endpoint.

Tests and the app's demo mode talk to it over real HTTP on loopback. Importing
this package is cheap: PyAV is loaded only when the first video is rendered.

    with Sandbox(queued_seconds=0.1, generating_seconds=0.2, fps=12) as sb:
        ...  # point a client at sb.base_url with api key "sandbox-key"
"""

from __future__ import annotations

from .faults import Faults
from .params import credits_for
from .records import Headers, RecordedRequest
from .server import DEFAULT_API_KEY, Sandbox

__all__ = ["DEFAULT_API_KEY", "Faults", "Headers", "RecordedRequest", "Sandbox", "credits_for"]
