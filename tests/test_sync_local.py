"""Applying a pulled page on the laptop: upserts in bulk, but never over a field with an unsent change."""

from __future__ import annotations

from sqlalchemy import delete

from app.model import Member, OutboxEntry
from app.services import members
from app.store.codec import encode
from sync import local
from sync.protocol import Row


def pushed(store, actor) -> None:
    """As after a push: the outbox is empty."""
    with store.transaction(actor, from_server=True) as s:
        s.execute(delete(OutboxEntry))


def server_copy(store, member_id: str, **changes) -> Row:
    with store.session() as s:
        row = s.get(Member, member_id)
        fields = {c.key: encode(getattr(row, c.key)) for c in Member.__table__.columns if c.key != "version"}
    return Row(table="member", id=member_id, member_id=member_id, version=9, deleted=False,
               fields=fields | changes)


def test_a_pulled_row_keeps_fields_with_unsent_local_changes(store, actor, member):
    pushed(store, actor)
    with store.transaction(actor) as s:
        members.update(s, actor, member.id, city="Visalia")  # not pushed yet
    page = [server_copy(store, member.id, city="Fresno", pronouns="she/her")]
    with store.transaction(actor, from_server=True) as s:
        local.apply_rows(s, page)
    with store.session() as s:
        row = s.get(Member, member.id)
        assert (row.city, row.pronouns, row.version) == ("Visalia", "she/her", 9)
        assert members.search(s, "Delgado")  # full-text index kept in step by the bulk upsert


def test_new_and_known_rows_arrive_in_one_page(store, actor, member):
    pushed(store, actor)
    with store.session() as s:
        count_before = len(members.caseload(s))
    other = server_copy(store, member.id)
    fields = dict(other.fields, id="01a20000-0000-7000-8000-0000000000aa", plan_member_id="MCL-9999",
                  member_id="01a20000-0000-7000-8000-0000000000aa", first_name="Inés")
    new_member = Row(table="member", id=fields["id"], member_id=fields["id"], version=3, deleted=False,
                     fields=fields)
    with store.transaction(actor, from_server=True) as s:
        local.apply_rows(s, [new_member, server_copy(store, member.id, city="Tulare")])
    with store.session() as s:
        assert len(members.caseload(s)) == count_before + 1
        assert s.get(Member, member.id).city == "Tulare"
        assert members.search(s, "ines")[0].first_name == "Inés"
