"""The no-auth control surface for tests that drive a sandbox in another process.

``POST /_sandbox/faults`` takes one action object, ``{"actions": [...]}`` or a
bare list of them. An action object is the name of a Faults method plus its
keyword arguments, e.g.::

    {"action": "fail_next", "n": 2, "status": 503, "method": "POST", "retry_after": 1}
    {"action": "drop_next", "n": 1, "method": "POST", "after_processing": true}
    {"action": "truncate_download", "at_bytes": 1000}
    {"action": "fail_next", "n": 1, "status": 503, "method": "BILLING"}
    {"action": "report_low_balance", "on": true}
    {"action": "hold_tasks"}
    {"action": "reset"}

Actions run in order; the first bad one stops the batch with a 400.
``GET /_sandbox/state`` returns counters, armed faults, tasks and every recorded
request (``?bodies=0`` leaves the bodies out). Control requests themselves are
never recorded, counted or subjected to faults.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .faults import Faults
    from .services import Services

CONTROL_PREFIX = "/_sandbox/"
ACTIONS = frozenset(
    {
        "fail_next",
        "drop_next",
        "slow_download",
        "truncate_download",
        "disable_range",
        "enable_range",
        "fail_next_task",
        "complete_next_without_url",
        "delay_next_task",
        "report_low_balance",
        "age_balance",
        "hold_tasks",
        "release_tasks",
        "reset",
    }
)


class ControlError(ValueError):
    pass


def apply_actions(faults: Faults, payload: Any) -> int:
    """Run the actions in ``payload``; returns how many ran."""
    if isinstance(payload, dict) and "actions" in payload:
        payload = payload["actions"]
    actions = payload if isinstance(payload, list) else [payload]
    for index, action in enumerate(actions):
        if not isinstance(action, dict) or not isinstance(action.get("action"), str):
            raise ControlError(f"action {index}: expected an object with an 'action' name")
        kwargs = {key: value for key, value in action.items() if key != "action"}
        name = action["action"]
        if name not in ACTIONS:
            raise ControlError(f"action {index}: unknown action {name!r}")
        try:
            getattr(faults, name)(**kwargs)
        except (TypeError, ValueError) as exc:
            raise ControlError(f"action {index} ({name}): {exc}") from None
    return len(actions)


def handle(
    sandbox: Services, method: str, path: str, query: dict[str, str], body: bytes
) -> tuple[int, dict[str, Any]]:
    """Answer one control request: (status, JSON payload)."""
    name = path[len(CONTROL_PREFIX) :]
    if name == "state" and method == "GET":
        include_bodies = query.get("bodies", "1").lower() not in ("0", "false", "no")
        return 200, sandbox.state(include_bodies=include_bodies)
    if name in ("faults", "reset") and method == "POST":
        try:
            payload = json.loads(body.decode("utf-8")) if name == "faults" else {"action": "reset"}
            count = apply_actions(sandbox.faults, payload)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            return 400, {"ok": False, "message": f"Malformed JSON: {exc}"}
        except ControlError as exc:
            return 400, {"ok": False, "message": str(exc)}
        return 200, {"ok": True, "applied": count, "faults": sandbox.faults.snapshot()}
    return 404, {"ok": False, "message": f"No control endpoint {method} {path}"}
