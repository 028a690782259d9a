"""One care plan per assessed member: problems → goals → interventions, barriers, referrals, progress
reviews on the tier's schedule, and the member's agreement."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from app.demo.chart import Chart
from app.demo.encounters import Timeline
from app.demo.lifecycle import Lifecycle
from app.demo.plans import LIBRARY, PLAN_FOR, BarrierPlan, GoalPlan, InterventionPlan, ProblemPlan, Resource
from app.demo.rows import Row
from app.model.enums import (
    AgreementMethod,
    BarrierStatus,
    CarePlanStatus,
    ClosureReason,
    GoalStatus,
    InterventionStatus,
    ProblemStatus,
    ReferralStatus,
    RiskTier,
)

G = GoalStatus
REVIEW_EVERY = {RiskTier.HIGH: 90, RiskTier.MEDIUM: 180, RiskTier.LOW: 180}
FINAL = {G.MET: 55, G.PARTIALLY_MET: 25, G.NOT_MET: 20}
REVIEW_NOTES = {
    G.IN_PROGRESS: ("Making progress; member engaged and using the plan.", "Some progress; barriers reviewed "
                    "and plan adjusted.", "Slow progress; member wants to keep the goal."),
    G.MET: ("Goal met; member and nurse agree to maintain.",),
    G.PARTIALLY_MET: ("Partly met; carrying forward a smaller target.",),
    G.NOT_MET: ("Not met; discussed what got in the way and revised approach.",),
    G.DISCONTINUED: ("Goal stopped when the case closed.",),
}
REFERRAL_OUTCOMES = {
    ReferralStatus.COMPLETED: "Member went and received the service.",
    ReferralStatus.ACCEPTED: "Agency accepted; first appointment scheduled.",
    ReferralStatus.NO_SHOW: "Member missed the intake appointment; will reschedule.",
    ReferralStatus.DECLINED: "Member decided not to go.",
}
ACCEPTED_UNTIL_DAYS = 45
FOLLOW_UP = {
    RiskTier.HIGH: "Telephonic follow-up every 2 weeks; home visit monthly; plan review every 90 days.",
    RiskTier.MEDIUM: "Telephonic follow-up monthly; home visit quarterly; plan review every 6 months.",
    RiskTier.LOW: "Telephonic follow-up every 3 months; plan review every 6 months.",
}


@dataclass(slots=True)
class PlanOutcome:
    """What the tasks need to know about the plan."""

    end: date  # the last day the plan was followed (yesterday, or the day the case closed)
    review_due_on: date | None = None
    pending_referrals: list[Row] = field(default_factory=list)
    review_days: list[date] = field(default_factory=list)


def build(chart: Chart, life: Lifecycle, tl: Timeline) -> PlanOutcome:
    end = min(life.closed_on or chart.last_day, chart.last_day)
    outcome = PlanOutcome(end)
    if tl.assessed_on is None:
        return outcome
    started = tl.assessed_on
    every = REVIEW_EVERY[chart.tier]
    outcome.review_days = [started + timedelta(days=every * k) for k in range(1, 60)
                           if started + timedelta(days=every * k) <= end]
    plan = chart.add("care_plan", chart.at(started), started_on=started, **_plan_text(chart),
                     status=CarePlanStatus.CLOSED if life.closed_on else CarePlanStatus.ACTIVE,
                     communicated_to_pcp_on=tl.pcp_told_on)
    context = _Context(plan, life, outcome, tl.first_phq9)
    for priority, problem in enumerate(_choose(chart), 1):
        _problem(chart, context, problem, priority)
    last_review = outcome.review_days[-1] if outcome.review_days else None
    outcome.review_due_on = None if life.closed_on else (last_review or started) + timedelta(days=every)
    plan.update(last_reviewed_on=last_review, review_due_on=outcome.review_due_on)
    _agreement(chart, plan, started)
    return outcome


def _plan_text(chart: Chart) -> dict[str, str]:
    caregiver = chart.caregiver
    involvement = "Member manages own care; no caregiver involved."
    if caregiver:
        involvement = (f"{caregiver['name']} ({caregiver['relationship'].lower()}) joins calls and helps "
                       "with medications and rides.")
    return {"follow_up_schedule": FOLLOW_UP[chart.tier], "caregiver_involvement": involvement}


def _choose(chart: Chart) -> list[ProblemPlan]:
    keys = list(dict.fromkeys(PLAN_FOR[d.dx.key] for d in chart.diagnoses if d.dx.key in PLAN_FOR))
    extra = "food" if chart.chance(0.35) else "adherence" if chart.chance(0.3) else None
    if extra and extra not in keys:
        keys.append(extra)
    chosen = keys[: chart.rng.randint(1, 3)] or ["adherence"]
    return [LIBRARY[k] for k in chosen]


@dataclass(frozen=True, slots=True)
class _Context:
    plan: Row
    life: Lifecycle
    outcome: PlanOutcome
    first_phq9: int | None

    @property
    def started(self) -> date:
        return self.plan["started_on"]


def _problem(chart: Chart, ctx: _Context, problem: ProblemPlan, priority: int) -> None:
    row = chart.add("problem", ctx.plan["created_at"], care_plan_id=ctx.plan["id"], domain=problem.domain,
                    title=problem.title, description=problem.description, priority=priority,
                    source=f"library:{problem.key}")
    finals = [_goal_and_renewals(chart, ctx, row, goal, i) for i, goal in enumerate(problem.goals, 1)]
    if all(status == G.MET for status in finals):
        row["status"] = ProblemStatus.RESOLVED
    elif ctx.life.closed_on:
        row["status"] = ProblemStatus.INACTIVE
    steps = ctx.plan["self_management_plan"]
    ctx.plan["self_management_plan"] = f"{steps} {priority}. {problem.goals[0].self_care}".strip()


def _goal_and_renewals(
    chart: Chart, ctx: _Context, problem: Row, goal: GoalPlan, priority: int
) -> GoalStatus:
    """A goal not met by its target date is set again from that review, while the case stays open."""
    begin, first = ctx.started, True
    while True:
        status, finished = _goal(chart, ctx, problem, goal, priority, begin, first=first)
        left = (ctx.outcome.end - finished).days if finished else 0
        if status not in (G.PARTIALLY_MET, G.NOT_MET) or left < 60:
            return status
        begin, first = finished or begin, False


def _goal(chart: Chart, ctx: _Context, problem: Row, goal: GoalPlan, priority: int, begin: date, *,
          first: bool) -> tuple[GoalStatus, date | None]:
    target_on = begin + timedelta(days=30 * goal.months)
    spanish = chart.member["preferred_language"] == "es" and chart.chance(0.7)
    phq9 = goal.measure == "PHQ-9 total" and ctx.first_phq9 is not None
    made = problem["created_at"] if first else chart.at(begin)
    row = chart.add("goal", made, problem_id=problem["id"], text=goal.text,
                    member_words=goal.words[1] if spanish else goal.words[0], term=goal.term,
                    target_on=target_on, measure=goal.measure,
                    baseline=str(ctx.first_phq9) if phq9 else goal.baseline,
                    target_value=goal.target, priority=priority, member_priority=chart.rng.randint(1, 3))
    days = [d for d in ctx.outcome.review_days if d > begin]
    status, finished = _reviews(chart, row, target_on, ctx.life, days)
    row["status"] = status
    for item in goal.interventions:
        _intervention(chart, row, item, begin, target_on, status)
    if goal.barrier and first:
        _barrier(chart, row, goal.barrier, status)
    if goal.referral and first:
        _referral(chart, row, ctx.plan["id"], goal.referral, begin, ctx.outcome)
    return status, finished


def _reviews(chart: Chart, goal: Row, target_on: date, life: Lifecycle,
             days: list[date]) -> tuple[GoalStatus, date | None]:
    """Progress reviews on the plan's schedule until the target date settles the goal; returns the
    goal's status and the day it was settled (None while still open)."""
    status = G.NOT_STARTED
    for day in days:
        after = _next_status(chart, day >= target_on, life.closure_reason)
        chart.add("progress_review", chart.at(day), goal_id=goal["id"], reviewed_on=day, status_before=status,
                  status_after=after, note=chart.rng.choice(REVIEW_NOTES[after]))
        status = after
        if status != G.IN_PROGRESS:
            goal["updated_at"] = chart.at(day, 17 * 60, 18 * 60)
            return status, day
    if life.closed_on:
        return (G.MET if life.closure_reason == ClosureReason.GOALS_MET else G.DISCONTINUED), None
    return (status if status != G.NOT_STARTED or not chart.chance(0.7) else G.IN_PROGRESS), None


