"""The nurse's to-do list for each member, as the program rules would have left it, and a few by hand.

Rule tasks come from the compliance engine run over this member's own rows, with the same keys and
kinds, so the first ``tasks.refresh`` on a demo caseload finds nothing to add. Where the demo's story
says something was done that its rows do not record (the assessment visit, the participation review,
asking about an accepted referral), the task is done; history gets done tasks for past follow-ups and
plan reviews.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import pairwise

from app.demo.careplan import PlanOutcome
from app.demo.chart import Chart
from app.demo.encounters import Timeline
from app.demo.lifecycle import Lifecycle
from app.demo.rows import Row
from app.model.enums import AssessmentStatus, MemberStatus, TaskKind, TaskOrigin, TaskStatus
from app.programs import rules_for
from app.services.compliance import Clock, MemberFacts, clocks
from app.services.compliance_facts import INITIAL_ASSESSMENT, PlanRow, local_day, member_facts, referral_facts
from app.services.task_plan import rule_title

MANUAL = (
    "Call pharmacy about prior authorization for {drug}",
    "Mail large-print medication list",
    "Ask PCP office for latest lab results",
    "Check that the DME company delivered the shower chair",
)
# Done in the demo's story although no row says so: the task was completed when it fell due.
DONE_WHEN_DUE = frozenset({TaskKind.PARTICIPATION_REVIEW, TaskKind.REFERRAL_FOLLOW_UP})


def tasks(chart: Chart, life: Lifecycle, tl: Timeline, plan: PlanOutcome) -> None:
    facts = _facts(chart)
    found = clocks(facts, rules_for(chart.program), chart.today)
    for clock in found:
        _rule_task(chart, life, tl, facts, clock)
    taken = {clock.key for clock in found}
    _past_follow_ups(chart, facts, taken)
    _past_reviews(chart, facts, plan, taken)
    if life.status in (MemberStatus.IDENTIFIED, MemberStatus.OUTREACH):
        _outreach(chart, life)
    if life.status == MemberStatus.ENROLLED and chart.chance(0.25):
        _manual(chart)


def _facts(chart: Chart) -> MemberFacts:
    """The member's facts from the rows made so far, the way compliance_facts reads them from a store."""
    tables = chart.data.tables
    offsets = {e["id"]: e["utc_offset_minutes"] for e in tables["encounter"]}
    last = chart.member["last_contact_at"]
    assessed = [local_day(r["completed_at"], offsets.get(r["encounter_id"]))
                for r in tables["assessment_response"]
                if r["instrument_id"] == INITIAL_ASSESSMENT and r["status"] == AssessmentStatus.COMPLETED
                and r["completed_at"] is not None]
    agreed: dict[str, date] = {}
    for agreement in tables["plan_agreement"]:
        plan_id = agreement["care_plan_id"]
        agreed[plan_id] = min(agreed.get(plan_id, agreement["agreed_on"]), agreement["agreed_on"])
    plans = [PlanRow(p["id"], p["status"], p["started_on"], p["review_due_on"], p["last_reviewed_on"],
                     agreed.get(p["id"])) for p in tables["care_plan"]]
    referrals = [referral_facts(r["id"], r["resource_name"], r["referred_on"], r["follow_up_on"], r["status"],
                                r["updated_at"]) for r in tables["referral"] if r["status"] != "proposed"]
    last_on = local_day(last, _offsets(chart).get(last)) if last else None
    return member_facts(chart.member, last_contact_on=last_on, assessment_days=assessed, plans=plans,
                        referrals=referrals)


def _rule_task(chart: Chart, life: Lifecycle, tl: Timeline, facts: MemberFacts, clock: Clock) -> None:
    done_on = clock.met_on
    if done_on is None and clock.kind == TaskKind.INITIAL_ASSESSMENT:
        done_on = tl.assessed_on
    if done_on is None and clock.kind in DONE_WHEN_DUE and clock.due_on <= chart.last_day:
        done_on = clock.due_on
    _add(chart, clock.kind, rule_title(clock), clock.key, clock.due_on, _started_on(life, facts, clock),
         done_on=done_on)


