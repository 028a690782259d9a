"""Where each demo member stands in the program lifecycle, with dates in a believable order and the
status history that leads there."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from app.demo.chart import Chart
from app.demo.member import STATUS_WEIGHTS
from app.demo.rows import shift_years
from app.model.enums import ClosureReason, MemberStatus, Program, ReferralSource, ReviewStatus

S = MemberStatus
SUPERVISOR = "demo.supervisor"
AFTER_ENROLLMENT = {
    ClosureReason.GOALS_MET: 40, ClosureReason.MOVED: 15, ClosureReason.DISENROLLED: 20,
    ClosureReason.DECEASED: 15, ClosureReason.OTHER: 10,
}
CLOSURE_TEXT = {
    ClosureReason.GOALS_MET: "Care plan goals met; member graduated from the program",
    ClosureReason.MOVED: "Member moved out of the service area",
    ClosureReason.DISENROLLED: "Member disenrolled from the health plan",
    ClosureReason.DECEASED: "Member passed away; family notified the plan",
    ClosureReason.OTHER: "Member transferred to the plan's palliative care program",
    ClosureReason.UNABLE_TO_REACH: "Unable to reach after outreach; closure authorized by ICT",
    ClosureReason.DECLINED: "Member declined participation; closure authorized by ICT",
}


@dataclass(slots=True)
class Lifecycle:
    status: MemberStatus
    identified_on: date
    outreach_started_on: date | None = None
    enrolled_on: date | None = None
    declined_on: date | None = None
    unable_to_reach_on: date | None = None
    closed_on: date | None = None
    closure_reason: ClosureReason | None = None
    attempts: list[date] = field(default_factory=list)  # failed outreach calls before the outcome

    @property
    def active_until(self) -> date | None:
        """The last day the member was followed after enrolment (None if never enrolled)."""
        return None if self.enrolled_on is None else self.closed_on

    def fields(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in (
            "status", "identified_on", "outreach_started_on", "enrolled_on", "declined_on",
            "unable_to_reach_on", "closed_on", "closure_reason",
        )}


def plan(chart: Chart, dob: date) -> Lifecycle:
    rng = chart.rng
    status = rng.choices(tuple(STATUS_WEIGHTS), weights=tuple(STATUS_WEIGHTS.values()))[0]
    earliest = max(chart.start, shift_years(dob, 18))
    if chart.program == Program.HIGH_RISK_OB:  # a pregnancy is followed for months, not years
        earliest = max(earliest, chart.last_day - timedelta(days=220))
    if status == S.IDENTIFIED:
        return Lifecycle(status, max(earliest, chart.last_day - timedelta(days=rng.randint(0, 10))))
    if status == S.OUTREACH:
        return _outreach(chart, max(earliest, chart.last_day - timedelta(days=rng.randint(3, 30))))
    if status == S.CLOSED and rng.random() < 0.4:
        life = _not_reached(chart, earliest, rng.choice((S.DECLINED, S.UNABLE_TO_REACH)))
        return _close(chart, life, ClosureReason(life.status.value), 7, 30)
    if status in (S.DECLINED, S.UNABLE_TO_REACH):
        return _not_reached(chart, earliest, status)
    life = _enrolled(chart, earliest, 60 if status == S.CLOSED else 21)
    if status == S.CLOSED:
        reasons = AFTER_ENROLLMENT if chart.program != Program.HIGH_RISK_OB else {ClosureReason.GOALS_MET: 1}
        reason = rng.choices(tuple(reasons), weights=tuple(reasons.values()))[0]
        return _close(chart, life, reason, 60, 720)
    return life


def _clamp(chart: Chart, day: date) -> date:
    return min(day, chart.last_day)


def _outreach(chart: Chart, identified_on: date) -> Lifecycle:
    start = _clamp(chart, identified_on + timedelta(days=chart.rng.randint(1, 3)))
    life = Lifecycle(S.OUTREACH, identified_on, outreach_started_on=start)
    life.attempts = _attempt_days(chart, start, chart.rng.randint(1, 2))
    return life


def _attempt_days(chart: Chart, first: date, count: int) -> list[date]:
    days = [first]
    while len(days) < count:
        days.append(_clamp(chart, days[-1] + timedelta(days=chart.rng.randint(2, 5))))
    return sorted(set(days))


def _enrolled(chart: Chart, earliest: date, settle_days: int) -> Lifecycle:
    rng = chart.rng
    identified = chart.day_between(earliest, chart.last_day - timedelta(days=settle_days))
    outreach = _clamp(chart, identified + timedelta(days=rng.randint(1, 4)))
    failed = rng.choices((0, 1, 2), weights=(50, 35, 15))[0]
    attempts = _attempt_days(chart, outreach, failed) if failed else []
    enrolled = _clamp(chart, (attempts[-1] if attempts else outreach) + timedelta(days=rng.randint(1, 6)))
    if not attempts:
        enrolled = outreach
    return Lifecycle(S.ENROLLED, identified, outreach_started_on=outreach, enrolled_on=enrolled,
                     attempts=[d for d in attempts if d < enrolled])


def _not_reached(chart: Chart, earliest: date, status: MemberStatus) -> Lifecycle:
    rng = chart.rng
    identified = chart.day_between(earliest, chart.last_day - timedelta(days=45))
    outreach = _clamp(chart, identified + timedelta(days=rng.randint(1, 3)))
    life = Lifecycle(status, identified, outreach_started_on=outreach)
    if status == S.UNABLE_TO_REACH:
        life.attempts = _attempt_days(chart, outreach, 3)
        life.unable_to_reach_on = life.attempts[-1]
    else:
        life.attempts = _attempt_days(chart, outreach, rng.randint(1, 2))
        life.declined_on = _clamp(chart, life.attempts[-1] + timedelta(days=rng.randint(1, 5)))
    return life


def _close(chart: Chart, life: Lifecycle, reason: ClosureReason, low: int, high: int) -> Lifecycle:
    since = life.enrolled_on or life.declined_on or life.unable_to_reach_on or life.identified_on
    life.closed_on = _clamp(chart, since + timedelta(days=chart.rng.randint(low, high)))
    life.status, life.closure_reason = S.CLOSED, reason
    return life


def status_history(chart: Chart, life: Lifecycle) -> None:
    """The MemberStatusChange rows that walk the member to where they are, and the ICT closure review."""
    steps: list[tuple[MemberStatus, date | None, str]] = [
        (S.IDENTIFIED, life.identified_on, "Referral received"),
        (S.OUTREACH, life.outreach_started_on, "Outreach started"),
        (S.ENROLLED, life.enrolled_on, "Member consented to the program"),
        (S.DECLINED, life.declined_on, "Member declined program participation"),
        (S.UNABLE_TO_REACH, life.unable_to_reach_on, "3 unsuccessful contact attempts on different days"),
    ]
    if life.closed_on and life.closure_reason:
        steps.append((S.CLOSED, life.closed_on, CLOSURE_TEXT[life.closure_reason]))
    previous: MemberStatus | None = None
    last = datetime.min.replace(tzinfo=UTC)
    for status, day, reason in steps:
        if day is None:
            continue
        last = max(chart.at(day), last + timedelta(minutes=5))  # same-day steps keep their order
        closure = life.closure_reason if status == S.CLOSED else None
        chart.add("member_status_change", last, from_status=previous, to_status=status, changed_on=day,
                  reason=reason, closure_reason=closure)
        previous = status
    _closure_request(chart, life)


def _closure_request(chart: Chart, life: Lifecycle) -> None:
    """Closing for unable-to-reach or decline goes to the ICT: approved if closed, else pending."""
    since = life.declined_on or life.unable_to_reach_on
    if since is None or (life.closed_on is None and (chart.last_day - since).days < 7):
        return
    reason = ClosureReason.DECLINED if life.declined_on else ClosureReason.UNABLE_TO_REACH
    requested = _clamp(chart, since + timedelta(days=chart.rng.randint(1, 5)))
    if life.closed_on:
        requested = min(requested, life.closed_on)
    row = chart.add("closure_request", chart.at(requested), reason=reason, requested_on=requested,
                    note=CLOSURE_TEXT[reason].split(";")[0] + ".")
    if life.closed_on:
        row.update(status=ReviewStatus.APPROVED, decided_at=chart.at(life.closed_on, 15 * 60, 17 * 60),
                   decided_by=SUPERVISOR, decision_note="Reviewed at ICT; closure authorized.",
                   updated_by=SUPERVISOR)
        row["updated_at"] = row["decided_at"]


REFERRALS: dict[ReferralSource, tuple[str, ...]] = {
    ReferralSource.UTILIZATION_DATA: (
        "{n} ED visits in the past 6 months ({lay})", "2 inpatient admissions in 90 days ({lay})",
    ),
    ReferralSource.PROVIDER: (
        "PCP referral: {lay} not well controlled, missed appointments",
        "Specialist referral: needs help coordinating care for {lay}",
    ),
    ReferralSource.DISCHARGE_PLANNING: (
        "Discharge planner referral after admission for {lay}; lives alone",
        "Hospital discharge planning: new medications for {lay}, needs follow-up",
    ),
    ReferralSource.SELF: (
        "Called member services asking for help managing {lay} and medications",
        "Self-referral: family asked for help with {lay}",
    ),
}


def referral(chart: Chart) -> dict[str, Any]:
    rng, lay = chart.rng, chart.primary.dx.lay
    if chart.program == Program.TRANSPLANT:
        return {"referral_source": ReferralSource.PROVIDER,
                "referral_reason": f"Transplant center referral: {lay}, medication and lab follow-up"}
    if chart.program == Program.HIGH_RISK_OB:
        return {"referral_source": ReferralSource.PROVIDER,
                "referral_reason": "OB referral: high-risk pregnancy needing coordination of prenatal care"}
    source = rng.choice(tuple(REFERRALS))
    reason = rng.choice(REFERRALS[source]).format(n=rng.randint(3, 6), lay=lay)
    return {"referral_source": source, "referral_reason": reason}
