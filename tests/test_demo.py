"""The demo caseload: the same seed gives the same chart, every record would pass the services' own
checks, the population looks like a California caseload, and loading it leaves a sound store."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime
from itertools import pairwise

import pytest
from sqlalchemy import func, select

from app import demo
from app.demo import DemoData, Row
from app.demo.rows import local_moment
from app.errors import ValidationError
from app.model import AuditEvent, Member, OutboxEntry
from app.model.enums import (
    CareDomain,
    ConsentDecision,
    ConsentKind,
    EncounterStatus,
    MemberStatus,
    Program,
    Sex,
)
from app.services import clinical, fields, icd10, members, people
from app.services.records import RecordKind
from app.store import audit
from app.store.base import Base

D = date(2025, 6, 1)
KINDS: dict[str, RecordKind] = {
    "contact": people.contacts, "care_team_member": people.care_team, "condition": clinical.conditions,
    "medication": clinical.medications, "allergy": clinical.allergies,
    "utilization_event": clinical.utilization, "consent": clinical.consents,
}
PHQ9_BANDS = [(4, "minimal"), (9, "mild"), (14, "moderate"), (19, "moderately_severe"), (27, "severe")]


@pytest.fixture(scope="module")
def caseload() -> DemoData:
    return demo.build(seed=11, members=300, today=D)


def by_member(rows: list[Row]) -> dict[str, list[Row]]:
    grouped: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        grouped[row["member_id"]].append(row)
    return grouped


def age(dob: date, on: date) -> int:
    return members.age_on(dob, on)


# ---- determinism ----------------------------------------------------------------------------------


def test_the_same_seed_gives_the_same_caseload_and_another_seed_a_different_one() -> None:
    first = demo.build(seed=7, members=30, today=D)
    assert first == demo.build(seed=7, members=30, today=D)
    assert first.members[0]["id"] == demo.build(seed=7, members=30, today=D).members[0]["id"]
    other = demo.build(seed=8, members=30, today=D)
    assert [m["last_name"] for m in first.members] != [m["last_name"] for m in other.members]


def test_a_member_is_the_same_whatever_the_size_of_the_caseload() -> None:
    small, large = demo.build(seed=7, members=5, today=D), demo.build(seed=7, members=12, today=D)
    assert small.members == large.members[:5]


# ---- every row is complete and every record valid -------------------------------------------------


def test_every_row_fills_every_column_and_points_at_a_real_parent(caseload: DemoData) -> None:
    ids = Counter(row["id"] for _, rows in caseload.non_empty() for row in rows)
    assert max(ids.values()) == 1
    member_ids = {m["id"] for m in caseload.members}
    for name, rows in caseload.non_empty():
        table = Base.metadata.tables[name]
        required = {c.key for c in table.columns if not c.nullable}
        for row in rows:
            assert set(row) == {c.key for c in table.columns}, name
            assert not [k for k in required if row[k] is None], name
            assert row["member_id"] in member_ids and row["version"] == 0 and row["deleted"] is False
            assert row["created_at"].tzinfo is not None and row["created_at"] <= row["updated_at"]
        for column in table.columns:
            for fk in column.foreign_keys:
                parents = {r["id"] for r in caseload.tables[fk.column.table.name]}
                assert all(row[column.key] in parents for row in rows if row[column.key] is not None), name


def test_every_member_passes_intake_validation_unchanged(caseload: DemoData) -> None:
    for member in caseload.members:
        data = {name: member[name] for name in members.SPEC}
        assert fields.clean(members.SPEC, data) == data
        assert member["plan_member_id"].startswith("DEMO-")
        assert member["phone_digits"] == fields.phone_search_digits(member["phone_primary"],
                                                                    member["phone_secondary"])


@pytest.mark.parametrize("table", sorted(KINDS))
def test_every_sub_record_passes_its_services_validation_unchanged(caseload: DemoData, table: str) -> None:
    kind = KINDS[table]
    assert caseload.tables[table]
    for row in caseload.tables[table]:
        data = {name: row[name] for name in kind.spec if row[name] is not None}  # as a form would send
        cleaned = fields.clean(kind.spec, data)
        kind.check(cleaned)
        assert cleaned == data


def test_every_icd10_code_is_billable_and_described_as_the_tables_say(caseload: DemoData) -> None:
    coded = [(r["icd10_code"], r["description"]) for r in caseload.tables["condition"]]
    coded += [(r["diagnosis_code"], r["diagnosis_text"]) for r in caseload.tables["utilization_event"]]
    for code, text in set(coded):
        assert icd10.parse_code(code) == code
        assert text == icd10.describe(code)


def test_phones_are_in_the_fictional_range_and_each_member_has_one_medical_home(caseload: DemoData) -> None:
    phones = [m["phone_primary"] for m in caseload.members] + [c["phone"] for c in caseload.tables["contact"]]
    assert all(p[6:12] == "555-01" for p in phones)
    homes = Counter(r["member_id"] for r in caseload.tables["care_team_member"] if r["is_medical_home"])
    assert set(homes) == {m["id"] for m in caseload.members} and set(homes.values()) == {1}


# ---- a believable population -----------------------------------------------------------------------


def test_the_population_looks_like_a_california_caseload(caseload: DemoData) -> None:
    people_ = caseload.members
    spanish = sum(m["preferred_language"] == "es" for m in people_) / len(people_)
    assert 0.25 <= spanish <= 0.45
    assert {"vi", "zh", "tl"} <= {m["preferred_language"] for m in people_}
    assert any(m["interpreter_needed"] for m in people_ if m["preferred_language"] != "en")
    assert all(18 <= age(m["dob"], D) <= 95 for m in people_)
    assert sum(age(m["dob"], D) >= 65 for m in people_) > len(people_) / 3
    assert any(not m["last_name"].isascii() for m in people_)
    tiers = Counter(m["risk_tier"] for m in people_)
    assert 0.2 <= tiers["high"] / len(people_) <= 0.4 and 0.15 <= tiers["low"] / len(people_) <= 0.35
    assert set(Counter(m["status"] for m in people_)) == set(MemberStatus)
    assert Counter(m["status"] for m in people_).most_common(1)[0][0] == MemberStatus.ENROLLED


def test_high_risk_ob_is_only_for_women_of_childbearing_age(caseload: DemoData) -> None:
    ob = [m for m in caseload.members if m["program"] == Program.HIGH_RISK_OB]
    assert ob
    assert all(m["sex"] == Sex.FEMALE and 18 <= age(m["dob"], D) <= 45 for m in ob)
    pregnant = {c["member_id"] for c in caseload.tables["condition"] if c["icd10_code"].startswith("O")}
    assert pregnant == {m["id"] for m in ob}


# ---- dates in the order life happens ----------------------------------------------------------------


def test_lifecycle_dates_follow_each_other_and_match_the_status_history(caseload: DemoData) -> None:
    history = by_member(caseload.tables["member_status_change"])
    for m in caseload.members:
        steps = sorted(history[m["id"]], key=lambda r: (r["changed_on"], r["created_at"]))
        assert steps[0]["from_status"] is None and steps[-1]["to_status"] == m["status"]
        assert all(a["to_status"] == b["from_status"] for a, b in pairwise(steps))
        dates = [m["identified_on"], m["outreach_started_on"], m["enrolled_on"] or m["declined_on"]
                 or m["unable_to_reach_on"], m["closed_on"]]
        present = [d for d in dates if d is not None]
        assert present == sorted(present) and present[-1] < D
        assert (m["closure_reason"] is not None) == (m["status"] == MemberStatus.CLOSED)


def test_encounters_are_signed_after_they_happen_and_set_the_last_contact(caseload: DemoData) -> None:
    visits = by_member(caseload.tables["encounter"])
    midnight = local_moment(D, 0)  # the start of "today" where the nurse works
    for m in caseload.members:
        reached = []
        for e in visits[m["id"]]:
            assert e["started_at"] <= e["ended_at"] < e["signed_at"] < midnight
            assert e["status"] != EncounterStatus.DRAFT and e["signed_by"]
            if e["outcome"] == "reached" and e["kind"] in {"telephonic", "home_visit", "video"} \
                    and e["status"] != EncounterStatus.ENTERED_IN_ERROR:
                reached.append(e["started_at"])
        assert m["last_contact_at"] == max(reached, default=None)
        if m["status"] in {MemberStatus.IDENTIFIED, MemberStatus.OUTREACH, MemberStatus.ENROLLED}:
            due = members.next_due(m["risk_tier"], m["last_contact_at"], m["identified_on"])
            assert m["next_due_on"] == due


def test_enrolled_members_consented_on_the_day_they_enrolled(caseload: DemoData) -> None:
    given = {(c["member_id"], c["decided_on"]) for c in caseload.tables["consent"]
             if c["kind"] == ConsentKind.PROGRAM_PARTICIPATION and c["decision"] == ConsentDecision.GIVEN}
    enrolled = {(m["id"], m["enrolled_on"]) for m in caseload.members if m["enrolled_on"]}
    assert given == enrolled


def test_phq9_is_scored_the_published_way_and_item_9_raises_an_alert(caseload: DemoData) -> None:
    alerts = {a["source_id"] for a in caseload.tables["safety_alert"]}
    for a in caseload.tables["assessment_response"]:
        if a["instrument_id"] == "initial_assessment":
            continue
        assert (a["instrument_id"], a["instrument_version"]) == ("phq9", "1.0")
        assert sorted(a["answers"]) == sorted(f"phq9-{i}" for i in range(1, 10))
        assert all(0 <= v <= 3 for v in a["answers"].values()) and a["total"] == sum(a["answers"].values())
        assert a["band"] == next(band for top, band in PHQ9_BANDS if a["total"] <= top)
        assert (a["flags"] == ["self_harm_risk"]) == (a["answers"]["phq9-9"] > 0) == (a["id"] in alerts)


def test_every_assessment_visit_holds_a_complete_comprehensive_assessment(caseload: DemoData) -> None:
    """The compliance clocks read it: answers the instrument accepts whole, a conclusion per domain."""
    from app.instruments import load

    instrument = load("initial_assessment")
    comprehensive = [a for a in caseload.tables["assessment_response"]
                     if a["instrument_id"] == "initial_assessment"]
    assessed = {e["member_id"] for e in caseload.tables["encounter"]} & {
        p["member_id"] for p in caseload.tables["care_plan"]}
    assert comprehensive and assessed <= {a["member_id"] for a in comprehensive}
    screened_at = {a["encounter_id"] for a in caseload.tables["assessment_response"]
                   if a["instrument_id"] == "phq9"}
    for a in comprehensive:
        assert instrument.check(a["answers"]) == a["answers"]
        assert sorted(a["conclusions"]) == sorted(d.value for d in CareDomain)
        assert a["encounter_id"] in screened_at and a["completed_at"] > a["started_at"]


def test_each_assessed_member_has_one_care_plan_with_goals_and_interventions(caseload: DemoData) -> None:
    plans = Counter(p["member_id"] for p in caseload.tables["care_plan"])
    assert set(plans.values()) == {1}
    problems = Counter(p["care_plan_id"] for p in caseload.tables["problem"])
    assert set(problems.values()) <= {1, 2, 3}
    assert set(problems) == {p["id"] for p in caseload.tables["care_plan"]}
    goals = {g["problem_id"] for g in caseload.tables["goal"]}
    assert goals == {p["id"] for p in caseload.tables["problem"]}
    intervened = {i["goal_id"] for i in caseload.tables["intervention"]}
    assert intervened == {g["id"] for g in caseload.tables["goal"]}


def test_utilization_and_medications_have_their_dates_in_order(caseload: DemoData) -> None:
    for u in caseload.tables["utilization_event"]:
        assert u["admitted_on"] < D and (u["discharged_on"] is None or u["admitted_on"] <= u["discharged_on"])
    stopped = [m for m in caseload.tables["medication"] if m["stopped_on"]]
    assert stopped and all(m["stop_reason"] and m["started_on"] <= m["stopped_on"] for m in stopped)


# ---- loading into a real store -----------------------------------------------------------------------


def test_generate_loads_the_caseload_without_outbox_entries_and_audits_it_once(store, actor) -> None:
    calls: list[tuple[int, int]] = []
    summary = demo.generate(store, actor, members=60, seed=3,
                            progress=lambda done, total: calls.append((done, total)))
    expected = demo.build(seed=3, members=60, today=date.today(), nurse=actor.user)
    assert summary == demo.DemoSummary(members=60, rows=expected.row_count)
    assert calls == [(50, 60), (60, 60)]
    someone = expected.members[17]
    with store.session() as s:
        assert len(members.caseload(s)) == 60
        found = members.search(s, f"{someone['first_name']} {someone['last_name']}")
        assert someone["id"] in {row.id for row in found}
        assert someone["id"] in {row.id for row in members.search(s, someone["last_name"], limit=100)}
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0
        assert audit.verify(s).ok
        events = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).all()
        assert events[0].details["demo_members"] == 60
        assert sum("demo_members" in e.details for e in events) == 1


def test_a_second_load_is_refused_and_changes_nothing(store, actor) -> None:
    demo.generate(store, actor, members=3, seed=1)
    with pytest.raises(ValidationError):
        demo.generate(store, actor, members=3, seed=2)
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Member)) == 3


def test_times_are_timezone_aware_everywhere(caseload: DemoData) -> None:
    for _, rows in caseload.non_empty():
        for row in rows:
            assert all(v.tzinfo is not None for v in row.values() if isinstance(v, datetime))
