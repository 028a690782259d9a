"""The laptop side of sync, inside the encrypted store: reading the outbox, recording push results,
applying pulled pages and purging members no longer assigned. No network here, no Qt."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import bindparam, delete, select, text, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from app.model import MODEL_BY_TABLE, AuditEvent, Conflict, Member, OutboxEntry
from app.store.codec import decode, encode
from app.store.state import set_state, state  # noqa: F401  (sync's callers use them from here)
from sync.protocol import Change, ChangeResult, PushResult, Row

# Parents and children may arrive in one page in any order; check references at commit instead.
DEFER_FKS = text("PRAGMA defer_foreign_keys = ON")
AUDIT_FIELDS = ("seq", "id", "at", "user", "device", "action", "entity_type", "entity_id", "member_id",
                "category", "details", "prev_hash", "hash")


def pending_count(session: Session) -> int:
    return len(session.scalars(select(OutboxEntry.seq)).all())


def next_batch(session: Session, limit: int) -> list[Change]:
    entries = session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq).limit(limit))
    return [
        Change(change_id=e.change_id, table=e.table_name, row_id=e.row_id, member_id=e.member_id, op=e.op,
               fields=e.fields, base_version=e.base_version, hlc=e.hlc)
        for e in entries
    ]


def record_results(session: Session, changes: list[Change], results: list[PushResult]) -> None:
    """The server has these changes: drop them from the outbox, keep versions and conflicts."""
    by_id = {c.change_id: c for c in changes}
    done = [r for r in results if r.change_id in by_id]
    for start in range(0, len(done), 500):
        chunk = [r.change_id for r in done[start:start + 500]]
        session.execute(delete(OutboxEntry).where(OutboxEntry.change_id.in_(chunk)))
    versions: dict[str, dict[str, int]] = defaultdict(dict)
    for result in done:
        change = by_id[result.change_id]
        if result.result == ChangeResult.REJECTED:
            session.add(Conflict(table_name=change.table, row_id=change.row_id, member_id=change.member_id,
                                 field="*", local_value=change.fields, server_value=result.reason,
                                 resolution="rejected"))
            continue
        if change.table in MODEL_BY_TABLE:
            known = versions[change.table].get(change.row_id, 0)
            versions[change.table][change.row_id] = max(known, result.version)
        for conflict in result.conflicts:
            session.add(Conflict(table_name=change.table, row_id=change.row_id, member_id=change.member_id,
                                 field=conflict.field, local_value=conflict.local_value,
                                 server_value=conflict.server_value, local_hlc=change.hlc,
                                 server_hlc=conflict.server_hlc, resolution=f"kept_{conflict.kept}"))
    for table, by_row in versions.items():
        target = MODEL_BY_TABLE[table].__table__
        stmt = (update(target).where(target.c.id == bindparam("row"), target.c.version < bindparam("v"))
                .values(version=bindparam("v")))
        session.connection().execute(stmt, [{"row": row, "v": v} for row, v in by_row.items()])


def apply_rows(session: Session, rows: Iterable[Row]) -> None:
    """Upsert pulled rows (Core executemany, no outbox). Fields the nurse changed since and not yet
    pushed are kept: such rows (rare) are upserted one by one without those fields."""
    session.execute(DEFER_FKS)
    rows = list(rows)
    pending = _pending_fields(session, [row.id for row in rows])
    batches: dict[tuple[str, frozenset[str], frozenset[str]], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        model = MODEL_BY_TABLE.get(row.table)
        if model is None:
            continue
        values = _decoded(model, row)
        keep = pending.get(row.id, set())
        batches[(row.table, frozenset(values), frozenset(keep))].append(values)
    for (table, keys, keep), params in batches.items():
        target = MODEL_BY_TABLE[table].__table__
        stmt = insert(target)
        changing = {k: stmt.excluded[k] for k in keys if k != "id" and k not in keep}
        session.connection().execute(stmt.on_conflict_do_update(index_elements=["id"], set_=changing), params)


def _decoded(model: Any, row: Row) -> dict[str, Any]:
    columns = model.__table__.columns
    values = {c.key: decode(c, row.fields[c.key]) for c in columns if c.key in row.fields}
    values.update(id=row.id, version=row.version, deleted=row.deleted)
    if row.member_id is not None and "member_id" in columns:
        values["member_id"] = row.member_id
    return values


def _pending_fields(session: Session, row_ids: list[str]) -> dict[str, set[str]]:
    pending: dict[str, set[str]] = defaultdict(set)
    for start in range(0, len(row_ids), 500):
        chunk = row_ids[start:start + 500]
        for row_id, fields in session.execute(
            select(OutboxEntry.row_id, OutboxEntry.fields).where(OutboxEntry.row_id.in_(chunk))
        ):
            pending[row_id].update(fields)
    return pending


def purge_members(session: Session, member_ids: Iterable[str]) -> int:
    """Remove a member's whole chart from the laptop (minimum necessary); cascades to every child row."""
    ids = list(member_ids)
    if not ids:
        return 0
    session.execute(DEFER_FKS)
    session.execute(delete(OutboxEntry).where(OutboxEntry.member_id.in_(ids)))
    session.execute(delete(Conflict).where(Conflict.member_id.in_(ids)))
    for model in MODEL_BY_TABLE.values():
        if model is not Member:
            session.execute(delete(model).where(model.member_id.in_(ids)))
    return session.execute(delete(Member).where(Member.id.in_(ids))).rowcount


def audit_batch(session: Session, after: int, limit: int) -> list[dict[str, Any]]:
    events = session.scalars(select(AuditEvent).where(AuditEvent.seq > after).order_by(AuditEvent.seq)
                             .limit(limit))
    return [{k: encode(getattr(e, k)) for k in AUDIT_FIELDS} for e in events]
