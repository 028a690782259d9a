"""The supervisor's reports: the caseload and compliance report over a demo caseload, and the utilization
outcomes report checked against a member whose visits and admissions were built by hand."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.model.audit import AuditEvent
from app.model.enums import AuditAction, MemberStatus, UtilizationKind
from app.reports import caseload_data, outcomes_data
from app.reports.kinds import render
from app.services import clinical, lifecycle, members

TODAY = date(2026, 5, 1)


def pdf_text(pdf: bytes) -> str:
    """The words of every page, whitespace collapsed (table cells come out one per line)."""
    return " ".join(" ".join((page.extract_text() or "") for page in PdfReader(BytesIO(pdf)).pages).split())


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    from app import demo
    from app.services import access
    from app.store.vault import KdfParams

    store, _ = access.create(tmp_path_factory.mktemp("demo") / "data", "lavender tractor under moonlight",
                             kdf=KdfParams.fast())
    demo.generate(store, store.actor(), members=12, seed=5, today=TODAY)
    yield store
    store.close()


# ---- caseload and compliance ---------------------------------------------------------------------------


def test_caseload_report_shows_headings_members_and_their_clock_states(demo_store) -> None:
    actor = demo_store.actor()
    with demo_store.transaction(actor) as s:
        lines = caseload_data.caseload_lines(s, TODAY)
        pdf = render(s, actor, "caseload", lang="en", today=TODAY)
    text = pdf_text(pdf)
    assert pdf.startswith(b"%PDF")
    for heading in ("Caseload and compliance report", "Summary", "Members by risk tier", "Compliance clocks",
                    "Initial assessment"):
        assert heading in text
    assert len(lines) == 12
    late = next(line for line in lines if any(c.state == "late" for c in line.clocks))
    assert late.last_name in text and late.plan_member_id in text
    assert "Late: " in text and "Open: " in text and "Met: " in text
    summary = caseload_data.summarize(lines)
    assert sum(count for _tier, count in summary.by_tier) == 12
    initial = next(t for t in summary.clocks if t.kind == "initial_assessment")
    assert f"{initial.met} ({initial.met * 100 / initial.total:.0f}%)" in text  # counts with percentages


def test_caseload_report_filters_by_status_and_prints_in_spanish(demo_store) -> None:
    actor = demo_store.actor()
    with demo_store.transaction(actor) as s:
        everyone = caseload_data.caseload_lines(s, TODAY)
        pdf = render(s, actor, "caseload", lang="es", large_print=True, today=TODAY, status="enrolled")
    text = pdf_text(pdf)
    enrolled = [line for line in everyone if line.status == MemberStatus.ENROLLED]
    others = [line for line in everyone if line.status != MemberStatus.ENROLLED]
    assert enrolled and others
    assert "Informe de casos y cumplimiento" in text and "Estado: Inscrito/a" in text
    assert all(line.plan_member_id in text for line in enrolled)
    assert not any(line.plan_member_id in text for line in others)


def test_rendering_the_caseload_report_is_audited_without_phi(demo_store) -> None:
    actor = demo_store.actor()
    with demo_store.transaction(actor) as s:
        render(s, actor, "caseload", today=TODAY, nurse="nobody-by-that-name")
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).one()
    assert event.action == AuditAction.PRINT and event.member_id is None
    assert event.details["report"] == "caseload"


# ---- utilization outcomes -------------------------------------------------------------------------------


def test_count_window_counts_before_and_after_and_says_when_a_window_is_not_over() -> None:
    enrolled = date(2025, 1, 15)
    events = [(UtilizationKind.ED_VISIT, date(2024, 7, 15)),  # first day of the 6 months before: counts
              (UtilizationKind.ED_VISIT, date(2024, 7, 14)),  # one day earlier: 12-month window only
              (UtilizationKind.ADMISSION, date(2024, 12, 1)),
              (UtilizationKind.READMISSION, date(2024, 12, 20)),  # readmissions are admissions too
              (UtilizationKind.OBSERVATION, date(2024, 12, 2)),  # neither
              (UtilizationKind.ED_VISIT, date(2025, 1, 15)),  # enrollment day: after
              (UtilizationKind.ADMISSION, date(2025, 9, 1))]  # after, in the 12 months only
    six = outcomes_data.count_window(events, enrolled, 6, as_of=date(2025, 7, 14))
    assert (six.ed_before, six.ip_before, six.ed_after, six.ip_after) == (1, 2, 1, 0)
    assert six.complete and six.ends_on == date(2025, 7, 15)
    twelve = outcomes_data.count_window(events, enrolled, 12, as_of=date(2025, 10, 1))
    assert (twelve.ed_before, twelve.ip_before, twelve.ed_after, twelve.ip_after) == (2, 2, 1, 1)
    assert not twelve.complete
    early = outcomes_data.count_window(events, enrolled, 12, as_of=date(2025, 3, 1))
    assert early.ip_after == 0  # nothing after the report date counts yet


@pytest.fixture
def outcome_member(store, actor) -> str:
    """Enrolled 15 Jan 2025; 3 ED visits and 2 admissions in the year before, 1 ED visit after."""
    with store.transaction(actor) as s:
        view = members.create(s, actor, plan_member_id="MCL-0777", first_name="Tomasa", last_name="Quiroga",
                              dob="1950-02-03", line_of_business="mcl", program="complex_cm",
                              risk_tier="high", referral_source="provider", identified_on="2024-12-01")
        lifecycle.start_outreach(s, actor, view.id, on=date(2024, 12, 5))
        lifecycle.enroll(s, actor, view.id, on=date(2025, 1, 15), consent_method="verbal")
        for kind, day in (("ed_visit", "2024-03-01"), ("ed_visit", "2024-09-10"), ("ed_visit", "2024-12-24"),
                          ("admission", "2024-10-02"), ("readmission", "2024-10-30"),
                          ("ed_visit", "2025-05-05"), ("observation", "2025-06-01")):
            clinical.utilization.add(s, actor, view.id, kind=kind, admitted_on=day)
        return view.id


def test_outcomes_for_a_hand_built_member(store, actor, outcome_member) -> None:
    with store.transaction(actor) as s:
        [outcome] = outcomes_data.member_outcomes(s, date(2026, 2, 1), [outcome_member])
        pdf = render(s, actor, "outcomes", member_id=outcome_member, lang="en", today=date(2026, 2, 1))
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).one()
    six, twelve = outcome.window(6), outcome.window(12)
    assert (six.ed_before, six.ip_before, six.ed_after, six.ip_after, six.complete) == (2, 2, 1, 0, True)
    assert (twelve.ed_before, twelve.ip_before, twelve.ed_after, twelve.ip_after, twelve.complete) == \
        (3, 2, 1, 0, True)
    text = pdf_text(pdf)
    assert "Utilization before and after enrollment" in text and "Tomasa Quiroga" in text
    assert "ED visits 2 1 −50%" in text  # 6 months: 2 before, 1 after
    assert "ED visits 3 1 −67%" in text  # 12 months
    assert "Inpatient admissions 2 0 −100%" in text
    assert event.member_id == outcome_member and event.details["report"] == "outcomes"


def test_outcomes_for_the_caseload_leave_unfinished_windows_out_of_the_totals(store, actor, outcome_member
                                                                              ) -> None:
    as_of = date(2025, 9, 1)  # the 6 months after are over, the 12 months are not
    with store.transaction(actor) as s:
        outcomes = outcomes_data.member_outcomes(s, as_of)
        pdf = render(s, actor, "outcomes", lang="en", today=as_of)
    assert [o.member_id for o in outcomes] == [outcome_member]  # the sample fixture's members never enrolled
    six, twelve = (outcomes_data.cohort_totals(outcomes, m) for m in (6, 12))
    assert (six.members, six.ed_before, six.ed_after, six.waiting) == (1, 2, 1, 0)
    assert (twelve.members, twelve.waiting) == (0, 1)
    assert six.per_thousand(six.ip_before) == 2000
    text = pdf_text(pdf)
    assert "Members counted 1" in text and "Not counted yet 1 (their 12 months after enrollment" in text
    assert "2 → 1" in text and "3 → 1* (to Jan 15, 2026)" in text  # per member; partial marked and dated


def test_outcomes_say_so_when_the_member_never_enrolled(store, actor, member) -> None:
    with store.transaction(actor) as s:
        text = pdf_text(render(s, actor, "outcomes", member_id=member.id, lang="es", today=TODAY))
    assert "no se ha inscrito" in text
