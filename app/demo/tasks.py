"""The nurse's to-do list for each member: what program rules would have made, and a few by hand."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from app.demo.careplan import PlanOutcome
from app.demo.chart import Chart
from app.demo.encounters import Timeline
from app.demo.lifecycle import Lifecycle
from app.model.enums import MemberStatus, TaskKind, TaskOrigin, TaskStatus

MANUAL = (
    "Call pharmacy about prior authorization for {drug}",
    "Mail large-print medication list",
    "Ask PCP office for latest lab results",
    "Check that the DME company delivered the shower chair",
)


def tasks(chart: Chart, life: Lifecycle, tl: Timeline, plan: PlanOutcome) -> None:
    status = life.status
    if status in (MemberStatus.IDENTIFIED, MemberStatus.OUTREACH):
        _outreach(chart, life)
    if status != MemberStatus.ENROLLED:
        return
    if tl.assessed_on is None:
        due = life.identified_on + timedelta(days=30)
        _rule(chart, TaskKind.INITIAL_ASSESSMENT, "Comprehensive initial assessment", due, life.enrolled_on)
        return
    next_due = chart.member["next_due_on"]
    _rule(chart, TaskKind.FOLLOW_UP_CONTACT, "Follow-up contact", next_due, next_due - timedelta(days=7))
    last_screen = tl.last_phq9_on or tl.assessed_on
    _rule(chart, TaskKind.REASSESSMENT, "Annual reassessment", last_screen + timedelta(days=365), last_screen)
    if plan.review_due_on:
        _rule(chart, TaskKind.CARE_PLAN_REVIEW, "Care plan review", plan.review_due_on,
              plan.review_due_on - timedelta(days=14))
    for referral in plan.pending_referrals:
        _rule(chart, TaskKind.REFERRAL_FOLLOW_UP, f"Did the member go to {referral['resource_name']}?",
              referral["follow_up_on"], referral["referred_on"])
    _done(chart, plan.review_days[-2:], TaskKind.CARE_PLAN_REVIEW, "Care plan review")
    recent = [t.date() for t in chart.contact_times[-3:]]
    _done(chart, recent, TaskKind.FOLLOW_UP_CONTACT, "Follow-up contact")
    if chart.chance(0.25):
        _manual(chart)


def _outreach(chart: Chart, life: Lifecycle) -> None:
    _rule(chart, TaskKind.INITIAL_ASSESSMENT, "Comprehensive initial assessment",
          life.identified_on + timedelta(days=30), life.identified_on)
    last = life.attempts[-1] if life.attempts else life.identified_on
    _rule(chart, TaskKind.OUTREACH, f"Outreach attempt {len(life.attempts) + 1}",
          last + timedelta(days=chart.rng.randint(2, 4)), last)


def _made_at(chart: Chart, day: date | None) -> datetime:
    return chart.at(min(day or chart.last_day, chart.last_day), 6 * 60, 7 * 60)


def _rule(chart: Chart, kind: TaskKind, title: str, due: date, made_on: date | None) -> None:
    chart.add("task", _made_at(chart, made_on), kind=kind, title=title, due_on=due, origin=TaskOrigin.RULE,
              rule_key=f"{kind.value}:{due.isoformat()}", assigned_to=chart.nurse)


def _done(chart: Chart, days: list[date], kind: TaskKind, title: str) -> None:
    for day in days:
        made = _made_at(chart, day - timedelta(days=7))
        finished = chart.at(day, 17 * 60, 18 * 60)
        chart.add("task", made, kind=kind, title=title, due_on=day, status=TaskStatus.DONE,
                  origin=TaskOrigin.RULE, rule_key=f"{kind.value}:{day.isoformat()}", assigned_to=chart.nurse,
                  completed_at=finished, updated_at=finished)


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
