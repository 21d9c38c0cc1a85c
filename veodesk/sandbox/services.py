"""What the request handlers may ask of the sandbox: passed to them, never imported.

The servers hand each handler an object with this shape (``Sandbox`` is one);
the handlers never see the ``Sandbox`` class or its private state, so the
handler modules and ``server`` do not import each other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from .faults import Faults
    from .params import GenerationParams
    from .records import RecordedRequest
    from .tasks import SandboxTask


class Services(Protocol):
    api_key: str
    max_body_bytes: int
    extra_statuses: bool
    faults: Faults

    def record(self, entry: RecordedRequest) -> None:
        """Keep a request for tests to read."""

    def count_post(self) -> None:
        """One more POST to the generations path, whatever becomes of it."""

    def create_task(self, params: GenerationParams) -> SandboxTask: ...

    def find_task(self, generation_id: str) -> SandboxTask | None: ...

    def task_by_token(self, token: str) -> SandboxTask | None: ...

    def task_json(self, task: SandboxTask) -> dict[str, Any]:
        """The task as a poll reports it right now."""

    def state(self, *, include_bodies: bool = True) -> dict[str, Any]: ...

    def balance_json(self, key: str) -> dict[str, Any]:
        """The balance of ``key``'s account as the billing origin reports it now."""
