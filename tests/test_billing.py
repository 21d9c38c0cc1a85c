"""The account balance: the billing client, the session's billing URL, the sandbox's
billing origin and ``veodesk-cli balance``, over real HTTP on loopback."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
import requests

from veodesk.core.api import ApiClient
from veodesk.core.balance import age_text, parse_balance
from veodesk.core.billing import BillingClient
from veodesk.core.errors import (
    AuthError,
    InvalidInputError,
    NetworkError,
    RateLimitedError,
    ServerError,
)
from veodesk.core.money import usd, usd_text
from veodesk.core.polling import wait_for_task
from veodesk.core.session import Session
from veodesk.core.settings import Settings
from veodesk.core.urls import DEFAULT_BILLING_URL
from veodesk.sandbox import Sandbox, credits_for
from veodesk.sandbox.params import GenerationParams as SandboxParams
from veodesk.sandbox.params import ImageSource

from .clitools import json_out, run_cli
from .conftest import TEST_KEY
from .jobtools import BRISK
from .test_api import _body

#: The vendor's example answer (billing.md).
VENDOR_EXAMPLE = {
    "balance": 551564495,
    "lowBalance": False,
    "lowBalanceThreshold": 10000,
    "lastUpdated": "2025-11-10T10:01:56.824Z",
    "autoDebitStatus": "disabled",
    "status": "current",
    "statusExplanation": "Balance is current and up to date",
}


def test_the_vendors_example_reads_as_a_balance() -> None:
    balance = parse_balance(VENDOR_EXAMPLE)
    assert balance.credits == 551564495 and balance.low_balance is False
    assert balance.last_updated == dt.datetime(2025, 11, 10, 10, 1, 56, 824000, dt.timezone.utc)
    assert balance.to_json() == {
        "balance": 551564495,
        "usd": 551564495 / 2_000_000,
        "low_balance": False,
        "last_updated": "2025-11-10T10:01:56.824Z",
    }
    assert usd_text(usd(balance.credits)) == "$275.78"


@pytest.mark.parametrize(
    ("credits", "text"),
    [(20_000_000, "$10.00"), (336_000, "$0.17"), (5_000, "<$0.01"), (0, "$0.00"), (-1e6, "-$0.50")],
)
def test_dollars_to_the_cent(credits: float, text: str) -> None:
    assert usd_text(usd(credits)) == text


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(-5, "updated just now"), (59, "updated just now"), (190, "updated 3 min ago"),
     (2 * 3600, "updated 2 h ago"), (3 * 86400, "updated 3 days ago")],
)  # fmt: skip
def test_the_age_in_words(seconds: float, text: str) -> None:
    assert str(age_text(seconds)) == text


def test_a_clock_ahead_of_ours_is_no_negative_age() -> None:
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=5)
    balance = parse_balance({**VENDOR_EXAMPLE, "lastUpdated": later.isoformat()})
    assert balance.age_seconds() == 0.0


def _with(**changes: Any) -> str:
    payload = {**VENDOR_EXAMPLE, **changes}
    return json.dumps({k: v for k, v in payload.items() if v is not ...})


@pytest.mark.parametrize(
    ("body", "named"),
    [
        (_with(balance="lots"), "'balance' is not a number"),
        (_with(balance=True), "'balance' is not a number"),
        (_with(balance=...), "'balance' is missing"),
        (_with(balance=10**16), "'balance' is out of range"),
        ('{"balance": NaN, "lowBalance": false, "lastUpdated": "2025-11-10T10:01:56Z"}',
         "'balance' is out of range"),
        (_with(lowBalance="no"), "'lowBalance' is not true or false"),
        (_with(lowBalance=...), "'lowBalance' is missing"),
        (_with(lastUpdated=...), "'lastUpdated' is missing"),
        (_with(lastUpdated="yesterday"), "'lastUpdated' is not a date"),
        (_with(lastUpdated=1731232916), "'lastUpdated' is not a date"),
        (_with(lastUpdated="1970-01-01T00:00:00Z"), "'lastUpdated' is out of range"),
        (_with(lowBalanceThreshold="10k"), "'lowBalanceThreshold' is not a number"),
        ("[1, 2]", "not an object"),
    ],
)  # fmt: skip
def test_an_answer_that_is_not_a_balance_is_a_clear_error(
    sandbox: Sandbox, body: str, named: str
) -> None:
    sandbox.faults.fail_next(1, 200, method="BILLING", body=body)
    with pytest.raises(ServerError) as info:
        BillingClient(sandbox.billing_base_url, TEST_KEY).balance()
    assert named in str(info.value) and "not a balance" in str(info.value)


def test_refusals_and_failures_say_what_happened(sandbox: Sandbox) -> None:
    client = BillingClient(sandbox.billing_base_url, TEST_KEY)
    with pytest.raises(AuthError, match="billing service rejected your key"):
        BillingClient(sandbox.billing_base_url, "sk-wrong").balance()
    sandbox.faults.fail_next(1, 429, method="BILLING")
    with pytest.raises(RateLimitedError):
        client.balance()
    sandbox.faults.fail_next(1, 502, method="BILLING", body="<html>bad gateway</html>")
    with pytest.raises(ServerError, match="HTTP 502"):
        client.balance()
    sandbox.faults.drop_next(1, method="BILLING")
    with pytest.raises(NetworkError):
        client.balance()
    assert client.balance().credits == 20_000_000  # and then it works again


def _finish(client: ApiClient, **body: object) -> str:
    """The task's last status."""
    task = client.create(_body(**body))
    return wait_for_task(
        lambda: client.get(task.id), generation_id=task.id, schedule=BRISK, timeout=60
    ).status


