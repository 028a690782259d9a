"""A laptop that pulls a chart from scratch (a second or replacement laptop) gets every row, even though
the server's order puts a parent changed after its children in a later page than they are."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.model import Medication, Member
from app.services import access, clinical, members
from app.store.vault import KdfParams
from sync import client as sync_client
from sync import pulling
from sync.client import SyncClient
from sync.server import admin
from tests.conftest import PASSPHRASE, SAMPLE_MEMBER

PASSWORD = "a long server password"


class Stop(Exception):
    pass


@pytest.fixture
def charted(sync_server, tmp_path, monkeypatch):
    """Ana's first laptop wrote a member and a medication, then changed the member: on the server the
    member's row now sorts after its medication. One row per page (and per transaction) from here on."""
    with sync_server.admin() as s:
        admin.add_user(s, "ana", PASSWORD, "nurse")
    first, _ = access.create(tmp_path / "first", PASSPHRASE, kdf=KdfParams.fast())
    client = SyncClient(first, sync_server.url, retries=0)
    client.login("ana", PASSWORD)
    actor = first.actor()
    with first.transaction(actor) as s:
        member = members.create(s, actor, **SAMPLE_MEMBER)
        clinical.medications.add(s, actor, member.id, name="Metformin", dose="500 mg")
    client.sync()
    with first.transaction(actor) as s:
        members.update(s, actor, member.id, city="Fresno")
    client.sync()
    first.close()
    monkeypatch.setattr(sync_client, "PULL_PAGE", 1)
    monkeypatch.setattr(pulling, "TRANSACTION_ROWS", 1)  # each page committed on its own
    second, _ = access.create(tmp_path / "second", PASSPHRASE, kdf=KdfParams.fast())
    yield sync_server, second, member.id
    second.close()


def chart(store, member_id):
    with store.session() as s:
        member = s.get(Member, member_id)
        medicines = s.scalars(select(Medication.name).where(Medication.member_id == member_id)).all()
        return (member.city if member else None), list(medicines)


def test_a_child_pulled_before_its_parent_is_stored_once_the_parent_arrives(charted):
    server, second, member_id = charted
    client = SyncClient(second, server.url, retries=0)
    client.login("ana", PASSWORD)
    client.sync()
    assert chart(second, member_id) == ("Fresno", ["Metformin"])


def test_stopping_while_a_row_waits_for_its_parent_loses_nothing(charted):
    server, second, member_id = charted
    client = SyncClient(second, server.url, retries=0)
    client.login("ana", PASSWORD)

    def stop_after_first_page(stage, done, total):
        raise Stop

    with pytest.raises(Stop):
        client.pull(stop_after_first_page)  # the first page held only the medication, waiting for its member
    assert chart(second, member_id) == (None, [])
    client.sync()
    assert chart(second, member_id) == ("Fresno", ["Metformin"])