def _next_status(chart: Chart, due: bool, closure: ClosureReason | None) -> GoalStatus:
    if not due:
        return G.IN_PROGRESS
    if closure == ClosureReason.GOALS_MET:
        return G.MET
    return chart.rng.choices(tuple(FINAL), weights=tuple(FINAL.values()))[0]


def _intervention(
    chart: Chart, goal: Row, item: InterventionPlan, started: date, target_on: date, status: GoalStatus
) -> None:
    kind, description, responsible, frequency = item
    due = chart.day_between(started + timedelta(days=7), target_on)
    done = due <= chart.last_day and (status == G.MET or chart.chance(0.7))
    state = InterventionStatus.COMPLETED if done else (
        InterventionStatus.DISCONTINUED if status == G.DISCONTINUED else
        InterventionStatus.IN_PROGRESS if due <= chart.last_day else InterventionStatus.PLANNED)
    chart.add("intervention", goal["created_at"], goal_id=goal["id"], type=kind, description=description,
              responsible=responsible, frequency=frequency, due_on=due, status=state,
              completed_on=chart.day_between(started, due) if done else None)


def _barrier(chart: Chart, goal: Row, barrier: BarrierPlan, status: GoalStatus) -> None:
    kind, description, plan = barrier
    state = BarrierStatus.RESOLVED if status == G.MET else (
        BarrierStatus.ADDRESSED if chart.chance(0.6) else BarrierStatus.OPEN)
    chart.add("barrier", goal["created_at"], goal_id=goal["id"], kind=kind, description=description,
              plan_to_address=plan, status=state)