def _started_on(life: Lifecycle, facts: MemberFacts, clock: Clock) -> date:
    """When the clock started: the task was made then (the app refreshes tasks every day)."""
    start = {
        TaskKind.INITIAL_ASSESSMENT: life.identified_on, TaskKind.CARE_PLAN: facts.initial_assessment_on,
        TaskKind.FOLLOW_UP_CONTACT: facts.last_contact_on or life.enrolled_on,
        TaskKind.REASSESSMENT: facts.last_assessment_on, TaskKind.PARTICIPATION_REVIEW: life.enrolled_on,
        TaskKind.CARE_PLAN_REVIEW: facts.plan_last_reviewed_on or facts.plan_started_on,
    }.get(clock.kind)
    return start or clock.due_on - timedelta(days=14)


def _past_follow_ups(chart: Chart, facts: MemberFacts, taken: set[str]) -> None:
    """The last few follow-up contacts each closed the task the one before it had made."""
    if facts.enrolled_on is None:
        return
    cadence = timedelta(days=rules_for(chart.program).contact_cadence_days[chart.tier])
    offsets = _offsets(chart)
    days = sorted({local_day(t, offsets.get(t)) for t in chart.contact_times})
    days = [d for d in days if d >= facts.enrolled_on]
    for before, after in list(pairwise(days))[-3:]:
        due = before + cadence
        key = f"follow_up_contact:{due.isoformat()}"
        if key not in taken:
            taken.add(key)
            _add(chart, TaskKind.FOLLOW_UP_CONTACT, "Follow-up contact", key, due, before, done_on=after)


def _past_reviews(chart: Chart, facts: MemberFacts, plan: PlanOutcome, taken: set[str]) -> None:
    plan_id = chart.data.tables["care_plan"][0]["id"] if chart.data.tables["care_plan"] else None
    if plan_id is None:
        return
    for day in plan.review_days[-2:]:
        key = f"care_plan_review:{plan_id}:{day.isoformat()}"
        if key not in taken:
            taken.add(key)
            _add(chart, TaskKind.CARE_PLAN_REVIEW, "Care plan review", key, day, day - timedelta(days=14),
                 done_on=day)


def _offsets(chart: Chart) -> dict[datetime, int]:
    """Each encounter's start → the offset the nurse was in."""
    return {e["started_at"]: e["utc_offset_minutes"] for e in chart.data.tables["encounter"]}


def _outreach(chart: Chart, life: Lifecycle) -> None:
    """The nurse's own reminder to try again (outreach has no compliance clock of its own)."""
    last = life.attempts[-1] if life.attempts else life.identified_on
    due = last + timedelta(days=chart.rng.randint(2, 4))
    title = f"Outreach attempt {len(life.attempts) + 1}"
    chart.add("task", _made_at(chart, last), kind=TaskKind.OUTREACH, title=title, due_on=due,
              origin=TaskOrigin.MANUAL, assigned_to=chart.nurse)


def _made_at(chart: Chart, day: date | None) -> datetime:
    return chart.at(min(day or chart.last_day, chart.last_day), 6 * 60, 7 * 60)


def _add(chart: Chart, kind: TaskKind, title: str, key: str, due: date, made_on: date | None, *,
         done_on: date | None = None) -> Row:
    made = _made_at(chart, made_on)
    values: Row = {}
    if done_on is not None:
        finished = max(made, chart.at(min(done_on, chart.last_day), 17 * 60, 18 * 60))
        values = {"status": TaskStatus.DONE, "completed_at": finished, "updated_at": finished}
    return chart.add("task", made, kind=kind, title=title, due_on=due, origin=TaskOrigin.RULE, rule_key=key,
                     assigned_to=chart.nurse, **values)


def _manual(chart: Chart) -> None:
    drug = next((d.dx.drugs[0].name for d in chart.diagnoses if d.dx.drugs), "a medication")
    title = chart.rng.choice(MANUAL).format(drug=drug)
    made = chart.last_day - timedelta(days=chart.rng.randint(1, 20))
    due = made + timedelta(days=chart.rng.randint(2, 14))
    values = {"status": TaskStatus.OPEN}
    if chart.chance(0.3):
        values = {"status": TaskStatus.SNOOZED, "snoozed_until": due + timedelta(days=7),
                  "snooze_reason": "Waiting on the PCP office to call back."}
    chart.add("task", _made_at(chart, made), kind=TaskKind.MANUAL, title=title, due_on=due,
              origin=TaskOrigin.MANUAL, assigned_to=chart.nurse, **values)
