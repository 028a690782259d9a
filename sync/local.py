"""The laptop side of sync, inside the encrypted store: reading the outbox, recording push results,
applying pulled pages (sync/pulled.py) and purging members no longer assigned. No network here, no Qt."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from app.model import MODEL_BY_TABLE, AuditEvent, Conflict, Member, OutboxEntry
from app.store.codec import encode
from app.store.state import set_state, state  # noqa: F401  (sync's callers use them from here)
from sync.protocol import Change, ChangeResult, PushResult
from sync.pulled import DEFER_FKS, apply_rows, resume_cursor  # noqa: F401  (the client's steps, in one place)

AUDIT_FIELDS = ("seq", "id", "at", "user", "device", "action", "entity_type", "entity_id", "member_id",
                "category", "details", "prev_hash", "hash")


def pending_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(OutboxEntry)) or 0


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
