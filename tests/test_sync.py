"""Sync end to end: a real server on port 0 and real laptops (stores) pushing and pulling."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.errors import SyncError, SyncErrorKind
from app.model import Conflict, Member, OutboxEntry
from app.services import access, clinical, members
from app.store.vault import KdfParams, Vault
from sync.client import SyncClient
from sync.server import admin
from tests.conftest import PASSPHRASE, SAMPLE_MEMBER

PASSWORD = "a long server password"


def laptop(tmp_path: Path, name: str):
    store, _ = access.create(tmp_path / name, PASSPHRASE, kdf=KdfParams.fast())
    return store


def connect(store, server, user: str) -> SyncClient:
    client = SyncClient(store, server.url, retries=0)
    client.login(user, PASSWORD, device_name=f"{user}'s laptop")
    return client


@pytest.fixture
def two_nurses(sync_server, tmp_path):
    with sync_server.admin() as s:
        admin.add_user(s, "ana", PASSWORD, "nurse")
        admin.add_user(s, "ben", PASSWORD, "nurse")
    a, b = laptop(tmp_path, "a"), laptop(tmp_path, "b")
    yield sync_server, (a, connect(a, sync_server, "ana")), (b, connect(b, sync_server, "ben"))
    a.close()
    b.close()


def write(store, fn):
    actor = store.actor()
    with store.transaction(actor) as s:
        return fn(s, actor)


def shared_member(server, first, client_b):
    """Ana refers a member and syncs; the member is assigned to Ben too, and Ben syncs."""
    a, client_a = first
    made = write(a, lambda s, who: members.create(s, who, **SAMPLE_MEMBER))
    client_a.sync()
    with server.admin() as s:
        admin.assign(s, made.id, "ben")
    client_b.sync()
    return made


def read_member(store, member_id):
    with store.session() as s:
        return s.get(Member, member_id)


def test_offline_referral_reaches_a_second_nurse_field_by_field(two_nurses):
    server, (a, client_a), (b, client_b) = two_nurses
    made = write(a, lambda s, who: members.create(s, who, **SAMPLE_MEMBER))
    write(a, lambda s, who: clinical.medications.add(s, who, made.id, name="Metformin", dose="500 mg"))
    report = client_a.sync()
    assert report.pushed >= 3 and report.rejected == 0
    with server.admin() as s:
        admin.assign(s, "MCL-0042", "ben")
    client_b.sync()
    client_a.sync()  # the assignment re-sequenced the member's rows: a's versions move on too
    mine, theirs = read_member(a, made.id), read_member(b, made.id)
    for column in Member.__table__.columns:
        assert getattr(theirs, column.key) == getattr(mine, column.key), column.key
    with b.session() as s:
        assert [m.name for m in clinical.medications.list_for(s, made.id)] == ["Metformin"]
        assert members.search(s, "Delgado")[0].id == made.id  # FTS kept in step by the upsert
    with a.session() as s:
        assert s.scalars(select(OutboxEntry)).all() == []


def test_different_fields_merge_and_the_same_field_conflicts(two_nurses):
    server, (a, client_a), (b, client_b) = two_nurses
    made = shared_member(server, (a, client_a), client_b)
    # both offline now
    write(a, lambda s, who: members.update(s, who, made.id, preferred_name="Rosita", city="Fresno"))
    write(b, lambda s, who: members.update(s, who, made.id, pronouns="she/her", city="Merced"))
    client_a.sync()
    report = client_b.sync()
    assert report.conflicts == 1
    client_a.sync()
    for store in (a, b):
        row = read_member(store, made.id)
        assert (row.preferred_name, row.pronouns) == ("Rosita", "she/her")  # merged silently
        assert row.city == "Merced"  # the later change wins the stored value …
    with b.session() as s:
        conflict = s.scalars(select(Conflict)).one()  # … and both values are kept for review
    assert (conflict.field, conflict.local_value, conflict.server_value) == ("city", "Merced", "Fresno")


def test_a_nurse_cannot_push_or_pull_an_unassigned_member(two_nurses):
    _, (a, client_a), (b, client_b) = two_nurses
    made = write(a, lambda s, who: members.create(s, who, **SAMPLE_MEMBER))
    client_a.sync()
    client_b.sync()
    assert read_member(b, made.id) is None
    # ben forges a change to ana's member
    write(b, lambda s, who: s.add(Member(**{**_row_values(read_member(a, made.id)), "first_name": "X"})))
    report = client_b.sync()
    assert report.rejected == 1
    assert read_member(a, made.id).first_name == "Rosa"
    with b.session() as s:
        assert "not assigned" in s.scalars(select(Conflict)).one().server_value


def _row_values(row) -> dict:
    return {c.key: getattr(row, c.key) for c in Member.__table__.columns}


def test_unassignment_purges_the_member(two_nurses):
    server, (a, client_a), _ = two_nurses
    made = write(a, lambda s, who: members.create(s, who, **SAMPLE_MEMBER))
    write(a, lambda s, who: clinical.allergies.add(s, who, made.id, substance="Sulfa", category="medication"))
    client_a.sync()
    with server.admin() as s:
        admin.unassign(s, made.id, "ana")
    report = client_a.sync()
    assert report.purged_members == 1
    assert read_member(a, made.id) is None
    with a.session() as s:
        assert clinical.allergies.list_for(s, made.id) == []


def test_revoked_device_pushes_then_shreds(two_nurses, tmp_path):
    server, (a, client_a), _ = two_nurses
    made = write(a, lambda s, who: members.create(s, who, **SAMPLE_MEMBER))
    with server.admin() as s:
        admin.revoke_device(s, a.device_id)
    with pytest.raises(SyncError) as revoked:
        client_a.sync()
    assert revoked.value.kind == SyncErrorKind.REVOKED
    assert not Vault(tmp_path / "a").exists() and not (tmp_path / "a" / "carefield.db").exists()
    with server.admin() as s:  # what it held reached the server before the wipe
        assert admin.resolve_member(s, "MCL-0042") == made.id


def test_retried_push_is_not_applied_twice(two_nurses):
    _, (a, client_a), _ = two_nurses
    made = write(a, lambda s, who: members.create(s, who, **SAMPLE_MEMBER))
    write(a, lambda s, who: members.update(s, who, made.id, preferred_name="Rosie"))
    with a.session() as s:
        from sync import local

        batch = local.next_batch(s, 500)
    from sync.protocol import PushRequest, PushResponse

    request = PushRequest(device_id=a.device_id, changes=batch)
    first = client_a._call("POST", "/sync/push", PushResponse, request)
    again = client_a._call("POST", "/sync/push", PushResponse, request)
    assert first == again
    client_a.sync()
    assert read_member(a, made.id).version == first.results[-1].version


def test_wrong_password_and_unknown_token(sync_server, tmp_path):
    with sync_server.admin() as s:
        admin.add_user(s, "ana", PASSWORD, "nurse")
    store = laptop(tmp_path, "a")
    client = SyncClient(store, sync_server.url, retries=0)
    with pytest.raises(SyncError) as wrong:
        client.login("ana", "not the password")
    assert wrong.value.kind == SyncErrorKind.AUTH
    with pytest.raises(SyncError) as no_token:
        client.sync()
    assert no_token.value.kind == SyncErrorKind.AUTH
    store.close()


def test_a_resolved_conflict_reaches_the_server_and_the_other_laptop(two_nurses):
    from app.services import conflicts

    server, (a, client_a), (b, client_b) = two_nurses
    made = shared_member(server, (a, client_a), client_b)
    write(a, lambda s, who: members.update(s, who, made.id, city="Fresno"))
    write(b, lambda s, who: members.update(s, who, made.id, city="Merced"))
    client_a.sync()
    client_b.sync()
    with b.session() as s:
        (open_one,) = conflicts.open_conflicts(s, made.id)
    assert (open_one.local_value, open_one.server_value) == ("Merced", "Fresno")
    write(b, lambda s, who: conflicts.resolve(s, who, open_one.id, "theirs"))
    client_b.sync()
    client_a.sync()
    assert read_member(a, made.id).city == read_member(b, made.id).city == "Fresno"
    with b.session() as s:
        assert conflicts.open_conflicts(s) == []
        assert conflicts.count_open(s) == 0


def test_keeping_mine_when_it_already_won_still_settles_everyone(two_nurses):
    from app.services import conflicts

    server, (a, client_a), (b, client_b) = two_nurses
    made = shared_member(server, (a, client_a), client_b)
    write(a, lambda s, who: members.update(s, who, made.id, city="Fresno"))
    write(b, lambda s, who: members.update(s, who, made.id, city="Merced"))
    client_a.sync()
    client_b.sync()  # Merced is later: it is stored, and b holds the conflict
    with b.session() as s:
        (open_one,) = conflicts.open_conflicts(s)
        waiting_before = s.scalar(select(func.count()).select_from(OutboxEntry))
    write(b, lambda s, who: conflicts.resolve(s, who, open_one.id, "mine"))
    with b.session() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == waiting_before + 1
    client_b.sync()
    client_a.sync()
    assert read_member(a, made.id).city == read_member(b, made.id).city == "Merced"


def test_a_laptop_clock_days_ahead_does_not_win_later_edits(two_nurses, monkeypatch):
    """Ana's laptop thinks it is three days later. Ben edits the same field after her (in real time):
    his edit must stand, on the server and on both laptops."""
    server, (a, client_a), (b, client_b) = two_nurses
    made = shared_member(server, (a, client_a), client_b)
    client_a.sync()
    real = a.clock._wall
    monkeypatch.setattr(a.clock, "_wall", lambda: real() + 3 * 24 * 3600)
    write(a, lambda s, who: members.update(s, who, made.id, city="Fresno"))
    client_a.sync()
    write(b, lambda s, who: members.update(s, who, made.id, city="Merced"))  # later, with no pull between
    client_b.sync()
    client_a.sync()
    assert read_member(a, made.id).city == read_member(b, made.id).city == "Merced"
