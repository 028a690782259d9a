"""The last step of applying a pushed change: take its sequence number, then write the row and the result
a retry of the change gets back.

The sequence counter's row stays locked from the moment a number is taken until the commit (so numbers
commit in order: see db.next_seqs), and every writer on the server waits for it. This step is therefore
kept as short as it can be: everything else is decided before it, with 0 standing for the number. On
PostgreSQL it is a single statement (the counter, the row and the result in one round trip); under load,
each extra round trip while the lock is held was a chance for the server's thread to wait for the
interpreter, and for every other writer to queue behind it. On SQLite (one process, and a writing
transaction holds the whole database anyway) it is three plain statements.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, insert, text, update
from sqlalchemy.orm import Session

from sync.protocol import PushResult
from sync.server.auth import Principal
from sync.server.db import next_seqs
from sync.server.models import AppliedChange, Record, clock_times

RECORDS, APPLIED = Record.__table__, AppliedChange.__table__
TO_COME = 0  # the change's own sequence number, until it is taken (real numbers start at 1)
VERSION_SLOT = '"version":0,'  # where a result's version goes in its JSON (a bound value: text() reads :0)

_UPDATE = (update(RECORDS).where(RECORDS.c.table_name == bindparam("t"), RECORDS.c.id == bindparam("i"))
           .values(data=bindparam("data"), field_meta=bindparam("field_meta"),
                   field_hlc=bindparam("field_hlc"), seq=bindparam("seq"), deleted=bindparam("deleted")))

# PostgreSQL. The number's places in the JSON texts: every {"v": 0, in field_meta (json.dumps; its
# values are such records, and no string can hold that text unescaped), and the result's first
# "version":0, (pydantic writes the version before the conflicts, whose values may hold anything).
_NUMBER = "WITH s AS (UPDATE counters SET value = value + 1 WHERE name = 'seq' RETURNING value)"
_META = "CAST(replace(:field_meta, '{\"v\": 0, ', '{\"v\": ' || s.value || ', ') AS json)"
_RESULT = """INSERT INTO applied_changes (change_id, device_id, result, created_at)
SELECT :change_id, :device_id,
       CAST(regexp_replace(:result, :version_slot, '"version":' || s.value || ',') AS json), now() FROM s
RETURNING (SELECT value FROM s)"""
_PG_INSERT = text(f"""{_NUMBER},
r AS (INSERT INTO records (table_name, id, member_id, seq, deleted, data, field_meta, field_hlc, updated_at)
      SELECT :t, :i, :member_id, s.value, :deleted, CAST(:data AS json), {_META}, CAST(:field_hlc AS json),
             now() FROM s)
{_RESULT}""")
_PG_UPDATE = text(f"""{_NUMBER},
r AS (UPDATE records SET seq = s.value, deleted = :deleted, data = CAST(:data AS json), field_meta = {_META},
             field_hlc = CAST(:field_hlc AS json)
      FROM s WHERE records.table_name = :t AND records.id = :i)
{_RESULT}""")


@dataclass(frozen=True, slots=True)
class Write:
    """What a change leaves, but its sequence number (TO_COME in field_meta and in the result)."""

    table: str
    row_id: str
    member_id: str | None
    new: bool  # an insert, not an update
    data: dict[str, Any]
    field_meta: dict[str, Any]
    result: PushResult


def write(session: Session, who: Principal, change: Write) -> PushResult:
    """Take the number, write the row and the result; call it last in the change's transaction."""
    if session.connection().dialect.name == "postgresql":
        seq = _in_one_statement(session, who, change)
    else:
        seq = _step_by_step(session, who, change)
    return change.result.model_copy(update={"version": seq})


def record_result(session: Session, who: Principal, result: PushResult) -> None:
    session.connection().execute(insert(APPLIED), {
        "change_id": result.change_id, "device_id": who.device_id, "result": result.model_dump(mode="json")})


def _in_one_statement(session: Session, who: Principal, change: Write) -> int:
    params = {"t": change.table, "i": change.row_id, "member_id": change.member_id,
              "deleted": bool(change.data.get("deleted")), "data": json.dumps(change.data),
              "field_meta": json.dumps(change.field_meta),
              "field_hlc": json.dumps(clock_times(change.field_meta)),
              "change_id": change.result.change_id, "device_id": who.device_id,
              "result": change.result.model_dump_json(), "version_slot": VERSION_SLOT}
    return session.connection().execute(_PG_INSERT if change.new else _PG_UPDATE, params).scalar_one()


def _step_by_step(session: Session, who: Principal, change: Write) -> int:
    (seq,) = next_seqs(session)
    meta = {name: m | {"v": seq} if m["v"] == TO_COME else m for name, m in change.field_meta.items()}
    row = {"data": change.data, "field_meta": meta, "field_hlc": clock_times(meta), "seq": seq,
           "deleted": bool(change.data.get("deleted"))}
    if change.new:
        session.connection().execute(insert(RECORDS), row | {
            "table_name": change.table, "id": change.row_id, "member_id": change.member_id})
    else:
        session.connection().execute(_UPDATE, row | {"t": change.table, "i": change.row_id})
    record_result(session, who, change.result.model_copy(update={"version": seq}))
    return seq
