"""The recovery path end to end: a laptop whose database is damaged after an offline edit recovers, signs in
again, and the next sync brings the caseload back from the server and delivers the edit made offline."""

from __future__ import annotations

from pathlib import Path

from app.model import Medication, Member
from app.services import access, clinical, members
from app.store.vault import KdfParams
from sync.client import SyncClient
from sync.server import admin
from tests.conftest import PASSPHRASE, SAMPLE_MEMBER
from tests.test_integrity import _flip, _root_page

PASSWORD = "a long server password"


def test_a_damaged_laptop_recovers_its_caseload_and_its_unsent_changes(sync_server, tmp_path: Path) -> None:
    with sync_server.admin() as s:
        admin.add_user(s, "ana", PASSWORD, "nurse")
    data_dir = tmp_path / "laptop"
    store, _ = access.create(data_dir, PASSPHRASE, kdf=KdfParams.fast())
    client = SyncClient(store, sync_server.url, retries=0)
    client.login("ana", PASSWORD, device_name="ana's laptop")
    actor = store.actor()
    with store.transaction(actor) as s:
        member = members.create(s, actor, **SAMPLE_MEMBER)
    client.sync()
    with store.transaction(actor) as s:  # offline, not yet sent
        clinical.medications.add(s, actor, member.id, name="Metformin", dose="500 mg")
    access.lock(store, actor)
    _flip(data_dir / "carefield.db", _root_page(data_dir, "member"))

    damaged = access.unlock_checked(data_dir, PASSPHRASE)
    assert isinstance(damaged, access.Damaged)
    recovery = access.recover(damaged)
    damaged.discard()
    fresh = recovery.store
    try:
        assert recovery.server_configured and recovery.requeued >= 1
        with fresh.session() as s:
            assert s.get(Member, member.id) is None  # the fresh file starts empty
        again = SyncClient(fresh, sync_server.url, retries=0)
        again.login("ana", PASSWORD, device_name="ana's laptop (recovered)")
        report = again.sync()
        assert report.rejected == 0
        with fresh.session() as s:
            assert s.get(Member, member.id).last_name == SAMPLE_MEMBER["last_name"]
            meds = s.query(Medication).filter_by(member_id=member.id).all()
            assert [m.name for m in meds] == ["Metformin"]
    finally:
        fresh.close()
    other = tmp_path / "other"  # and the edit made offline reached the server
    second, _ = access.create(other, PASSPHRASE, kdf=KdfParams.fast())
    try:
        third = SyncClient(second, sync_server.url, retries=0)
        third.login("ana", PASSWORD, device_name="ana's second laptop")
        third.sync()
        with second.session() as s:
            assert [m.name for m in s.query(Medication).filter_by(member_id=member.id)] == ["Metformin"]
    finally:
        second.close()
