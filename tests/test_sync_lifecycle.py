"""Closing a case over sync: a nurse asks offline, her supervisor decides on his own laptop, and the
decision reaches the nurse. The server accepts a decision only from a supervisor."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.actor import Actor
from app.model import ClosureRequest, Conflict, Member
from app.services import access, lifecycle, members, outreach
from app.store.vault import KdfParams
from sync.client import SyncClient
from sync.server import admin
from sync.server.models import Record
from tests.conftest import PASSPHRASE, SAMPLE_MEMBER

PASSWORD = "a long server password"
REFUSAL = "only a supervisor can decide a closure request"


def laptop(tmp_path: Path, name: str, user: str, server) -> tuple[object, SyncClient]:
    store, _ = access.create(tmp_path / name, PASSPHRASE, kdf=KdfParams.fast())
    client = SyncClient(store, server.url, retries=0)
    client.login(user, PASSWORD, device_name=f"{user}'s laptop")
    return store, client


@pytest.fixture
def team(sync_server, tmp_path):
    with sync_server.admin() as s:
        admin.add_user(s, "sam", PASSWORD, "supervisor")
        admin.add_user(s, "ana", PASSWORD, "nurse", supervisor="sam")
    nurse = laptop(tmp_path, "ana", "ana", sync_server)
    supervisor = laptop(tmp_path, "sam", "sam", sync_server)
    yield sync_server, nurse, supervisor
    nurse[0].close()
    supervisor[0].close()


def unreachable_member_with_a_request(store, plan_id: str = "MCL-0042"):
    """Referral, three missed calls on different days, unable to reach, closure requested: all offline."""
    nurse = store.actor()
    with store.transaction(nurse) as s:
        member = members.create(s, nurse, **(SAMPLE_MEMBER | {"plan_member_id": plan_id}))
        for days_ago in (7, 5, 3):
            at = datetime.now().astimezone() - timedelta(days=days_ago)
            outreach.log_attempt(s, nurse, member.id, "phone", "no_answer", at=at)
        lifecycle.mark_unable_to_reach(s, nurse, member.id, on=date.today())
        request = lifecycle.request_closure(s, nurse, member.id, reason="unable_to_reach",
                                            note="Letter mailed; no reply")
    return member, request


def test_a_supervisor_approves_on_his_laptop_and_the_nurse_sees_the_case_closed(team):
    server, (nurse_store, nurse_client), (sup_store, sup_client) = team
    member, request = unreachable_member_with_a_request(nurse_store)
    assert nurse_client.sync().rejected == 0

    sam = Actor(user="sam", device=sup_store.device_id, role="supervisor")
    sup_client.sync()
    with sup_store.transaction(sam) as s:
        assert [(p.id, p.reason, p.requested_by) for p in lifecycle.pending_closures(s)] == \
            [(request.id, "unable_to_reach", "ana")]
        lifecycle.decide_closure(s, sam, request.id, approve=True, note="ICT reviewed")
    assert sup_client.sync().rejected == 0

    nurse_client.sync()
    with nurse_store.session() as s:
        closed = s.get(Member, member.id)
        decided = s.get(ClosureRequest, request.id)
        assert lifecycle.pending_closures(s) == []
    assert (closed.status, closed.closed_on) == ("closed", date.today())
    assert closed.closure_reason == "unable_to_reach"
    assert (decided.status, decided.decided_by, decided.decision_note) == ("approved", "sam", "ICT reviewed")
    with server.admin() as s:
        assert s.get(Record, ("closure_request", request.id)).data["status"] == "approved"


@pytest.mark.parametrize("forged", ["decided_update", "approved_insert"])
def test_a_nurse_forging_an_approval_is_refused(team, forged):
    server, (nurse_store, nurse_client), _ = team
    member, request = unreachable_member_with_a_request(nurse_store)
    nurse_client.sync()
    ana = nurse_store.actor()
    with nurse_store.transaction(ana) as s:  # past the service, which would refuse: straight to the rows
        if forged == "decided_update":
            row = s.get(ClosureRequest, request.id)
            row.status, row.decided_by, row.decided_at = "approved", "ana", datetime.now().astimezone()
        else:
            row = ClosureRequest(member_id=member.id, reason="unable_to_reach", requested_on=date.today(),
                                 status="approved", decided_by="ana")
            s.add(row)
    assert nurse_client.sync().rejected == 1
    with nurse_store.session() as s:
        (refusal,) = s.scalars(select(Conflict).where(Conflict.field == "*"))
    assert refusal.row_id == row.id and refusal.server_value == REFUSAL
    with server.admin() as s:
        stored = s.get(Record, ("closure_request", row.id))
        assert s.get(Record, ("member", member.id)).data["status"] == "unable_to_reach"
    if forged == "decided_update":
        assert stored.data["status"] == "pending" and stored.data["decided_by"] == ""
    else:
        assert stored is None  # never taken


def test_a_nurse_closing_the_case_herself_is_refused(team):
    """Past the service (which would refuse too): the member row set to closed for unable-to-reach with no
    approved request never reaches the server."""
    server, (nurse_store, nurse_client), _ = team
    member, _request = unreachable_member_with_a_request(nurse_store)
    nurse_client.sync()
    ana = nurse_store.actor()
    with nurse_store.transaction(ana) as s:
        row = s.get(Member, member.id)
        row.status, row.closure_reason, row.closed_on = "closed", "unable_to_reach", date.today()
    assert nurse_client.sync().rejected == 1
    with server.admin() as s:
        assert s.get(Record, ("member", member.id)).data["status"] == "unable_to_reach"
    with nurse_store.session() as s:
        (refusal,) = s.scalars(select(Conflict).where(Conflict.field == "*"))
    assert "supervisor's approval" in refusal.server_value


def test_the_laptop_acts_with_the_role_the_server_gave(team, tmp_path):
    """Signing in as a supervisor makes the app act as one (closure review shows), also after a restart."""
    _, _, (sup_store, _client) = team
    assert (sup_store.actor().user, sup_store.actor().role) == ("sam", "supervisor")
    reopened = access.unlock(tmp_path / "sam", PASSPHRASE)
    try:
        assert (reopened.actor().user, reopened.actor().role) == ("sam", "supervisor")
    finally:
        reopened.close()
