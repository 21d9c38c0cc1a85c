"""The API origin: ``/v2/video/generations`` (POST create, GET poll) plus /_sandbox/.

It also answers the billing origin's balance path (``billing.py``), for clients
that use this sandbox as their API without a billing URL of their own.
"""

from __future__ import annotations

from . import control
from .billing import BALANCE_PATH, answer_balance
from .faults import DropFault, ResponseFault
from .http_base import BodyError, SandboxHandler, bearer_problem, vendor_error
from .params import GENERATIONS_PATH
from .records import RecordedRequest
from .validate import ValidationError, parse_generation_request


class ApiHandler(SandboxHandler):
    _record: RecordedRequest | None = None
    _drop_after = False

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def do_PUT(self) -> None:
        self._dispatch()

    def do_PATCH(self) -> None:
        self._dispatch()

    def do_DELETE(self) -> None:
        self._dispatch()

    def do_HEAD(self) -> None:
        self._dispatch()

    def do_OPTIONS(self) -> None:
        self._dispatch()

    def _dispatch(self) -> None:
        sandbox = self.server.services
        self._record = None
        self._drop_after = False
        path, query = self.split_path()
        body_error: BodyError | None = None
        try:
            body = self.read_body(sandbox.max_body_bytes)
        except BodyError as exc:
            body, body_error = b"", exc

        if path.startswith(control.CONTROL_PREFIX):
            if body_error is not None:
                self.send_json(body_error.status, {"ok": False, "message": str(body_error)})
                return
            status, payload = control.handle(sandbox, self.command, path, query, body)
            self.send_json(status, payload)
            return

        self._record = self.record(path, query, body)
        if path == BALANCE_PATH:
            self._record.status = answer_balance(self, path)
            return
        is_generations = path == GENERATIONS_PATH
        if is_generations and self.command == "POST":
            sandbox.count_post()

        if is_generations:
            fault = sandbox.faults.take_request_fault(self.command)
            if isinstance(fault, DropFault):
                if not fault.after_processing:
                    self.drop()
                    return
                self._drop_after = True
            elif isinstance(fault, ResponseFault):
                self._send_fault(fault, path)
                return

        if body_error is not None:
            self._error(body_error.status, str(body_error), path)
        elif not is_generations or self.command not in ("GET", "POST"):
            self._error(404, f"Cannot {self.command} {path}", path)
        elif not self._authorised():
            return
        elif self.command == "POST":
            self._create(path, body)
        else:
            self._poll(path, query)

    # -- routes ------------------------------------------------------------------------

    def _authorised(self) -> bool:
        problem = bearer_problem(self.headers.get("Authorization"), self.server.services.api_key)
        if problem is not None:
            self._error(401, problem, GENERATIONS_PATH)
            return False
        return True

    def _create(self, path: str, body: bytes) -> None:
        try:
            params = parse_generation_request(body, self.headers.get("Content-Type"))
        except ValidationError as exc:
            self._error(400, str(exc), path)
            return
        sandbox = self.server.services
        task = sandbox.create_task(params)
        status = "waiting" if sandbox.extra_statuses else "queued"
        self._respond(201, {"id": task.id, "status": status, "meta": None})

    def _poll(self, path: str, query: dict[str, str]) -> None:
        generation_id = query.get("generation_id", "")
        if not generation_id:
            self._error(400, "generation_id is required", path)
            return
        sandbox = self.server.services
        task = sandbox.find_task(generation_id)
        if task is None:
            self._error(404, f"Generation {generation_id} not found", path)
            return
        self._respond(200, sandbox.task_json(task))

    # -- answering -----------------------------------------------------------------------

    def _error(self, status: int, message: str, path: str) -> None:
        self._respond(status, vendor_error(status, message, path))

    def _respond(self, status: int, payload: object) -> None:
        if self._drop_after:
            self.drop()
            return
        if self._record is not None:
            self._record.status = status
        self.send_json(status, payload)

    def _send_fault(self, fault: ResponseFault, path: str) -> None:
        if self._record is not None:
            self._record.status = fault.status
        self.send_fault(fault, path)
