"""Years of contact history: outreach attempts, the enrolment call, the initial assessment, follow-up
calls and home visits on the tier's cadence, post-discharge calls, reassessments and the closing call."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from app.demo import assessments, notes
from app.demo.chart import Chart
from app.demo.lifecycle import CLOSURE_TEXT, Lifecycle
from app.demo.rows import Row, pacific_offset
from app.model.enums import (
    AddendumKind,
    Channel,
    ClosureReason,
    ContactOutcome,
    Direction,
    EncounterKind,
    EncounterStatus,
    Program,
    RiskTier,
)
from app.services.members import CONTACT_CADENCE_DAYS

K, Outcome = EncounterKind, ContactOutcome
WITH_MEMBER = frozenset({K.TELEPHONIC, K.HOME_VISIT, K.VIDEO})
ANNUAL_REASSESSMENT_DAYS = 330  # comprehensive reassessment due at 12 months: done at a visit near it
HOME_VISIT_SHARE = {RiskTier.HIGH: 0.25, RiskTier.MEDIUM: 0.12, RiskTier.LOW: 0.05}
ADDENDA = (
    (AddendumKind.ADDENDUM,
     "Member called back: PCP appointment moved to next week; transportation rebooked.", ""),
    (AddendumKind.LATE_ENTRY, "Late entry: caregiver also reported two nights of poor sleep; advised to "
     "mention it at the PCP visit.", ""),
    (AddendumKind.CORRECTION, "Correction: the weight recorded is in pounds, not kilograms.",
     "Unit typed wrong in the original note"),
)


@dataclass(slots=True)
class Timeline:
    """What the contact history decided, for the care plan and the tasks."""

    assessed_on: date | None = None
    reassessed_on: date | None = None  # the last annual comprehensive reassessment
    pcp_told_on: date | None = None
    last_phq9_on: date | None = None
    reconciled_at: datetime | None = None
    first_phq9: int | None = None
    encounters: list[Row] = field(default_factory=list)
    screened: set[str] = field(default_factory=set)  # encounters a PHQ-9 was given in


def record(chart: Chart, tl: Timeline, kind: EncounterKind, day: date, minutes: int, note: str,
           outcome: ContactOutcome | None = Outcome.REACHED, **values: Any) -> Row:
    """One signed encounter, written up shortly after it ended."""
    rng = chart.rng
    start = chart.at(day)
    end = start + timedelta(minutes=minutes)
    signed = end + timedelta(minutes=rng.randint(5, 90))
    talked = outcome == Outcome.REACHED and kind in WITH_MEMBER
    interpreter = chart.member["preferred_language"] if talked and chart.member["interpreter_needed"] else ""
    values.setdefault("channel", Channel.VISIT if kind == K.HOME_VISIT else Channel.PHONE)
    values.setdefault("participants", _participants(chart, interpreter) if talked else [])
    row = chart.add(
        "encounter", start, kind=kind, started_at=start, ended_at=end, utc_offset_minutes=pacific_offset(day),
        minutes=minutes, outcome=outcome, interpreter_language=interpreter, note=note,
        status=EncounterStatus.SIGNED, signed_at=signed, signed_by=chart.nurse, **values,
    )
    row["updated_at"] = signed
    if talked:
        chart.contact_times.append(start)
    tl.encounters.append(row)
    return row


def _participants(chart: Chart, interpreter: str) -> list[str]:
    people = ["member"]
    if chart.caregiver is not None and chart.chance(0.4):
        people.append("caregiver")
    return [*people, "interpreter"] if interpreter else people


def _attempt(chart: Chart, tl: Timeline, day: date) -> None:
    misses = (Outcome.NO_ANSWER, Outcome.VOICEMAIL, Outcome.WRONG_NUMBER)
    outcome = chart.rng.choices(misses, weights=(45, 50, 5))[0]
    record(chart, tl, K.CONTACT_ATTEMPT, day, chart.rng.randint(2, 5), notes.attempt(outcome.value), outcome)


def outreach(chart: Chart, life: Lifecycle, tl: Timeline) -> None:
    for day in life.attempts:
        _attempt(chart, tl, day)
    if life.enrolled_on:
        record(chart, tl, K.TELEPHONIC, life.enrolled_on, chart.rng.randint(20, 40), notes.enrollment(chart))
    if life.declined_on:
        record(chart, tl, K.TELEPHONIC, life.declined_on, chart.rng.randint(8, 15), notes.declined(),
               Outcome.DECLINED)
    if life.unable_to_reach_on:
        record(chart, tl, K.CONTACT_ATTEMPT, life.unable_to_reach_on, 5,
               "Unable-to-reach letter mailed to the address on file with the nurse's number.", None,
               channel=Channel.MAIL)


def follow_up(chart: Chart, life: Lifecycle, stays: list[tuple[date, date | None]], tl: Timeline) -> None:
    if life.enrolled_on is None:
        return
    end = min(life.closed_on or chart.last_day, chart.last_day)
    severity = assessments.baseline_severity(chart)
    if _initial_assessment(chart, life, end, severity, tl):
        _cadence(chart, tl, end, severity)
        _post_discharge(chart, tl, stays, end)
        _team_contacts(chart, tl, end)
    if life.closed_on and life.closure_reason:
        _closing(chart, tl, life.closed_on, life.closure_reason)
    _amend_some(chart, tl)


def _post_discharge(chart: Chart, tl: Timeline, stays: list[tuple[date, date | None]], end: date) -> None:
    assert tl.assessed_on is not None
    for admitted, discharged in stays:
        if discharged and tl.assessed_on < discharged and discharged + timedelta(days=3) <= end:
            day = discharged + timedelta(days=chart.rng.randint(1, 3))
            record(chart, tl, K.TELEPHONIC, day, chart.rng.randint(15, 35),
                   notes.post_discharge(chart, admitted, discharged))


def _initial_assessment(chart: Chart, life: Lifecycle, end: date, severity: float, tl: Timeline) -> bool:
    """Due within 30 days of identification; a few run late, and the newest may not be done yet."""
    assert life.enrolled_on is not None
    late = chart.chance(0.1)
    due = life.identified_on + timedelta(days=chart.rng.randint(31, 45) if late else chart.rng.randint(5, 28))
    day = max(life.enrolled_on, due)
    if day > end:
        return False
    kind = K.HOME_VISIT if chart.chance(0.6) else K.TELEPHONIC
    encounter = _contact(chart, tl, kind, day, minutes=chart.rng.randint(60, 110), note="")
    total = assessments.phq9(chart, encounter, severity)
    assessments.comprehensive(chart, encounter, total)
    tl.screened.add(encounter["id"])
    tl.first_phq9 = total
    encounter["note"] = notes.assessment(chart, "in the home" if kind == K.HOME_VISIT else "by phone", total)
    tl.assessed_on = tl.last_phq9_on = day
    return True


def _contact(chart: Chart, tl: Timeline, kind: EncounterKind, day: date, *, minutes: int, note: str) -> Row:
    if kind == K.VIDEO:
        return record(chart, tl, kind, day, minutes, note, channel=Channel.VIDEO)
    if kind != K.HOME_VISIT:
        return record(chart, tl, kind, day, minutes, note)
    vitals = _vitals(chart)
    row = record(chart, tl, kind, day, minutes, note or notes.home_visit(chart, day, vitals),
                 location="Member's home", vitals=vitals)
    tl.reconciled_at = row["started_at"]
    return row


def _vitals(chart: Chart) -> dict[str, int]:
    rng = chart.rng
    vitals = {
        "systolic": rng.randint(112, 156), "diastolic": rng.randint(64, 94),
        "heart_rate": rng.randint(58, 98),
        "spo2": rng.randint(89, 95) if chart.has("copd") else rng.randint(94, 99),
    }
    if chart.has("heart_failure", "obesity"):
        vitals["weight_lb"] = rng.randint(150, 280)
    if chart.has("diabetes", "gestational_diabetes"):
        vitals["glucose_mg_dl"] = rng.randint(90, 220)
    return vitals


def _cadence(chart: Chart, tl: Timeline, end: date, severity: float) -> None:
    """Follow-up contacts on the tier's schedule, some needing a second try; PHQ-9 again when due."""
    rng = chart.rng
    assert tl.assessed_on is not None
    every = CONTACT_CADENCE_DAYS[chart.tier]
    phq9_every = 90 if chart.program == Program.BH_COMPLEX_CM else 365
    day, screens = tl.assessed_on, 0
    while True:
        day += timedelta(days=max(3, round(every * rng.uniform(0.6, 1.15))))
        if day <= end and chart.chance(0.15):
            _attempt(chart, tl, day)
            day += timedelta(days=rng.randint(1, 4))
        if day > end:
            return
        if tl.last_phq9_on and (day - tl.last_phq9_on).days >= phq9_every:
            screens += 1
            _reassess(chart, tl, day, max(0.0, severity * 0.9**screens + rng.gauss(0, 2)))
        else:
            _routine(chart, tl, day)


