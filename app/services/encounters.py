"""Encounters: what a nurse documents at every contact, and the rules that keep a signed note intact.

A draft may be edited freely; signing freezes it. After that the record only grows: an addendum,
a late entry (written now about an earlier date of service) or a correction (with its reason) is
attached, or the whole note is marked entered in error with a reason. Nothing is ever hidden.
"""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from app.actor import Actor
from app.errors import IntegrityError, NotFound, ValidationError
from app.model.encounter import Addendum, Encounter
from app.model.enums import (
    AddendumKind,
    AuditAction,
    ContactOutcome,
    DataCategory,
    EncounterKind,
    EncounterStatus,
    MemberStatus,
)
from app.services import fields as f
from app.services import members
from app.services.drafts import DraftView, discard_draft, list_drafts, save_draft
from app.services.encounter_fields import ADDENDUM_SPEC, SPEC, TEMPLATES, complete, refuse_future
from app.services.encounter_reports import MonthMinutes, NoteHit, minutes_by_month, search_notes
from app.services.encounter_views import AddendumView, EncounterView, addenda_for, to_view
from app.services.records import live_member
from app.services.vitals import VITAL_LIMITS, VITAL_NORMAL
from app.store import audit
from app.store.base import utcnow

# Kinds that are a conversation with the member unless an outcome says otherwise.
MEMBER_CONTACT_KINDS = frozenset({EncounterKind.HOME_VISIT, EncounterKind.TELEPHONIC, EncounterKind.VIDEO})
SIGNED = frozenset({EncounterStatus.SIGNED, EncounterStatus.AMENDED})
_FOLLOWED = frozenset({MemberStatus.IDENTIFIED, MemberStatus.OUTREACH, MemberStatus.ENROLLED})


def create(s: Session, actor: Actor, member_id: str, **fields: Any) -> EncounterView:
    """A new draft encounter."""
    live_member(s, member_id)
    values = complete(f.clean(SPEC, fields), {})
    row = Encounter(member_id=member_id, status=EncounterStatus.DRAFT, **values)
    s.add(row)
    s.flush()
    _audit(s, actor, AuditAction.CREATE, row, {"fields": sorted(values)})
    return to_view(row, ())


def update(s: Session, actor: Actor, encounter_id: str, **changes: Any) -> EncounterView:
    row = _row(s, encounter_id)
    _require_draft(row, "edited")
    values = complete(f.clean(SPEC, changes, partial=True), row)
    for name, value in values.items():
        setattr(row, name, value)
    s.flush()
    _audit(s, actor, AuditAction.UPDATE, row, {"fields": sorted(changes)})
    return to_view(row, ())


def sign(s: Session, actor: Actor, encounter_id: str) -> EncounterView:
    """Draft → signed: from now on the note only grows by addenda."""
    row = _row(s, encounter_id)
    _require_draft(row, "signed again")
    if not row.note.strip() and row.kind != EncounterKind.CONTACT_ATTEMPT:
        raise ValidationError("note", "is required before the encounter can be signed")
    row.status, row.signed_at, row.signed_by = EncounterStatus.SIGNED, utcnow(), actor.user
    s.flush()
    refresh_last_contact(s, row.member_id)
    _audit(s, actor, AuditAction.SIGN, row)
    return to_view(row, ())


def add_addendum(
    s: Session, actor: Actor, encounter_id: str, kind: AddendumKind | str, text: str, *,
    reason: str = "", service_date: date | None = None,
) -> EncounterView:
    row = _row(s, encounter_id)
    if row.status not in SIGNED:
        raise IntegrityError(f"an addendum can only be added to a signed note, not to a {row.status} one",
                             reason=f"encounter_{row.status}")
    values = f.clean(ADDENDUM_SPEC, {"kind": kind, "text": text, "reason": reason,
                                     "service_date": service_date})
    _check_addendum(values)
    s.add(Addendum(member_id=row.member_id, encounter_id=row.id, signed_at=utcnow(), signed_by=actor.user,
                   **values))
    row.status = EncounterStatus.AMENDED
    s.flush()
    _audit(s, actor, AuditAction.SIGN, row, {"addendum": str(values["kind"])})
    return to_view(row, addenda_for(s, [row.id]).get(row.id, ()))


