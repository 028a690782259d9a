"""Who may call what: every endpoint × every kind of caller, one table of expected statuses; then row-level
authorization (a nurse only her members, a supervisor her team's, an administrator none), per change.

Login throttling (429 + Retry-After) is covered in test_server_api.py
(``test_login_is_throttled_after_repeated_failures``); here: it is per account, not server-wide.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
import requests

from app.store.hlc import format_hlc
from sync.protocol import API
from sync.server import admin, emergency

PASSWORD = "a long server password"
CALLERS = ("nurse", "supervisor", "admin", "no token", "bad token", "revoked device")
ENDPOINTS = ("health", "login", "push", "pull", "audit", "emergency", "refresh")
# endpoint → expected status per caller, in CALLERS order.
EXPECTED: dict[str, tuple[int, ...]] = {
    #            nurse supervisor admin no-token bad-token revoked
    "health":    (200, 200,       200,  200,     200,      200),
    "login":     (200, 200,       200,  200,     200,      403),  # no token needed; revoked device refused
    "push":      (200, 200,       200,  401,     401,      200),  # a revoked device pushes what it holds…
    "pull":      (200, 200,       200,  401,     401,      403),  # …but never pulls again
    "audit":     (200, 200,       200,  401,     401,      200),
    "emergency": (403, 200,       403,  401,     401,      403),  # only a designated supervisor
    "refresh":   (200, 200,       200,  401,     401,      403),  # last: the old token stops working
}
ACCEPTED = {"applied", "merged"}  # merged: the server's own copy had fields from another "device"
USERS = {"nurse": "ana", "supervisor": "sam", "admin": "root", "revoked device": "sam"}


@pytest.fixture(autouse=True)
def cheap_password_hashing(monkeypatch):
    """Argon2 at production cost takes ~0.5 s a password; these tests are about authorization, not KDFs."""
    from argon2 import PasswordHasher

    from sync.server import auth

    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


def hlc() -> str:
    return format_hlc(int(time.time() * 1000), 0, "test")


def login(url: str, user: str, device: str) -> requests.Response:
    return requests.post(f"{url}{API}/auth/login", timeout=10,
                         json={"username": user, "password": PASSWORD, "device_id": device})


def change(table: str, row_id: str, member_id: str, **fields: Any) -> dict[str, Any]:
    return {"change_id": f"c-{row_id}-{len(fields)}-{time.monotonic_ns()}", "table": table, "row_id": row_id,
            "member_id": member_id, "op": "update", "fields": fields, "base_version": 0, "hlc": hlc()}


class Caller:
    def __init__(self, url: str, device: str, token: str) -> None:
        self.url, self.device, self.token = url, device, token

    def call(self, endpoint: str, user: str = "") -> requests.Response:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        body: dict[str, Any] = {"device_id": self.device}
        match endpoint:
            case "health":
                return requests.get(f"{self.url}{API}/health", headers=headers, timeout=10)
            case "login":
                return login(self.url, user or "ana", self.device)
            case "push":
                return self._post("/sync/push", body | {"changes": []}, headers)
            case "pull":
                return requests.get(f"{self.url}{API}/sync/pull", headers=headers, timeout=10)
            case "audit":
                return self._post("/audit/push", body | {"events": []}, headers)
            case "refresh":
                return self._post("/auth/refresh", {}, headers)
            case _:
                return self._post("/emergency-access", {"member": "B1", "reason": "Crisis call, nurse away"},
                                  headers)

    def _post(self, path: str, body: dict[str, Any], headers: dict[str, str]) -> requests.Response:
        return requests.post(f"{self.url}{API}{path}", json=body, headers=headers, timeout=10)


@pytest.fixture
def org(sync_server):
    """sam supervises ana; ben (no supervisor) carries B1; sam is designated for emergency access."""
    with sync_server.admin() as s:
        admin.add_user(s, "sam", PASSWORD, "supervisor")
        admin.add_user(s, "ana", PASSWORD, "nurse", supervisor="sam")
        admin.add_user(s, "ben", PASSWORD, "nurse")
        admin.add_user(s, "root", PASSWORD, "admin")
        admin.server_rows(s, [("member", {"id": "m-a", "member_id": "m-a", "plan_member_id": "A1"}),
                              ("member", {"id": "m-b", "member_id": "m-b", "plan_member_id": "B1"}),
                              ("member", {"id": "m-s", "member_id": "m-s", "plan_member_id": "S1"})])
        admin.assign(s, "m-a", "ana")
        admin.assign(s, "m-b", "ben")
        admin.assign(s, "m-s", "sam")  # a supervisor may carry a member herself
        emergency.designate(s, "sam", True)
    return sync_server


def callers(server) -> dict[str, Caller]:
    out: dict[str, Caller] = {}
    for kind in CALLERS:
        device = f"dev-{kind.replace(' ', '-')}"
        token = login(server.url, USERS[kind], device).json()["token"] if kind in USERS else ""
        out[kind] = Caller(server.url, device, "not-a-real-token" if kind == "bad token" else token)
    with server.admin() as s:
        admin.revoke_device(s, out["revoked device"].device)
    return out


def test_every_endpoint_for_every_caller(org):
    who = callers(org)
    seen: dict[str, tuple[int, ...]] = {}
    for endpoint in ENDPOINTS:  # in this order: a grant widens scope, a refresh retires the token
        answers = [who[kind].call(endpoint, USERS.get(kind, "")) for kind in CALLERS]
        seen[endpoint] = tuple(a.status_code for a in answers)
        for kind, answer in zip(CALLERS, answers, strict=True):
            if answer.status_code == 401:
                assert answer.headers["WWW-Authenticate"].startswith("Bearer")
                assert answer.json()["error"] == "auth"
            if kind == "revoked device" and endpoint in {"push", "audit", "pull", "refresh"}:
                assert answer.headers.get("X-Carefield-Device-Revoked") == "1"  # wipe yourself
    assert seen == EXPECTED
    spec = requests.get(f"{org.url}/openapi.json", timeout=10).json()
    assert set(spec["paths"]) == {f"{API}/{path}" for path in (
        "health", "auth/login", "auth/refresh", "sync/push", "sync/pull", "audit/push",
        "emergency-access")}, \
        "a new endpoint needs its row in EXPECTED"


def pulled(caller: Caller) -> set[str]:
    page = caller.call("pull").json()
    return {row["member_id"] for row in page["rows"]}


def test_row_level_scope_on_pull(org):
    who = callers(org)
    assert pulled(who["nurse"]) == {"m-a"}  # only her members
    assert pulled(who["supervisor"]) == {"m-a", "m-s"}  # her team's and her own, not ben's
    assert pulled(who["admin"]) == set()  # administrators manage accounts, not charts
    ben = Caller(org.url, "dev-ben", login(org.url, "ben", "dev-ben").json()["token"])
    assert pulled(ben) == {"m-b"}


def results(caller: Caller, changes: list[dict[str, Any]]) -> list[tuple[str, str]]:
    answer = requests.post(f"{caller.url}{API}/sync/push", timeout=10,
                           json={"device_id": caller.device, "changes": changes},
                           headers={"Authorization": f"Bearer {caller.token}"})
    assert answer.status_code == 200  # refusals are per change, never the whole batch
    return [(r["result"], r["reason"]) for r in answer.json()["results"]]


def test_row_level_scope_on_push_is_decided_per_change(org):
    who = callers(org)
    refused = ("rejected", "this member is not assigned to you")
    nurse = results(who["nurse"], [change("member", "m-a", "m-a", preferred_name="Mari"),
                                   change("member", "m-b", "m-b", preferred_name="Benny"),
                                   change("condition", "c-new", "m-b", description="Planted")])
    assert nurse[0][0] in ACCEPTED and nurse[1:] == [refused, refused]
    supervisor = results(who["supervisor"], [change("member", "m-a", "m-a", phone_secondary="555-0100"),
                                             change("member", "m-b", "m-b", phone_secondary="555-0100")])
    assert supervisor[0][0] in ACCEPTED and supervisor[1] == refused
    assert results(who["admin"], [change("member", "m-a", "m-a", preferred_name="X")]) == [refused]
    moved = results(who["nurse"], [change("condition", "c-a", "m-a", description="Asthma")])
    assert moved[0][0] in ACCEPTED
    stolen = results(who["nurse"], [change("condition", "c-a", "m-b", description="Asthma")])
    assert stolen == [("rejected", "a row cannot move to another member's chart")]
    with org.admin() as s:  # nothing refused reached the server
        from sync.server.models import Record

        assert s.get(Record, ("member", "m-b")).data.get("preferred_name") is None
        assert s.get(Record, ("condition", "c-new")) is None


def test_an_emergency_grant_widens_only_that_supervisors_scope(org):
    who = callers(org)
    assert who["supervisor"].call("emergency").status_code == 200  # B1 = m-b
    assert pulled(who["supervisor"]) == {"m-a", "m-s", "m-b"}
    assert pulled(who["nurse"]) == {"m-a"}
    answer = results(who["supervisor"], [change("member", "m-b", "m-b", preferred_name="B.")])
    assert answer[0][0] in ACCEPTED


def test_throttling_is_per_account(org):
    for _ in range(7):
        requests.post(f"{org.url}{API}/auth/login", timeout=10,
                      json={"username": "ana", "password": "wrong password!", "device_id": "d"})
    assert login(org.url, "ana", "d").status_code == 429
    assert login(org.url, "ben", "d2").status_code == 200  # another nurse is not locked out
