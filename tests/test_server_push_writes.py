"""A pushed change's last step writes the row, its field records and the result in one go (on PostgreSQL in
one statement that fills in the sequence number): whatever the values hold, they are stored as sent, every
field changed carries the change's number, and a retry gets the very same result back."""

from __future__ import annotations

import time

from sqlalchemy import select

from app.store.hlc import format_hlc
from sync.protocol import Change, Role
from sync.server import admin, push
from sync.server.auth import Principal
from sync.server.models import Record

PASSWORD = "a long server password"
# Values that look like the places the number goes, in the field records and in the result.
TRICKY = {"version": 0, "note": '{"v": 0, "version":0,', "nested": [{"version": 0}]}


def change(row: str, fields: dict, device: str, base: int = 0, op: str = "insert") -> Change:
    return Change(change_id=f"{device}-{row}-{op}-{base}", table="member", row_id=row, member_id=row, op=op,
                  fields=fields, base_version=base, hlc=format_hlc(int(time.time() * 1000), 0, device))


def stored(server, row: str) -> Record:
    with server.factory() as s:
        return s.scalars(select(Record).where(Record.id == row)).one()


def test_values_that_look_like_placeholders_are_stored_as_sent(sync_server):
    with sync_server.admin() as s:
        admin.add_user(s, "ana", PASSWORD, "nurse")
    ana = Principal("ana", Role.NURSE, "dev-a")
    fields = {"id": "m-1", "member_id": "m-1", "plan_member_id": "T-1", "snapshot": TRICKY,
              '{"v": 0, odd name': "x"}
    (result,) = push.push(sync_server.factory, ana, [change("m-1", fields, "dev-a")])
    assert result.result == "applied" and result.version > 0
    record = stored(sync_server, "m-1")
    assert record.data == fields | {"deleted": False}
    assert record.seq == result.version
    assert {meta["v"] for meta in record.field_meta.values()} == {result.version}
    assert record.field_hlc == {name: meta["hlc"] for name, meta in record.field_meta.items()}


def test_a_conflict_holding_such_values_comes_back_whole_and_again_on_retry(sync_server):
    with sync_server.admin() as s:
        admin.add_user(s, "ana", PASSWORD, "nurse")
        admin.server_rows(s, [("member", {"id": "m-2", "member_id": "m-2", "snapshot": {"version": 1}})])
        admin.assign(s, "m-2", "ana")
    ana, ana_other_laptop = Principal("ana", Role.NURSE, "dev-a"), Principal("ana", Role.NURSE, "dev-b")
    edit = change("m-2", {"snapshot": TRICKY}, "dev-a", op="update")
    (first,) = push.push(sync_server.factory, ana, [edit])
    late = change("m-2", {"snapshot": {"version": 0, "other": True}}, "dev-b", op="update")
    (second,) = push.push(sync_server.factory, ana_other_laptop, [late])
    assert second.result == "conflict" and second.version > first.version
    (conflict,) = second.conflicts
    assert (conflict.local_value, conflict.server_value) == ({"version": 0, "other": True}, TRICKY)
    (again,) = push.push(sync_server.factory, ana_other_laptop, [late])
    assert again == second
    record = stored(sync_server, "m-2")
    assert record.field_meta["snapshot"]["v"] == second.version == record.seq
