"""Applying pushed changes: idempotent, field by field, with conflicts kept and clinical records frozen.

Each change runs in its own transaction. A field changed on the server after the client's base
version by *another* device is concurrent: the later hybrid-logical-clock time wins the stored value,
and both values are kept as a conflict for the nurse to review.

A change is a handful of SQL statements through SQLAlchemy Core (the ORM's unit of work cost more than
the database did): lock the row, decide, then take the sequence number and write (sync/server/writes.py).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app.store.hlc import format_hlc, parse_hlc
from sync.protocol import (
    CLOSURE_NEEDS_APPROVAL,
    FROZEN_STATES,
    INSERT_ONLY_TABLES,
    STAMP_FIELDS,
    SUPERVISOR_DECISIONS,
    SYNCED_TABLES,
    Change,
    ChangeOp,
    ChangeResult,
    FieldConflict,
    PushResult,
    Role,
)
from sync.server.auth import Principal
from sync.server.models import AppliedChange, Assignment, Record, ServerConflict
from sync.server.scope import visible_members
from sync.server.writes import TO_COME, Write, record_result, write

CLOCK_TOLERANCE_MS = 60_000
RECORDS, APPLIED = Record.__table__, AppliedChange.__table__
# Built once: run on the connection itself (no per-statement ORM dispatch).
_LOCK = (select(RECORDS.c.member_id, RECORDS.c.data, RECORDS.c.field_meta)
         .where(RECORDS.c.table_name == bindparam("t"), RECORDS.c.id == bindparam("i")).with_for_update())


class Rejected(Exception):
    pass


def push(factory: sessionmaker[Session], who: Principal, changes: list[Change]) -> list[PushResult]:
    """Each change in its own transaction, on one session and one database connection (not one pool
    checkout and liveness ping per change); who-may-see-what and earlier results of retried changes are
    read once per batch."""
    with factory.kw["bind"].connect() as connection, factory(bind=connection) as session:
        with session.begin():
            visible = visible_members(session, who)
            earlier = _earlier_results(session, [c.change_id for c in changes])
        return [earlier.get(c.change_id) or push_one(session, who, c, visible) for c in changes]


def _earlier_results(session: Session, change_ids: list[str]) -> dict[str, PushResult]:
    rows = session.execute(select(APPLIED.c.change_id, APPLIED.c.result)
                           .where(APPLIED.c.change_id.in_(change_ids)))
    return {change_id: PushResult.model_validate(result) for change_id, result in rows}


@dataclass(frozen=True, slots=True)
class Stored:
    """The server's copy of a row, as read under its lock."""

    table: str
    id: str
    member_id: str | None
    data: dict[str, Any]
    field_meta: dict[str, Any]


def push_one(session: Session, who: Principal, change: Change, visible: set[str]) -> PushResult:
    session.expunge_all()  # nothing read in an earlier transaction may be trusted in this one
    try:
        with session.begin():
            return _apply(session, who, change, visible)
    except IntegrityError:  # the same change applied concurrently by a retry: return the first result
        with session.begin():
            earlier = session.scalar(select(APPLIED.c.result).where(APPLIED.c.change_id == change.change_id))
            if earlier is None:
                raise
            return PushResult.model_validate(earlier)


def _clamped(change: Change) -> Change:
    """A laptop whose clock runs days ahead must not win every later conflict: no change is stamped
    later than the server's own time when it arrives. (A slow clock is corrected on the laptop, whose
    hybrid clock moves past every time it pulls.)"""
    ceiling = format_hlc(int(time.time() * 1000) + CLOCK_TOLERANCE_MS, 99999, "~")
    if change.hlc <= ceiling:
        return change
    _, counter, node = parse_hlc(change.hlc)
    return change.model_copy(update={"hlc": format_hlc(int(time.time() * 1000), counter, node)})


def _reject(session: Session, who: Principal, change: Change, reason: str) -> PushResult:
    result = PushResult(change_id=change.change_id, result=ChangeResult.REJECTED, reason=reason)
    record_result(session, who, result)
    return result


def _apply(session: Session, who: Principal, change: Change, visible: set[str]) -> PushResult:
    change = _clamped(change)
    if change.table not in SYNCED_TABLES:
        return _reject(session, who, change, f"unknown table {change.table!r}")
    record = _locked(session, change.table, change.row_id)
    member_id = record.member_id if record else change.member_id
    try:
        _authorize(session, who, change, record, member_id, visible)
        _refuse_decision_by_non_supervisor(who, change)
        _refuse_unapproved_closure(session, who, change, record)
        _refuse_frozen(change, record)
    except Rejected as refusal:
        return _reject(session, who, change, str(refusal))
    if record is None:
        return write(session, who, _insert(who, change, member_id))
    return write(session, who, _merge(session, who, change, record))


def _locked(session: Session, table: str, row_id: str) -> Stored | None:
    """Row lock: two devices pushing the same row must merge one after the other, not both from the old
    copy."""
    row = session.connection().execute(_LOCK, {"t": table, "i": row_id}).first()
    return None if row is None else Stored(table, row_id, row.member_id, row.data, row.field_meta)