def test_the_sandbox_charges_finished_tasks_once_and_failed_ones_never(sandbox: Sandbox) -> None:
    api = ApiClient(sandbox.base_url, TEST_KEY)
    billing = BillingClient(sandbox.billing_base_url, TEST_KEY)
    start = billing.balance().credits
    assert _finish(api, duration=4, resolution="720p", generate_audio=False) == "completed"
    sandbox.faults.fail_next_task("filtered")
    assert _finish(api, duration=8, resolution="1080p") == "error"
    silent = SandboxParams(
        prompt="x", image=ImageSource("url"), last_image=ImageSource("url"), duration=4,
        resolution="720p", generate_audio=False,
    )  # fmt: skip
    charged = credits_for(silent)
    assert charged == 225_120
    assert billing.balance().credits == start - charged
    assert billing.balance().credits == start - charged  # read twice, charged once
    # The API origin reports the same account.
    assert BillingClient(sandbox.base_url, TEST_KEY).balance().credits == start - charged


def test_the_sandbox_reports_low_balance_under_its_threshold(sandbox: Sandbox) -> None:
    client = BillingClient(sandbox.billing_base_url, TEST_KEY)
    sandbox.set_balance(10_001)
    assert client.balance().low_balance is False
    sandbox.set_balance(9_999)
    assert client.balance().low_balance is True
    sandbox.reset()
    assert client.balance().credits == 20_000_000
    sandbox.faults.report_low_balance()
    assert client.balance().low_balance is True


# -- where the balance is read --------------------------------------------------------------


def _session(**env: str) -> Session:
    return Session.from_environment({"VEODESK_HOME": "/tmp/unused-veodesk-home", **env})


def test_the_billing_url_is_the_vendors_for_the_vendors_api() -> None:
    assert _session().billing_url(Settings()) == DEFAULT_BILLING_URL
    settings = Settings(base_url="https://proxy.example.org/v2")
    assert _session().billing_url(settings) == DEFAULT_BILLING_URL


def test_a_loopback_api_is_its_own_billing_origin() -> None:
    session = _session(VEODESK_BASE_URL="http://127.0.0.1:8123/v2/")
    assert session.billing_url(Settings()) == "http://127.0.0.1:8123"
    # From the settings too, not only the environment.
    assert _session().billing_url(Settings(base_url="http://localhost:9/")) == "http://localhost:9"


def test_veodesk_billing_url_overrides_it() -> None:
    session = _session(
        VEODESK_BASE_URL="http://127.0.0.1:8123",
        VEODESK_BILLING_URL="http://127.0.0.1:9000/v1/billing/balance",
    )
    assert session.billing_url(Settings()) == "http://127.0.0.1:9000"
    session = _session(VEODESK_BILLING_URL="https://billing.example.org/")
    assert session.billing_url(Settings()) == "https://billing.example.org"


