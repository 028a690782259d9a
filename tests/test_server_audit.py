"""carefield-server audit: the ingested trail, filtered, newest first, each device's hash chain verified again
(a chain a laptop sent broken, and an event altered in the server's database afterwards, are both flagged)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
import requests
from sqlalchemy import select

from app.store.audit import GENESIS, event_hash
from sync.protocol import API
from sync.server import admin, audit_query, emergency
from sync.server.cli import main
from sync.server.models import AuditRecord
from sync.server.server_audit import SERVER_DEVICE

PASSWORD = "a long server password"


@pytest.fixture(autouse=True)
def cheap_password_hashing(monkeypatch):
    """Argon2 at production cost takes ~0.5 s a password; these tests are about authorization, not KDFs."""
    from argon2 import PasswordHasher

    from sync.server import auth

    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


def chain(device: str, user: str, events: list[tuple[str, str, str | None]]) -> list[dict[str, Any]]:
    """Hash-chained events as a laptop writes them: (at, action, member_id) each."""
    out, prev = [], GENESIS
    for seq, (at, action, member_id) in enumerate(events, start=1):
        fields = {"id": f"{device}-{seq}", "at": at, "user": user, "device": device, "action": action,
                  "entity_type": "member", "entity_id": member_id or "", "member_id": member_id,
                  "category": "demographics", "details": {"n": seq}}
        digest = event_hash(prev, fields)
        out.append(fields | {"seq": seq, "prev_hash": prev, "hash": digest})
        prev = digest
    return out


def push(server, user: str, device: str, events: list[dict[str, Any]]) -> dict[str, Any]:
    login = requests.post(f"{server.url}{API}/auth/login", timeout=10,
                          json={"username": user, "password": PASSWORD, "device_id": device}).json()
    answer = requests.post(f"{server.url}{API}/audit/push", json={"device_id": device, "events": events},
                           headers={"Authorization": f"Bearer {login['token']}"}, timeout=10)
    assert answer.status_code == 200, answer.text
    return answer.json()


def seeded(server) -> None:
    """ana's laptop sends a good chain; ben's sends one whose second event was altered after hashing."""
    with server.admin() as s:
        admin.add_user(s, "ana", PASSWORD, "nurse")
        admin.add_user(s, "ben", PASSWORD, "nurse")
        admin.server_rows(s, [("member", {"id": "m-1", "member_id": "m-1", "plan_member_id": "MCL-0001"})])
    good = chain("lap-ana", "ana", [("2026-11-01T09:00:00.000000+00:00", "view", "m-1"),
                                    ("2026-11-02T09:00:00.000000+00:00", "update", "m-1"),
                                    ("2026-11-03T09:00:00.000000+00:00", "view", "m-2")])
    assert push(server, "ana", "lap-ana", good) == {"accepted_through": 3, "chain_ok": True, "reason": ""}
    bad = chain("lap-ben", "ben", [("2026-11-01T10:00:00.000000+00:00", "view", "m-1"),
                                   ("2026-11-02T10:00:00.000000+00:00", "export", "m-1")])
    bad[1]["details"] = {"n": 2, "rows": 0}  # altered after hashing
    answer = push(server, "ben", "lap-ben", bad)
    assert answer["chain_ok"] is False and answer["accepted_through"] == 1


def test_the_tampered_device_is_flagged_and_the_good_one_is_not(sync_server):
    seeded(sync_server)
    with sync_server.admin() as s:
        report = audit_query.query(s)
    chains = {c.device_id: c for c in report.chains}
    assert chains["lap-ana"].ok and chains["lap-ana"].through == 3
    assert not chains["lap-ben"].ok and "broke its chain" in chains["lap-ben"].problem
    assert [e.at[:10] for e in report.events] == ["2026-11-03", "2026-11-02", "2026-11-01", "2026-11-01"]
    assert {e.device_id for e in report.events if not e.chain_ok} == {"lap-ben"}
    assert report.broken == [chains["lap-ben"]]


def test_an_event_altered_in_the_database_is_caught_by_verification(sync_server):
    seeded(sync_server)
    with sync_server.admin() as s:
        record = s.get(AuditRecord, ("lap-ana", 2))
        record.body = record.body | {"details": {"n": 99}}  # someone with database access edits history
    with sync_server.admin() as s:
        status = audit_query.chain_status(s, "lap-ana")
    assert not status.ok and status.problem == "event #2 does not match its hash" and status.through == 1


def test_filters_member_user_action_and_dates(sync_server):
    seeded(sync_server)
    with sync_server.admin() as s:
        by_plan_id = audit_query.query(s, member="MCL-0001")
        assert {(e.device_id, e.seq) for e in by_plan_id.events} == {("lap-ana", 1), ("lap-ana", 2),
                                                                      ("lap-ben", 1)}
        assert [e.seq for e in audit_query.query(s, user="ana", action="view").events] == [3, 1]
        window = audit_query.query(s, since=date(2026, 11, 2), until=date(2026, 11, 2))
        assert [(e.device_id, e.seq) for e in window.events] == [("lap-ana", 2)]
        assert [c.device_id for c in window.chains] == ["lap-ana"]  # only devices listed are verified


def test_the_command_prints_json_and_exits_1_on_a_broken_chain(sync_server, capsys):
    seeded(sync_server)
    assert main(["--db", sync_server.db_url, "audit", "--user", "ana", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [e["seq"] for e in out["events"]] == [3, 2, 1]
    assert out["devices"] == [{"device_id": "lap-ana", "username": "ana", "ok": True, "through": 3,
                               "problem": ""}]
    assert main(["--db", sync_server.db_url, "audit", "--since", "2026-11-01"]) == 1
    text = capsys.readouterr().out
    assert "CHAIN BROKEN" in text and "Device lap-ben (ben): chain BROKEN" in text
    assert "Device lap-ana (ana): chain ok" in text
    assert main(["--db", sync_server.db_url, "audit", "--since", "last week"]) == 2


def test_emergency_access_and_designations_are_on_the_servers_own_chain(sync_server, capsys, tmp_path):
    from app.services import access
    from app.store.vault import KdfParams
    from sync import local
    from sync.client import SyncClient
    from tests.conftest import PASSPHRASE

    seeded(sync_server)
    with sync_server.admin() as s:
        admin.add_user(s, "zoe", PASSWORD, "supervisor")
    assert main(["--db", sync_server.db_url, "user", "break-glass", "zoe", "--on"]) == 0
    store, _ = access.create(tmp_path / "zoe", PASSPHRASE, kdf=KdfParams.fast())
    try:
        SyncClient(store, sync_server.url, retries=0).login("zoe", PASSWORD)
        with store.session() as s:
            token = local.state(s, "token")
    finally:
        store.close()
    answer = requests.post(f"{sync_server.url}{API}/emergency-access", timeout=10,
                           json={"member": "MCL-0001", "reason": "Crisis call, nurse off shift"},
                           headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200
    capsys.readouterr()
    assert main(["--db", sync_server.db_url, "audit", "--action", "emergency_access", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    (event,) = out["events"]
    assert (event["user"], event["member_id"], event["device_id"]) == ("zoe", "m-1", SERVER_DEVICE)
    assert event["details"]["minutes"] == 60
    assert "Crisis" not in json.dumps(out)  # the reason (free text) stays in the grant, not the trail
    assert out["devices"][0]["ok"] is True
    with sync_server.admin() as s:
        actions = s.scalars(select(AuditRecord.action).where(AuditRecord.device_id == SERVER_DEVICE)
                            .order_by(AuditRecord.seq)).all()
        assert actions == ["update", "emergency_access"]  # the designation, then the grant
        assert [g.username for g in emergency.grants(s, member_id="m-1")] == ["zoe"]
    assert main(["--db", sync_server.db_url, "user", "list"]) == 0
    assert "break-glass" in next(line for line in capsys.readouterr().out.splitlines() if "zoe" in line)

