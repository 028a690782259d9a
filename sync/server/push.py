"""Applying pushed changes: idempotent, field by field, with conflicts kept and clinical records frozen.

Each change runs in its own transaction. A field changed on the server after the client's base
version by *another* device is concurrent: the later hybrid-logical-clock time wins the stored value,
and both values are kept as a conflict for the nurse to review.
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import insert, select
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
from sync.server.db import next_seqs
from sync.server.models import AppliedChange, Assignment, Record, ServerConflict
from sync.server.scope import visible_members

CLOCK_TOLERANCE_MS = 60_000


class Rejected(Exception):
    pass


def push(factory: sessionmaker[Session], who: Principal, changes: list[Change]) -> list[PushResult]:
    """Each change in its own transaction, on one session; who-may-see-what and earlier results of
    retried changes are read once per batch."""
    with factory() as session:
        with session.begin():
            visible = visible_members(session, who)
            earlier = _earlier_results(session, [c.change_id for c in changes])
        return [earlier.get(c.change_id) or push_one(session, who, c, visible) for c in changes]


def _earlier_results(session: Session, change_ids: list[str]) -> dict[str, PushResult]:
    rows = session.execute(select(AppliedChange.change_id, AppliedChange.result)
                           .where(AppliedChange.change_id.in_(change_ids)))
    return {change_id: PushResult.model_validate(result) for change_id, result in rows}


def push_one(session: Session, who: Principal, change: Change, visible: set[str]) -> PushResult:
    session.expunge_all()  # nothing read in an earlier transaction may be trusted in this one
    try:
        with session.begin():
            result = _apply(session, who, change, visible)
            session.execute(insert(AppliedChange).values(
                change_id=change.change_id, device_id=who.device_id, result=result.model_dump(mode="json")))
            return result
    except IntegrityError:  # the same change applied concurrently by a retry: return the first result
        with session.begin():
            earlier = session.get(AppliedChange, change.change_id)
            if earlier is None:
                raise
            return PushResult.model_validate(earlier.result)


def _clamped(change: Change) -> Change:
    """A laptop whose clock runs days ahead must not win every later conflict: no change is stamped
    later than the server's own time when it arrives. (A slow clock is corrected on the laptop, whose
    hybrid clock moves past every time it pulls.)"""
    ceiling = format_hlc(int(time.time() * 1000) + CLOCK_TOLERANCE_MS, 99999, "~")
    if change.hlc <= ceiling:
        return change
    _, counter, node = parse_hlc(change.hlc)
    return change.model_copy(update={"hlc": format_hlc(int(time.time() * 1000), counter, node)})


def _reject(change: Change, reason: str) -> PushResult:
    return PushResult(change_id=change.change_id, result=ChangeResult.REJECTED, reason=reason)


def _apply(session: Session, who: Principal, change: Change, visible: set[str]) -> PushResult:
    change = _clamped(change)
    if change.table not in SYNCED_TABLES:
        return _reject(change, f"unknown table {change.table!r}")
    # Row lock: two devices pushing the same row must merge one after the other, not both from the old copy.
    record = session.get(Record, (change.table, change.row_id), with_for_update=True)
    member_id = record.member_id if record else change.member_id
    try:
        _authorize(session, who, change, record, member_id, visible)
        _refuse_decision_by_non_supervisor(who, change)
        _refuse_unapproved_closure(session, who, change, record)
        _refuse_frozen(change, record)
    except Rejected as refusal:
        return _reject(change, str(refusal))
    if record is None:
        return _insert(session, who, change, member_id)
    return _merge(session, who, change, record)


def _authorize(session: Session, who: Principal, change: Change, record: Record | None,
               member_id: str | None, visible: set[str]) -> None:
    if member_id is None:
        raise Rejected("the change names no member")
    if record is not None and change.member_id and change.member_id != record.member_id:
        raise Rejected("a row cannot move to another member's chart")
    if member_id in visible:
        return
    # The batch's copy of the scope may be stale: another request (a retry of this very batch, say)
    # can have assigned the member since. Look again before refusing.
    visible |= visible_members(session, who)
    if member_id in visible:
        return
    is_new_referral = change.table == "member" and record is None and change.row_id == member_id
    known = session.scalar(select(Record.id).where(Record.table_name == "member", Record.id == member_id))
    if is_new_referral and who.role == Role.NURSE and known is None:
        session.add(Assignment(member_id=member_id, username=who.username))  # intake made offline
        visible.add(member_id)
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
    session: Session, who: Principal, change: Change, record: Record | None
) -> None:
    """A case closed for decline or unable-to-reach needs the supervisor's approval first; a nurse's laptop
    never closes such a case itself (the supervisor's decision does), so a push that tries is refused."""
    if change.table != "member" or change.fields.get("status") != "closed" or who.role == Role.SUPERVISOR:
        return
    reason = change.fields.get("closure_reason") or (record.data.get("closure_reason") if record else None)
    if reason not in CLOSURE_NEEDS_APPROVAL:
        return
    requests = session.scalars(select(Record.data).where(Record.table_name == "closure_request",
                                                         Record.member_id == change.row_id))
    if not any(data.get("status") == "approved" and data.get("reason") == reason for data in requests):
        raise Rejected("closing a case for decline or unable to reach needs a supervisor's approval")


def _refuse_frozen(change: Change, record: Record | None) -> None:
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


def _meta(change: Change, who: Principal, seq: int) -> dict[str, Any]:
    return {"v": seq, "hlc": change.hlc, "dev": who.device_id}


def _insert(session: Session, who: Principal, change: Change, member_id: str | None) -> PushResult:
    deleted = change.op == ChangeOp.DELETE or bool(change.fields.get("deleted"))
    data = dict(change.fields) | {"deleted": deleted}
    record = Record(table_name=change.table, id=change.row_id, member_id=member_id, data=data,
                    deleted=data["deleted"], field_meta={}, seq=0)
    session.add(record)
    (seq,) = next_seqs(session)
    record.seq = seq
    record.field_meta = {name: _meta(change, who, seq) for name in data}
    return PushResult(change_id=change.change_id, result=ChangeResult.APPLIED, version=seq)


def _merge(session: Session, who: Principal, change: Change, record: Record) -> PushResult:
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
    (seq,) = next_seqs(session)
    for name in taken:
        data[name] = fields[name]
        meta[name] = _meta(change, who, seq)
    record.data, record.field_meta, record.seq = data, meta, seq
    record.deleted = bool(data.get("deleted"))
    for conflict in conflicts:
        session.add(ServerConflict(table_name=record.table_name, row_id=record.id, member_id=record.member_id,
                                   field=conflict.field, device_id=who.device_id,
                                   values={"client": conflict.local_value, "server": conflict.server_value,
                                           "kept": conflict.kept}))
    outcome = ChangeResult.CONFLICT if conflicts else (
        ChangeResult.MERGED if record_changed_since(meta, change.base_version, who) else ChangeResult.APPLIED
    )
    return PushResult(change_id=change.change_id, result=outcome, version=seq, conflicts=conflicts)


def record_changed_since(meta: dict[str, Any], base_version: int, who: Principal) -> bool:
    """Did another device change any field after the client's base? (Then this was a silent merge.)"""
    return any(m["v"] > base_version and m["dev"] != who.device_id for m in meta.values())
