"""Compliance clocks: the program's promises for each member, computed from the record on a given date.

The rule engine is pure (facts + program rules + a date → clocks); ``tasks`` turns clocks that are not
met into follow-up tasks. Rules come from resources/programs/*.toml (app.programs); the date is always
passed in, never read from the clock.

Clocks (each has a ``key`` that is stable while its deadline stands; it becomes the task's rule_key):
- initial_assessment: identified_on + initial_assessment_due_days (the clock starts at eligibility).
- care_plan: first completed initial assessment + care_plan_due_days_after_assessment.
- follow_up_contact: last reached contact (else enrolled_on) + contact_cadence_days[risk tier]; enrolled only.
- reassessment: last completed initial assessment + reassessment_months; late only after the grace months
  (``grace_until`` = due + reassessment_grace_months, the last day that is not late).
- care_plan_review: the open plan's review_due_on (met by a review inside the period that ends then).
- referral_follow_up: per referral sent/accepted, its follow_up_on (else referred_on +
  referral_follow_up_days).
- participation: enrolled_on + minimum_participation_days (programs with a minimum only); met on that day
  while the member is still enrolled, late when the case ended before it.

Follow-up contacts, reassessments and plan reviews are never met in place: doing them moves the deadline,
so the clock is replaced by one with a new key (``task_plan`` then closes the old task as done).

Which clocks a member has follows their status: identified and outreach members have the initial
assessment only; enrolled members have them all; a member whose case ended (declined, unable to reach,
closed) keeps only clocks already done (met or late, for the compliance report) and nothing open.

``as_of`` is the day the record is judged on, not a replay of it: a deed dated after ``as_of`` does not
count as done by then, but deadlines are those the record sets today.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy.orm import Session

from app.dates import add_months
from app.errors import NotFound
from app.model.enums import CarePlanStatus, MemberStatus, Program, ReferralStatus, RiskTier, TaskKind
from app.programs import ProgramRules, rules_for

CLOCK_KINDS = frozenset({
    TaskKind.INITIAL_ASSESSMENT, TaskKind.CARE_PLAN, TaskKind.FOLLOW_UP_CONTACT, TaskKind.REASSESSMENT,
    TaskKind.CARE_PLAN_REVIEW, TaskKind.REFERRAL_FOLLOW_UP, TaskKind.PARTICIPATION_REVIEW,
})
BEFORE_ENROLLMENT = frozenset({MemberStatus.IDENTIFIED, MemberStatus.OUTREACH})
OPEN_PLAN = frozenset({CarePlanStatus.DRAFT, CarePlanStatus.ACTIVE})
REFERRAL_WAITING = frozenset({ReferralStatus.SENT, ReferralStatus.ACCEPTED})
REFERRAL_RESOLVED = frozenset({ReferralStatus.COMPLETED, ReferralStatus.DECLINED, ReferralStatus.NO_SHOW})


class ClockState(StrEnum):
    MET = "met"  # done by its deadline (or, for a grace clock, within the grace)
    LATE = "late"  # done after its deadline, or not done and the deadline has passed
    OPEN = "open"  # not done yet, still within its deadline


@dataclass(frozen=True, slots=True)
class Clock:
    member_id: str
    kind: TaskKind  # initial_assessment, care_plan, follow_up_contact, reassessment, care_plan_review,
    #                 referral_follow_up, participation_review
    key: str  # e.g. "initial_assessment:2026-03-01", "referral_follow_up:<referral id>"
    state: ClockState
    due_on: date
    grace_until: date | None  # reassessment only: the last day before it is late
    met_on: date | None
    subject: str = ""  # what it is about when there can be several (a referral's resource name)

    @property
    def done(self) -> bool:
        """Done (on time or late): nothing is left to do for this deadline."""
        return self.met_on is not None


@dataclass(frozen=True, slots=True)
class ReferralFacts:
    id: str
    resource_name: str
    referred_on: date | None
    follow_up_on: date | None
    status: ReferralStatus
    resolved_on: date | None  # when the outcome (completed, declined, no show) was recorded


@dataclass(frozen=True, slots=True)
class MemberFacts:
    member_id: str
    program: Program
    risk_tier: RiskTier
    status: MemberStatus
    identified_on: date
    enrolled_on: date | None
    closed_on: date | None
    last_contact_on: date | None  # last reached contact (a signed visit/call or a reached attempt)
    initial_assessment_on: date | None  # first completed comprehensive initial assessment
    last_assessment_on: date | None  # most recent completed comprehensive (re)assessment
    plan_id: str | None
    plan_started_on: date | None  # when the plan became active or was first agreed, whichever is first
    plan_review_due_on: date | None
    plan_last_reviewed_on: date | None
    referrals: tuple[ReferralFacts, ...] = ()


# ---- the engine (pure) -------------------------------------------------------------------------------


def clocks(facts: MemberFacts, rules: ProgramRules, as_of: date) -> tuple[Clock, ...]:
    """The member's clocks on ``as_of`` (pure: no database, no wall clock), soonest due first."""
    found: list[Clock | None] = [_initial_assessment(facts, rules, as_of)]
    if facts.status not in BEFORE_ENROLLMENT:
        found += [_care_plan(facts, rules, as_of), _follow_up(facts, rules, as_of),
                  _reassessment(facts, rules, as_of), _plan_review(facts, rules, as_of),
                  _participation(facts, rules, as_of), *_referrals(facts, rules, as_of)]
    kept = [c for c in found if c is not None]
    if facts.status not in BEFORE_ENROLLMENT | {MemberStatus.ENROLLED}:
        kept = [c for c in kept if c.done]  # the case ended: history only, nothing left to do
    return tuple(sorted(kept, key=lambda c: (c.due_on, c.kind.value, c.key)))


