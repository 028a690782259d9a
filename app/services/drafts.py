"""Autosaved work in progress: what the nurse has typed, kept on this laptop until signed or discarded.

Drafts live in the local-only ``draft`` table: they never reach the outbox or the server, and a save
every few seconds is not audited (only creating and discarding one are), so autosave neither floods
the audit trail nor syncs half-typed notes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.actor import Actor
from app.errors import NotFound, ValidationError
from app.model.enums import AuditAction, DataCategory
from app.model.local import Draft
from app.services.records import live_member
from app.store import audit
from app.store.base import utcnow

MAX_PAYLOAD_CHARS = 1_000_000


@dataclass(frozen=True, slots=True)
class DraftView:
    id: str
    kind: str
    member_id: str | None
    entity_id: str | None
    payload: Mapping[str, Any]
    saved_at: datetime


def save_draft(
    s: Session, actor: Actor, member_id: str, payload: dict[str, Any], *,
    draft_id: str | None = None, entity_id: str | None = None, kind: str = "encounter",
) -> DraftView:
    """Create or overwrite a draft. Only its creation is audited."""
    _check_payload(payload)
    row = s.get(Draft, draft_id) if draft_id else None
    if row is None:
        live_member(s, member_id)
        row = Draft(kind=kind, member_id=member_id, entity_id=entity_id, payload=dict(payload))
        if draft_id:
            row.id = draft_id
        s.add(row)
        s.flush()
        audit.record(s, actor, AuditAction.CREATE, DataCategory.ENCOUNTERS,
                     entity_type="draft", entity_id=row.id, member_id=member_id)
    else:
        row.payload, row.entity_id = dict(payload), entity_id or row.entity_id
    row.saved_at = utcnow()
    s.flush()
    return _view(row)


def list_drafts(s: Session, *, member_id: str | None = None) -> list[DraftView]:
    """Newest first; offered back at unlock so nothing typed before a crash is lost."""
    query = select(Draft).order_by(Draft.saved_at.desc())
    if member_id is not None:
        query = query.where(Draft.member_id == member_id)
    return [_view(row) for row in s.scalars(query)]


def discard_draft(s: Session, actor: Actor, draft_id: str) -> None:
    row = s.get(Draft, draft_id)
    if row is None:
        raise NotFound("draft", draft_id)
    member_id = row.member_id
    s.delete(row)
    s.flush()
    audit.record(s, actor, AuditAction.DELETE, DataCategory.ENCOUNTERS,
                 entity_type="draft", entity_id=draft_id, member_id=member_id)


def _check_payload(payload: Any) -> None:
    if not isinstance(payload, Mapping):
        raise ValidationError("payload", "must be a mapping of form fields")
    try:
        size = len(json.dumps(payload))
    except (TypeError, ValueError):
        raise ValidationError("payload", "must hold only text, numbers, lists and mappings") from None
    if size > MAX_PAYLOAD_CHARS:
        raise ValidationError("payload", "is too large to keep as a draft")


def _view(row: Draft) -> DraftView:
    return DraftView(id=row.id, kind=row.kind, member_id=row.member_id, entity_id=row.entity_id,
                     payload=dict(row.payload), saved_at=row.saved_at)
