"""The audit trail: services write it, the database refuses edits, verification finds tampering."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from app.model import AuditEvent
from app.services import clinical, members
from app.store import audit
from app.store.engine import connect
from app.store.vault import Vault
from tests.conftest import PASSPHRASE


def test_services_audit_reads_and_writes(store, actor, member):
    with store.transaction(actor) as s:
        members.get(s, actor, member.id)
        clinical.allergies.add(s, actor, member.id, substance="Penicillin", category="medication")
    with store.transaction(actor) as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.member_id == member.id)).all()
    assert [(e.action, e.category) for e in events] == [
        ("create", "demographics"), ("view", "chart"), ("create", "allergies"),
    ]
    assert all(e.user == actor.user and e.device == store.device_id for e in events)
    assert events[-1].details == {"fields": ["category", "substance"]}  # field names, never values


def test_database_refuses_update_and_delete(store, actor, member):
    for statement in ("UPDATE audit_event SET user = 'x'", "DELETE FROM audit_event"):
        with pytest.raises(DatabaseError, match="append-only"), store.transaction(actor) as s:
            s.execute(text(statement))


def tamper(data_dir, *statements: str) -> None:
    """What someone holding the raw key could do: drop the guards and edit rows directly."""
    key = Vault(data_dir).unlock(PASSPHRASE)
    conn = connect(data_dir / "carefield.db", key)
    conn.execute("DROP TRIGGER audit_event_no_update")
    conn.execute("DROP TRIGGER audit_event_no_delete")
    for statement in statements:
        conn.execute(statement)
    conn.close()


def verify(store, actor) -> audit.ChainReport:
    with store.transaction(actor) as s:
        return audit.verify(s)


def test_intact_chain_verifies(store, actor, member):
    report = verify(store, actor)
    assert report.ok and report.checked >= 2


def test_altered_row_is_found(store, actor, member, data_dir):
    with store.transaction(actor) as s:
        for _ in range(3):
            members.get(s, actor, member.id)
    tamper(data_dir, "UPDATE audit_event SET action = 'update' WHERE seq = 3")
    report = verify(store, actor)
    assert not report.ok and report.first_bad_seq == 3 and "hash" in report.reason


def test_deleted_row_is_found(store, actor, member, data_dir):
    with store.transaction(actor) as s:
        for _ in range(3):
            members.get(s, actor, member.id)
    tamper(data_dir, "DELETE FROM audit_event WHERE seq = 2")
    report = verify(store, actor)
    assert not report.ok and report.first_bad_seq == 3


def test_rehashed_forgery_still_breaks_the_next_link(store, actor, member, data_dir):
    """Rewriting one event with a correct hash of its own breaks the following event's link."""
    with store.transaction(actor) as s:
        for _ in range(2):
            members.get(s, actor, member.id)
        row = s.scalars(select(AuditEvent).where(AuditEvent.seq == 2)).one()
        fields = {k: getattr(row, k) for k in audit._HASHED} | {"user": "mallory"}
        forged = audit.event_hash(row.prev_hash, fields)
    tamper(data_dir, f"UPDATE audit_event SET user = 'mallory', hash = '{forged}' WHERE seq = 2")
    report = verify(store, actor)
    assert not report.ok and report.first_bad_seq == 3 and "link" in report.reason
