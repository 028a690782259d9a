"""From assessment to plan: what completed assessments propose for the care plan, and the nurse's answer.

Findings (PHQ-9 moderate or worse, GAD-7 moderate or worse, ADL or IADL impairment, falls risk, each positive
social-needs domain …; thresholds in ``app.instruments.proposals``) propose a problem from the care-plan
library with its suggested goals. Accepting adds them to the plan (starting a draft plan if the member has
none); dismissing is remembered (``plan_proposal``) so the same finding is not offered again.

What is pending:

- Only the newest completed response to each instrument proposes: a moderate PHQ-9 superseded by a newer
  mild one proposes nothing. A newer response is new evidence, so a finding dismissed on an old response
  is offered again when a new response finds it.
- A finding with a decision (``plan_proposal``, same source and key) is not offered again. An accepted one
  whose problem was later removed from the plan counts as undecided again, so the nurse can answer anew.
- A finding whose library problem is already an ACTIVE problem of the member's open plan is not offered.
  A problem is recognised as that library problem when its source is ``library:<key>``, or when its source
  is ``assessment:<id>`` and an accepted decision names it (``plan_proposal.problem_id``), whose finding
  key maps to the library key (``LIBRARY_KEY_OF``). Problems written by hand (source ``manual``) are not
  matched: the nurse dismisses the proposal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import careplan_library
from app.actor import Actor
from app.errors import IntegrityError, NotFound, ValidationError
from app.instruments.proposals import LIBRARY_KEY_OF, Finding, findings, scored
from app.model.assessment import AssessmentResponse
from app.model.careplan import CarePlan, PlanProposal, Problem
from app.model.enums import (
    AssessmentStatus,
    AuditAction,
    CareDomain,
    CarePlanStatus,
    DataCategory,
    ProblemStatus,
    ProposalDecision,
)
from app.services import careplan
from app.services.careplan import ProblemView
from app.services.library_add import add_entry
from app.services.records import live_member
from app.store import audit

SOURCE_PREFIX = "assessment:"
LIBRARY_PREFIX = "library:"
MAX_NOTE = 4000
OPEN_PLAN = (CarePlanStatus.DRAFT, CarePlanStatus.ACTIVE)


@dataclass(frozen=True, slots=True)
class ProposalView:
    source: str  # "assessment:<response id>"
    key: str  # the finding, e.g. "phq9_moderate", "food"
    response_id: str
    instrument_id: str
    completed_at: datetime
    finding: str  # English, for the UI to show, e.g. "PHQ-9 total 12 (moderate)"
    library_key: str  # the care-plan library problem it proposes, e.g. "depression"
    domain: CareDomain
    title: str  # the library problem's title in English
    goal_keys: tuple[str, ...]  # the library goals it suggests
    referral_type: str  # a community resource type to refer to, "" when none
    urgent: bool


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A finding of the newest completed response to its instrument."""

    response_id: str
    instrument_id: str
    completed_at: datetime
    total: int | None
    finding: Finding

    @property
    def source(self) -> str:
        return SOURCE_PREFIX + self.response_id


def pending(session: Session, member_id: str) -> tuple[ProposalView, ...]:
    """Proposals from the member's completed assessments that have not been accepted or dismissed,
    newest assessment first; a finding already covered by an active problem from the same library key
    is not proposed again."""
    live_member(session, member_id)
    decided = _decided(session, member_id)
    covered = _library_keys_in_plan(session, member_id)
    return tuple(_view(c) for c in _candidates(session, member_id)
                 if (c.source, c.finding.key) not in decided and c.finding.library_key not in covered)


