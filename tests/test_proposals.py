"""From assessment to plan: a completed assessment's findings propose care-plan problems from the library;
the nurse accepts (problem, goals, interventions, barriers, referral in the member's language) or dismisses,
and the answer is remembered. Assessments are completed through the assessments service, so scores, bands
and flags are the instruments' own."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from app.careplan_library import problem as library_problem
from app.dates import add_months
from app.errors import IntegrityError, NotFound, ValidationError
from app.model.audit import AuditEvent
from app.model.careplan import PlanProposal
from app.model.enums import (
    CareDomain,
    CarePlanStatus,
    DataCategory,
    GoalTerm,
    ProblemStatus,
    ProposalDecision,
    ReferralStatus,
)
from app.services import access, assessments, careplan, members, proposals
from tests.conftest import PASSPHRASE, SAMPLE_MEMBER

NO_SOCIAL_NEED = {"ahc-1": 0, "ahc-2": ["ahc-home-none"], "ahc-3": 0, "ahc-4": 0, "ahc-5": 0, "ahc-6": 0,
                  "ahc-7": 1, "ahc-8": 1, "ahc-9": 1, "ahc-10": 1}
LAWTON_DOMAINS = ("telephone", "shopping", "food", "housekeeping", "laundry", "transportation", "medications",
                  "finances")
LAWTON_ALL_INDEPENDENT = {f"lawton-{n}": f"lawton-{domain}-a" for n, domain in enumerate(LAWTON_DOMAINS, 1)}
LAWTON_TWO_DEPENDENT = {"lawton-2": "lawton-shopping-d", "lawton-3": "lawton-food-d"}  # 6 of 8
LAWTON_THREE_DEPENDENT = LAWTON_TWO_DEPENDENT | {"lawton-7": "lawton-medications-c"}  # 5 of 8


def items(prefix: str, count: int, total: int, top: int = 3) -> dict[str, int]:
    """``count`` items scored so that they add up to ``total`` (each at most ``top``)."""
    answers, left = {}, total
    for n in range(1, count + 1):
        answers[f"{prefix}-{n}"] = min(top, left)
        left -= answers[f"{prefix}-{n}"]
    assert left == 0
    return answers


def katz(independent: int) -> dict[str, int]:
    return {f"katz-{n}": int(n <= independent) for n in range(1, 7)}


def steadi(*yes: int) -> dict[str, int]:
    return {f"steadi-{n}": int(n in yes) for n in range(1, 13)}


def complete(store: Any, actor: Any, member_id: str, instrument: str, answers: dict[str, Any]) -> str:
    with store.transaction(actor) as s:
        started = assessments.start(s, actor, member_id, instrument)
        return assessments.complete(s, actor, started.id, answers=answers).assessment.id


def pending(store: Any, actor: Any, member_id: str) -> tuple[proposals.ProposalView, ...]:
    with store.transaction(actor) as s:
        return proposals.pending(s, member_id)


def phq9(store: Any, actor: Any, member_id: str, total: int) -> str:
    return complete(store, actor, member_id, "phq9", items("phq9", 8, total) | {"phq9-9": 0})


def test_a_moderate_phq9_proposes_a_depression_problem(store, actor, member):
    response_id = phq9(store, actor, member.id, 12)
    [proposal] = pending(store, actor, member.id)
    assert (proposal.source, proposal.key, proposal.response_id, proposal.instrument_id) == (
        f"assessment:{response_id}", "phq9_moderate", response_id, "phq9")
    assert (proposal.library_key, proposal.domain, proposal.title, proposal.finding) == (
        "depression", CareDomain.BEHAVIORAL, "Depression symptoms", "PHQ-9 total 12 (moderate)")
    assert proposal.goal_keys == ("phq9", "activation")
    assert (proposal.referral_type, proposal.urgent) == ("", False)
    assert proposal.completed_at is not None


def test_dismissing_is_remembered_also_after_the_vault_is_reopened(store, actor, member, data_dir):
    response_id = phq9(store, actor, member.id, 12)
    source = f"assessment:{response_id}"
    with store.transaction(actor) as s:
        proposals.dismiss(s, actor, member.id, source, "phq9_moderate", note="Member already in therapy.")
    assert pending(store, actor, member.id) == ()
    store.close()
    reopened = access.unlock(data_dir, PASSPHRASE)
    try:
        assert pending(reopened, actor, member.id) == ()
        with reopened.transaction(actor) as s:
            [row] = s.scalars(select(PlanProposal)).all()
            assert (row.source, row.key, row.decision, row.problem_id, row.decided_on, row.note) == (
                source, "phq9_moderate", ProposalDecision.DISMISSED, None, date.today(),
                "Member already in therapy.")
            [event] = s.scalars(select(AuditEvent).where(AuditEvent.entity_type == "plan_proposal")).all()
            assert (event.category, event.member_id, event.details["decision"]) == (
                DataCategory.CARE_PLAN, member.id, "dismissed")
            assert "therapy" not in str(event.details)  # the note is the nurse's free text: not in the audit
            assert careplan.current(s, member.id).plan is None  # dismissing plans nothing
    finally:
        reopened.close()


def test_a_decided_proposal_cannot_be_decided_again(store, actor, member):
    source = f"assessment:{phq9(store, actor, member.id, 12)}"
    with store.transaction(actor) as s:
        proposals.accept(s, actor, member.id, source, "phq9_moderate")
    for decide in (lambda s: proposals.accept(s, actor, member.id, source, "phq9_moderate"),  # a double click
                   lambda s: proposals.dismiss(s, actor, member.id, source, "phq9_moderate")):
        with pytest.raises(IntegrityError) as caught, store.transaction(actor) as s:
            decide(s)
        assert caught.value.reason == "decided"
    with store.transaction(actor) as s:
        assert len(careplan.current(s, member.id).problems) == 1
        assert len(s.scalars(select(PlanProposal)).all()) == 1


def test_accepting_adds_problem_goals_interventions_and_barriers_to_a_new_draft_plan(store, actor, member):
    response_id = phq9(store, actor, member.id, 12)
    source = f"assessment:{response_id}"
    with store.transaction(actor) as s:
        added = proposals.accept(s, actor, member.id, source, "phq9_moderate")
        tree = careplan.current(s, member.id)
        decision = s.scalars(select(PlanProposal)).one()
    entry = library_problem("depression")
    assert tree.plan is not None and tree.plan.status == CarePlanStatus.DRAFT
    assert [p.id for p in tree.problems] == [added.id]
    assert (added.domain, added.title, added.description, added.status, added.source) == (
        CareDomain.BEHAVIORAL, "Depression symptoms", entry.description.text("en"), ProblemStatus.ACTIVE,
        source)
    goals = tree.goals_of(added.id)
    assert [g.text for g in goals] == ["PHQ-9 total under 10 within 6 months",
                                       "Do one enjoyable or meaningful activity on at least 5 days a week "
                                       "within 1 month"]
    first, second = goals
    assert (first.term, first.target_on, first.measure, first.baseline, first.target_value) == (
        GoalTerm.LONG, add_months(date.today(), 6), "PHQ-9 total", "12", "Under 10")
    assert (second.term, second.target_on, second.baseline) == (
        GoalTerm.SHORT, add_months(date.today(), 1), "")
    assert [(i.type, i.responsible, i.description, i.frequency) for i in tree.interventions_of(first.id)] == [
        (i.type, i.responsible, i.description.text("en"), i.frequency.text("en"))
        for i in entry.goals[0].interventions]
    assert len(tree.interventions_of(second.id)) == 3
    [barrier] = tree.barriers_of(first.id)
    assert (barrier.kind, barrier.description) == ("motivation", "Low energy makes it hard to get started")
    assert tree.referrals == ()  # depression has no community referral in the library
    assert "call or text 988" in tree.plan.self_management_plan
    assert (decision.decision, decision.problem_id, decision.source, decision.key) == (
        ProposalDecision.ACCEPTED, added.id, source, "phq9_moderate")
    assert pending(store, actor, member.id) == ()


def test_accepting_food_insecurity_in_spanish_adds_a_proposed_referral(store, actor, member):
    response_id = complete(store, actor, member.id, "ahc_hrsn", NO_SOCIAL_NEED | {"ahc-3": "LA6729-3"})
    [proposal] = pending(store, actor, member.id)
    assert (proposal.key, proposal.library_key, proposal.referral_type, proposal.finding) == (
        "food", "food_insecurity", "food", "Social needs screen: food insecurity")
    with store.transaction(actor) as s:
        added = proposals.accept(s, actor, member.id, proposal.source, "food", language="es")
        tree = careplan.current(s, member.id)
    assert (added.title, added.domain, added.source) == (
        "Inseguridad alimentaria", CareDomain.SOCIAL, f"assessment:{response_id}")
    goal, benefits = tree.goals_of(added.id)
    assert goal.text.startswith("En 1 mes, el afiliado usa por lo menos un recurso de alimentos")
    assert benefits.text.startswith("Si califica, el afiliado está inscrito en SNAP")
    assert (goal.measure, goal.target_value) == ("Recursos de alimentos en uso", "1 o más")
    descriptions = [i.description for i in tree.interventions_of(goal.id)]
    assert descriptions[0] == "Referir a un banco de alimentos o despensa local"
    assert tree.barriers_of(goal.id)[0].plan_to_address.startswith("Buscar entrega a domicilio")
    [referral] = tree.referrals
    assert (referral.resource_type, referral.resource_name, referral.status, referral.goal_id) == (
        "food", "Banco de alimentos o despensa local", ReferralStatus.PROPOSED, goal.id)
    assert "Vaya a la despensa de alimentos" in tree.plan.self_management_plan


def test_a_second_acceptance_joins_the_open_plan_and_the_self_management_plan(store, actor, member):
    phq9(store, actor, member.id, 16)
    complete(store, actor, member.id, "ahc_hrsn", NO_SOCIAL_NEED | {"ahc-5": 1})
    found = pending(store, actor, member.id)
    assert [p.key for p in found] == ["transportation", "phq9_moderately_severe"]  # newest assessment first
    with store.transaction(actor) as s:
        for proposal in found:
            proposals.accept(s, actor, member.id, proposal.source, proposal.key)
        tree = careplan.current(s, member.id)
        plans = careplan.current(s, member.id).plan
    assert [p.title for p in tree.problems] == ["No reliable transportation", "Depression symptoms"]
    assert plans is not None and len({p.care_plan_id for p in tree.problems}) == 1
    lines = tree.plan.self_management_plan.splitlines()
    assert lines == [library_problem("transportation").self_management.text("en"),
                     library_problem("depression").self_management.text("en")]


def test_the_nurse_can_pick_the_goals(store, actor, member):
    source = f"assessment:{phq9(store, actor, member.id, 12)}"
    with pytest.raises(ValidationError) as caught, store.transaction(actor) as s:
        proposals.accept(s, actor, member.id, source, "phq9_moderate", goal_keys=["activation", "nope"])
    assert caught.value.field == "goal_keys"
    with pytest.raises(ValidationError) as caught, store.transaction(actor) as s:
        proposals.accept(s, actor, member.id, source, "phq9_moderate", language="fr")
    assert caught.value.field == "language"
    with store.transaction(actor) as s:
        added = proposals.accept(s, actor, member.id, source, "phq9_moderate", goal_keys=["activation"])
        goals = careplan.current(s, member.id).goals_of(added.id)
    assert [g.term for g in goals] == [GoalTerm.SHORT]


def test_a_newer_mild_phq9_supersedes_a_moderate_one(store, actor, member):
    old = phq9(store, actor, member.id, 12)
    assert [p.key for p in pending(store, actor, member.id)] == ["phq9_moderate"]
    phq9(store, actor, member.id, 6)
    assert pending(store, actor, member.id) == ()
    with pytest.raises(IntegrityError) as caught, store.transaction(actor) as s:
        proposals.accept(s, actor, member.id, f"assessment:{old}", "phq9_moderate")
    assert caught.value.reason == "superseded"
    newest = phq9(store, actor, member.id, 21)  # worse again: the newest proposes, urgently
    [proposal] = pending(store, actor, member.id)
    assert (proposal.response_id, proposal.key, proposal.urgent) == (newest, "phq9_severe", True)


def test_an_active_problem_for_the_same_library_entry_is_not_proposed_again(store, actor, member):
    first = phq9(store, actor, member.id, 12)
    with store.transaction(actor) as s:
        added = proposals.accept(s, actor, member.id, f"assessment:{first}", "phq9_moderate")
    second = phq9(store, actor, member.id, 13)
    assert pending(store, actor, member.id) == ()
    with pytest.raises(IntegrityError) as caught, store.transaction(actor) as s:
        proposals.accept(s, actor, member.id, f"assessment:{second}", "phq9_moderate")
    assert caught.value.reason == "in_plan"
    with store.transaction(actor) as s:  # resolved: a new moderate PHQ-9 is a new problem to plan for
        careplan.update(s, actor, "problem", added.id, status=ProblemStatus.RESOLVED)
    assert [p.response_id for p in pending(store, actor, member.id)] == [second]


def test_a_problem_picked_from_the_library_covers_the_finding(store, actor, member):
    complete(store, actor, member.id, "steadi", steadi(1, 3, 5))
    assert [p.key for p in pending(store, actor, member.id)] == ["falls_risk"]
    with store.transaction(actor) as s:
        plan = careplan.create_plan(s, actor, member.id)
        careplan.add(s, actor, "problem", plan.id, domain=CareDomain.FUNCTIONAL, title="Falls",
                     source="library:falls_risk")
    assert pending(store, actor, member.id) == ()


def test_removing_an_accepted_problem_offers_the_finding_again(store, actor, member):
    source = f"assessment:{phq9(store, actor, member.id, 12)}"
    with store.transaction(actor) as s:
        added = proposals.accept(s, actor, member.id, source, "phq9_moderate")
        careplan.remove(s, actor, "problem", added.id)
    assert [p.key for p in pending(store, actor, member.id)] == ["phq9_moderate"]
    with store.transaction(actor) as s:
        proposals.dismiss(s, actor, member.id, source, "phq9_moderate")
        [row] = s.scalars(select(PlanProposal)).all()  # the decision changed; no second row
        assert (row.decision, row.problem_id) == (ProposalDecision.DISMISSED, None)
    assert pending(store, actor, member.id) == ()


def test_unknown_findings_and_other_members_assessments_are_not_found(store, actor, member):
    source = f"assessment:{phq9(store, actor, member.id, 12)}"
    with store.transaction(actor) as s:
        other = members.create(s, actor, **(SAMPLE_MEMBER | {"plan_member_id": "MCL-0043",
                                                             "first_name": "Ana"}))
    cases = [
        (member.id, source, "food", NotFound),  # the PHQ-9 found no food need
        (other.id, source, "phq9_moderate", NotFound),  # another member's assessment
        (member.id, "assessment:no-such-id", "phq9_moderate", NotFound),
        (member.id, "library:depression", "phq9_moderate", ValidationError),
    ]
    for member_id, src, key, error in cases:
        with pytest.raises(error), store.transaction(actor) as s:
            proposals.dismiss(s, actor, member_id, src, key)
    with store.transaction(actor) as s:
        assert s.scalars(select(PlanProposal)).all() == []


def test_an_assessment_in_progress_proposes_nothing(store, actor, member):
    with store.transaction(actor) as s:
        started = assessments.start(s, actor, member.id, "phq9")
        assessments.save_answers(s, actor, started.id, items("phq9", 8, 20))
        assert proposals.pending(s, member.id) == ()


# ---- each instrument's threshold, on both sides ----------------------------------------------------------

THRESHOLDS: list[tuple[str, dict[str, Any], list[str]]] = [
    ("phq9", items("phq9", 9, 9), []),
    ("phq9", items("phq9", 9, 10), ["phq9_moderate"]),
    ("phq9", items("phq9", 9, 15), ["phq9_moderately_severe"]),
    ("phq9", items("phq9", 9, 20), ["phq9_severe"]),
    ("gad7", items("gad7", 7, 9), []),
    ("gad7", items("gad7", 7, 10), ["gad7_moderate"]),
    ("gad7", items("gad7", 7, 15), ["gad7_severe"]),
    ("katz_adl", katz(6), []),
    ("katz_adl", katz(5), ["adl_moderate_impairment"]),
    ("katz_adl", katz(2), ["adl_severe_impairment"]),
    ("lawton_iadl", LAWTON_ALL_INDEPENDENT | LAWTON_TWO_DEPENDENT, []),
    ("lawton_iadl", LAWTON_ALL_INDEPENDENT | LAWTON_THREE_DEPENDENT, ["iadl_low"]),
    ("steadi", steadi(1, 3), []),  # 2 + 1 = 3 points
    ("steadi", steadi(1, 3, 4), ["falls_risk"]),  # 4 points
    ("steadi", steadi(3, 4, 5, 6), ["falls_risk"]),
    ("ahc_hrsn", NO_SOCIAL_NEED, []),
    ("ahc_hrsn", NO_SOCIAL_NEED | {"ahc-1": 1, "ahc-6": 1}, ["housing", "utilities"]),
    ("ahc_hrsn", NO_SOCIAL_NEED | {"ahc-7": 2, "ahc-8": 3, "ahc-9": 3, "ahc-10": 2}, []),  # safety 10
    ("ahc_hrsn", NO_SOCIAL_NEED | {"ahc-7": 2, "ahc-8": 3, "ahc-9": 3, "ahc-10": 3}, ["safety"]),  # 11
    ("med_adherence", {"madh-1": 0}, []),  # takes no prescription medicines
    ("med_adherence", {"madh-1": 1, "madh-2": 1, "madh-3": 1, "madh-4": 0, "madh-5": 0, "madh-6": 0}, []),
    ("med_adherence", {"madh-1": 1, "madh-2": 2, "madh-3": 0, "madh-4": 0, "madh-5": 0, "madh-6": 0},
     ["med_adherence"]),  # missed doses on 2-3 days
    ("med_adherence", {"madh-1": 1, "madh-2": 0, "madh-3": 0, "madh-4": 0, "madh-5": 1, "madh-6": 0},
     ["med_adherence"]),  # cost
    ("med_adherence", {"madh-1": 1, "madh-2": 1, "madh-3": 2, "madh-4": 0, "madh-5": 0, "madh-6": 1},
     ["med_adherence"]),  # 4: high concern
    ("caregiver", {"cg-1": 1, "cg-2": 1, "cg-3": 1, "cg-4": 0, "cg-5": 0}, []),
    ("caregiver", {"cg-1": 1, "cg-2": 0, "cg-3": 2, "cg-4": 0, "cg-5": 0}, ["caregiver_strain"]),
    ("caregiver", {"cg-1": 1, "cg-2": 3, "cg-3": 2, "cg-4": 1, "cg-5": 1}, ["caregiver_strain",
                                                                           "caregiver_insufficient"]),
    ("caregiver", {"cg-1": 0, "cg-7": 0}, []),
    ("caregiver", {"cg-1": 0, "cg-7": 1}, ["caregiver_insufficient"]),
]


@pytest.mark.parametrize(("instrument", "answers", "expected"), THRESHOLDS)
def test_each_instrument_proposes_at_its_threshold_and_not_below(store, actor, member, instrument, answers,
                                                                 expected):
    complete(store, actor, member.id, instrument, answers)
    found = pending(store, actor, member.id)
    assert [p.key for p in found] == expected
    for proposal in found:  # every proposal names a library entry with goals to offer
        assert proposal.goal_keys == tuple(g.key for g in library_problem(proposal.library_key).goals)
        assert proposal.title == library_problem(proposal.library_key).title.text("en")
