"""Sync conflicts the nurse reviews: the same field changed here and on the server (both values kept),
or a change the server refused. Resolving one writes the chosen value as a normal, audited change,
so the decision syncs to the server and to every other laptop."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.actor import Actor
from app.errors import NotFound, ValidationError
from app.model import MODEL_BY_TABLE, Conflict
from app.model.enums import AuditAction, ConflictStatus, DataCategory
from app.store import audit
from app.store.base import utcnow
from app.store.codec import decode


@dataclass(frozen=True, slots=True)
class ConflictView:
    id: str
    table_name: str
    row_id: str
    member_id: str | None
    field: str  # "*" when the server refused the whole change
    local_value: Any
    server_value: Any
    detected_at: datetime
    resolution: str  # kept_local / kept_server (which value last-writer-wins stored), or rejected
    status: ConflictStatus

    @property
    def refused(self) -> bool:
        return self.field == "*"


def open_conflicts(session: Session, member_id: str | None = None) -> list[ConflictView]:
    query = select(Conflict).where(Conflict.status == ConflictStatus.OPEN).order_by(Conflict.detected_at)
    if member_id:
        query = query.where(Conflict.member_id == member_id)
    return [_view(c) for c in session.scalars(query)]


def count_open(session: Session) -> int:
    return len(session.scalars(select(Conflict.id).where(Conflict.status == ConflictStatus.OPEN)).all())


def resolve(session: Session, actor: Actor, conflict_id: str, choice: str, value: Any = None) -> ConflictView:
    """``choice``: "mine" (the laptop's value), "theirs" (the server's), "edit" (``value``), or
    "dismiss" (for a refused change: acknowledge it; nothing is re-sent)."""
    conflict = session.get(Conflict, conflict_id)
    if conflict is None or conflict.status != ConflictStatus.OPEN:
        raise NotFound("conflict", conflict_id)
    if conflict.field == "*":
        if choice != "dismiss":
            raise ValidationError("choice", "a refused change can only be acknowledged")
    elif choice in ("mine", "theirs", "edit"):
        chosen = {"mine": conflict.local_value, "theirs": conflict.server_value, "edit": value}[choice]
        _write(session, conflict, chosen)
    else:
        raise ValidationError("choice", "must be mine, theirs or edit")
    conflict.status, conflict.resolution = ConflictStatus.RESOLVED, choice
    conflict.resolved_at, conflict.resolved_by = utcnow(), actor.user
    session.flush()
    audit.record(session, actor, AuditAction.CONFLICT_RESOLVED, DataCategory.SYSTEM,
                 entity_type=conflict.table_name, entity_id=conflict.row_id, member_id=conflict.member_id,
                 details={"field": conflict.field, "choice": choice})
    return _view(conflict)


def _write(session: Session, conflict: Conflict, encoded: Any) -> None:
    """Store the chosen value through the ORM, so the outbox sends it as an ordinary update."""
    model = MODEL_BY_TABLE.get(conflict.table_name)
    row = session.get(model, conflict.row_id) if model else None
    if row is None:
        raise NotFound(conflict.table_name, conflict.row_id)
    column = model.__table__.columns.get(conflict.field)
    if column is None:
        raise ValidationError("field", "no longer exists on this record")
    setattr(row, conflict.field, decode(column, encoded))
    if session.is_modified(row):
        return
    # The row already holds the chosen value: touch the field so the choice is still pushed, which
    # makes every laptop converge on it.
    from sqlalchemy.orm.attributes import flag_modified

    flag_modified(row, conflict.field)


def _view(conflict: Conflict) -> ConflictView:
    return ConflictView(conflict.id, conflict.table_name, conflict.row_id, conflict.member_id, conflict.field,
                        conflict.local_value, conflict.server_value, conflict.detected_at,
                        conflict.resolution, conflict.status)