def _authorize(session: Session, who: Principal, change: Change, record: Stored | None,
               member_id: str | None, visible: set[str]) -> None:
    if member_id is None:
        raise Rejected("the change names no member")
    if record is not None and change.member_id and change.member_id != record.member_id:
        raise Rejected("a row cannot move to another member's chart")
    if member_id in visible:
        return
    # A member's own row not yet on the server (the row lock above found none): a referral made offline.
    # No one can have been assigned a member the server has never seen.
    is_new_referral = change.table == "member" and record is None and change.row_id == member_id
    if is_new_referral and who.role == Role.NURSE:  # intake made offline
        session.execute(insert(Assignment.__table__).values(member_id=member_id, username=who.username))
        visible.add(member_id)
        return
    # The batch's copy of the scope may be stale: another request (a retry of this very batch, say)
    # can have assigned the member since. Look again before refusing.
    visible |= visible_members(session, who)
    if member_id in visible:
        return
    raise Rejected("this member is not assigned to you")


def _refuse_decision_by_non_supervisor(who: Principal, change: Change) -> None:
    """A nurse requests closure; only a supervisor approves or denies it (the ICT's decision)."""
    rule = SUPERVISOR_DECISIONS.get(change.table)
    if rule is None or who.role == Role.SUPERVISOR:
        return
    status_field, decided, decision_fields = rule
    fields = change.fields
    if fields.get(status_field) in decided or any(fields.get(name) for name in decision_fields):
        raise Rejected("only a supervisor can decide a closure request")


def _refuse_unapproved_closure(
    session: Session, who: Principal, change: Change, record: Stored | None
) -> None:
    """A case closed for decline or unable-to-reach needs the supervisor's approval first; a nurse's laptop
    never closes such a case itself (the supervisor's decision does), so a push that tries is refused."""
    if change.table != "member" or change.fields.get("status") != "closed" or who.role == Role.SUPERVISOR:
        return
    reason = change.fields.get("closure_reason") or (record.data.get("closure_reason") if record else None)
    if reason not in CLOSURE_NEEDS_APPROVAL:
        return
    requests = session.scalars(select(RECORDS.c.data).where(RECORDS.c.table_name == "closure_request",
                                                            RECORDS.c.member_id == change.row_id))
    if not any(data.get("status") == "approved" and data.get("reason") == reason for data in requests):
        raise Rejected("closing a case for decline or unable to reach needs a supervisor's approval")


def _refuse_frozen(change: Change, record: Stored | None) -> None:
    if record is None:
        return
    if change.table in INSERT_ONLY_TABLES:
        raise Rejected(f"{change.table} rows are never changed once written")
    rule = FROZEN_STATES.get(change.table)
    if rule is None:
        return
    status_field, frozen, allowed = rule
    if record.data.get(status_field) in frozen:
        touched = set(change.fields) - STAMP_FIELDS - allowed
        if touched or change.op == ChangeOp.DELETE:
            raise Rejected(f"a {record.data.get(status_field)} {change.table} is a signed record: "
                           "add an addendum instead of editing it")


def _meta(change: Change, who: Principal) -> dict[str, Any]:
    """A field's change record: this change (its sequence number to come), its time, this device."""
    return {"v": TO_COME, "hlc": change.hlc, "dev": who.device_id}


def _insert(who: Principal, change: Change, member_id: str | None) -> Write:
    deleted = change.op == ChangeOp.DELETE or bool(change.fields.get("deleted"))
    data = dict(change.fields) | {"deleted": deleted}
    meta = {name: _meta(change, who) for name in data}
    return Write(change.table, change.row_id, member_id, True, data, meta,
                 PushResult(change_id=change.change_id, result=ChangeResult.APPLIED))


def _merge(session: Session, who: Principal, change: Change, record: Stored) -> Write:
    fields = dict(change.fields)
    if change.op == ChangeOp.DELETE:
        fields["deleted"] = True
    data, meta = dict(record.data), dict(record.field_meta)
    conflicts: list[FieldConflict] = []
    taken: list[str] = []
    for name, value in fields.items():
        last = meta.get(name)
        concurrent = last is not None and last["v"] > change.base_version and last["dev"] != who.device_id
        if not concurrent or change.hlc > last["hlc"]:
            taken.append(name)
        if concurrent and name not in STAMP_FIELDS and data.get(name) != value:
            kept = "local" if name in taken else "server"
            conflicts.append(FieldConflict(field=name, local_value=value, server_value=data.get(name),
                                           server_hlc=last["hlc"], kept=kept))
    for name in taken:
        data[name] = fields[name]
        meta[name] = _meta(change, who)
    if conflicts:
        session.execute(insert(ServerConflict.__table__), [
            {"table_name": record.table, "row_id": record.id, "member_id": record.member_id,
             "field": c.field, "device_id": who.device_id,
             "values": {"client": c.local_value, "server": c.server_value, "kept": c.kept}}
            for c in conflicts])
    outcome = ChangeResult.CONFLICT if conflicts else (
        ChangeResult.MERGED if record_changed_since(meta, change.base_version, who) else ChangeResult.APPLIED
    )
    result = PushResult(change_id=change.change_id, result=outcome, conflicts=conflicts)
    return Write(record.table, record.id, record.member_id, False, data, meta, result)


def record_changed_since(meta: dict[str, Any], base_version: int, who: Principal) -> bool:
    """Did another device change any field after the client's base? (Then this was a silent merge.)"""
    return any(m["v"] > base_version and m["dev"] != who.device_id for m in meta.values())