def accept(
    session: Session, actor: Actor, member_id: str, source: str, key: str, *, language: str = "en",
    goal_keys: Sequence[str] | None = None,
) -> ProblemView:
    """Add the proposed problem, its goals (all suggested ones unless ``goal_keys`` picks), their
    interventions and barrier, and a proposed referral, in ``language`` (en or es)."""
    if language not in careplan_library.LANGUAGES:
        raise ValidationError("language", f"must be one of: {', '.join(careplan_library.LANGUAGES)}")
    candidate, decision = _pending_one(session, member_id, source, key)
    entry = careplan_library.problem(candidate.finding.library_key)
    goals = _chosen_goals(entry, goal_keys)
    plan = _open_plan(session, actor, member_id)
    baselines = {candidate.instrument_id: str(candidate.total)} if candidate.total is not None else {}
    problem = add_entry(session, actor, plan, entry, goals, language=language, today=date.today(),
                        source=candidate.source, baselines=baselines).problem
    _decide(session, actor, member_id, candidate, decision, ProposalDecision.ACCEPTED, problem_id=problem.id)
    return problem


def dismiss(session: Session, actor: Actor, member_id: str, source: str, key: str, *, note: str = "") -> None:
    """Remember that the nurse (with the member) chose not to plan for this finding, with an optional why."""
    note = (note or "").strip()
    if len(note) > MAX_NOTE:
        raise ValidationError("note", f"must be at most {MAX_NOTE} characters")
    candidate, decision = _pending_one(session, member_id, source, key)
    _decide(session, actor, member_id, candidate, decision, ProposalDecision.DISMISSED, note=note)


# ---- finding what is pending -----------------------------------------------------------------------------


def _candidates(session: Session, member_id: str) -> list[_Candidate]:
    """Findings of the newest completed response to each instrument, newest response first."""
    rows = session.scalars(select(AssessmentResponse).where(
        AssessmentResponse.member_id == member_id, AssessmentResponse.deleted.is_(False),
        AssessmentResponse.status == AssessmentStatus.COMPLETED,
    ).order_by(AssessmentResponse.completed_at.desc(), AssessmentResponse.id.desc()))
    seen: set[str] = set()
    found: list[_Candidate] = []
    for row in rows:
        if row.instrument_id in seen:
            continue
        seen.add(row.instrument_id)
        found.extend(_Candidate(row.id, row.instrument_id, row.completed_at or row.started_at, row.total, f)
                     for f in findings(scored(row)))
    return found


def _decided(session: Session, member_id: str) -> set[tuple[str, str]]:
    """(source, key) of every decision that still stands."""
    rows = session.scalars(select(PlanProposal).where(
        PlanProposal.member_id == member_id, PlanProposal.deleted.is_(False)))
    return {(row.source, row.key) for row in rows if _standing(session, row)}


def _standing(session: Session, row: PlanProposal) -> bool:
    if row.decision != ProposalDecision.ACCEPTED or row.problem_id is None:
        return True
    problem = session.get(Problem, row.problem_id)
    return problem is not None and not problem.deleted


def _library_keys_in_plan(session: Session, member_id: str) -> set[str]:
    """Library keys of the active problems in the member's open plan."""
    problems = session.execute(select(Problem.id, Problem.source).join(
        CarePlan, CarePlan.id == Problem.care_plan_id).where(
        Problem.member_id == member_id, Problem.deleted.is_(False), Problem.status == ProblemStatus.ACTIVE,
        CarePlan.deleted.is_(False), CarePlan.status.in_(OPEN_PLAN))).all()
    keys = {s.removeprefix(LIBRARY_PREFIX) for _, s in problems if s.startswith(LIBRARY_PREFIX)}
    from_assessment = [pid for pid, source in problems if source.startswith(SOURCE_PREFIX)]
    if from_assessment:
        finding_keys = session.scalars(select(PlanProposal.key).where(
            PlanProposal.problem_id.in_(from_assessment), PlanProposal.deleted.is_(False),
            PlanProposal.decision == ProposalDecision.ACCEPTED))
        keys.update(LIBRARY_KEY_OF[k] for k in finding_keys if k in LIBRARY_KEY_OF)
    return keys


