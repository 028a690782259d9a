"""The server's own audit chain: acts done on the server (emergency access, designations) are hash-chained
exactly like a laptop's events and stored beside them, so ``carefield-server audit`` lists and verifies them
the same way.

The chain belongs to a pseudo-device, created revoked so no laptop can ever sign in under its id.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from app.model.enums import AuditAction, DataCategory
from app.store.audit import event_hash
from app.store.base import new_id
from app.store.codec import encode
from sync.server.models import AuditRecord, Device

SERVER_DEVICE = "~server"
SERVER_USER = "~server"


def record(session: Session, *, user: str, action: AuditAction, entity_type: str, entity_id: str,
           member_id: str | None = None, details: dict[str, Any] | None = None, at: datetime | None = None,
           category: DataCategory | None = None) -> None:
    """Append one event to the server's chain (the device row is locked: events are serialized)."""
    device = _chain(session, at or datetime.now(UTC))
    category = category or (DataCategory.CHART if member_id else DataCategory.SYSTEM)
    fields = {"id": new_id(), "at": encode(at or datetime.now(UTC)), "user": user, "device": SERVER_DEVICE,
              "action": action.value, "entity_type": entity_type, "entity_id": entity_id,
              "member_id": member_id, "category": category.value, "details": details or {}}
    seq, digest = device.audit_through + 1, event_hash(device.audit_head, fields)
    body = fields | {"seq": seq, "prev_hash": device.audit_head, "hash": digest}
    session.add(AuditRecord(device_id=SERVER_DEVICE, seq=seq, event_id=fields["id"], member_id=member_id,
                            username=user, action=action.value, at=fields["at"], body=body))
    device.audit_through, device.audit_head = seq, digest


def _chain(session: Session, now: datetime) -> Device:
    device = session.get(Device, SERVER_DEVICE, with_for_update=True)
    if device is None:
        device = Device(id=SERVER_DEVICE, username=SERVER_USER, name="Carefield server (its own audit chain)",
                        revoked_at=now, audit_through=0, audit_head="0" * 64, audit_chain_ok=True)
        session.add(device)
        session.flush()
    return device
