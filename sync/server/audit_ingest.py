"""Audit events from devices: stored append-only, each device's hash chain verified on arrival."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.store.audit import event_hash
from sync.protocol import AuditEventIn, AuditPushResponse
from sync.server.auth import Principal
from sync.server.models import AuditRecord, Device


def ingest(session: Session, who: Principal, events: list[AuditEventIn]) -> AuditPushResponse:
    device = session.get(Device, who.device_id, with_for_update=True)
    assert device is not None  # authenticate() found it
    for event in sorted(events, key=lambda e: e.seq):
        if event.seq <= device.audit_through:
            continue  # a retry of what we already hold
        problem = _problem(device, event)
        if problem:
            device.audit_chain_ok = False
            return AuditPushResponse(accepted_through=device.audit_through, chain_ok=False, reason=problem)
        session.add(AuditRecord(device_id=device.id, seq=event.seq, event_id=event.id,
                                member_id=event.member_id, username=event.user, action=event.action,
                                at=event.at, body=event.model_dump(mode="json")))
        device.audit_through, device.audit_head = event.seq, event.hash
    return AuditPushResponse(accepted_through=device.audit_through, chain_ok=device.audit_chain_ok)


def _problem(device: Device, event: AuditEventIn) -> str:
    if event.seq != device.audit_through + 1:
        return f"event #{event.seq} does not follow #{device.audit_through}: events are missing"
    if event.prev_hash != device.audit_head:
        return f"event #{event.seq} does not link to the previous event"
    fields = event.model_dump(include={"id", "at", "user", "device", "action", "entity_type", "entity_id",
                                       "member_id", "category", "details"})
    if event_hash(event.prev_hash, fields) != event.hash:
        return f"event #{event.seq} does not match its hash"
    return ""