def _pending_one(session: Session, member_id: str, source: str, key: str,
                 ) -> tuple[_Candidate, PlanProposal | None]:
    """The finding to decide on, and a decision row that no longer stands (to reuse); refused unless
    pending, so a second click cannot decide twice."""
    live_member(session, member_id)
    response = _response(session, member_id, source)
    if all(f.key != key for f in findings(scored(response))):
        raise NotFound("proposal", key)
    candidate = next((c for c in _candidates(session, member_id)
                      if c.source == source and c.finding.key == key), None)
    if candidate is None:
        raise IntegrityError("A newer assessment of the same kind replaced this proposal.",
                             reason="superseded")
    rows = [r for r in session.scalars(select(PlanProposal).where(
        PlanProposal.member_id == member_id, PlanProposal.source == source, PlanProposal.key == key,
        PlanProposal.deleted.is_(False)))]
    if any(_standing(session, r) for r in rows):
        raise IntegrityError("This proposal was already accepted or dismissed.", reason="decided")
    if candidate.finding.library_key in _library_keys_in_plan(session, member_id):
        raise IntegrityError("The care plan already has an active problem for this finding.",
                             reason="in_plan")
    return candidate, (rows[0] if rows else None)


def _response(session: Session, member_id: str, source: str) -> AssessmentResponse:
    if not source.startswith(SOURCE_PREFIX):
        raise ValidationError("source", f"must be {SOURCE_PREFIX}<assessment id>")
    response_id = source.removeprefix(SOURCE_PREFIX)
    row = session.get(AssessmentResponse, response_id)
    if row is None or row.deleted or row.member_id != member_id or row.status != AssessmentStatus.COMPLETED:
        raise NotFound("assessment", response_id)
    return row


# ---- writing ---------------------------------------------------------------------------------------------


def _chosen_goals(entry: careplan_library.LibraryProblem,
                  goal_keys: Sequence[str] | None) -> tuple[careplan_library.LibraryGoal, ...]:
    if goal_keys is None:
        return entry.goals
    unknown = [k for k in goal_keys if k not in {g.key for g in entry.goals}]
    if unknown:
        raise ValidationError("goal_keys", f"not goals of {entry.key}: {', '.join(unknown)}")
    return tuple(g for g in entry.goals if g.key in goal_keys)  # the library's order


def _open_plan(session: Session, actor: Actor, member_id: str) -> Any:
    plan = careplan.current(session, member_id).plan
    if plan is None or plan.status not in OPEN_PLAN:
        plan = careplan.create_plan(session, actor, member_id)
    return plan


def _decide(
    session: Session, actor: Actor, member_id: str, candidate: _Candidate, row: PlanProposal | None,
    decision: ProposalDecision, *, problem_id: str | None = None, note: str = "",
) -> None:
    action = AuditAction.UPDATE if row is not None else AuditAction.CREATE
    if row is None:
        row = PlanProposal(member_id=member_id, source=candidate.source, key=candidate.finding.key)
        session.add(row)
    row.decision, row.decided_on, row.problem_id, row.note = decision, date.today(), problem_id, note
    session.flush()
    audit.record(session, actor, action, DataCategory.CARE_PLAN, entity_type="plan_proposal",
                 entity_id=row.id, member_id=member_id,
                 details={"source": row.source, "key": row.key, "decision": decision.value,
                          "problem_id": problem_id})


def _view(c: _Candidate) -> ProposalView:
    entry = careplan_library.problem(c.finding.library_key)
    return ProposalView(
        source=c.source, key=c.finding.key, response_id=c.response_id, instrument_id=c.instrument_id,
        completed_at=c.completed_at, finding=c.finding.finding, library_key=entry.key, domain=entry.domain,
        title=entry.title.text("en"), goal_keys=tuple(g.key for g in entry.goals),
        referral_type=entry.referral.resource_type if entry.referral else "", urgent=c.finding.urgent,
    )