def _referral(chart: Chart, goal: Row, plan_id: str, resource: Resource, started: date,
              outcome: PlanOutcome) -> None:
    name, kind, contact = resource
    referred = min(chart.last_day, started + timedelta(days=chart.rng.randint(0, 10)))
    recent = (chart.last_day - referred).days < 14
    status = ReferralStatus.SENT if recent else chart.rng.choices(
        tuple(REFERRAL_OUTCOMES), weights=(50, 20, 15, 15))[0]
    if status == ReferralStatus.ACCEPTED and (chart.last_day - referred).days > ACCEPTED_UNTIL_DAYS:
        status = ReferralStatus.COMPLETED  # an agency's acceptance long ago has long since had its outcome
    row = chart.add("referral", chart.at(referred), care_plan_id=plan_id, goal_id=goal["id"],
                    resource_name=name, resource_type=kind, resource_contact=contact, referred_on=referred,
                    status=status, follow_up_on=referred + timedelta(days=14),
                    outcome=REFERRAL_OUTCOMES.get(status, ""))
    if status == ReferralStatus.SENT:
        outcome.pending_referrals.append(row)


def _agreement(chart: Chart, plan: Row, started: date) -> None:
    member, caregiver = chart.member, chart.caregiver
    with_caregiver = caregiver is not None and chart.chance(0.6)
    chart.add("plan_agreement", chart.at(started), care_plan_id=plan["id"], agreed_on=started,
              method=chart.rng.choice((AgreementMethod.VERBAL, AgreementMethod.WRITTEN)),
              signer_name=f"{member['first_name']} {member['last_name']}",
              caregiver_participated=with_caregiver,
              caregiver_name=caregiver["name"] if caregiver is not None and with_caregiver else "")
