"""Insert-only clinical records over sync: signed notes, completed assessments and audit events are
never changed on the server; a change to one is refused with a reason the nurse can read."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from app.model import AssessmentResponse, AuditEvent, Conflict, Encounter
from app.services import members
from sync import local
from sync.client import SyncClient
from sync.protocol import AuditEventIn, AuditPushRequest, AuditPushResponse
from sync.server import admin
from sync.server.models import AuditRecord, Device, Record
from tests.conftest import SAMPLE_MEMBER

PASSWORD = "a long server password"


@pytest.fixture
def laptop(sync_server, store, actor):
    with sync_server.admin() as s:
        admin.add_user(s, "ana", PASSWORD, "nurse")
    client = SyncClient(store, sync_server.url, retries=0)
    client.login("ana", PASSWORD)
    with store.transaction(actor) as s:
        member = members.create(s, actor, **SAMPLE_MEMBER)
    return client, member


def test_a_signed_note_and_a_completed_assessment_cannot_be_changed(sync_server, store, actor, laptop):
    client, member = laptop
    now = datetime.now(UTC)
    with store.transaction(actor) as s:
        note = Encounter(member_id=member.id, kind="telephonic", started_at=now, minutes=15,
                         note="Spoke with Rosa.", status="signed", signed_at=now, signed_by=actor.user)
        scored = AssessmentResponse(member_id=member.id, instrument_id="phq9", instrument_version="1.0",
                                    answers={"phq9-1": 1}, total=1, band="minimal", status="completed",
                                    started_at=now, completed_at=now, completed_by=actor.user)
        s.add_all([note, scored])
    client.sync()
    with store.transaction(actor) as s:  # edits the service layer will refuse; here they reach the wire
        s.get(Encounter, note.id).note = "Rewritten after signing."
        s.get(AssessmentResponse, scored.id).total = 27
    report = client.sync()
    assert report.rejected == 2
    with sync_server.admin() as s:
        assert s.get(Record, ("encounter", note.id)).data["note"] == "Spoke with Rosa."
        assert s.get(Record, ("assessment_response", scored.id)).data["total"] == 1
    with store.session() as s:
        reasons = [c.server_value for c in s.scalars(select(Conflict).where(Conflict.field == "*"))]
    assert len(reasons) == 2 and all("signed record" in r and "addendum" in r for r in reasons)


def test_marking_a_signed_note_entered_in_error_is_allowed(sync_server, store, actor, laptop):
    client, member = laptop
    now = datetime.now(UTC)
    with store.transaction(actor) as s:
        note = Encounter(member_id=member.id, kind="home_visit", started_at=now, minutes=45, status="signed",
                         signed_at=now, signed_by=actor.user, note="Visit.")
        s.add(note)
    client.sync()
    with store.transaction(actor) as s:
        row = s.get(Encounter, note.id)
        row.status, row.error_reason = "entered_in_error", "Wrong member's chart."
    assert client.sync().rejected == 0
    with sync_server.admin() as s:
        assert s.get(Record, ("encounter", note.id)).data["status"] == "entered_in_error"


def test_audit_events_are_append_only_on_the_server(sync_server, store, actor, laptop):
    client, _ = laptop
    client.sync()
    with store.session() as s:
        events = local.audit_batch(s, 0, 500)
        pushed_through = int(local.state(s, "audit_pushed"))
    assert pushed_through == len(events) - 1  # all but the "sync" event written after the push
    events = events[:pushed_through]
    with sync_server.admin() as s:
        device = s.get(Device, store.device_id)
        assert device.audit_chain_ok and device.audit_through == pushed_through
        first = s.get(AuditRecord, (store.device_id, 1)).body
    forged = dict(events[0], user="mallory")  # a replay of event #1 with other content
    request = AuditPushRequest(device_id=store.device_id, events=[AuditEventIn.model_validate(forged)])
    answer = client._call("POST", "/audit/push", AuditPushResponse, request)
    assert answer.chain_ok and answer.accepted_through == pushed_through
    with sync_server.admin() as s:
        assert s.get(AuditRecord, (store.device_id, 1)).body == first  # never replaced
    tampered = dict(events[-1], seq=pushed_through + 1, prev_hash=events[-1]["hash"], user="mallory")
    request = AuditPushRequest(device_id=store.device_id, events=[AuditEventIn.model_validate(tampered)])
    answer = client._call("POST", "/audit/push", AuditPushResponse, request)
    assert not answer.chain_ok and "hash" in answer.reason
    with store.session() as s:  # the laptop's own chain is untouched
        assert s.scalar(select(AuditEvent.user).where(AuditEvent.seq == 1)) == actor.user


def test_a_scope_read_before_an_assignment_does_not_refuse_the_member(sync_server):
    """A batch reads who-may-see-what once; a retry of the same batch running alongside may assign a new
    referral meanwhile. The stale copy must not turn a legitimate change into a refusal."""
    import time

    from app.store.base import new_id
    from app.store.hlc import format_hlc
    from sync.protocol import Change, Role
    from sync.server import push
    from sync.server.auth import Principal

    with sync_server.admin() as s:
        admin.add_user(s, "ana", PASSWORD, "nurse")
        admin.server_rows(s, [("member", {"id": "m1", "member_id": "m1", "plan_member_id": "S1"})])
        admin.assign(s, "m1", "ana")
    row = new_id()
    change = Change(change_id=new_id(), table="task", row_id=row, member_id="m1", op="insert",
                    fields={"id": row, "member_id": "m1", "kind": "manual", "due_on": "2026-12-01"},
                    base_version=0, hlc=format_hlc(int(time.time() * 1000), 0, "dev1"))
    with sync_server.factory() as session:
        result = push.push_one(session, Principal("ana", Role.NURSE, "dev1"), change, visible=set())
    assert result.result == "applied", result.reason