@pytest.mark.parametrize(
    "url",
    ["http://billing.aimlapi.com", "http://10.0.0.5:80", "ftp://127.0.0.1", "billing.aimlapi.com",
     "https://user:pw@billing.aimlapi.com", "https://billing.aimlapi.com/?key=1"],
)  # fmt: skip
def test_a_billing_url_the_key_must_not_go_to_is_refused(url: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        _session(VEODESK_BILLING_URL=url).billing_url(Settings())
    assert info.value.field == "billing_url" and "VEODESK_BILLING_URL" in str(info.value)


def test_the_demo_session_reads_its_sandboxs_billing_origin() -> None:
    demo = _session().demo(
        base_url="http://127.0.0.1:5", key="demo", billing_url="http://127.0.0.1:6"
    )
    assert demo.billing_url(Settings()) == "http://127.0.0.1:6"
    assert _session().demo(base_url="http://127.0.0.1:5", key="k").billing_url(Settings()) == (
        "http://127.0.0.1:5"
    )


# -- veodesk-cli balance ------------------------------------------------------------------------


def test_cli_balance(sandbox: Sandbox) -> None:
    sandbox.set_balance(3_000_000)
    sandbox.faults.age_balance(3 * 60 + 5)
    result = run_cli("balance")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "$1.50 (3,000,000 credits), updated 3 min ago\n"
    assert result.stderr == ""
    data = json_out(run_cli("balance", "--json"))
    assert set(data) == {"balance", "usd", "low_balance", "last_updated"}
    assert data["balance"] == 3_000_000 and data["usd"] == 1.5 and data["low_balance"] is False
    stamp = dt.datetime.fromisoformat(data["last_updated"])
    age = dt.datetime.now(dt.timezone.utc) - stamp
    assert dt.timedelta(minutes=3) < age < dt.timedelta(minutes=4)


def test_cli_balance_warns_when_low_and_keeps_usd_unrounded(sandbox: Sandbox) -> None:
    sandbox.set_balance(5_001)
    result = run_cli("balance", "--json")
    assert result.returncode == 0
    data = json_out(result)
    assert data["usd"] == 5_001 / 2_000_000 and data["low_balance"] is True
    assert "balance is low" in result.stderr and "https://aimlapi.com/app/billing" in result.stderr


def test_cli_balance_exit_codes(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    sandbox.faults.fail_next(1, 503, method="BILLING")
    result = run_cli("balance")
    assert result.returncode == 4 and "HTTP 503" in result.stderr and result.stdout == ""
    monkeypatch.setenv("AIMLAPI_KEY", "sk-wrong-key")
    result = run_cli("balance", "--json")
    assert result.returncode == 3 and "rejected your key" in result.stderr
    assert "sk-wrong-key" not in result.stderr
    monkeypatch.delenv("AIMLAPI_KEY")
    result = run_cli("balance")
    assert result.returncode == 2 and "No API key" in result.stderr
    monkeypatch.setenv("AIMLAPI_KEY", TEST_KEY)
    monkeypatch.setenv("VEODESK_BILLING_URL", "http://billing.example.org")
    result = run_cli("balance")
    assert result.returncode == 2 and "plain http" in result.stderr
    assert [r for r in sandbox.requests if r.path == "/v1/billing/balance"][-1].status == 401


# -- the sandbox's billing origin, as a raw HTTP client sees it -------------------------------


def test_the_billing_origin_speaks_the_vendors_shape(sandbox: Sandbox) -> None:
    url = sandbox.billing_base_url + "/v1/billing/balance"
    answer = requests.get(url, headers={"Authorization": f"Bearer {TEST_KEY}"}, timeout=10)
    assert answer.status_code == 200
    assert set(answer.json()) == set(VENDOR_EXAMPLE)
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TEST_KEY}):
        refused = requests.get(url, headers=headers, timeout=10)
        assert refused.status_code == 401 and TEST_KEY not in refused.text
        assert refused.json()["path"] == "/v1/billing/balance"
    other = requests.get(sandbox.billing_base_url + "/v2/video/generations", timeout=10)
    assert other.status_code == 404
    posted = requests.post(url, headers={"Authorization": f"Bearer {TEST_KEY}"}, timeout=10)
    assert posted.status_code == 404


def test_the_billing_switches_work_through_the_control_surface(sandbox: Sandbox) -> None:
    control = sandbox.base_url + "/_sandbox/faults"
    actions = [
        {"action": "report_low_balance", "on": True},
        {"action": "age_balance", "seconds": 600},
        {"action": "fail_next", "n": 1, "status": 503, "method": "BILLING"},
    ]
    assert requests.post(control, json={"actions": actions}, timeout=10).status_code == 200
    client = BillingClient(sandbox.billing_base_url, TEST_KEY)
    with pytest.raises(ServerError, match="HTTP 503"):
        client.balance()
    balance = client.balance()
    assert balance.low_balance and 600 <= balance.age_seconds() < 660
    state = requests.get(sandbox.base_url + "/_sandbox/state", timeout=10).json()
    assert state["balance"] == 20_000_000 and state["faults"]["low_balance"] is True
    # A billing fault never touches the generations endpoint, nor the other way round.
    sandbox.faults.fail_next(1, 500)
    assert client.balance().credits == 20_000_000