def mark_entered_in_error(s: Session, actor: Actor, encounter_id: str, reason: str) -> EncounterView:
    """The note stays in the chart, marked, with the reason; it stops counting as a contact."""
    row = _row(s, encounter_id)
    if row.status == EncounterStatus.ENTERED_IN_ERROR:
        raise IntegrityError("this note is already marked entered in error", reason="entered_in_error")
    reason = f.text(2000)(reason if isinstance(reason, str) else None)
    if not reason:
        raise ValidationError("reason", "is required to mark a note entered in error")
    row.status, row.error_reason = EncounterStatus.ENTERED_IN_ERROR, reason
    s.flush()
    refresh_last_contact(s, row.member_id)
    _audit(s, actor, AuditAction.UPDATE, row, {"fields": ["error_reason", "status"]})
    return to_view(row, addenda_for(s, [row.id]).get(row.id, ()))


def get(s: Session, actor: Actor, encounter_id: str) -> EncounterView:
    row = _row(s, encounter_id)
    _audit(s, actor, AuditAction.VIEW, row)
    return to_view(row, addenda_for(s, [row.id]).get(row.id, ()))


_COLUMNS = [getattr(Encounter, column.key) for column in Encounter.__table__.columns]


def list_for(s: Session, member_id: str) -> list[EncounterView]:
    """Every encounter of the member, newest first, entered-in-error ones included, with their addenda.

    Read as rows of columns, not ORM objects: a five-year chart has hundreds, and nothing here changes
    them (a row has the same names as the mapped object, so ``to_view`` takes either)."""
    rows = s.execute(select(*_COLUMNS)
                     .where(Encounter.member_id == member_id, Encounter.deleted.is_(False))
                     .order_by(Encounter.started_at.desc(), Encounter.created_at.desc())).all()
    addenda = addenda_for(s, [r.id for r in rows], member_id=member_id)
    return [to_view(cast(Encounter, row), addenda.get(row.id, ())) for row in rows]


def is_contact() -> ColumnElement[bool]:
    """SQL: the encounter reached the member (an explicit 'reached', or a visit/call with no outcome)."""
    return or_(Encounter.outcome == ContactOutcome.REACHED,
               and_(Encounter.outcome.is_(None), Encounter.kind.in_(MEMBER_CONTACT_KINDS)))


def refresh_last_contact(s: Session, member_id: str) -> None:
    """Keep the caseload's last-contact and next-due columns true to the signed record."""
    member = live_member(s, member_id)
    last = s.scalar(select(func.max(Encounter.started_at)).where(
        Encounter.member_id == member_id, Encounter.deleted.is_(False), Encounter.status.in_(SIGNED),
        is_contact()))
    if member.last_contact_at != last:
        member.last_contact_at = last
    if member.status in _FOLLOWED:
        due = members.next_due(member.risk_tier, last, member.identified_on, program=member.program)
        if member.next_due_on != due:
            member.next_due_on = due
    s.flush()


def _require_draft(row: Encounter, verb: str) -> None:
    if row.status != EncounterStatus.DRAFT:
        raise IntegrityError(f"a {row.status} note cannot be {verb}: add an addendum, a late entry or "
                             "a correction instead", reason=f"encounter_{row.status}")


def _check_addendum(values: dict[str, Any]) -> None:
    if values["kind"] == AddendumKind.LATE_ENTRY:
        if values["service_date"] is None:
            raise ValidationError("service_date", "is required for a late entry")
        if values["service_date"] >= date.today():
            raise ValidationError("service_date", "must be a date before today for a late entry")
    elif values["service_date"] is not None:
        raise ValidationError("service_date", "is given only for a late entry")
    if values["kind"] == AddendumKind.CORRECTION and not values["reason"]:
        raise ValidationError("reason", "is required for a correction")


def _row(s: Session, encounter_id: str) -> Encounter:
    row = s.get(Encounter, encounter_id)
    if row is None or row.deleted:
        raise NotFound("encounter", encounter_id)
    return row


def _audit(s: Session, actor: Actor, action: AuditAction, row: Encounter,
           details: dict[str, Any] | None = None) -> None:
    audit.record(s, actor, action, DataCategory.ENCOUNTERS, entity_type="encounter", entity_id=row.id,
                 member_id=row.member_id, details=details)


__all__ = [
    "TEMPLATES", "VITAL_LIMITS", "VITAL_NORMAL", "AddendumView", "DraftView", "EncounterView",
    "MonthMinutes", "NoteHit", "add_addendum", "create", "discard_draft", "get", "list_drafts", "list_for",
    "mark_entered_in_error", "minutes_by_month", "refresh_last_contact", "refuse_future", "save_draft",
    "search_notes", "sign", "update",
]