def _judge(facts: MemberFacts, kind: TaskKind, key: str, due: date, done_on: date | None, as_of: date, *,
           grace_until: date | None = None, subject: str = "") -> Clock:
    late_after = grace_until or due
    if done_on is not None and done_on <= as_of:
        state = ClockState.MET if done_on <= late_after else ClockState.LATE
        return Clock(facts.member_id, kind, key, state, due, grace_until, done_on, subject)
    state = ClockState.LATE if as_of > late_after else ClockState.OPEN
    return Clock(facts.member_id, kind, key, state, due, grace_until, None, subject)


def _initial_assessment(facts: MemberFacts, rules: ProgramRules, as_of: date) -> Clock:
    due = facts.identified_on + timedelta(days=rules.initial_assessment_due_days)
    return _judge(facts, TaskKind.INITIAL_ASSESSMENT, f"initial_assessment:{facts.identified_on.isoformat()}",
                  due, facts.initial_assessment_on, as_of)


def _care_plan(facts: MemberFacts, rules: ProgramRules, as_of: date) -> Clock | None:
    assessed = facts.initial_assessment_on
    if assessed is None:
        return None
    due = assessed + timedelta(days=rules.care_plan_due_days_after_assessment)
    return _judge(facts, TaskKind.CARE_PLAN, f"care_plan:{assessed.isoformat()}", due, facts.plan_started_on,
                  as_of)


def _follow_up(facts: MemberFacts, rules: ProgramRules, as_of: date) -> Clock | None:
    """Never done in place: a reached contact moves the base, so the deadline (and key) moves on."""
    base = max((d for d in (facts.last_contact_on, facts.enrolled_on) if d), default=None)
    if base is None:
        return None
    due = base + timedelta(days=rules.contact_cadence_days[facts.risk_tier])
    return _judge(facts, TaskKind.FOLLOW_UP_CONTACT, f"follow_up_contact:{due.isoformat()}", due, None, as_of)


def _reassessment(facts: MemberFacts, rules: ProgramRules, as_of: date) -> Clock | None:
    """Grace counts from the due date, so a stored task's grace can be worked out from its due date."""
    last = facts.last_assessment_on
    if last is None:
        return None
    due = add_months(last, rules.reassessment_months)
    grace = add_months(due, rules.reassessment_grace_months)
    return _judge(facts, TaskKind.REASSESSMENT, f"reassessment:{due.isoformat()}", due, None, as_of,
                  grace_until=grace)


def _plan_review(facts: MemberFacts, rules: ProgramRules, as_of: date) -> Clock | None:
    """Met by a review inside the period that ends on the due date (recording a review normally moves
    the due date instead, which makes a new clock)."""
    due = facts.plan_review_due_on
    if facts.plan_id is None or due is None:
        return None
    reviewed = facts.plan_last_reviewed_on
    window_start = due - timedelta(days=rules.care_plan_review_days)
    done = reviewed if reviewed is not None and reviewed > window_start else None
    return _judge(facts, TaskKind.CARE_PLAN_REVIEW, f"care_plan_review:{facts.plan_id}:{due.isoformat()}",
                  due, done, as_of)


def _participation(facts: MemberFacts, rules: ProgramRules, as_of: date) -> Clock | None:
    """Met on the day the member has taken part for the program's minimum (still enrolled, or closed no
    earlier); late when the case ended before it. Its task is the nurse's heads-up in the days before."""
    if rules.minimum_participation_days <= 0 or facts.enrolled_on is None:
        return None
    due = facts.enrolled_on + timedelta(days=rules.minimum_participation_days)
    reached = due if facts.closed_on is None or facts.closed_on >= due else None
    key = f"participation_review:{due.isoformat()}"
    return _judge(facts, TaskKind.PARTICIPATION_REVIEW, key, due, reached, as_of)


def _referrals(facts: MemberFacts, rules: ProgramRules, as_of: date) -> Iterator[Clock]:
    for referral in facts.referrals:
        if referral.status not in REFERRAL_WAITING | REFERRAL_RESOLVED:
            continue  # proposed: not sent yet, nothing to follow up
        due = referral.follow_up_on
        if due is None and referral.referred_on is not None:
            due = referral.referred_on + timedelta(days=rules.referral_follow_up_days)
        if due is None:
            continue  # sent with neither date: nothing to count from
        done = (referral.resolved_on or due) if referral.status in REFERRAL_RESOLVED else None
        yield _judge(facts, TaskKind.REFERRAL_FOLLOW_UP, f"referral_follow_up:{referral.id}", due, done,
                     as_of, subject=referral.resource_name)


# ---- facts from the database (app.services.compliance_facts does the gathering) -------------------------


def facts_for(session: Session, member_ids: list[str] | None = None) -> dict[str, MemberFacts]:
    """Facts for the given members (every member on the laptop when None), in a few bulk queries."""
    from app.services import compliance_facts  # it builds this module's dataclasses, so it imports us

    return compliance_facts.gather(session, member_ids)


def member_clocks(session: Session, member_id: str, as_of: date) -> tuple[Clock, ...]:
    facts = facts_for(session, [member_id]).get(member_id)
    if facts is None:
        raise NotFound("member", member_id)
    return clocks(facts, rules_for(facts.program), as_of)


def caseload_clocks(session: Session, as_of: date) -> dict[str, tuple[Clock, ...]]:
    """Every member's clocks (the supervisor's compliance report uses this too)."""
    return {mid: clocks(facts, rules_for(facts.program), as_of) for mid, facts in facts_for(session).items()}
