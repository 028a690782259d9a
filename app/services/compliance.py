"""Compliance clocks: the program's promises for each member, computed from the record on a given date.

CONTRACT (issue 7) — bodies are being written. The rule engine is pure (facts + program rules + a date →
clocks); ``tasks`` turns clocks that are not met into follow-up tasks. Rules come from
resources/programs/*.toml (app.programs); the date is always passed in, never read from the clock.

Clocks (each has a ``key`` that is stable while its deadline stands; it becomes the task's rule_key):
- initial_assessment: identified_on + initial_assessment_due_days (the clock starts at eligibility).
- care_plan: first completed initial assessment + care_plan_due_days_after_assessment.
- follow_up_contact: last reached contact (else enrolled_on) + contact_cadence_days[risk tier]; enrolled only.
- reassessment: last completed initial assessment + reassessment_months; late only after the grace months.
- care_plan_review: the open plan's review_due_on.
- referral_follow_up: per referral sent/accepted, its follow_up_on (else referred_on +
  referral_follow_up_days).
- participation: enrolled_on + minimum_participation_days (programs with a minimum only).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy.orm import Session

from app.model.enums import MemberStatus, Program, ReferralStatus, RiskTier, TaskKind
from app.programs import ProgramRules


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


def clocks(facts: MemberFacts, rules: ProgramRules, as_of: date) -> tuple[Clock, ...]:
    """The member's clocks on ``as_of`` (pure: no database, no wall clock)."""
    raise NotImplementedError


def facts_for(session: Session, member_ids: list[str] | None = None) -> dict[str, MemberFacts]:
    """Facts for the given members (every member on the laptop when None), in a few bulk queries."""
    raise NotImplementedError


def member_clocks(session: Session, member_id: str, as_of: date) -> tuple[Clock, ...]:
    raise NotImplementedError


def caseload_clocks(session: Session, as_of: date) -> dict[str, tuple[Clock, ...]]:
    """Every member's clocks (the supervisor's compliance report uses this too)."""
    raise NotImplementedError
