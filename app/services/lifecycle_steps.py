"""One step of the program lifecycle: which steps exist, and taking one (dated, recorded, audited)."""

from __future__ import annotations

import enum
from datetime import date
from typing import TypeVar

from sqlalchemy.orm import Session

from app.actor import Actor
from app.errors import IntegrityError, ValidationError
from app.model.enums import AuditAction, ClosureReason, DataCategory, MemberStatus
from app.model.member import Member, MemberStatusChange
from app.services import fields as f
from app.services.members import MemberView
from app.services.records import view_of
from app.store import audit

S = MemberStatus
E = TypeVar("E", bound=enum.StrEnum)

ALLOWED: dict[MemberStatus, frozenset[MemberStatus]] = {
    S.IDENTIFIED: frozenset({S.OUTREACH, S.ENROLLED, S.DECLINED, S.CLOSED}),
    S.OUTREACH: frozenset({S.ENROLLED, S.DECLINED, S.UNABLE_TO_REACH, S.CLOSED}),
    S.ENROLLED: frozenset({S.CLOSED}),
    # A member who declined or could not be reached may still call back and take part.
    S.DECLINED: frozenset({S.OUTREACH, S.ENROLLED, S.CLOSED}),
    S.UNABLE_TO_REACH: frozenset({S.OUTREACH, S.ENROLLED, S.CLOSED}),
    S.CLOSED: frozenset(),
}
DATE_COLUMN: dict[MemberStatus, str] = {
    S.OUTREACH: "outreach_started_on",
    S.ENROLLED: "enrolled_on",
    S.DECLINED: "declined_on",
    S.UNABLE_TO_REACH: "unable_to_reach_on",
    S.CLOSED: "closed_on",
}


def transition(
    s: Session, actor: Actor, member: Member, to: MemberStatus, on: date | str, *,
    reason: str = "", closure_reason: ClosureReason | None = None,
) -> MemberView:
    """Move the member to ``to`` on day ``on``, or refuse saying why."""
    if to not in ALLOWED[member.status]:
        why = why_not(member.status, to)
        raise IntegrityError(f"a member cannot move from {member.status} to {to}: {why}",
                             reason="transition_not_allowed")
    day = _day(member, on)
    s.add(MemberStatusChange(member_id=member.id, from_status=member.status, to_status=to, changed_on=day,
                             reason=reason, closure_reason=closure_reason))
    member.status = to
    setattr(member, DATE_COLUMN[to], day)
    s.flush()
    audit.record(s, actor, AuditAction.UPDATE, DataCategory.DEMOGRAPHICS, entity_type="member",
                 entity_id=member.id, member_id=member.id,
                 details={"fields": sorted(["status", DATE_COLUMN[to]])})
    return view_of(MemberView, member)


def why_not(current: MemberStatus, to: MemberStatus) -> str:
    if current == to:
        return f"the member is already {current}"
    if current == S.CLOSED:
        return "the case is closed"
    if to == S.IDENTIFIED:
        return "identification starts the lifecycle and is never returned to"
    if current == S.ENROLLED:
        return "an enrolled member leaves the program only by closing the case"
    if to == S.UNABLE_TO_REACH:
        return "a member becomes unable to reach only during outreach"
    return "this is not a step of the program lifecycle"


def required_choice(enum_cls: type[E], field: str, value: object) -> E:
    try:
        parsed = f.choice(enum_cls)(value)
    except ValueError as exc:
        raise ValidationError(field, str(exc)) from None
    if parsed is None:
        raise ValidationError(field, "is required")
    return parsed  # type: ignore[return-value]


def _day(member: Member, on: date | str) -> date:
    try:
        day = f.day(past_only=True)(on)
    except ValueError as exc:
        raise ValidationError("on", str(exc)) from None
    if day is None:
        raise ValidationError("on", "is required")
    since = getattr(member, DATE_COLUMN[member.status]) if member.status in DATE_COLUMN else None
    if day < member.identified_on or (since is not None and day < since):
        raise ValidationError("on", "cannot be before the member's current status began")
    return day
