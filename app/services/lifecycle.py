"""The program lifecycle: identified → outreach → enrolled → closed, plus declined and unable to reach.

Every step is dated, writes a MemberStatusChange row and is audited; a step the lifecycle does not
allow is refused with the reason. Closing for decline or unable-to-reach goes to the ICT: the nurse
requests it, a supervisor approves or denies it (offline, the request waits for sync).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import programs
from app.actor import Actor
from app.errors import IntegrityError, NotFound, ValidationError
from app.model.enums import (
    AuditAction,
    ClosureReason,
    ConsentDecision,
    ConsentKind,
    ConsentMethod,
    DataCategory,
    MemberStatus,
    ReviewStatus,
)
from app.model.member import ClosureRequest, Member
from app.services import clinical, outreach
from app.services import fields as f
from app.services.lifecycle_steps import ALLOWED, required_choice, transition
from app.services.members import MemberView
from app.services.records import live_member, view_of
from app.store import audit
from app.store.base import utcnow

S = MemberStatus
# Closing for these needs the ICT's review and a supervisor's approval.
NEEDS_APPROVAL = frozenset({ClosureReason.DECLINED, ClosureReason.UNABLE_TO_REACH})
SUPERVISOR = "supervisor"


@dataclass(frozen=True, slots=True)
class ClosureRequestView:
    id: str
    member_id: str
    reason: ClosureReason
    note: str
    requested_on: date
    requested_by: str
    status: ReviewStatus
    decided_at: datetime | None
    decided_by: str
    decision_note: str


def start_outreach(s: Session, actor: Actor, member_id: str, *, on: date) -> MemberView:
    return transition(s, actor, live_member(s, member_id), S.OUTREACH, on, reason="outreach started")


def enroll(s: Session, actor: Actor, member_id: str, *, on: date, consent_method: ConsentMethod | str
           ) -> MemberView:
    """The member agrees to take part: their consent is recorded, and the nurse becomes their contact."""
    method = required_choice(ConsentMethod, "consent_method", consent_method)
    member = live_member(s, member_id)
    view = transition(s, actor, member, S.ENROLLED, on, reason="consented")
    clinical.consents.add(s, actor, member_id, kind=ConsentKind.PROGRAM_PARTICIPATION,
                          decision=ConsentDecision.GIVEN, decided_on=view.enrolled_on, method=method)
    if not member.assigned_nurse:
        member.assigned_nurse = actor.user
        s.flush()
    return view_of(MemberView, member)


def decline(s: Session, actor: Actor, member_id: str, *, on: date, reason: str) -> MemberView:
    return transition(s, actor, live_member(s, member_id), S.DECLINED, on, reason=_required_text(reason))


def mark_unable_to_reach(s: Session, actor: Actor, member_id: str, *, on: date) -> MemberView:
    member = live_member(s, member_id)
    progress = outreach.status(s, member_id, as_of=on)
    if not progress.unable_to_reach_candidate:
        raise IntegrityError(f"the outreach rule is not met yet ({progress.reason})",
                             reason="outreach_rule_not_met")
    return transition(s, actor, member, S.UNABLE_TO_REACH, on, reason=progress.reason)


def close(s: Session, actor: Actor, member_id: str, *, on: date, reason: ClosureReason | str, note: str = ""
          ) -> MemberView:
    closure = required_choice(ClosureReason, "reason", reason)
    member = live_member(s, member_id)
    if S.CLOSED not in ALLOWED[member.status]:
        raise IntegrityError(f"a {member.status} member cannot be closed again", reason="already_closed")
    if closure in NEEDS_APPROVAL and not _approved(s, member_id, closure):
        raise IntegrityError(f"closing for {closure} needs a supervisor's approval of an ICT review request",
                             reason="closure_needs_approval")
    if closure == ClosureReason.GOALS_MET:
        _check_goals_met(member, on)
    transition(s, actor, member, S.CLOSED, on, reason=f.text(2000)(note or None), closure_reason=closure)
    member.closure_reason, member.next_due_on = closure, None
    s.flush()
    return view_of(MemberView, member)


def request_closure(s: Session, actor: Actor, member_id: str, *, reason: ClosureReason | str, note: str = ""
                    ) -> ClosureRequestView:
    closure = required_choice(ClosureReason, "reason", reason)
    member = live_member(s, member_id)
    if member.status == S.CLOSED:
        raise IntegrityError("the member's case is already closed", reason="already_closed")
    if _requests(s, member_id, ReviewStatus.PENDING):
        raise IntegrityError("a closure request for this member is already waiting for review",
                             reason="closure_request_pending")
    if closure == ClosureReason.UNABLE_TO_REACH and member.status != S.UNABLE_TO_REACH:
        progress = outreach.status(s, member_id)
        if not progress.unable_to_reach_candidate:
            raise IntegrityError(f"the outreach rule is not met yet ({progress.reason})",
                                 reason="outreach_rule_not_met")
    row = ClosureRequest(member_id=member_id, reason=closure, note=f.text(2000)(note or None),
                         requested_on=date.today(), status=ReviewStatus.PENDING)
    s.add(row)
    s.flush()
    _audit(s, actor, AuditAction.CREATE, row)
    return _request_view(row)


def decide_closure(s: Session, actor: Actor, request_id: str, *, approve: bool, note: str = ""
                   ) -> ClosureRequestView:
    """A supervisor's decision; approving closes the member with the requested reason."""
    if actor.role != SUPERVISOR:
        raise IntegrityError("only a supervisor can decide a closure request", reason="not_supervisor")
    row = s.get(ClosureRequest, request_id)
    if row is None or row.deleted:
        raise NotFound("closure request", request_id)
    if row.status != ReviewStatus.PENDING:
        raise IntegrityError(f"this closure request was already {row.status}", reason="already_decided")
    row.status = ReviewStatus.APPROVED if approve else ReviewStatus.DENIED
    row.decided_at, row.decided_by = utcnow(), actor.user
    row.decision_note = f.text(2000)(note or None)
    s.flush()
    _audit(s, actor, AuditAction.UPDATE, row, ["decided_at", "decided_by", "decision_note", "status"])
    if approve:
        close(s, actor, row.member_id, on=date.today(), reason=row.reason, note=row.note)
    return _request_view(row)


