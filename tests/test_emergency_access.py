"""Emergency (break-glass) access: a designated supervisor outside the care team opens a chart for a while.

Real server on port 0, real laptops. The server's clock is injected (``emergency.clock``): no sleeping.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from sqlalchemy import select

from app.model import EmergencyAccess, Member
from app.services import access
from app.store.vault import KdfParams
from sync import local
from sync.client import SyncClient
from sync.protocol import API, Role
from sync.server import admin, emergency
from sync.server.auth import Principal
from sync.server.models import AuditRecord, EmergencyGrant
from sync.server.scope import visible_members
from tests.conftest import PASSPHRASE, SAMPLE_MEMBER

PASSWORD = "a long server password"
REASON = "Member called the crisis line; nurse unreachable"


@pytest.fixture(autouse=True)
def cheap_password_hashing(monkeypatch):
    """Argon2 at production cost takes ~0.5 s a password; these tests are about authorization, not KDFs."""
    from argon2 import PasswordHasher

    from sync.server import auth

    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock(monkeypatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(emergency, "clock", fake)
    return fake


def laptop(tmp_path: Path, user: str, server) -> tuple[object, SyncClient]:
    store, _ = access.create(tmp_path / user, PASSPHRASE, kdf=KdfParams.fast())
    client = SyncClient(store, server.url, retries=0)
    client.login(user, PASSWORD, device_name=f"{user}'s laptop")
    return store, client


def token(store) -> str:
    with store.session() as s:
        return local.state(s, "token")


def ask(server, store, member: str, reason: str | None = REASON, **extra) -> requests.Response:
    body = {"member": member, **({"reason": reason} if reason is not None else {}), **extra}
    return requests.post(f"{server.url}{API}/emergency-access", json=body, timeout=10,
                         headers={"Authorization": f"Bearer {token(store)}"})


@pytest.fixture
def world(sync_server, tmp_path, clock):
    """ana (sam's team) carries Rosa; zoe is a supervisor of another team, designated for emergencies."""
    with sync_server.admin() as s:
        admin.add_user(s, "sam", PASSWORD, "supervisor")
        admin.add_user(s, "zoe", PASSWORD, "supervisor")
        admin.add_user(s, "ana", PASSWORD, "nurse", supervisor="sam")
        emergency.designate(s, "zoe", True)
    laptops = {user: laptop(tmp_path, user, sync_server) for user in ("ana", "sam", "zoe")}
    nurse_store, nurse_client = laptops["ana"]
    from app.services import members

    with nurse_store.transaction(nurse_store.actor()) as s:
        rosa = members.create(s, nurse_store.actor(), **SAMPLE_MEMBER)
    nurse_client.sync()  # the intake reaches the server, assigned to ana
    yield sync_server, laptops, rosa
    for store, _ in laptops.values():
        store.close()


def has_member(store, member_id: str) -> bool:
    with store.session() as s:
        return s.get(Member, member_id) is not None


def test_a_grant_brings_the_chart_until_it_expires_then_the_laptop_purges_it(world, clock):
    server, laptops, rosa = world
    zoe_store, zoe_client = laptops["zoe"]
    zoe_client.sync()
    assert not has_member(zoe_store, rosa.id)  # not her team
    answer = ask(server, zoe_store, "MCL-0042", minutes=30)
    assert answer.status_code == 200, answer.text
    assert answer.json()["member_id"] == rosa.id and answer.json()["granted_to"] == "zoe"
    zoe_client.sync()
    assert has_member(zoe_store, rosa.id)  # the whole chart, back-filled
    clock.now += timedelta(minutes=29)
    assert zoe_client.sync().purged_members == 0
    clock.now += timedelta(minutes=2)  # past expiry
    report = zoe_client.sync()
    assert report.purged_members == 1
    assert not has_member(zoe_store, rosa.id)
    with zoe_store.session() as s:
        assert s.scalars(select(EmergencyAccess)).all() == []  # purged with the chart
    with server.admin() as s:
        grant = s.scalars(select(EmergencyGrant)).one()
        assert grant.ended_seq is not None and grant.reason == REASON  # kept, never deleted
        zoe = Principal("zoe", Role.SUPERVISOR, "any")
        assert rosa.id not in visible_members(s, zoe)
    assert zoe_client.sync().purged_members == 0  # told once


def test_after_expiry_the_supervisor_can_no_longer_push_to_the_chart(world, clock):
    server, laptops, rosa = world
    zoe_store, zoe_client = laptops["zoe"]
    assert ask(server, zoe_store, rosa.id, minutes=5).status_code == 200
    zoe_client.sync()
    from app.services import members

    with zoe_store.transaction(zoe_store.actor()) as s:
        members.update(s, zoe_store.actor(), rosa.id, preferred_name="Rosi")
    assert zoe_client.push().rejected == 0  # during the grant she may write
    clock.now += timedelta(minutes=6)
    with zoe_store.transaction(zoe_store.actor()) as s:
        members.update(s, zoe_store.actor(), rosa.id, preferred_name="Rosita")
    assert zoe_client.push().rejected == 1  # refused per change, once the grant has expired


def test_the_nurse_pulls_the_notice_and_her_access_log_shows_it(world, qapp):
    from ui.chart.data import load_chart
    from ui.chart.models import AccessLogModel

    server, laptops, rosa = world
    nurse_store, nurse_client = laptops["ana"]
    assert ask(server, laptops["zoe"][0], "MCL-0042", minutes=90).status_code == 200
    nurse_client.sync()
    with nurse_store.session() as s:
        notice = s.scalars(select(EmergencyAccess)).one()
    assert (notice.member_id, notice.granted_to, notice.reason) == (rosa.id, "zoe", REASON)
    assert notice.expires_at - notice.granted_at == timedelta(minutes=90)
    with nurse_store.transaction(nurse_store.actor()) as s:
        chart = load_chart(s, nurse_store.actor(), rosa.id)
    model = AccessLogModel()
    model.set_records(chart.access_log)
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    emergency_rows = [row for row in rows if row[2] == "Emergency access"]
    assert len(emergency_rows) == 1
    assert emergency_rows[0][1] == "zoe"
    assert emergency_rows[0][3].startswith(f"Emergency access by zoe: {REASON}, until ")
    assert rows[0][2] == "Viewed"  # opening the chart just now is newer than the grant


REFUSALS = [  # user, member, reason, extra fields → status, words in the message
    ("ana", "MCL-0042", REASON, {}, 403, "designated supervisors"),  # a nurse
    ("sam", "MCL-0042", REASON, {}, 403, "not designated"),  # a supervisor without the designation
    ("zoe", "MCL-0042", None, {}, 422, "reason"),  # no reason
    ("zoe", "MCL-0042", "   urgent   ", {}, 422, "reason"),  # too short once trimmed
    ("zoe", "MCL-0042", REASON, {"minutes": 0}, 422, "minutes"),
    ("zoe", "MCL-0042", REASON, {"minutes": 481}, 422, "minutes"),
    ("zoe", "MCL-9999", REASON, {}, 404, "No such member"),
]


def test_refused_requests_change_nothing(world):
    server, laptops, rosa = world
    for user, member, reason, extra, status, words in REFUSALS:
        answer = ask(server, laptops[user][0], member, reason, **extra)
        assert answer.status_code == status, (user, member, reason, extra, answer.text)
        assert words in answer.json()["message"]
        assert REASON not in answer.text  # a reason may hold PHI: never echoed
    with server.admin() as s:
        assert s.scalars(select(EmergencyGrant)).all() == []
        assert s.scalars(select(AuditRecord).where(AuditRecord.action == "emergency_access")).all() == []
    store, client = laptops["zoe"]
    client.sync()
    assert not has_member(store, rosa.id)


def test_withdrawing_the_designation_ends_her_grants_at_once(world, clock):
    server, laptops, rosa = world
    zoe_store, zoe_client = laptops["zoe"]
    assert ask(server, zoe_store, rosa.id).status_code == 200
    zoe_client.sync()
    assert has_member(zoe_store, rosa.id)
    with server.admin() as s:
        assert emergency.designate(s, "zoe", False) == 1
    assert zoe_client.sync().purged_members == 1
    assert ask(server, zoe_store, rosa.id).status_code == 403


def test_only_a_supervisor_can_be_designated(world):
    server, _, _ = world
    with server.admin() as s, pytest.raises(admin.AdminError, match="Only a supervisor"):
        emergency.designate(s, "ana", True)
    with server.admin() as s, pytest.raises(admin.AdminError, match="No user"):
        emergency.designate(s, "nobody", True)
