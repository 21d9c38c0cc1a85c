"""The billing origin: ``GET /v1/billing/balance``, as the vendor documents it.

The shape, the auth and the host of its own come from the vendor's page
(docs: /work/shared/api/billing.md, "Account Balance"), not from the app.
The API origin answers the same path too (``ApiHandler``), so a client whose
API is this sandbox reads the sandbox's balance even without a billing URL of
its own.
"""

from __future__ import annotations

from .faults import BILLING, DropFault, ResponseFault
from .http_base import SandboxHandler, bearer_problem, vendor_error

BALANCE_PATH = "/v1/billing/balance"


def answer_balance(handler: SandboxHandler, path: str) -> int | None:
    """Answer one request for the balance path; the status sent (None if dropped)."""
    services = handler.server.services
    fault = services.faults.take_request_fault(BILLING)
    if isinstance(fault, DropFault):
        handler.drop()
        return None
    if isinstance(fault, ResponseFault):
        handler.send_fault(fault, path)
        return fault.status
    if handler.command != "GET":
        handler.send_json(404, vendor_error(404, f"Cannot {handler.command} {path}", path))
        return 404
    problem = bearer_problem(handler.headers.get("Authorization"), services.api_key)
    if problem is not None:
        handler.send_json(401, vendor_error(401, problem, path))
        return 401
    handler.send_json(200, services.balance_json(services.api_key))
    return 200


class BillingHandler(SandboxHandler):
    def _dispatch(self) -> None:
        path, record = self.receive()
        if path != BALANCE_PATH:
            record.status = 404
            self.send_json(404, vendor_error(404, f"Cannot {self.command} {path}", path))
            return
        record.status = answer_balance(self, path)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _dispatch
