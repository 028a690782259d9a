"""Compliance clocks: each program promise falls due on the right day, reads met, late or open on both
sides of its deadline, keeps its key while the deadline stands, and is read from the record in bulk."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from app.dates import add_months
from app.errors import NotFound
from app.model.assessment import AssessmentResponse
from app.model.careplan import CarePlan, PlanAgreement, Referral
from app.model.encounter import Encounter
from app.model.enums import (
    AgreementMethod,
    AssessmentStatus,
    CarePlanStatus,
    ContactOutcome,
    EncounterKind,
    EncounterStatus,
    MemberStatus,
    Program,
    ReferralStatus,
    RiskTier,
    TaskKind,
)
from app.model.member import Member
from app.programs import rules_for
from app.services import compliance, encounters, members
from app.services.compliance import ClockState, MemberFacts, ReferralFacts, clocks

K = TaskKind
MET, LATE, OPEN = ClockState.MET, ClockState.LATE, ClockState.OPEN
IDENTIFIED, ENROLLED = date(2026, 1, 5), date(2026, 1, 10)
COMPLEX = rules_for(Program.COMPLEX_CM)  # IA 30 days, plan 30 days, cadence 14/30/90, 12+2 months, review 90
BH = rules_for(Program.BH_COMPLEX_CM)  # the same deadlines, and a 90-day minimum participation


def facts(**changes: Any) -> MemberFacts:
    """An enrolled high-risk complex case management member with nothing done yet."""
    base = MemberFacts(
        member_id="m1", program=Program.COMPLEX_CM, risk_tier=RiskTier.HIGH, status=MemberStatus.ENROLLED,
        identified_on=IDENTIFIED, enrolled_on=ENROLLED, closed_on=None, last_contact_on=None,
        initial_assessment_on=None, last_assessment_on=None, plan_id=None, plan_started_on=None,
        plan_review_due_on=None, plan_last_reviewed_on=None,
    )
    return dataclasses.replace(base, **changes)


def referral(**changes: Any) -> ReferralFacts:
    base = ReferralFacts(id="r1", resource_name="Valley Food Bank", referred_on=date(2026, 2, 12),
                         follow_up_on=None, status=ReferralStatus.SENT, resolved_on=None)
    return dataclasses.replace(base, **changes)


def clock_of(kind: TaskKind, f: MemberFacts, as_of: date, rules: Any = COMPLEX) -> compliance.Clock | None:
    found = [c for c in clocks(f, rules, as_of) if c.kind == kind]
    assert len(found) <= 1
    return found[0] if found else None


def d(text: str) -> date:
    return date.fromisoformat(text)


# ---- month arithmetic ------------------------------------------------------------------------------


@pytest.mark.parametrize(("start", "months", "expected"), [
    ("2026-01-31", 1, "2026-02-28"),
    ("2024-01-31", 1, "2024-02-29"),  # leap year
    ("2024-02-29", 12, "2025-02-28"),
    ("2026-03-31", -1, "2026-02-28"),
    ("2026-12-15", 1, "2027-01-15"),
    ("2026-05-31", 14, "2027-07-31"),
    ("2026-08-31", 1, "2026-09-30"),
    ("2026-01-10", 0, "2026-01-10"),
])
def test_months_are_calendar_months_with_the_day_clamped(start: str, months: int, expected: str) -> None:
    assert add_months(d(start), months) == d(expected)


# ---- each clock's due date and key -------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "changes", "due", "key"), [
    (K.INITIAL_ASSESSMENT, {}, "2026-02-04", "initial_assessment:2026-01-05"),
    (K.CARE_PLAN, {"initial_assessment_on": d("2026-01-20")}, "2026-02-19", "care_plan:2026-01-20"),
    (K.FOLLOW_UP_CONTACT, {"last_contact_on": d("2026-02-01")}, "2026-02-15", "follow_up_contact:2026-02-15"),
    (K.FOLLOW_UP_CONTACT, {"last_contact_on": d("2026-02-01"), "risk_tier": RiskTier.MEDIUM}, "2026-03-03",
     "follow_up_contact:2026-03-03"),
    (K.FOLLOW_UP_CONTACT, {"last_contact_on": d("2026-02-01"), "risk_tier": RiskTier.LOW}, "2026-05-02",
     "follow_up_contact:2026-05-02"),
    (K.FOLLOW_UP_CONTACT, {}, "2026-01-24", "follow_up_contact:2026-01-24"),  # never reached: enrollment
    (K.FOLLOW_UP_CONTACT, {"last_contact_on": d("2026-01-07")}, "2026-01-24",  # reached before enrolling
     "follow_up_contact:2026-01-24"),
    (K.REASSESSMENT, {"initial_assessment_on": d("2025-01-20"), "last_assessment_on": d("2026-01-20")},
     "2027-01-20", "reassessment:2027-01-20"),
    (K.REASSESSMENT, {"initial_assessment_on": d("2025-01-31"), "last_assessment_on": d("2025-01-31")},
     "2026-01-31", "reassessment:2026-01-31"),
    (K.REASSESSMENT, {"initial_assessment_on": d("2024-02-29"), "last_assessment_on": d("2024-02-29")},
     "2025-02-28", "reassessment:2025-02-28"),
    (K.CARE_PLAN_REVIEW, {"plan_id": "p1", "plan_review_due_on": d("2026-05-11")}, "2026-05-11",
     "care_plan_review:p1:2026-05-11"),
    (K.REFERRAL_FOLLOW_UP, {"referrals": (referral(),)}, "2026-02-26", "referral_follow_up:r1"),
    (K.REFERRAL_FOLLOW_UP, {"referrals": (referral(follow_up_on=d("2026-03-05")),)}, "2026-03-05",
     "referral_follow_up:r1"),
    (K.REFERRAL_FOLLOW_UP, {"referrals": (referral(status=ReferralStatus.ACCEPTED),)}, "2026-02-26",
     "referral_follow_up:r1"),
])
def test_each_clock_falls_due_on_its_day(kind: TaskKind, changes: dict[str, Any], due: str, key: str) -> None:
    clock = clock_of(kind, facts(**changes), d("2026-01-15"))
    assert clock is not None
    assert (clock.due_on, clock.key, clock.member_id) == (d(due), key, "m1")


def test_participation_review_only_in_programs_with_a_minimum() -> None:
    bh = clock_of(K.PARTICIPATION_REVIEW, facts(program=Program.BH_COMPLEX_CM), d("2026-02-01"), BH)
    assert bh is not None and (bh.due_on, bh.key) == (d("2026-04-10"), "participation_review:2026-04-10")
    assert clock_of(K.PARTICIPATION_REVIEW, facts(), d("2026-02-01")) is None


def test_reassessment_and_care_plan_wait_for_the_initial_assessment() -> None:
    found = {c.kind for c in clocks(facts(), COMPLEX, d("2026-02-01"))}
    assert found == {K.INITIAL_ASSESSMENT, K.FOLLOW_UP_CONTACT}


def test_a_referral_counts_from_its_follow_up_date_and_a_proposed_one_not_at_all() -> None:
    referrals = (referral(id="r1", status=ReferralStatus.PROPOSED),
                 referral(id="r2", referred_on=None, follow_up_on=None),  # no date to count from
                 referral(id="r3", resource_name="Meals on Wheels"))
    found = [c for c in clocks(facts(referrals=referrals), COMPLEX, d("2026-02-01"))
             if c.kind == K.REFERRAL_FOLLOW_UP]
    assert [(c.key, c.subject) for c in found] == [("referral_follow_up:r3", "Meals on Wheels")]


# ---- both sides of every deadline --------------------------------------------------------------------

# (kind, facts with the clock running, the due day, facts with it done on a given day)
DONE_IN_PLACE = [
    (K.INITIAL_ASSESSMENT, {}, "2026-02-04", lambda day: {"initial_assessment_on": day}),
    (K.CARE_PLAN, {"initial_assessment_on": d("2026-01-20")}, "2026-02-19",
     lambda day: {"initial_assessment_on": d("2026-01-20"), "plan_started_on": day}),
    (K.REFERRAL_FOLLOW_UP, {"referrals": (referral(),)}, "2026-02-26",
     lambda day: {"referrals": (referral(status=ReferralStatus.COMPLETED, resolved_on=day),)}),
    (K.CARE_PLAN_REVIEW, {"plan_id": "p1", "plan_review_due_on": d("2026-05-11")}, "2026-05-11",
     lambda day: {"plan_id": "p1", "plan_review_due_on": d("2026-05-11"), "plan_last_reviewed_on": day}),
]
NEVER_DONE_IN_PLACE = [
    (K.FOLLOW_UP_CONTACT, {"last_contact_on": d("2026-02-01")}, "2026-02-15", COMPLEX),
]


@pytest.mark.parametrize(("kind", "running", "due", "done"), DONE_IN_PLACE)
def test_not_done_is_open_through_the_due_day_and_late_the_day_after(kind, running, due, done) -> None:
    due_on = d(due)
    states = [clock_of(kind, facts(**running), due_on + timedelta(days=n)) for n in (-1, 0, 1)]
    assert [(c.state, c.met_on) for c in states if c] == [(OPEN, None), (OPEN, None), (LATE, None)]


@pytest.mark.parametrize(("kind", "running", "due", "done"), DONE_IN_PLACE)
def test_done_by_the_due_day_is_met_and_done_after_it_is_late(kind, running, due, done) -> None:
    due_on = d(due)
    later = due_on + timedelta(days=30)
    on_time = clock_of(kind, facts(**done(due_on)), later)
    one_day_late = clock_of(kind, facts(**done(due_on + timedelta(days=1))), later)
    assert on_time is not None and one_day_late is not None
    assert (on_time.state, on_time.met_on, on_time.done) == (MET, due_on, True)
    assert (one_day_late.state, one_day_late.met_on) == (LATE, due_on + timedelta(days=1))
    assert on_time.key == one_day_late.key  # being done does not move the deadline


@pytest.mark.parametrize(("kind", "running", "due", "rules"), NEVER_DONE_IN_PLACE)
def test_clocks_done_only_by_moving_on_are_open_then_late(kind, running, due, rules) -> None:
    due_on = d(due)
    states = [clock_of(kind, facts(**running), due_on + timedelta(days=n), rules) for n in (-1, 0, 1)]
    assert [c.state for c in states if c] == [OPEN, OPEN, LATE]


def test_minimum_participation_is_met_on_the_day_it_is_reached_while_enrolled() -> None:
    running = facts(program=Program.BH_COMPLEX_CM)
    due = d("2026-04-10")
    states = [clock_of(K.PARTICIPATION_REVIEW, running, due + timedelta(days=n), BH) for n in (-1, 0)]
    assert [(c.state, c.met_on) for c in states if c] == [(OPEN, None), (MET, d("2026-04-10"))]


def test_a_plan_review_counts_only_inside_the_review_period() -> None:
    running = {"plan_id": "p1", "plan_review_due_on": d("2026-05-11")}
    as_of = d("2026-03-01")
    inside = clock_of(K.CARE_PLAN_REVIEW, facts(**running, plan_last_reviewed_on=d("2026-02-11")), as_of)
    before = clock_of(K.CARE_PLAN_REVIEW, facts(**running, plan_last_reviewed_on=d("2026-02-10")), as_of)
    assert inside is not None and (inside.state, inside.met_on) == (MET, d("2026-02-11"))
    assert before is not None and (before.state, before.met_on) == (OPEN, None)  # the period before


def test_a_deed_dated_after_the_as_of_day_does_not_count_yet() -> None:
    clock = clock_of(K.INITIAL_ASSESSMENT, facts(initial_assessment_on=d("2026-02-01")), d("2026-01-20"))
    assert clock is not None and (clock.state, clock.met_on) == (OPEN, None)


# ---- the reassessment's grace -------------------------------------------------------------------------


@pytest.mark.parametrize(("as_of", "state"), [
    ("2027-01-19", OPEN),  # before due
    ("2027-01-20", OPEN),  # due
    ("2027-02-20", OPEN),  # past due, within the grace: not late
    ("2027-03-20", OPEN),  # the last day of the grace
    ("2027-03-21", LATE),  # after the grace
])
def test_a_reassessment_is_late_only_after_its_grace(as_of: str, state: ClockState) -> None:
    clock = clock_of(K.REASSESSMENT, facts(initial_assessment_on=d("2026-01-20"),
                                           last_assessment_on=d("2026-01-20")), d(as_of))
    assert clock is not None
    assert (clock.due_on, clock.grace_until, clock.state) == (d("2027-01-20"), d("2027-03-20"), state)


def test_only_the_reassessment_has_a_grace() -> None:
    every = facts(initial_assessment_on=d("2026-01-20"), last_assessment_on=d("2026-01-20"),
                  last_contact_on=d("2026-02-01"), plan_id="p1", plan_review_due_on=d("2026-05-11"),
                  referrals=(referral(),))
    graced = {c.kind for c in clocks(every, COMPLEX, d("2026-03-01")) if c.grace_until is not None}
    assert graced == {K.REASSESSMENT}


# ---- which clocks a member has ------------------------------------------------------------------------

EVERYTHING = {"initial_assessment_on": d("2026-01-20"), "last_assessment_on": d("2026-01-20"),
              "plan_started_on": d("2026-03-01"), "last_contact_on": d("2026-02-01"), "plan_id": "p1",
              "plan_review_due_on": d("2026-05-11"), "program": Program.BH_COMPLEX_CM,
              "referrals": (referral(id="r1"), referral(id="r2", status=ReferralStatus.DECLINED,
                                                        resolved_on=d("2026-02-20")))}


def test_an_enrolled_member_has_every_clock() -> None:
    found = {c.kind for c in clocks(facts(**EVERYTHING), BH, d("2026-03-15"))}
    assert found == {K.INITIAL_ASSESSMENT, K.CARE_PLAN, K.FOLLOW_UP_CONTACT, K.REASSESSMENT,
                     K.CARE_PLAN_REVIEW, K.REFERRAL_FOLLOW_UP, K.PARTICIPATION_REVIEW}


@pytest.mark.parametrize("status", [MemberStatus.IDENTIFIED, MemberStatus.OUTREACH])
def test_before_enrollment_only_the_initial_assessment_runs(status: MemberStatus) -> None:
    found = clocks(facts(**EVERYTHING, status=status, enrolled_on=None), BH, d("2026-03-15"))
    assert [c.kind for c in found] == [K.INITIAL_ASSESSMENT]


@pytest.mark.parametrize("status", [MemberStatus.DECLINED, MemberStatus.UNABLE_TO_REACH, MemberStatus.CLOSED])
def test_an_ended_case_keeps_only_what_was_done(status: MemberStatus) -> None:
    found = clocks(facts(**EVERYTHING, status=status, closed_on=d("2026-03-10")), BH, d("2026-03-15"))
    assert {(c.kind, c.state) for c in found} == {
        (K.INITIAL_ASSESSMENT, MET), (K.CARE_PLAN, LATE), (K.REFERRAL_FOLLOW_UP, MET)}
    assert all(c.done for c in found)
    nothing_done = clocks(facts(status=status), BH, d("2026-03-15"))
    assert nothing_done == ()


def test_clocks_come_soonest_first() -> None:
    found = clocks(facts(**EVERYTHING), BH, d("2026-03-15"))
    assert [c.due_on for c in found] == sorted(c.due_on for c in found)


# ---- keys: stable while the deadline stands ----------------------------------------------------------


def test_keys_stay_while_the_deadline_stands_and_change_when_it_moves() -> None:
    def keys(f: MemberFacts, as_of: str = "2026-03-15") -> dict[TaskKind, str]:
        return {c.kind: c.key for c in clocks(f, BH, d(as_of)) if c.kind != K.REFERRAL_FOLLOW_UP}

    base = facts(**EVERYTHING)
    assert keys(base) == keys(base, "2026-09-01")  # time passing moves no deadline
    moved = {
        K.FOLLOW_UP_CONTACT: dataclasses.replace(base, last_contact_on=d("2026-03-01")),
        K.CARE_PLAN_REVIEW: dataclasses.replace(base, plan_review_due_on=d("2026-06-01")),
        K.REASSESSMENT: dataclasses.replace(base, last_assessment_on=d("2026-03-10")),
        K.PARTICIPATION_REVIEW: dataclasses.replace(base, enrolled_on=d("2026-01-20")),
    }
    for kind, changed in moved.items():
        differs = {k for k, v in keys(changed).items() if keys(base)[k] != v}
        assert differs == {kind}, kind
    tier = keys(dataclasses.replace(base, risk_tier=RiskTier.LOW))
    assert tier[K.FOLLOW_UP_CONTACT] != keys(base)[K.FOLLOW_UP_CONTACT]


def test_a_referrals_key_is_the_referral_whatever_its_follow_up_date() -> None:
    first = clock_of(K.REFERRAL_FOLLOW_UP, facts(referrals=(referral(),)), d("2026-02-01"))
    moved = clock_of(K.REFERRAL_FOLLOW_UP, facts(referrals=(referral(follow_up_on=d("2026-03-20")),)),
                     d("2026-02-01"))
    assert first is not None and moved is not None
    assert first.key == moved.key and first.due_on != moved.due_on


# ---- facts from the record ---------------------------------------------------------------------------

MEMBER = {"first_name": "Rosa", "last_name": "Delgado", "dob": "1951-06-14", "line_of_business": "mcl",
          "referral_source": "provider"}


def at(day: date, hour: int = 12) -> datetime:
    return datetime.combine(day, time(hour), UTC)


def add_member(s: Any, actor: Any, plan_member_id: str = "MCL-0042", *, program: str = "complex_cm",
               tier: str = "high", identified_on: date = IDENTIFIED, enrolled_on: date | None = ENROLLED,
               nurse: str = "nurse.kim", **names: str) -> str:
    """A member as intake makes them, then enrolled (the lifecycle service is not what is tested here)."""
    view = members.create(s, actor, plan_member_id=plan_member_id, program=program, risk_tier=tier,
                          identified_on=identified_on, allow_same_name_dob=True, **(MEMBER | names))
    row = s.get(Member, view.id)
    row.assigned_nurse = nurse
    if enrolled_on is not None:
        row.status, row.outreach_started_on = MemberStatus.ENROLLED, identified_on
        row.enrolled_on = enrolled_on
    s.flush()
    return view.id


def reach(s: Any, member_id: str, moment: datetime, *, offset: int = -480,
          outcome: ContactOutcome | None = ContactOutcome.REACHED) -> None:
    """A signed call; the encounter service then keeps Member.last_contact_at on the last reached one."""
    s.add(Encounter(member_id=member_id, kind=EncounterKind.TELEPHONIC, started_at=moment,
                    utc_offset_minutes=offset, outcome=outcome, note="Call.", status=EncounterStatus.SIGNED,
                    signed_at=moment, signed_by="nurse.kim"))
    s.flush()
    encounters.refresh_last_contact(s, member_id)


def assess(s: Any, member_id: str, day: date, *, instrument: str = "initial_assessment",
           status: AssessmentStatus = AssessmentStatus.COMPLETED) -> None:
    done = at(day) if status == AssessmentStatus.COMPLETED else None
    s.add(AssessmentResponse(member_id=member_id, instrument_id=instrument, instrument_version="1.0",
                             started_at=at(day, 11), completed_at=done, status=status))
    s.flush()


def add_plan(s: Any, member_id: str, started: date, *, status: CarePlanStatus = CarePlanStatus.DRAFT,
             review_due: date | None = None, reviewed: date | None = None,
             agreed: tuple[date, ...] = ()) -> str:
    plan = CarePlan(member_id=member_id, status=status, started_on=started, review_due_on=review_due,
                    last_reviewed_on=reviewed)
    s.add(plan)
    s.flush()
    for day in agreed:
        s.add(PlanAgreement(member_id=member_id, care_plan_id=plan.id, agreed_on=day,
                            method=AgreementMethod.VERBAL))
    s.flush()
    return plan.id


def add_referral(s: Any, member_id: str, referred: date, *, status: ReferralStatus = ReferralStatus.SENT,
                 follow_up: date | None = None, name: str = "Valley Food Bank") -> str:
    row = Referral(member_id=member_id, resource_name=name, referred_on=referred, status=status,
                   follow_up_on=follow_up)
    s.add(row)
    s.flush()
    return row.id


def test_facts_are_read_from_the_record(store, actor) -> None:
    with store.transaction(actor) as s:
        mid = add_member(s, actor)
        reach(s, mid, at(date(2026, 2, 2), 5))  # 9 pm on 1 February in California
        reach(s, mid, at(date(2026, 2, 3)), outcome=ContactOutcome.NO_ANSWER)  # not a contact
        assess(s, mid, date(2026, 1, 20))
        assess(s, mid, date(2027, 1, 8))
        assess(s, mid, date(2026, 1, 18), instrument="phq9")  # not the comprehensive assessment
        assess(s, mid, date(2026, 1, 15), status=AssessmentStatus.IN_PROGRESS)
        old = add_plan(s, mid, date(2025, 12, 1), status=CarePlanStatus.CLOSED, agreed=(date(2025, 12, 5),))
        current = add_plan(s, mid, date(2026, 2, 10), review_due=date(2026, 5, 11),
                           reviewed=date(2026, 2, 11),
                           agreed=(date(2026, 2, 20), date(2026, 2, 14)))
        add_referral(s, mid, date(2026, 2, 12), status=ReferralStatus.PROPOSED)
        sent = add_referral(s, mid, date(2026, 2, 12), follow_up=date(2026, 2, 20))
        done = add_referral(s, mid, date(2026, 1, 12), status=ReferralStatus.COMPLETED)
        found = compliance.facts_for(s, [mid])[mid]
        done_row = s.get(Referral, done)
    assert (found.program, found.risk_tier) == (Program.COMPLEX_CM, RiskTier.HIGH)
    assert found.status == MemberStatus.ENROLLED
    assert (found.identified_on, found.enrolled_on, found.closed_on) == (IDENTIFIED, ENROLLED, None)
    assert found.last_contact_on == date(2026, 2, 1)  # the nurse's local day, not the UTC one
    assert (found.initial_assessment_on, found.last_assessment_on) == (date(2026, 1, 20), date(2027, 1, 8))
    assert found.plan_id == current and found.plan_id != old
    assert found.plan_started_on == date(2025, 12, 5)  # the first plan ever in place
    assert (found.plan_review_due_on, found.plan_last_reviewed_on) == (date(2026, 5, 11), date(2026, 2, 11))
    by_id = {r.id: r for r in found.referrals}
    assert set(by_id) == {sent, done}
    assert (by_id[sent].follow_up_on, by_id[sent].resolved_on) == (date(2026, 2, 20), None)
    assert by_id[done].resolved_on == done_row.updated_at.astimezone().date()


def test_a_last_contact_whose_encounter_is_not_on_the_laptop_counts_in_local_time(store, actor) -> None:
    with store.transaction(actor) as s:
        mid = add_member(s, actor)
        s.get(Member, mid).last_contact_at = at(date(2026, 2, 2))  # synced before its encounter
        s.flush()
        assert compliance.facts_for(s, [mid])[mid].last_contact_on == at(date(2026, 2, 2)).astimezone().date()


@pytest.mark.parametrize(("status", "agreed", "started"), [
    (CarePlanStatus.DRAFT, (), None),  # a draft nobody agreed to is not a plan in place yet
    (CarePlanStatus.DRAFT, (date(2026, 2, 14),), date(2026, 2, 14)),
    (CarePlanStatus.ACTIVE, (), date(2026, 2, 10)),
    (CarePlanStatus.ACTIVE, (date(2026, 2, 14),), date(2026, 2, 14)),  # agreement first, else the start
])
def test_a_plan_is_in_place_from_its_first_agreement_else_its_start(
    store, actor, status, agreed, started
) -> None:
    with store.transaction(actor) as s:
        mid = add_member(s, actor)
        add_plan(s, mid, date(2026, 2, 10), status=status, agreed=agreed)
        assert compliance.facts_for(s, [mid])[mid].plan_started_on == started


def test_facts_for_a_whole_caseload_take_a_handful_of_queries(store, actor) -> None:
    with store.transaction(actor) as s:
        ids = [add_member(s, actor, f"MCL-{n:04d}") for n in range(40)]
        for mid in ids[:20]:
            reach(s, mid, at(date(2026, 2, 2)))
            assess(s, mid, date(2026, 1, 20))
            add_plan(s, mid, date(2026, 2, 10), review_due=date(2026, 5, 11))
            add_referral(s, mid, date(2026, 2, 12))
        statements: list[str] = []
        engine = s.get_bind()
        listener = lambda *args: statements.append(args[2])  # noqa: E731
        event.listen(engine, "before_cursor_execute", listener)
        try:
            everyone = compliance.facts_for(s)
            some = compliance.facts_for(s, ids[:30])
        finally:
            event.remove(engine, "before_cursor_execute", listener)
    assert len(everyone) == 40 and len(some) == 30
    assert len(statements) <= 10  # five queries each, not one per member
    assert sum(f.last_contact_on is not None for f in everyone.values()) == 20


def test_member_and_caseload_clocks(store, actor) -> None:
    with store.transaction(actor) as s:
        first = add_member(s, actor, "MCL-0001")
        second = add_member(s, actor, "MCL-0002", enrolled_on=None)
        only = compliance.member_clocks(s, second, d("2026-01-15"))
        assert [c.kind for c in only] == [K.INITIAL_ASSESSMENT]
        everyone = compliance.caseload_clocks(s, d("2026-01-15"))
        assert set(everyone) == {first, second}
        assert {c.kind for c in everyone[first]} == {K.INITIAL_ASSESSMENT, K.FOLLOW_UP_CONTACT}
        s.get(Member, second).deleted = True
        s.flush()
        with pytest.raises(NotFound):
            compliance.member_clocks(s, second, d("2026-01-15"))
        assert set(compliance.caseload_clocks(s, d("2026-01-15"))) == {first}
