"""The outbox: every local change to a syncable row becomes one entry, with only what changed."""

from __future__ import annotations

from sqlalchemy import func, select

from app.model import Medication, Member, OutboxEntry
from app.services import clinical, members


def entries(store, actor) -> list[OutboxEntry]:
    with store.transaction(actor) as s:
        return list(s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))


def test_create_records_every_field(store, actor, member):
    inserts = [e for e in entries(store, actor) if e.table_name == "member"]
    assert len(inserts) == 1
    entry = inserts[0]
    assert entry.op == "insert" and entry.row_id == member.id and entry.member_id == member.id
    assert entry.fields["first_name"] == "Rosa" and entry.fields["dob"] == "1951-06-14"
    assert entry.fields["risk_tier"] == "high" and entry.base_version == 0
    assert entry.device_id == store.device_id and entry.hlc.endswith(store.device_id)
    # the status history row of the referral is pushed too
    assert any(e.table_name == "member_status_change" for e in entries(store, actor))


def test_update_records_only_changed_fields(store, actor, member):
    with store.transaction(actor) as s:
        members.update(s, actor, member.id, preferred_name="Rosie", risk_tier="high")  # tier unchanged
    update = entries(store, actor)[-1]
    assert update.op == "update"
    assert set(update.fields) == {"preferred_name", "updated_at", "updated_by"}
    assert update.fields["preferred_name"] == "Rosie" and update.fields["updated_by"] == actor.user


def test_remove_is_a_tombstone_delete(store, actor, member):
    with store.transaction(actor) as s:
        med = clinical.medications.add(s, actor, member.id, name="Furosemide", dose="20 mg")
    with store.transaction(actor) as s:
        clinical.medications.remove(s, actor, med.id)
    last = entries(store, actor)[-1]
    assert (last.op, last.table_name, last.row_id) == ("delete", "medication", med.id)
    assert last.fields["deleted"] is True
    with store.transaction(actor) as s:
        assert s.get(Medication, med.id).deleted  # kept until the server has it


def test_hard_delete_is_recorded_too(store, actor, member):
    with store.transaction(actor) as s:
        med = clinical.medications.add(s, actor, member.id, name="Aspirin")
    with store.transaction(actor) as s:
        s.delete(s.get(Medication, med.id))
    assert entries(store, actor)[-1].op == "delete"


def test_hlc_orders_entries(store, actor, member):
    with store.transaction(actor) as s:
        for name in ("A", "B", "C"):
            members.update(s, actor, member.id, preferred_name=name)
    stamps = [e.hlc for e in entries(store, actor)]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)


def test_changes_applied_from_the_server_bypass_the_outbox(store, actor, member):
    with store.transaction(actor) as s:
        before = s.scalar(select(func.count()).select_from(OutboxEntry))
    with store.transaction(actor, from_server=True) as s:
        row = s.get(Member, member.id)
        row.preferred_name = "from the server"
        row.version = 7
        s.add(Medication(member_id=member.id, name="Metformin", id="01a20000-0000-7000-8000-000000000001",
                         created_by="server", updated_by="server", version=3))
    with store.transaction(actor) as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == before
        assert s.get(Member, member.id).preferred_name == "from the server"
