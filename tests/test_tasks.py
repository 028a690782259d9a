"""Follow-up tasks: the rules make one per deadline not met, never twice, close them when the work is done,
move them when the deadline moves; a nurse adds, completes, snoozes, reopens and cancels her own."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import event, func, select

from app import demo
from app.errors import IntegrityError, ValidationError
from app.model import AuditEvent, OutboxEntry
from app.model.careplan import CarePlan, PlanAgreement, Referral
from app.model.enums import (
    AgreementMethod,
    DataCategory,
    MemberStatus,
    ReferralStatus,
    TaskKind,
    TaskOrigin,
    TaskStatus,
)
from app.model.member import Member
from app.model.task import Task
from app.programs import rules_for
from app.services import compliance, members, tasks
from app.services.compliance import CLOCK_KINDS
from app.services.task_plan import LIVE, Action, Step, keys_to_do, matters, plan
from tests.test_compliance import IDENTIFIED, add_member, add_plan, add_referral, assess, at, d, reach

K, S = TaskKind, TaskStatus
AS_OF = d("2026-03-01")
TODAY = date.today()


def refresh(store: Any, actor: Any, as_of: date = AS_OF, member_id: str | None = None) -> tasks.RefreshResult:
    with store.transaction(actor) as s:
        return tasks.refresh(s, actor, as_of, member_id)


def rows(store: Any, actor: Any) -> dict[str, list[Task]]:
    """Stored tasks by rule key (manual ones under their title), detached for reading."""
    with store.session(actor) as s:
        found: dict[str, list[Task]] = {}
        for task in s.scalars(select(Task).order_by(Task.id)):
            found.setdefault(task.rule_key or task.title, []).append(task)
        s.expunge_all()
    return found


def one(store: Any, actor: Any, key: str) -> Task:
    found = rows(store, actor)[key]
    assert len(found) == 1, key
    return found[0]


def change(store: Any, actor: Any, model: Any, row_id: str, **values: Any) -> None:
    with store.transaction(actor) as s:
        row = s.get(model, row_id)
        for name, value in values.items():
            setattr(row, name, value)


def made_on(store: Any, actor: Any, day: date) -> None:
    """As if the refresh that made the stored tasks had run on ``day`` (tests replay dates in the past)."""
    with store.transaction(actor) as s:
        for task in s.scalars(select(Task)):
            task.created_at = at(day, 8)


@pytest.fixture
def rosa(store: Any, actor: Any) -> str:
    """Enrolled 10 January, assessed 20 January, reached 1 February; a draft plan due for review 11 May
    and a referral sent 12 February."""
    with store.transaction(actor) as s:
        mid = add_member(s, actor)
        assess(s, mid, d("2026-01-20"))
        reach(s, mid, at(d("2026-02-01"), 20))
        add_plan(s, mid, d("2026-02-10"), review_due=d("2026-05-11"))
        add_referral(s, mid, d("2026-02-12"))
    return mid


def plan_id(store: Any, actor: Any) -> str:
    with store.session(actor) as s:
        return s.scalars(select(CarePlan.id)).one()


# ---- what refresh makes --------------------------------------------------------------------------------


def test_refresh_makes_a_task_for_each_deadline_not_met(store, actor, rosa) -> None:
    result = refresh(store, actor)
    assert result == tasks.RefreshResult(created=5, completed=0, cancelled=0)
    made = {key: found[0] for key, found in rows(store, actor).items()}
    plan = plan_id(store, actor)
    assert {key: (t.kind, t.due_on) for key, t in made.items()} == {
        "care_plan:2026-01-20": (K.CARE_PLAN, d("2026-02-19")),
        "follow_up_contact:2026-02-15": (K.FOLLOW_UP_CONTACT, d("2026-02-15")),
        "reassessment:2027-01-20": (K.REASSESSMENT, d("2027-01-20")),
        f"care_plan_review:{plan}:2026-05-11": (K.CARE_PLAN_REVIEW, d("2026-05-11")),
        next(k for k in made if k.startswith("referral_follow_up:")): (K.REFERRAL_FOLLOW_UP, d("2026-02-26")),
    }  # the initial assessment was done in time: no task for it
    assert {(t.status, t.origin, t.assigned_to, t.member_id) for t in made.values()} == {
        (S.OPEN, TaskOrigin.RULE, "nurse.kim", rosa)}
    titles = {t.kind: t.title for t in made.values()}
    assert titles[K.FOLLOW_UP_CONTACT] == "Follow-up contact"
    assert titles[K.REFERRAL_FOLLOW_UP] == "Referral follow-up: Valley Food Bank"


def test_refresh_twice_or_on_later_days_changes_nothing(store, actor, rosa) -> None:
    refresh(store, actor)
    before = {key: [(t.id, t.status, t.due_on) for t in found] for key, found in rows(store, actor).items()}
    for as_of in (AS_OF, AS_OF + timedelta(days=40), d("2027-06-01")):
        assert refresh(store, actor, as_of) == tasks.RefreshResult(0, 0, 0)
    after = {key: [(t.id, t.status, t.due_on) for t in found] for key, found in rows(store, actor).items()}
    assert after == before


def test_refresh_of_one_member_leaves_the_others_alone(store, actor, rosa) -> None:
    with store.transaction(actor) as s:
        other = add_member(s, actor, "MCL-0099")
    assert refresh(store, actor, member_id=other).created == 2  # initial assessment, follow-up contact
    assert {t.member_id for found in rows(store, actor).values() for t in found} == {other}
    assert refresh(store, actor).created == 5


def test_the_initial_assessment_task_runs_from_identification(store, actor) -> None:
    with store.transaction(actor) as s:
        mid = add_member(s, actor, enrolled_on=None)  # identified: the clock runs before consent
    refresh(store, actor, d("2026-01-06"))
    task = one(store, actor, "initial_assessment:2026-01-05")
    assert (task.kind, task.due_on, task.title) == (K.INITIAL_ASSESSMENT, d("2026-02-04"),
                                                     "Comprehensive initial assessment")
    assert len(rows(store, actor)) == 1 and task.member_id == mid


# ---- met clocks close their tasks -----------------------------------------------------------------------


def test_a_met_deadline_closes_its_task_as_done(store, actor) -> None:
    with store.transaction(actor) as s:
        mid = add_member(s, actor)
    refresh(store, actor, d("2026-01-12"))
    with store.transaction(actor) as s:
        assess(s, mid, d("2026-01-20"))
    assert refresh(store, actor, d("2026-01-21")) == tasks.RefreshResult(created=2, completed=1, cancelled=0)
    done = one(store, actor, "initial_assessment:2026-01-05")
    assert done.status == S.DONE and done.completed_at is not None
    assert one(store, actor, "care_plan:2026-01-20").status == S.OPEN  # the assessment started its clock
    with store.transaction(actor) as s:
        plan = add_plan(s, mid, d("2026-02-01"))
        s.add(PlanAgreement(member_id=mid, care_plan_id=plan, agreed_on=d("2026-02-03"),
                            method=AgreementMethod.VERBAL))
    result = refresh(store, actor, d("2026-02-04"))
    assert result.completed == 1 and one(store, actor, "care_plan:2026-01-20").status == S.DONE
    assert refresh(store, actor, d("2026-02-05")) == tasks.RefreshResult(0, 0, 0)


def test_an_outcome_recorded_closes_the_referral_follow_up(store, actor, rosa) -> None:
    refresh(store, actor)
    key = next(k for k in rows(store, actor) if k.startswith("referral_follow_up:"))
    change(store, actor, Referral, key.split(":")[1], status=ReferralStatus.NO_SHOW)  # recorded today
    assert refresh(store, actor, TODAY).completed == 1
    assert one(store, actor, key).status == S.DONE


# ---- deadlines that move -------------------------------------------------------------------------------


def test_a_new_plan_review_date_cancels_the_old_task_and_makes_a_new_one(store, actor, rosa) -> None:
    refresh(store, actor)
    plan = plan_id(store, actor)
    change(store, actor, CarePlan, plan, review_due_on=d("2026-04-15"))
    assert refresh(store, actor) == tasks.RefreshResult(created=1, completed=0, cancelled=1)
    assert one(store, actor, f"care_plan_review:{plan}:2026-05-11").status == S.CANCELLED
    assert one(store, actor, f"care_plan_review:{plan}:2026-04-15").status == S.OPEN


def test_a_review_recorded_after_the_task_was_made_closes_it_as_done(store, actor, rosa) -> None:
    refresh(store, actor)
    made_on(store, actor, AS_OF)
    plan = plan_id(store, actor)
    change(store, actor, CarePlan, plan, last_reviewed_on=d("2026-03-05"), review_due_on=d("2026-06-03"))
    assert refresh(store, actor, d("2026-03-06")) == tasks.RefreshResult(created=1, completed=1, cancelled=0)
    assert one(store, actor, f"care_plan_review:{plan}:2026-05-11").status == S.DONE


def test_a_new_risk_tier_moves_the_follow_up_contact(store, actor, rosa) -> None:
    refresh(store, actor)
    with store.transaction(actor) as s:
        members.update(s, actor, rosa, risk_tier="low")
    assert refresh(store, actor) == tasks.RefreshResult(created=1, completed=0, cancelled=1)
    assert one(store, actor, "follow_up_contact:2026-02-15").status == S.CANCELLED
    assert one(store, actor, "follow_up_contact:2026-05-02").status == S.OPEN


def test_a_corrected_enrollment_date_moves_the_follow_up_contact(store, actor) -> None:
    with store.transaction(actor) as s:
        mid = add_member(s, actor)  # enrolled 10 January, never reached since
    refresh(store, actor, d("2026-01-12"))
    change(store, actor, Member, mid, enrolled_on=d("2026-01-20"))
    assert refresh(store, actor, d("2026-01-21")) == tasks.RefreshResult(created=1, completed=0, cancelled=1)
    assert one(store, actor, "follow_up_contact:2026-01-24").status == S.CANCELLED
    assert one(store, actor, "follow_up_contact:2026-02-03").status == S.OPEN


def test_reaching_the_member_closes_the_follow_up_as_done_and_sets_the_next(store, actor, rosa) -> None:
    refresh(store, actor, d("2026-02-02"))
    made_on(store, actor, d("2026-02-02"))
    with store.transaction(actor) as s:
        reach(s, rosa, at(d("2026-02-10"), 20))
    result = refresh(store, actor, d("2026-02-11"))
    assert (result.created, result.completed, result.cancelled) == (1, 1, 0)
    assert one(store, actor, "follow_up_contact:2026-02-15").status == S.DONE
    assert one(store, actor, "follow_up_contact:2026-02-24").status == S.OPEN


def test_a_closed_case_cancels_every_open_task_and_keeps_the_done_ones(store, actor, rosa) -> None:
    refresh(store, actor)
    with store.transaction(actor) as s:
        task = s.scalars(select(Task).where(Task.kind == K.REASSESSMENT)).one()
        tasks.complete(s, actor, task.id)
    change(store, actor, Member, rosa, status=MemberStatus.CLOSED, closed_on=d("2026-03-02"))
    assert refresh(store, actor, d("2026-03-03")) == tasks.RefreshResult(created=0, completed=0, cancelled=4)
    statuses = {t.kind: t.status for found in rows(store, actor).values() for t in found}
    assert statuses.pop(K.REASSESSMENT) == S.DONE
    assert set(statuses.values()) == {S.CANCELLED}


def test_a_deadline_that_stands_again_reopens_its_task_instead_of_making_another(store, actor, rosa) -> None:
    refresh(store, actor)
    first = one(store, actor, "follow_up_contact:2026-02-15")
    for tier in ("low", "high"):
        with store.transaction(actor) as s:
            members.update(s, actor, rosa, risk_tier=tier)
        result = refresh(store, actor)
    assert result == tasks.RefreshResult(created=0, completed=0, cancelled=1, reopened=1)
    again = one(store, actor, "follow_up_contact:2026-02-15")
    assert (again.id, again.status) == (first.id, S.OPEN)
    assert one(store, actor, "follow_up_contact:2026-05-02").status == S.CANCELLED


def test_a_referral_follow_up_date_changed_moves_its_task(store, actor, rosa) -> None:
    refresh(store, actor)
    key = next(k for k in rows(store, actor) if k.startswith("referral_follow_up:"))
    before = one(store, actor, key)
    change(store, actor, Referral, key.split(":")[1], follow_up_on=d("2026-03-20"))
    assert refresh(store, actor) == tasks.RefreshResult(0, 0, 0)
    after = one(store, actor, key)
    assert (after.id, after.due_on, after.status) == (before.id, d("2026-03-20"), S.OPEN)


def test_a_task_done_by_hand_is_never_made_again(store, actor) -> None:
    with store.transaction(actor) as s:
        mid = add_member(s, actor, program="bh_complex_cm")
    key = f"initial_assessment:{IDENTIFIED.isoformat()}"
    refresh(store, actor, d("2026-02-01"))
    due = one(store, actor, key)
    with store.transaction(actor) as s:  # e.g. the assessment was done on paper and is being entered later
        tasks.complete(s, actor, due.id, note="Assessment on paper; entering it this week.")
    for as_of in (d("2026-02-02"), d("2026-06-01")):
        assert refresh(store, actor, as_of, mid).created == 0
    assert one(store, actor, key).status == S.DONE


def test_minimum_participation_is_a_heads_up_closed_when_the_day_comes(store, actor) -> None:
    with store.transaction(actor) as s:
        add_member(s, actor, program="bh_complex_cm")
    refresh(store, actor, d("2026-04-05"))
    assert one(store, actor, "participation_review:2026-04-10").status == S.OPEN
    refresh(store, actor, d("2026-04-10"))
    assert one(store, actor, "participation_review:2026-04-10").status == S.DONE


def test_the_same_task_made_on_two_laptops_folds_into_one(store, actor, rosa) -> None:
    refresh(store, actor)
    first = one(store, actor, "follow_up_contact:2026-02-15")
    with store.transaction(actor) as s:  # what the other laptop made offline, arrived with a sync
        s.add(Task(id="ffffffff-0000-7000-8000-000000000000", member_id=rosa, kind=K.FOLLOW_UP_CONTACT,
                   title="Follow-up contact", due_on=d("2026-02-15"), origin=TaskOrigin.RULE,
                   rule_key="follow_up_contact:2026-02-15"))
    assert refresh(store, actor) == tasks.RefreshResult(created=0, completed=0, cancelled=1)
    both = rows(store, actor)["follow_up_contact:2026-02-15"]
    assert {(t.id, t.status) for t in both} == {(first.id, S.OPEN),
                                                ("ffffffff-0000-7000-8000-000000000000", S.CANCELLED)}
    assert refresh(store, actor) == tasks.RefreshResult(0, 0, 0)


def test_rule_tasks_of_kinds_the_clocks_do_not_make_are_left_alone(store, actor, rosa) -> None:
    with store.transaction(actor) as s:
        s.add(Task(member_id=rosa, kind=K.OUTREACH, title="Outreach attempt 2", due_on=d("2026-01-08"),
                   origin=TaskOrigin.RULE, rule_key="outreach:2026-01-08"))
    refresh(store, actor)
    assert one(store, actor, "outreach:2026-01-08").status == S.OPEN


# ---- a nurse's own tasks --------------------------------------------------------------------------------


def add(store: Any, actor: Any, member_id: str, **values: Any) -> tasks.TaskView:
    with store.transaction(actor) as s:
        fields = {"title": "Call the pharmacy", "due_on": TODAY, **values}
        return tasks.add_manual(s, actor, member_id, **fields)


def act(store: Any, actor: Any, verb: str, task_id: str, **values: Any) -> tasks.TaskView:
    with store.transaction(actor) as s:
        return getattr(tasks, verb)(s, actor, task_id, **values)


def test_a_manual_task_is_added_for_the_members_nurse(store, actor, rosa) -> None:
    view = add(store, actor, rosa, title="  Mail the   large-print list ", due_on="2026-03-04",
               notes="Ask first.")
    assert (view.title, view.due_on, view.kind, view.origin, view.status) == (
        "Mail the large-print list", d("2026-03-04"), K.MANUAL, TaskOrigin.MANUAL, S.OPEN)
    assert (view.member_name, view.plan_member_id, view.notes, view.rule_key) == (
        "Rosa Delgado", "MCL-0042", "Ask first.", "")
    assert one(store, actor, "Mail the large-print list").assigned_to == "nurse.kim"


@pytest.mark.parametrize(("values", "field"), [
    ({"title": ""}, "title"),
    ({"title": "   "}, "title"),
    ({"title": "x" * 201}, "title"),
    ({"due_on": None}, "due_on"),
    ({"due_on": "next week"}, "due_on"),
    ({"notes": "x" * 4001}, "notes"),
])
def test_a_manual_task_needs_a_title_and_a_due_date(store, actor, rosa, values, field) -> None:
    with pytest.raises(ValidationError) as caught:
        add(store, actor, rosa, **values)
    assert caught.value.field == field
    assert rows(store, actor) == {}


def test_completing_adds_the_note_to_the_notes(store, actor, rosa) -> None:
    view = add(store, actor, rosa, notes="Ask for the refill date.")
    done = act(store, actor, "complete", view.id, note="Refill ready Friday.")
    assert (done.status, done.notes) == (S.DONE, "Ask for the refill date.\nRefill ready Friday.")
    assert done.completed_at is not None and not done.overdue
    with pytest.raises(IntegrityError):
        act(store, actor, "complete", view.id)
    with pytest.raises(ValidationError) as caught:
        act(store, actor, "complete", add(store, actor, rosa).id, note="x" * 2001)
    assert caught.value.field == "note"


def test_snoozing_needs_a_later_date_and_a_reason(store, actor, rosa) -> None:
    view = add(store, actor, rosa, due_on=d("2026-03-01"))
    for values, field in (({"until": d("2026-03-01"), "reason": "Waiting"}, "until"),
                          ({"until": d("2026-02-20"), "reason": "Waiting"}, "until"),
                          ({"until": d("2026-03-08"), "reason": " "}, "reason"),
                          ({"until": d("2026-03-08"), "reason": "x" * 501}, "reason"),
                          ({"until": "soon", "reason": "Waiting"}, "until")):
        with pytest.raises(ValidationError) as caught:
            act(store, actor, "snooze", view.id, as_of=d("2026-03-01"), **values)
        assert caught.value.field == field
    snoozed = act(store, actor, "snooze", view.id, until=d("2026-03-08"), reason="Waiting on the PCP office.",
                  as_of=d("2026-03-01"))
    assert (snoozed.status, snoozed.snoozed_until, snoozed.snooze_reason) == (
        S.SNOOZED, d("2026-03-08"), "Waiting on the PCP office.")
    assert one(store, actor, "Call the pharmacy").status == S.SNOOZED
    with pytest.raises(ValidationError):  # without as_of, "after today"
        act(store, actor, "snooze", view.id, until=TODAY, reason="Waiting")


def test_a_snooze_reads_open_once_its_day_comes(store, actor, rosa) -> None:
    view = add(store, actor, rosa, due_on=d("2026-03-01"))
    act(store, actor, "snooze", view.id, until=d("2026-03-08"), reason="Waiting", as_of=d("2026-03-01"))
    with store.session(actor) as s:
        on = {day: tasks.list_tasks(s, d(day), member_id=rosa)[0] for day in ("2026-03-07", "2026-03-08")}
    assert (on["2026-03-07"].status, on["2026-03-07"].overdue, on["2026-03-07"].snoozed_until) == (
        S.SNOOZED, False, d("2026-03-08"))
    assert (on["2026-03-08"].status, on["2026-03-08"].overdue) == (S.OPEN, True)
    assert tasks.overdue(on["2026-03-08"], d("2026-03-08"))


def test_reopen_undoes_a_completion_or_a_snooze_only(store, actor, rosa) -> None:
    view = add(store, actor, rosa)
    with pytest.raises(IntegrityError):
        act(store, actor, "reopen", view.id)  # already open
    act(store, actor, "complete", view.id)
    reopened = act(store, actor, "reopen", view.id)
    assert (reopened.status, reopened.completed_at) == (S.OPEN, None)
    act(store, actor, "snooze", view.id, until=TODAY + timedelta(days=3), reason="Waiting")
    assert act(store, actor, "reopen", view.id).status == S.OPEN
    act(store, actor, "cancel", view.id, reason="Duplicate of another task")
    with pytest.raises(IntegrityError):
        act(store, actor, "reopen", view.id)


def test_only_manual_tasks_are_cancelled_by_hand_and_with_a_reason(store, actor, rosa) -> None:
    refresh(store, actor)
    rule = one(store, actor, "follow_up_contact:2026-02-15")
    with pytest.raises(IntegrityError):
        act(store, actor, "cancel", rule.id, reason="Not needed")
    view = add(store, actor, rosa, notes="Ask about the copay.")
    with pytest.raises(ValidationError) as caught:
        act(store, actor, "cancel", view.id, reason="")
    assert caught.value.field == "reason"
    cancelled = act(store, actor, "cancel", view.id, reason="Pharmacy called first")
    assert cancelled.status == S.CANCELLED
    assert cancelled.notes == "Ask about the copay.\nCancelled: Pharmacy called first"
    for verb, values in (("complete", {}), ("snooze", {"until": TODAY + timedelta(days=2), "reason": "x"}),
                         ("cancel", {"reason": "again"})):
        with pytest.raises(IntegrityError):
            act(store, actor, verb, view.id, **values)


def test_every_task_write_is_audited_with_field_names_only(store, actor, rosa) -> None:
    with store.session(actor) as s:
        before = s.scalar(select(func.count()).select_from(AuditEvent))
    refresh(store, actor)  # five tasks made
    view = add(store, actor, rosa, title="Secret title", notes="Secret note")
    act(store, actor, "snooze", view.id, until=TODAY + timedelta(days=2), reason="Secret reason")
    act(store, actor, "complete", view.id, note="Secret completion")
    with store.session(actor) as s:
        events = list(s.scalars(select(AuditEvent).where(AuditEvent.seq > before)))
    assert {e.category for e in events} == {DataCategory.TASKS}
    assert len(events) == 8 and {e.entity_type for e in events} == {"task"}
    assert all(e.member_id == rosa for e in events)
    assert "Secret" not in repr([e.details for e in events])


# ---- lists: stored, and what the rules make of a date ---------------------------------------------------


def test_the_list_is_most_urgent_first_and_hides_closed_tasks_unless_asked(store, actor, rosa) -> None:
    refresh(store, actor)
    done = add(store, actor, rosa, title="Done already", due_on=d("2026-01-01"))
    act(store, actor, "complete", done.id)
    with store.session(actor) as s:
        shown = tasks.list_tasks(s, AS_OF)
        everything = tasks.list_tasks(s, AS_OF, include_closed=True)
    assert [v.due_on for v in shown] == sorted(v.due_on for v in shown)
    assert [v.kind for v in shown][:3] == [K.FOLLOW_UP_CONTACT, K.CARE_PLAN, K.REFERRAL_FOLLOW_UP]
    assert [(v.kind, v.overdue) for v in shown][3:] == [(K.CARE_PLAN_REVIEW, False), (K.REASSESSMENT, False)]
    assert all(v.overdue for v in shown[:3])
    assert "Done already" not in {v.title for v in shown} and everything[0].title == "Done already"


def test_the_list_adds_what_was_closed_lately_and_stops_at_a_due_date(store, actor, rosa) -> None:
    refresh(store, actor)
    for title in ("Done lately", "Done long ago"):
        act(store, actor, "complete", add(store, actor, rosa, title=title, due_on=d("2026-01-01")).id)
    long_ago = next(t for t in rows(store, actor)["Done long ago"])
    change(store, actor, Task, long_ago.id, completed_at=at(TODAY - timedelta(days=30)))
    dropped = add(store, actor, rosa, title="Dropped lately", due_on=d("2026-01-03"))
    act(store, actor, "cancel", dropped.id, reason="Not needed after all")
    with store.session(actor) as s:
        live = {v.title for v in tasks.list_tasks(s, TODAY)}
        lately = {v.title for v in tasks.list_tasks(s, TODAY, closed_since=TODAY - timedelta(days=14))}
        everything = {v.title for v in tasks.list_tasks(s, TODAY, include_closed=True)}
        due = tasks.list_tasks(s, AS_OF, due_by=d("2026-03-01"))
    assert lately - live == {"Done lately", "Dropped lately"}
    assert everything - lately == {"Done long ago"}
    assert [v.kind for v in due] == [K.FOLLOW_UP_CONTACT, K.CARE_PLAN, K.REFERRAL_FOLLOW_UP]
    assert all(v.status in LIVE for v in due)


@pytest.mark.parametrize(("as_of", "overdue"), [
    ("2027-01-20", False), ("2027-02-20", False), ("2027-03-20", False), ("2027-03-21", True)])
def test_a_reassessment_is_overdue_only_after_its_grace(store, actor, rosa, as_of, overdue) -> None:
    refresh(store, actor)
    with store.session(actor) as s:
        stored = next(v for v in tasks.list_tasks(s, d(as_of)) if v.kind == K.REASSESSMENT)
        computed = next(v for v in tasks.computed(s, d(as_of)) if v.kind == K.REASSESSMENT)
    assert (stored.grace_until, stored.overdue) == (d("2027-03-20"), overdue)
    assert (computed.grace_until, computed.overdue) == (d("2027-03-20"), overdue)


def test_computed_shows_what_the_rules_make_without_writing_anything(store, actor, rosa) -> None:
    with store.session(actor) as s:
        outbox = s.scalar(select(func.count()).select_from(OutboxEntry))
        views = tasks.computed(s, AS_OF)
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == outbox
    assert rows(store, actor) == {}
    assert {v.kind for v in views} == {K.CARE_PLAN, K.FOLLOW_UP_CONTACT, K.REASSESSMENT, K.CARE_PLAN_REVIEW,
                                        K.REFERRAL_FOLLOW_UP}
    assert {(v.id, v.status, v.origin) for v in views} == {(None, S.OPEN, TaskOrigin.RULE)}
    refresh(store, actor)
    with store.session(actor) as s:
        stored = {v.rule_key: v for v in tasks.list_tasks(s, AS_OF)}
        again = tasks.computed(s, AS_OF)
    assert {v.rule_key: (v.id, v.due_on, v.status, v.overdue) for v in again} == {
        k: (v.id, v.due_on, v.status, v.overdue) for k, v in stored.items()}


def test_computed_reads_stored_tasks_as_they_stood_on_the_day(store, actor, rosa) -> None:
    refresh(store, actor)
    follow_up = one(store, actor, "follow_up_contact:2026-02-15")
    act(store, actor, "complete", follow_up.id)  # completed today
    manual = add(store, actor, rosa, title="Made today")
    yesterday = TODAY - timedelta(days=1)
    with store.session(actor) as s:
        then = {v.rule_key or v.title: v for v in tasks.computed(s, yesterday)}
        now = {v.rule_key or v.title: v for v in tasks.computed(s, TODAY)}
    assert then["follow_up_contact:2026-02-15"].status == S.OPEN  # completed after that day
    assert now["follow_up_contact:2026-02-15"].status == S.DONE
    assert "Made today" not in then and now["Made today"].id == manual.id


def test_computed_closes_a_met_deadline_and_replays_one_met_later(store, actor) -> None:
    with store.transaction(actor) as s:
        mid = add_member(s, actor)
    refresh(store, actor, d("2026-01-12"))
    with store.transaction(actor) as s:
        assess(s, mid, d("2026-01-20"))
    with store.session(actor) as s:
        before = {v.kind: v for v in tasks.computed(s, d("2026-01-19"))}
        after = {v.kind: v for v in tasks.computed(s, d("2026-01-21"))}
    assert before[K.INITIAL_ASSESSMENT].status == S.OPEN
    assert after[K.INITIAL_ASSESSMENT].status == S.DONE  # refresh has not run: the rules' view
    assert one(store, actor, "initial_assessment:2026-01-05").status == S.OPEN


# ---- the demo caseload --------------------------------------------------------------------------------


def test_the_first_refresh_of_a_demo_caseload_makes_no_duplicates(store, actor) -> None:
    today = d("2025-06-01")
    demo.generate(store, actor, members=40, seed=3, today=today)
    assert refresh(store, actor, today) == tasks.RefreshResult(0, 0, 0)
    later = refresh(store, actor, today + timedelta(days=45))  # minimums reached meanwhile close, nothing new
    assert later.created == 0
    with store.session(actor) as s:
        rule = list(s.scalars(select(Task).where(Task.origin == TaskOrigin.RULE)))
        open_views = [v for v in tasks.computed(s, today) if v.status in (S.OPEN, S.SNOOZED)]
    keys = [(t.member_id, t.rule_key) for t in rule]
    assert len(keys) == len(set(keys)) and rule
    assert {t.kind for t in rule} <= CLOCK_KINDS
    assert all(v.id is not None for v in open_views)  # every deadline the rules see already has its task


def changes_in(steps: list[Step[Task]]) -> list[tuple[Action, str | None, str | None]]:
    return [(step.action, step.clock.key if step.clock else None, step.task.id if step.task else None)
            for step in steps if step.action != Action.KEEP]


def test_the_rules_take_the_same_steps_without_the_closed_tasks_they_cannot_change(store, actor) -> None:
    """A caseload's tasks are mostly closed ones the rules never touch again; refresh leaves them unread."""
    today = d("2025-06-01")
    demo.generate(store, actor, members=40, seed=3, today=today)
    later = today + timedelta(days=120)
    with store.session(actor) as s:
        facts = compliance.facts_for(s)
        stored: dict[str, dict[str, list[Task]]] = {}
        for task in s.scalars(select(Task).where(Task.origin == TaskOrigin.RULE, Task.kind.in_(CLOCK_KINDS))):
            stored.setdefault(task.member_id, {}).setdefault(task.rule_key, []).append(task)
        left_out, steps = 0, 0
        for mid, member_facts in facts.items():
            clocks = compliance.clocks(member_facts, rules_for(member_facts.program), later)
            to_do, mine = keys_to_do(clocks), stored.get(mid, {})
            needed = {key: [t for t in found if matters(t.status, key, to_do)] for key, found in mine.items()}
            left_out += sum(map(len, mine.values())) - sum(map(len, needed.values()))
            expected = changes_in(plan(member_facts, clocks, mine))
            assert changes_in(plan(member_facts, clocks, needed)) == expected, mid
            steps += len(expected)
    assert left_out and steps


def test_refresh_loads_only_the_task_rows_it_writes(store, actor) -> None:
    today = d("2025-06-01")
    demo.generate(store, actor, members=40, seed=3, today=today)

    def states() -> dict[str, tuple[TaskStatus, date]]:
        with store.session(actor) as s:
            return {r.id: (r.status, r.due_on) for r in s.execute(select(Task.id, Task.status, Task.due_on))}

    loaded: list[str] = []

    def on_load(row: Task, _context: Any) -> None:
        loaded.append(row.id)

    event.listen(Task, "load", on_load)
    try:
        before = states()
        for as_of in (today, today + timedelta(days=120)):
            refresh(store, actor, as_of)
            after = states()
            assert sorted(loaded) == sorted(tid for tid in before if before[tid] != after[tid])
            before = after
    finally:
        event.remove(Task, "load", on_load)
    assert loaded  # the later day closed a task