def _routine(chart: Chart, tl: Timeline, day: date) -> None:
    rng = chart.rng
    roll = rng.random()
    if roll < HOME_VISIT_SHARE[chart.tier]:
        _contact(chart, tl, K.HOME_VISIT, day, minutes=rng.randint(45, 90), note="")
    elif roll < HOME_VISIT_SHARE[chart.tier] + 0.05:
        note = notes.follow_up(chart, day, video=True)
        _contact(chart, tl, K.VIDEO, day, minutes=rng.randint(15, 40), note=note)
    else:
        inbound = chart.chance(0.08)
        note = notes.follow_up(chart, day, inbound=inbound)
        record(chart, tl, K.TELEPHONIC, day, rng.randint(10, 40), note,
               direction=Direction.INBOUND if inbound else Direction.OUTBOUND)


def _reassess(chart: Chart, tl: Timeline, day: date, target: float) -> None:
    kind = K.HOME_VISIT if chart.chance(0.5) else K.TELEPHONIC
    encounter = _contact(chart, tl, kind, day, minutes=chart.rng.randint(40, 80), note="")
    total = assessments.phq9(chart, encounter, target)
    encounter["note"] = notes.reassessment(total)
    if tl.assessed_on and (day - (tl.reassessed_on or tl.assessed_on)).days >= ANNUAL_REASSESSMENT_DAYS:
        assessments.comprehensive(chart, encounter, total)
        tl.reassessed_on = day
    tl.screened.add(encounter["id"])
    tl.last_phq9_on = day


