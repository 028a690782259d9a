"""The care plan service: building the tree with its rules, undo, versions, reviews and the agreement."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.actor import Actor
from app.errors import IntegrityError, NotFound, ValidationError
from app.model.audit import AuditEvent
from app.model.careplan import CarePlan, Goal, Problem
from app.model.enums import DataCategory, GoalStatus, InterventionStatus
from app.services import careplan as cp
from app.services import careplan_versions, members
from tests.conftest import SAMPLE_MEMBER

TODAY = date.today()
STARTED = TODAY - timedelta(days=20)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(64)


@dataclass
class Built:
    plan: cp.PlanView
    problem: cp.ProblemView
    goal: cp.GoalView
    intervention: cp.InterventionView
    barrier: cp.BarrierView
    referral: cp.ReferralView


def build(s, actor, member_id) -> Built:
    plan = cp.create_plan(s, actor, member_id, started_on=STARTED, follow_up_schedule="Calls every 2 weeks")
    problem = cp.add(s, actor, "problem", plan.id, domain="social", title="Not enough food at home")
    goal = cp.add(s, actor, "goal", problem.id, text="Eat three meals a day", term="short",
                  target_on=TODAY + timedelta(days=60), member_priority=1)
    intervention = cp.add(s, actor, "intervention", goal.id, type="referral",
                          description="Refer to the food bank", responsible="nurse", frequency="once")
    barrier = cp.add(s, actor, "barrier", goal.id, kind="transportation", description="No car")
    referral = cp.add(s, actor, "referral", plan.id, resource_name="County Food Bank", goal_id=goal.id)
    return Built(plan, problem, goal, intervention, barrier, referral)


@pytest.fixture
def built(store, actor, member) -> Built:
    with store.transaction(actor) as s:
        return build(s, actor, member.id)


@pytest.fixture
def clock(monkeypatch):
    """The version clock, stepped by hand: clock.at[0] is "now"."""

    class Clock:
        at = [datetime(2026, 11, 2, 9, 0, tzinfo=UTC)]

        def advance(self, minutes: int) -> None:
            self.at[0] += timedelta(minutes=minutes)

    c = Clock()
    monkeypatch.setattr(careplan_versions, "now", lambda: c.at[0])
    return c


def tree(store, actor, member_id) -> cp.PlanTree:
    with store.transaction(actor) as s:
        return cp.current(s, member_id)


def items(t: cp.PlanTree) -> tuple:
    return cp.plan_items(t)


def raises_on(store, actor, error, call, field: str | None = None):
    with pytest.raises(error) as caught, store.transaction(actor) as s:
        call(s)
    if field is not None:
        assert caught.value.field == field
    return caught.value


# ---- building the plan --------------------------------------------------------------------------------


def test_a_plan_is_built_in_order_with_defaults(store, actor, member, built):
    t = tree(store, actor, member.id)
    assert t.plan.status == "draft" and t.plan.started_on == STARTED
    assert t.plan.review_due_on == STARTED + timedelta(days=90)  # complex_cm reviews every 90 days
    assert [p.title for p in t.problems] == ["Not enough food at home"]
    assert t.goals_of(built.problem.id) == (built.goal,)
    assert built.goal.status == GoalStatus.NOT_STARTED and built.problem.source == "manual"
    assert t.interventions_of(built.goal.id) == (built.intervention,)
    assert t.barriers_of(built.goal.id)[0].kind == "transportation"
    assert t.referrals_of(built.goal.id)[0].care_plan_id == built.plan.id
    with store.transaction(actor) as s:
        second = cp.add(s, actor, "problem", built.plan.id, domain="behavioral", title="Low mood")
        plan_level = cp.add(s, actor, "referral", built.plan.id, resource_name="Senior center")
    assert (built.problem.priority, second.priority) == (1, 2)
    assert tree(store, actor, member.id).referrals_of(None) == (plan_level,)


@pytest.mark.parametrize(
    ("kind", "fields", "field"),
    [
        ("problem", {"title": "Falls"}, "domain"),
        ("problem", {"domain": "social"}, "title"),
        ("problem", {"domain": "weather", "title": "Falls"}, "domain"),
        ("problem", {"domain": "social", "title": "Falls", "owner": "me"}, "owner"),
        ("goal", {"term": "short"}, "text"),
        ("goal", {"text": "Walk daily", "target_on": STARTED - timedelta(days=1)}, "target_on"),
        ("goal", {"text": "Walk daily", "member_priority": 6}, "member_priority"),
        ("goal", {"text": "Walk daily", "status": "met"}, "status"),
        ("intervention", {"type": "education", "description": "Teach"}, "responsible"),
        ("intervention", {"type": "education", "responsible": "nurse"}, "description"),
        ("intervention", {"description": "Teach", "responsible": "nurse"}, "type"),
        ("intervention", {"type": "education", "description": "Teach", "responsible": "nurse",
                          "completed_on": TODAY}, "completed_on"),
        ("barrier", {"description": "No bus"}, "kind"),
        ("referral", {"resource_type": "food"}, "resource_name"),
        ("referral", {"resource_name": "Bank", "referred_on": TODAY, "follow_up_on": TODAY - timedelta(1)},
         "follow_up_on"),
    ],
)
def test_bad_items_are_refused_naming_the_field(store, actor, member, built, kind, fields, field):
    parent = {"problem": built.plan.id, "goal": built.problem.id, "intervention": built.goal.id,
              "barrier": built.goal.id, "referral": built.plan.id}[kind]
    before = tree(store, actor, member.id)
    error = raises_on(store, actor, ValidationError, lambda s: cp.add(s, actor, kind, parent, **fields),
                      field)
    assert "Walk" not in str(error) and "Teach" not in str(error)  # rules, never the values typed
    assert tree(store, actor, member.id) == before


def test_parents_must_be_in_the_same_plan(store, actor, member, built):
    with store.transaction(actor) as s:
        other = members.create(
            s, actor, **(SAMPLE_MEMBER | {"plan_member_id": "MCL-0099", "first_name": "Ana"}))
        elsewhere = build(s, actor, other.id)
    raises_on(store, actor, NotFound, lambda s: cp.add(s, actor, "goal", "no-such-problem", text="x"))
    raises_on(store, actor, NotFound, lambda s: cp.add(
        s, actor, "referral", built.plan.id, resource_name="Bank", goal_id=elsewhere.goal.id))
    raises_on(store, actor, NotFound, lambda s: cp.update(s, actor, "referral", built.referral.id,
                                                          goal_id=elsewhere.goal.id))
    raises_on(store, actor, ValidationError, lambda s: cp.add(s, actor, "task", built.plan.id), "kind")


def test_one_open_plan_per_member(store, actor, member, built):
    raises_on(store, actor, IntegrityError, lambda s: cp.create_plan(s, actor, member.id))
    with store.transaction(actor) as s:
        cp.update_plan(s, actor, built.plan.id, status="closed")
        fresh = cp.create_plan(s, actor, member.id)
    assert tree(store, actor, member.id).plan == fresh and fresh.started_on == TODAY
    raises_on(store, actor, ValidationError, lambda s: cp.create_plan(
        s, actor, member.id, started_on=TODAY + timedelta(days=1)), "started_on")


def test_reorder_rewrites_priorities_and_refuses_wrong_siblings(store, actor, member, built):
    with store.transaction(actor) as s:
        second = cp.add(s, actor, "problem", built.plan.id, domain="behavioral", title="Low mood")
        third = cp.add(s, actor, "problem", built.plan.id, domain="functional", title="Falls")
        cp.reorder(s, actor, "problem", [third.id, built.problem.id, second.id])
    t = tree(store, actor, member.id)
    assert [(p.title, p.priority) for p in t.problems] == [("Falls", 1), ("Not enough food at home", 2),
                                                           ("Low mood", 3)]
    raises_on(store, actor, ValidationError, lambda s: cp.reorder(s, actor, "problem", [third.id, second.id]),
              "ordered_ids")
    raises_on(store, actor, ValidationError, lambda s: cp.reorder(
        s, actor, "problem", [third.id, third.id, built.problem.id, second.id]), "ordered_ids")
    with store.transaction(actor) as s:
        other_goal = cp.add(s, actor, "goal", second.id, text="Walk daily")
    raises_on(store, actor, ValidationError, lambda s: cp.reorder(
        s, actor, "goal", [built.goal.id, other_goal.id]), "ordered_ids")
    raises_on(store, actor, ValidationError, lambda s: cp.reorder(s, actor, "barrier", [built.barrier.id]),
              "kind")
    with store.transaction(actor) as s:
        cp.remove(s, actor, "problem", third.id)
        cp.reorder(s, actor, "problem", [second.id, built.problem.id])  # only the live siblings
        goal = cp.add(s, actor, "goal", built.problem.id, text="Cook at home")
    assert goal.priority == 2
    titles = [p.title for p in tree(store, actor, member.id).problems]
    assert titles == ["Low mood", "Not enough food at home"]


# ---- lifecycle ---------------------------------------------------------------------------------------------


def test_plan_status_lifecycle(store, actor, member):
    with store.transaction(actor) as s:
        plan = cp.create_plan(s, actor, member.id, started_on=STARTED)
    raises_on(store, actor, ValidationError, lambda s: cp.update_plan(s, actor, plan.id, status="active"),
              "problems")
    with store.transaction(actor) as s:
        problem = cp.add(s, actor, "problem", plan.id, domain="social", title="Food")
    raises_on(store, actor, ValidationError, lambda s: cp.update_plan(s, actor, plan.id, status="active"),
              "goals")
    with store.transaction(actor) as s:
        cp.add(s, actor, "goal", problem.id, text="Three meals")
        assert cp.update_plan(s, actor, plan.id, status="active").status == "active"
    raises_on(store, actor, IntegrityError, lambda s: cp.update_plan(s, actor, plan.id, status="draft"))
    raises_on(store, actor, ValidationError, lambda s: cp.update_plan(
        s, actor, plan.id, review_due_on=STARTED - timedelta(days=1)), "review_due_on")
    raises_on(store, actor, ValidationError, lambda s: cp.update_plan(s, actor, plan.id, started_on=TODAY),
              "started_on")


def test_intervention_completion_date_follows_its_status(store, actor, member, built):
    with store.transaction(actor) as s:
        done = cp.update(s, actor, "intervention", built.intervention.id, status="completed")
        assert done.completed_on == TODAY
        backdated = cp.update(s, actor, "intervention", built.intervention.id,
                              completed_on=TODAY - timedelta(days=3))
        assert backdated.status == InterventionStatus.COMPLETED
        assert backdated.completed_on == TODAY - timedelta(days=3)
        reopened = cp.update(s, actor, "intervention", built.intervention.id, status="in_progress")
        assert reopened.completed_on is None
    raises_on(store, actor, ValidationError, lambda s: cp.update(
        s, actor, "intervention", built.intervention.id, completed_on=TODAY), "completed_on")
    raises_on(store, actor, ValidationError, lambda s: cp.update(
        s, actor, "intervention", built.intervention.id, status="finished"), "status")


def test_goal_status_moves_by_edit_or_review_only(store, actor, member, built):
    with store.transaction(actor) as s:
        assert cp.update(s, actor, "goal", built.goal.id, status="in_progress").status == "in_progress"
        review = cp.add_review(s, actor, built.goal.id, reviewed_on=TODAY, note="Eating better",
                               status_after=GoalStatus.MET)
        cp.update_plan(s, actor, built.plan.id, follow_up_schedule="Monthly")  # plan edits leave goals alone
    assert (review.status_before, review.status_after) == (GoalStatus.IN_PROGRESS, GoalStatus.MET)
    assert tree(store, actor, member.id).goals[0].status == GoalStatus.MET


def test_a_closed_plan_is_read_only(store, actor, member, built):
    with store.transaction(actor) as s:
        cp.update_plan(s, actor, built.plan.id, status="closed")
    before = tree(store, actor, member.id)
    writes = [
        lambda s: cp.add(s, actor, "problem", built.plan.id, domain="social", title="More"),
        lambda s: cp.update(s, actor, "goal", built.goal.id, text="Changed"),
        lambda s: cp.remove(s, actor, "barrier", built.barrier.id),
        lambda s: cp.reorder(s, actor, "problem", [built.problem.id]),
        lambda s: cp.update_plan(s, actor, built.plan.id, follow_up_schedule="Weekly"),
        lambda s: cp.add_review(s, actor, built.goal.id, reviewed_on=TODAY, note="Late"),
        lambda s: cp.record_agreement(s, actor, built.plan.id, agreed_on=TODAY, method="verbal"),
    ]
    for write in writes:
        assert raises_on(store, actor, IntegrityError, write).reason == "plan_closed"
    assert tree(store, actor, member.id) == before


# ---- undo ----------------------------------------------------------------------------------------------


def test_update_with_the_old_values_restores_the_exact_tree(store, actor, member, built):
    before = tree(store, actor, member.id)
    old = {"text": built.goal.text, "target_on": built.goal.target_on, "member_priority": 1, "measure": ""}
    with store.transaction(actor) as s:
        cp.update(s, actor, "goal", built.goal.id, text="Two meals", target_on=None, member_priority=None,
                  measure="meals a day")
        cp.update(s, actor, "intervention", built.intervention.id, status="completed")
        cp.update(s, actor, "barrier", built.barrier.id, kind="cost")
    assert tree(store, actor, member.id) != before
    with store.transaction(actor) as s:
        cp.update(s, actor, "goal", built.goal.id, **old)
        cp.update(s, actor, "intervention", built.intervention.id, status="planned", completed_on=None)
        cp.update(s, actor, "barrier", built.barrier.id, kind=built.barrier.kind)
    assert tree(store, actor, member.id) == before


def test_remove_then_restore_brings_back_exactly_what_was_removed(store, actor, member, built):
    with store.transaction(actor) as s:
        earlier = cp.add(s, actor, "intervention", built.goal.id, type="education",
                         description="Teach budgeting", responsible="nurse")
        cp.remove(s, actor, "intervention", earlier.id)  # removed on its own, before the problem goes
    before = tree(store, actor, member.id)
    with store.transaction(actor) as s:
        removed = cp.remove(s, actor, "problem", built.problem.id)
    assert removed == (("problem", built.problem.id), ("goal", built.goal.id),
                       ("intervention", built.intervention.id), ("barrier", built.barrier.id),
                       ("referral", built.referral.id))
    emptied = tree(store, actor, member.id)
    assert (emptied.problems, emptied.goals, emptied.referrals) == ((), (), ())
    with store.transaction(actor) as s:
        cp.restore(s, actor, removed)
    after = tree(store, actor, member.id)
    assert after == before and earlier.id not in {i.id for i in after.interventions}


def test_restoring_a_child_of_a_removed_parent_is_refused(store, actor, member, built):
    with store.transaction(actor) as s:
        goal_removed = cp.remove(s, actor, "goal", built.goal.id)
        cp.remove(s, actor, "problem", built.problem.id)
    raises_on(store, actor, NotFound, lambda s: cp.restore(s, actor, goal_removed))
    raises_on(store, actor, NotFound, lambda s: cp.restore(s, actor, [("goal", "no-such-goal")]))


# ---- versions ------------------------------------------------------------------------------------------


def test_versions_coalesce_per_editing_session_and_split_on_milestones(store, actor, member, clock):
    with store.transaction(actor) as s:
        b = build(s, actor, member.id)
        clock.advance(20)
        cp.update(s, actor, "goal", b.goal.id, measure="meals a day")  # same session: same version
        assert [(v.number, v.reason) for v in cp.versions(s, b.plan.id)] == [(1, "edit")]
        clock.advance(31)
        cp.update(s, actor, "goal", b.goal.id, baseline="1")  # 31 minutes later: a new session
    other = Actor(user="jlee", device=actor.device)
    with store.transaction(other) as s:
        cp.update(s, other, "goal", b.goal.id, target_value="3")  # another nurse: a new version
    with store.transaction(actor) as s:
        clock.advance(1)
        cp.add_review(s, actor, b.goal.id, reviewed_on=TODAY, note="Going well", status_after="in_progress")
        clock.advance(1)
        cp.update(s, actor, "barrier", b.barrier.id, status="addressed")  # after a review: new again
        clock.advance(1)
        cp.record_agreement(s, actor, b.plan.id, agreed_on=TODAY, method="verbal")
        listed = cp.versions(s, b.plan.id)
    assert [(v.number, v.reason, v.taken_by) for v in listed] == [
        (6, "agreement", actor.user), (5, "edit", actor.user), (4, "review", actor.user),
        (3, "edit", "jlee"), (2, "edit", actor.user), (1, "edit", actor.user)]
    assert listed[-1].taken_at == datetime(2026, 11, 2, 9, 20, tzinfo=UTC)  # the session's last save


def test_a_past_version_reloads_exactly_and_can_be_restored(store, actor, member, clock):
    seen: dict[int, cp.PlanTree] = {}
    with store.transaction(actor) as s:
        b = build(s, actor, member.id)
        seen[1] = cp.current(s, member.id)
        clock.advance(45)
        cp.update(s, actor, "problem", b.problem.id, title="Food and money", status="active")
        cp.remove(s, actor, "barrier", b.barrier.id)
        extra = cp.add(s, actor, "problem", b.plan.id, domain="behavioral", title="Low mood")
        cp.add(s, actor, "goal", extra.id, text="Walk daily", target_on=TODAY + timedelta(days=30))
        seen[2] = cp.current(s, member.id)
        clock.advance(45)
        cp.reorder(s, actor, "problem", [extra.id, b.problem.id])
        cp.update(s, actor, "intervention", b.intervention.id, status="completed")
        cp.update_plan(s, actor, b.plan.id, self_management_plan="Shop with daughter on Saturdays")
        seen[3] = cp.current(s, member.id)
        by_number = {v.number: v for v in cp.versions(s, b.plan.id)}
        assert set(by_number) == {1, 2, 3}
        for number, expected in seen.items():
            assert items(cp.version_tree(s, by_number[number].id)) == items(expected)
        restored = cp.restore_version(s, actor, by_number[1].id)
        assert items(restored) == items(seen[1])
        assert items(cp.current(s, member.id)) == items(seen[1])
        newest = cp.versions(s, b.plan.id)[0]
        assert (newest.number, newest.reason) == (4, "restore")
        assert items(cp.version_tree(s, newest.id)) == items(seen[1])
        cp.restore_version(s, actor, by_number[3].id)  # and forward again
        assert items(cp.current(s, member.id)) == items(seen[3])
    raises_on(store, actor, NotFound, lambda s: cp.version_tree(s, "no-such-version"))


def test_a_plan_without_versions_keeps_its_state_as_a_baseline(store, actor, member, built, clock):
    with store.transaction(actor) as s:  # as the demo or a sync leaves it: rows, no version
        for version in s.scalars(select(careplan_versions.CarePlanVersion)):
            s.delete(version)
    before = tree(store, actor, member.id)
    with store.transaction(actor) as s:
        cp.update(s, actor, "goal", built.goal.id, text="Two meals a day")
        listed = cp.versions(s, built.plan.id)
        assert [(v.number, v.reason) for v in listed] == [(2, "edit"), (1, "baseline")]
        assert items(cp.version_tree(s, listed[1].id)) == items(before)
        assert items(cp.version_tree(s, listed[0].id)) == items(cp.current(s, member.id))


def test_changes_since_review_names_what_moved(store, actor, member, built, clock):
    with store.transaction(actor) as s:
        cp.update_plan(s, actor, built.plan.id, follow_up_schedule="Weekly calls")
        changes = cp.changes_since_review(s, built.plan.id)  # never reviewed: since the first version
        assert changes == ()  # the first editing session is still the first version
        clock.advance(40)
        cp.add_review(s, actor, built.goal.id, reviewed_on=TODAY, note="Reviewed together")
        assert cp.changes_since_review(s, built.plan.id) == ()
        clock.advance(5)
        added = cp.add(s, actor, "goal", built.problem.id, text="Cook twice a week")
        cp.remove(s, actor, "barrier", built.barrier.id)
        cp.update(s, actor, "intervention", built.intervention.id, status="in_progress", frequency="weekly")
        cp.update_plan(s, actor, built.plan.id, caregiver_involvement="Daughter drives")
        changes = cp.changes_since_review(s, built.plan.id)
    assert cp.PlanChange("plan", built.plan.id, "", "changed", ("caregiver_involvement",)) in changes
    assert cp.PlanChange("goal", added.id, "Cook twice a week", "added") in changes
    assert cp.PlanChange("barrier", built.barrier.id, "No car", "removed") in changes
    assert cp.PlanChange("intervention", built.intervention.id, "Refer to the food bank", "changed",
                         ("frequency", "status")) in changes
    assert len(changes) == 4


def test_diff_reads_titles_from_each_kind(store, actor, member, built):
    old = tree(store, actor, member.id)
    with store.transaction(actor) as s:
        quiet = cp.add(s, actor, "barrier", built.goal.id, kind="cost")
        cp.update(s, actor, "referral", built.referral.id, status="sent", referred_on=TODAY)
    changes = cp.diff(old, tree(store, actor, member.id))
    assert [(c.kind, c.title, c.change, c.fields) for c in changes] == [
        ("barrier", "cost", "added", ()),
        ("referral", "County Food Bank", "changed", ("referred_on", "status")),
    ]
    assert quiet.description == ""
    assert cp.diff(cp.PlanTree(), old)[0] == cp.PlanChange("plan", built.plan.id, "", "added")


# ---- reviews and agreement -----------------------------------------------------------------------------


def test_a_review_moves_the_plan_review_dates(store, actor, member, built):
    reviewed = TODAY - timedelta(days=2)
    with store.transaction(actor) as s:
        review = cp.add_review(s, actor, built.goal.id, reviewed_on=reviewed, note="Progress",
                               status_after="met")
        t = cp.current(s, member.id)
    assert t.plan.last_reviewed_on == reviewed
    assert t.plan.review_due_on == reviewed + timedelta(days=90)
    assert t.reviews_of(built.goal.id) == (review,) and review.created_by == actor.user
    with store.transaction(actor) as s:
        cp.add_review(s, actor, built.goal.id, reviewed_on=reviewed - timedelta(days=5), note="Late entry")
        later = cp.current(s, member.id)
    assert (later.plan.last_reviewed_on, later.plan.review_due_on) == (t.plan.last_reviewed_on,
                                                                        t.plan.review_due_on)
    assert [r.note for r in later.reviews] == ["Progress", "Late entry"]  # newest first
    raises_on(store, actor, ValidationError, lambda s: cp.add_review(
        s, actor, built.goal.id, reviewed_on=TODAY + timedelta(days=1), note="Soon"), "reviewed_on")
    raises_on(store, actor, ValidationError, lambda s: cp.add_review(
        s, actor, built.goal.id, reviewed_on=TODAY, note="  "), "note")
    raises_on(store, actor, ValidationError, lambda s: cp.add_review(
        s, actor, built.goal.id, reviewed_on=TODAY, note="x", status_after="done"), "status_after")


def test_agreement_with_a_signature_round_trips_and_activates_the_plan(store, actor, member, built):
    with store.transaction(actor) as s:
        agreement = cp.record_agreement(s, actor, built.plan.id, agreed_on=TODAY, method="e_signature",
                                        signer_name="Rosa Delgado", signature_png=PNG,
                                        caregiver_participated=True, caregiver_name="Lucia Delgado")
        assert cp.signature(s, agreement.id) == PNG
        t = cp.current(s, member.id)
    assert agreement.has_signature and agreement.method == "e_signature"
    assert t.plan.status == "active" and t.agreements == (agreement,)
    with store.transaction(actor) as s:
        verbal = cp.record_agreement(s, actor, built.plan.id, agreed_on=TODAY, method="verbal")
        assert cp.signature(s, verbal.id) is None and not verbal.has_signature


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"method": "e_signature"}, "signature_png"),
        ({"method": "e_signature", "signature_png": b"GIF89a" + bytes(20)}, "signature_png"),
        ({"method": "e_signature", "signature_png": PNG + bytes(512 * 1024)}, "signature_png"),
        ({"method": "verbal", "caregiver_participated": True}, "caregiver_name"),
        ({"method": "telepathy"}, "method"),
        ({"method": "verbal", "agreed_on": TODAY + timedelta(days=1)}, "agreed_on"),
    ],
)
def test_bad_agreements_are_refused(store, actor, member, built, fields, field):
    data = {"agreed_on": TODAY} | fields
    raises_on(store, actor, ValidationError, lambda s: cp.record_agreement(s, actor, built.plan.id, **data),
              field)
    assert tree(store, actor, member.id).agreements == ()


def test_agreeing_to_an_empty_draft_is_refused(store, actor, member):
    with store.transaction(actor) as s:
        plan = cp.create_plan(s, actor, member.id)
    raises_on(store, actor, ValidationError, lambda s: cp.record_agreement(
        s, actor, plan.id, agreed_on=TODAY, method="verbal"), "problems")


# ---- audit ---------------------------------------------------------------------------------------------


def test_every_write_is_audited_without_values(store, actor, member):
    def audited(s) -> list[AuditEvent]:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.category == DataCategory.CARE_PLAN)
                              .order_by(AuditEvent.seq)))

    with store.transaction(actor) as s:
        b = build(s, actor, member.id)
        assert [(e.action, e.entity_type) for e in audited(s)] == [
            ("create", "care_plan"), ("create", "problem"), ("create", "goal"), ("create", "intervention"),
            ("create", "barrier"), ("create", "referral")]
        steps = [
            (lambda: cp.update(s, actor, "goal", b.goal.id, text="Two meals"), 1),
            (lambda: cp.reorder(s, actor, "problem", [b.problem.id]), 0),  # nothing moved: nothing written
            (lambda: cp.remove(s, actor, "goal", b.goal.id), 4),
            (lambda: cp.restore(s, actor, [("goal", b.goal.id)]), 1),
            (lambda: cp.add_review(s, actor, b.goal.id, reviewed_on=TODAY, note="Ok", status_after="met"), 3),
            (lambda: cp.record_agreement(s, actor, b.plan.id, agreed_on=TODAY, method="verbal"), 2),
            (lambda: cp.update_plan(s, actor, b.plan.id, follow_up_schedule="Monthly"), 1),
        ]
        for step, expected in steps:
            count = len(audited(s))
            step()
            assert len(audited(s)) - count == expected
        events = audited(s)
    assert all(e.member_id == member.id for e in events)
    text_of_details = repr([e.details for e in events])
    assert "Two meals" not in text_of_details and "Monthly" not in text_of_details
    assert events[-1].details == {"fields": ["follow_up_schedule"]}


def test_reading_plans(store, actor, member):
    assert tree(store, actor, member.id) == cp.PlanTree()
    raises_on(store, actor, NotFound, lambda s: cp.current(s, "no-such-member"))
    with store.transaction(actor) as s:
        b = build(s, actor, member.id)
        via_goal = cp.add(s, actor, "referral", b.goal.id, resource_name="Meals on Wheels", status="SENT")
        row = s.get(Goal, b.goal.id)
        assert row.created_by == actor.user and s.get(CarePlan, b.plan.id).member_id == member.id
        assert s.scalar(select(func.count()).select_from(Problem)) == 1
    assert (via_goal.goal_id, via_goal.care_plan_id, via_goal.status) == (b.goal.id, b.plan.id, "sent")
    assert tree(store, actor, member.id).referrals_of(b.goal.id) == (b.referral, via_goal)


def test_undoing_a_move_puts_back_the_old_numbers_gaps_and_all(store, actor, member, built):
    """A removal leaves priorities 2, 3; a move renumbers 1, 2; undo (the old ids with their old numbers)
    gives back the plan exactly, and numbers that do not rise are refused."""
    with store.transaction(actor) as s:
        second = cp.add(s, actor, "problem", built.plan.id, domain="behavioral", title="Low mood")
        third = cp.add(s, actor, "problem", built.plan.id, domain="functional", title="Falls")
        cp.remove(s, actor, "problem", built.problem.id)
    before = tree(store, actor, member.id)
    assert [p.priority for p in before.problems] == [2, 3]
    with store.transaction(actor) as s:
        cp.reorder(s, actor, "problem", [third.id, second.id])
    assert [(p.title, p.priority) for p in tree(store, actor, member.id).problems] == [("Falls", 1),
                                                                                      ("Low mood", 2)]
    with store.transaction(actor) as s:
        cp.reorder(s, actor, "problem", [second.id, third.id], [2, 3])
    assert items(tree(store, actor, member.id)) == items(before)
    raises_on(store, actor, ValidationError,
              lambda s: cp.reorder(s, actor, "problem", [second.id, third.id], [3, 3]), "priorities")
    raises_on(store, actor, ValidationError,
              lambda s: cp.reorder(s, actor, "problem", [second.id, third.id], [1]), "priorities")
