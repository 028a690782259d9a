"""The care plan travels whole: its items, its versions (JSON snapshots), the member's signature (bytes),
the nurse's decisions on proposals and the new task kind reach a second laptop field by field."""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.model import CarePlan, CarePlanVersion, Goal, PlanAgreement, PlanProposal, Problem, Task
from app.model.enums import (
    AgreementMethod,
    CareDomain,
    CarePlanStatus,
    ProposalDecision,
    TaskKind,
    TaskOrigin,
)
from sync.server import admin
from tests.test_sync import shared_member, two_nurses, write  # noqa: F401  (fixture)

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def _plan(s, who, member_id):
    plan = CarePlan(member_id=member_id, status=CarePlanStatus.ACTIVE, started_on=date(2026, 10, 1),
                    self_management_plan="Cada mañana: revise su azúcar.")
    s.add(plan)
    s.flush()
    problem = Problem(member_id=member_id, care_plan_id=plan.id, domain=CareDomain.BEHAVIORAL,
                      title="Depressive symptoms", priority=1, source="assessment:x")
    s.add(problem)
    s.flush()
    goal = Goal(member_id=member_id, problem_id=problem.id, text="PHQ-9 under 10",
                member_words="Quiero disfrutar a mis nietos.", priority=1, member_priority=1)
    s.add(goal)
    s.flush()
    snapshot = {"plan": {"status": "active"}, "problem": [{"id": problem.id, "title": problem.title}]}
    s.add_all([
        CarePlanVersion(member_id=member_id, care_plan_id=plan.id, number=1,
                        taken_at=datetime(2026, 10, 1, 15, tzinfo=UTC), reason="edit", snapshot=snapshot),
        PlanAgreement(member_id=member_id, care_plan_id=plan.id, agreed_on=date(2026, 10, 2),
                      method=AgreementMethod.E_SIGNATURE, signer_name="Rosa Delgado", signature_png=PNG),
        PlanProposal(member_id=member_id, source="assessment:x", key="food",
                     decision=ProposalDecision.DISMISSED, decided_on=date(2026, 10, 2), note="Has WIC"),
        Task(member_id=member_id, kind=TaskKind.PARTICIPATION_REVIEW, title="Minimum participation reached",
             due_on=date(2027, 1, 1), origin=TaskOrigin.RULE, rule_key="participation_review:2027-01-01"),
    ])
    return plan.id


def test_a_care_plan_with_versions_signature_and_decisions_reaches_the_second_laptop(two_nurses):  # noqa: F811
    server, first, (b, client_b) = two_nurses
    a, client_a = first
    made = shared_member(server, first, client_b)
    write(a, lambda s, who: _plan(s, who, made.id))
    report = client_a.sync()
    assert report.rejected == 0 and report.conflicts == 0
    client_b.sync()
    for model in (CarePlan, Problem, Goal, CarePlanVersion, PlanAgreement, PlanProposal, Task):
        with a.session() as sa, b.session() as sb:
            mine = {r.id: r for r in sa.query(model).filter_by(member_id=made.id)}
            theirs = {r.id: r for r in sb.query(model).filter_by(member_id=made.id)}
            assert mine.keys() == theirs.keys() and mine, model.__tablename__
            for row_id, row in mine.items():
                for column in model.__table__.columns:
                    if column.key != "version":
                        assert getattr(theirs[row_id], column.key) == getattr(row, column.key), column.key
    with b.session() as s:
        agreement = s.query(PlanAgreement).one()
        assert agreement.signature_png == PNG
        assert s.query(CarePlanVersion).one().snapshot["problem"][0]["title"] == "Depressive symptoms"
    with server.admin() as s:
        admin.unassign(s, made.id, "ben")
    client_b.sync()
    with b.session() as s:  # minimum necessary: the whole plan leaves Ben's laptop with the member
        for model in (CarePlan, CarePlanVersion, PlanAgreement, PlanProposal):
            assert s.query(model).count() == 0, model.__tablename__
