"""The facts compliance clocks are computed from, gathered in a few bulk queries (not one per member: a
supervisor's caseload may hold thousands), and assembled the same way for the demo generator's rows.

Where the facts come from:
- last reached contact: ``Member.last_contact_at``, which the encounter service keeps on the last signed
  contact that reached the member; its local day in the offset the nurse recorded on that encounter.
- initial assessments: completed ``initial_assessment`` responses; the first starts the care-plan clock,
  the last the reassessment clock (local day in the linked encounter's offset, else this computer's).
- the plan: the open plan (draft or active) gives the review date; the first plan ever in place (its
  first agreement, else its start once it was active or closed) meets the care-plan clock.
- referrals: the outcome of a completed, declined or no-show referral counts as recorded on the day the
  row last changed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from app.model.assessment import AssessmentResponse
from app.model.careplan import CarePlan, PlanAgreement, Referral
from app.model.encounter import Encounter
from app.model.enums import AssessmentStatus, CarePlanStatus, MemberStatus, Program, ReferralStatus, RiskTier
from app.model.member import Member
from app.services.compliance import OPEN_PLAN, REFERRAL_RESOLVED, MemberFacts, ReferralFacts

INITIAL_ASSESSMENT = "initial_assessment"  # the instrument whose completion starts and restarts the clocks
ID_CHUNK = 500  # member ids per IN (...) list, well under SQLite's bound-parameter limit


class PlanRow(NamedTuple):
    """What the clocks need of one care plan (from the database, or from the demo's rows)."""

    id: str
    status: CarePlanStatus
    started_on: date
    review_due_on: date | None
    last_reviewed_on: date | None
    first_agreed_on: date | None

    @property
    def in_place_on(self) -> date | None:
        """When the plan was first agreed, else its start once it was made active (or closed)."""
        if self.first_agreed_on is not None:
            return self.first_agreed_on
        return None if self.status == CarePlanStatus.DRAFT else self.started_on


def local_day(moment: datetime, offset_minutes: int | None = None) -> date:
    """The local day of a UTC time: in the offset the nurse recorded (encounters), else this computer's."""
    if offset_minutes is None:
        return moment.astimezone().date()
    return (moment.astimezone(UTC) + timedelta(minutes=offset_minutes)).date()


def referral_facts(
    referral_id: str, resource_name: str, referred_on: date | None, follow_up_on: date | None,
    status: ReferralStatus | str, updated_at: datetime,
) -> ReferralFacts:
    status = ReferralStatus(status)
    resolved = local_day(updated_at) if status in REFERRAL_RESOLVED else None
    return ReferralFacts(referral_id, resource_name, referred_on, follow_up_on, status, resolved)


def member_facts(
    member: Mapping[str, Any], *, last_contact_on: date | None, assessment_days: Iterable[date],
    plans: Sequence[PlanRow], referrals: Iterable[ReferralFacts] = (),
) -> MemberFacts:
    """``member`` maps the member row's column names (id, program, risk_tier, status, identified_on,
    enrolled_on, closed_on) to their values."""
    days = sorted(assessment_days)
    in_place = [day for day in (p.in_place_on for p in plans) if day is not None]
    current = max((p for p in plans if p.status in OPEN_PLAN), key=lambda p: (p.started_on, p.id),
                  default=None)
    return MemberFacts(
        member_id=member["id"], program=Program(member["program"]), risk_tier=RiskTier(member["risk_tier"]),
        status=MemberStatus(member["status"]), identified_on=member["identified_on"],
        enrolled_on=member["enrolled_on"], closed_on=member["closed_on"], last_contact_on=last_contact_on,
        initial_assessment_on=days[0] if days else None, last_assessment_on=days[-1] if days else None,
        plan_id=current.id if current else None, plan_started_on=min(in_place, default=None),
        plan_review_due_on=current.review_due_on if current else None,
        plan_last_reviewed_on=current.last_reviewed_on if current else None,
        referrals=tuple(sorted(referrals, key=lambda r: r.id)),
    )


def gather(session: Session, member_ids: list[str] | None = None) -> dict[str, MemberFacts]:
    """Facts for the given live members (every one when None); unknown or deleted ids are left out."""
    members = {m.id: m._mapping for m in in_chunks(session, _member_query(), Member.id, member_ids)}
    if not members:
        return {}
    ids = None if member_ids is None else list(members)
    offsets = {r.member_id: r.utc_offset_minutes for r in in_chunks(session, _offset_query(), Member.id, ids)}
    contacts = {mid: local_day(m["last_contact_at"], offsets.get(mid))
                for mid, m in members.items() if m["last_contact_at"] is not None}
    assessed: dict[str, list[date]] = defaultdict(list)
    for r in in_chunks(session, _assessment_query(), AssessmentResponse.member_id, ids):
        assessed[r.member_id].append(local_day(r.completed_at, r.utc_offset_minutes))
    plans = _plans(session, ids)
    referrals: dict[str, list[ReferralFacts]] = defaultdict(list)
    for r in in_chunks(session, _referral_query(), Referral.member_id, ids):
        referrals[r.member_id].append(referral_facts(r.id, r.resource_name, r.referred_on, r.follow_up_on,
                                                     r.status, r.updated_at))
    return {mid: member_facts(row, last_contact_on=contacts.get(mid), assessment_days=assessed.get(mid, ()),
                              plans=plans.get(mid, ()), referrals=referrals.get(mid, ()))
            for mid, row in members.items()}


def in_chunks(session: Session, query: Select[Any], column: Any, ids: Sequence[str] | None) -> Iterator[Any]:
    """Run ``query`` for every row, or for those whose ``column`` is in ``ids``, a chunk of ids at a time."""
    if ids is None:
        yield from session.execute(query)
        return
    for start in range(0, len(ids), ID_CHUNK):
        yield from session.execute(query.where(column.in_(ids[start:start + ID_CHUNK])))


def _member_query() -> Select[Any]:
    return (select(Member.id, Member.program, Member.risk_tier, Member.status, Member.identified_on,
                   Member.enrolled_on, Member.closed_on, Member.last_contact_at)
            .where(Member.deleted.is_(False)))


def _offset_query() -> Select[Any]:
    """The offset the nurse was in at the encounter behind Member.last_contact_at (when it is on the
    laptop; else the day is taken in this computer's time zone)."""
    behind = and_(Encounter.member_id == Member.id, Encounter.started_at == Member.last_contact_at,
                  Encounter.deleted.is_(False))
    return (select(Member.id.label("member_id"), Encounter.utc_offset_minutes)
            .join(Encounter, behind).where(Member.deleted.is_(False)))


def _assessment_query() -> Select[Any]:
    response = AssessmentResponse
    return (select(response.member_id, response.completed_at, Encounter.utc_offset_minutes)
            .outerjoin(Encounter, Encounter.id == response.encounter_id)
            .where(response.instrument_id == INITIAL_ASSESSMENT,
                   response.status == AssessmentStatus.COMPLETED, response.completed_at.is_not(None),
                   response.deleted.is_(False)))


def _referral_query() -> Select[Any]:
    return (select(Referral.id, Referral.member_id, Referral.resource_name, Referral.referred_on,
                   Referral.follow_up_on, Referral.status, Referral.updated_at)
            .where(Referral.deleted.is_(False), Referral.status != ReferralStatus.PROPOSED))


def _plans(session: Session, ids: list[str] | None) -> dict[str, list[PlanRow]]:
    agreed = (select(PlanAgreement.care_plan_id, func.min(PlanAgreement.agreed_on).label("first"))
              .where(PlanAgreement.deleted.is_(False)).group_by(PlanAgreement.care_plan_id).subquery())
    query = (select(CarePlan.id, CarePlan.member_id, CarePlan.status, CarePlan.started_on,
                    CarePlan.review_due_on, CarePlan.last_reviewed_on, agreed.c.first)
             .outerjoin(agreed, agreed.c.care_plan_id == CarePlan.id).where(CarePlan.deleted.is_(False)))
    plans: dict[str, list[PlanRow]] = defaultdict(list)
    for r in in_chunks(session, query, CarePlan.member_id, ids):
        plans[r.member_id].append(PlanRow(r.id, CarePlanStatus(r.status), r.started_on, r.review_due_on,
                                          r.last_reviewed_on, r.first))
    return plans
