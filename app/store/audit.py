"""Writing and verifying the hash-chained audit trail.

Each event's hash covers its own fields and the previous event's hash, so altering or removing any
row breaks every link after it. The database refuses UPDATE and DELETE on the table (triggers);
verification catches what someone holding the raw key does anyway.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.actor import Actor
from app.model.audit import AuditEvent
from app.model.enums import AuditAction, DataCategory
from app.store.base import new_id, utcnow
from app.store.codec import encode

GENESIS = "0" * 64
_HASHED = (
    "id", "at", "user", "device", "action", "entity_type", "entity_id", "member_id", "category", "details",
)


def event_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    body = json.dumps({k: encode(fields[k]) for k in _HASHED}, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: Actor,
    action: AuditAction,
    category: DataCategory,
    *,
    entity_type: str = "",
    entity_id: str = "",
    member_id: str | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Append one event. Details name ids and field names, never PHI values."""
    prev = session.execute(select(AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).scalar()
    fields: dict[str, Any] = {
        "id": new_id(),
        "at": utcnow(),
        "user": actor.user,
        "device": actor.device,
        "action": AuditAction(action),
        "entity_type": entity_type,
        "entity_id": entity_id,
        "member_id": member_id,
        "category": DataCategory(category),
        "details": details or {},
    }
    prev_hash = prev or GENESIS
    digest = event_hash(prev_hash, fields)
    session.execute(insert(AuditEvent).values(**fields, prev_hash=prev_hash, hash=digest))


@dataclass(frozen=True, slots=True)
class ChainReport:
    ok: bool
    checked: int
    first_bad_seq: int | None = None
    reason: str = ""


def verify(session: Session) -> ChainReport:
    """Walk the chain in order; report the first event whose link or content does not hold."""
    expected_prev, expected_seq, checked = GENESIS, None, 0
    rows = session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars()
    for event in rows:
        fields = {k: getattr(event, k) for k in _HASHED}
        if expected_seq is not None and event.seq != expected_seq:
            return ChainReport(False, checked, event.seq, f"events missing before #{event.seq}")
        if event.prev_hash != expected_prev:
            return ChainReport(False, checked, event.seq, "link to the previous event is broken")
        if event_hash(event.prev_hash, fields) != event.hash:
            return ChainReport(False, checked, event.seq, "event content does not match its hash")
        expected_prev, expected_seq, checked = event.hash, event.seq + 1, checked + 1
    return ChainReport(True, checked)