def pending_closures(s: Session) -> list[ClosureRequestView]:
    rows = s.scalars(select(ClosureRequest).where(ClosureRequest.status == ReviewStatus.PENDING,
                                                  ClosureRequest.deleted.is_(False))
                     .order_by(ClosureRequest.requested_on, ClosureRequest.created_at))
    return [_request_view(row) for row in rows]


def _check_goals_met(member: Member, on: date) -> None:
    if member.status != S.ENROLLED or member.enrolled_on is None:
        raise IntegrityError("only an enrolled member can be closed for goals met", reason="not_enrolled")
    minimum = programs.rules_for(member.program).minimum_participation_days
    if (on - member.enrolled_on).days < minimum:
        raise IntegrityError(f"this program asks for at least {minimum} days of participation before "
                             "closing for goals met", reason="minimum_participation")


def _approved(s: Session, member_id: str, closure: ClosureReason) -> bool:
    return any(row.reason == closure for row in _requests(s, member_id, ReviewStatus.APPROVED))


def _requests(s: Session, member_id: str, status: ReviewStatus) -> list[ClosureRequest]:
    return list(s.scalars(select(ClosureRequest).where(
        ClosureRequest.member_id == member_id, ClosureRequest.status == status,
        ClosureRequest.deleted.is_(False))))


def _required_text(value: str, field: str = "reason") -> str:
    text = f.text(2000)(value if isinstance(value, str) and value.strip() else None)
    if not text:
        raise ValidationError(field, "is required")
    return text


def _request_view(row: ClosureRequest) -> ClosureRequestView:
    return ClosureRequestView(row.id, row.member_id, row.reason, row.note, row.requested_on, row.created_by,
                              row.status, row.decided_at, row.decided_by, row.decision_note)


def _audit(s: Session, actor: Actor, action: AuditAction, row: ClosureRequest,
           fields: list[str] | None = None) -> None:
    audit.record(s, actor, action, DataCategory.DEMOGRAPHICS, entity_type="closure_request",
                 entity_id=row.id, member_id=row.member_id, details={"fields": fields} if fields else None)