def _team_contacts(chart: Chart, tl: Timeline, end: date) -> None:
    """The care plan goes to the PCP; now and then a call to an office; ICT conferences for high risk."""
    assert tl.assessed_on is not None
    rng = chart.rng
    told = min(end, tl.assessed_on + timedelta(days=rng.randint(1, 7)))
    record(chart, tl, K.PROVIDER_COMMUNICATION, told, 10,
           f"Care plan faxed to PCP office ({chart.team['pcp']}); receipt confirmed.", None,
           participants=["pcp"])
    tl.pcp_told_on = told
    day = told
    while (day := day + timedelta(days=rng.randint(120, 240))) <= end:
        record(chart, tl, K.PROVIDER_COMMUNICATION, day, rng.randint(5, 20), notes.provider_call(chart), None,
               participants=["pcp"])
        if chart.tier == RiskTier.HIGH and chart.chance(0.5):
            record(chart, tl, K.CASE_CONFERENCE, day, rng.randint(30, 60), notes.case_conference(), None,
                   channel=Channel.VIDEO, location="Plan office",
                   participants=["pcp", "bh_clinician", "pharmacist"])


def _closing(chart: Chart, tl: Timeline, day: date, reason: ClosureReason) -> None:
    text = CLOSURE_TEXT[reason].split(";")[0]
    if reason == ClosureReason.DECEASED:
        record(chart, tl, K.TELEPHONIC, day, 15, f"Family called: {text.lower()}. Condolences offered; case "
               "closed.", None, direction=Direction.INBOUND)
    else:
        record(chart, tl, K.TELEPHONIC, day, chart.rng.randint(10, 25), notes.closing(text))


def _amend_some(chart: Chart, tl: Timeline) -> None:
    """A few signed notes carry an addendum, a late entry or a correction; one in two hundred is in error."""
    for row in tl.encounters:
        roll = chart.rng.random()
        if roll < 0.02:
            _addendum(chart, row)
        elif roll < 0.025 and row["kind"] == K.TELEPHONIC and row["id"] not in tl.screened:
            row.update(status=EncounterStatus.ENTERED_IN_ERROR,
                       error_reason="Duplicate of a call documented the same day.")
            if row["started_at"] in chart.contact_times:
                chart.contact_times.remove(row["started_at"])


def _addendum(chart: Chart, encounter: Row) -> None:
    kind, text, reason = chart.rng.choice(ADDENDA)
    day = min(chart.last_day, encounter["started_at"].date() + timedelta(days=chart.rng.randint(0, 3)))
    signed = max(chart.at(day, 17 * 60, 18 * 60), encounter["signed_at"] + timedelta(minutes=5))
    chart.add("addendum", signed, encounter_id=encounter["id"], kind=kind, text=text, reason=reason,
              service_date=encounter["started_at"].date() if kind == AddendumKind.LATE_ENTRY else None,
              signed_at=signed, signed_by=chart.nurse)
    encounter.update(status=EncounterStatus.AMENDED, updated_at=signed)
