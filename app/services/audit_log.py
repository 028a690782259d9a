"""Reading the audit trail: who viewed or changed a chart (the chart's Access log)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model.audit import AuditEvent
from app.model.enums import AuditAction, DataCategory

ACCESS_LOG_LIMIT = 1000


@dataclass(frozen=True, slots=True)
class AccessEntry:
    at: datetime
    user: str
    action: AuditAction
    category: DataCategory
    entity_type: str


def for_member(session: Session, member_id: str, *, limit: int = ACCESS_LOG_LIMIT) -> tuple[AccessEntry, ...]:
    """Newest first. Reading the log is part of viewing the chart, which is itself audited."""
    rows = session.execute(
        select(AuditEvent.at, AuditEvent.user, AuditEvent.action, AuditEvent.category, AuditEvent.entity_type)
        .where(AuditEvent.member_id == member_id)
        .order_by(AuditEvent.seq.desc())
        .limit(limit)
    )
    return tuple(AccessEntry(*row) for row in rows)
