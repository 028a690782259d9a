"""Follow-up tasks: those program rules make (from compliance clocks) and those a nurse adds by hand.

Rule-made tasks carry the clock's key as ``rule_key``, so refreshing twice, or on two laptops, never makes
a second one; when a deadline moves (the plan's review date changes, the member is reached, enrollment
ends) the open task for the old deadline is cancelled and one for the new deadline is made
(app.services.task_plan says exactly what the rules decide; app.services.task_rows reads only the stored
tasks that matter, as columns). Writes are audited (DataCategory.TASKS), with field names only.

Rule tasks get random ids like every row, not ids derived from the member and key: the server merges a
second insert of a known id field by field, so two laptops making "the same" task would leave a conflict on
created_at (and on status, if one had completed it) for the nurse. Duplicates fold on the next refresh
instead.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.actor import Actor
from app.dates import add_months
from app.errors import IntegrityError, NotFound, ValidationError
from app.model.enums import AuditAction, DataCategory, TaskKind, TaskOrigin, TaskStatus
from app.model.member import Member
from app.model.task import Task
from app.programs import rules_for
from app.services import compliance, task_rows
from app.services.compliance import CLOCK_KINDS, Clock, MemberFacts
from app.services.compliance_facts import local_day
from app.services.fields import Field, clean, day, text
from app.services.records import live_member
from app.services.task_plan import LIVE, Action, Step, plan, rule_title
from app.services.task_rows import ByKey, Listed, RuleTask
from app.store import audit
from app.store.base import new_id, utcnow

MANUAL_SPEC = {
    "title": Field(text(200), required=True),
    "due_on": Field(day(earliest=date(2000, 1, 1)), required=True),
    "notes": Field(text(4000)),
}
NOTE_MAX = 2000
REASON_MAX = 500


@dataclass(frozen=True, slots=True)
class TaskView:
    id: str | None  # None for a task the rules compute that is not stored yet (``computed``)
    member_id: str
    member_name: str  # "First Last"
    plan_member_id: str
    kind: TaskKind
    title: str  # a manual task's text; for rule tasks an English title the UI may replace by kind
    due_on: date
    status: TaskStatus  # as it stood on the as-of date; a snooze that has ended reads as open
    origin: TaskOrigin
    rule_key: str
    snoozed_until: date | None
    snooze_reason: str
    notes: str
    completed_at: datetime | None
    overdue: bool  # open and due before the as-of date (for reassessment: past its grace)
    grace_until: date | None


@dataclass(frozen=True, slots=True)
class RefreshResult:
    created: int
    completed: int  # rule tasks whose clock was met meanwhile (closed as done)
    cancelled: int  # rule tasks whose deadline no longer stands
    reopened: int = 0  # rule tasks the rules had cancelled whose deadline stands again


@dataclass(frozen=True, slots=True)
class _Who:
    name: str
    plan_member_id: str
    nurse: str
    grace_months: int


def refresh(session: Session, actor: Actor, as_of: date, member_id: str | None = None) -> RefreshResult:
    """Bring stored rule tasks in line with the clocks on ``as_of`` (one member, or all). Only the tasks
    the rules can act on are read (task_plan.matters), and only those that change are loaded as rows."""
    facts = compliance.facts_for(session, _ids(session, member_id))
    clocks = {mid: _clocks(member_facts, as_of) for mid, member_facts in facts.items()}
    stored = task_rows.actionable(session, clocks)
    steps = [(mid, step) for mid, member_facts in facts.items()
             for step in plan(member_facts, clocks[mid], stored.get(mid, {})) if step.action != Action.KEEP]
    rows = task_rows.rows_to_write(session, [step.task.id for _mid, step in steps if step.task is not None])
    nurses = task_rows.nurses(session, sorted({mid for mid, step in steps if step.action == Action.CREATE}))
    counts: dict[Action, int] = defaultdict(int)
    for mid, step in steps:
        _apply(session, actor, mid, nurses.get(mid, ""), step, rows)
        counts[step.action] += 1
    session.flush()
    return RefreshResult(created=counts[Action.CREATE], completed=counts[Action.DONE],
                         cancelled=counts[Action.CANCEL], reopened=counts[Action.REOPEN])


def list_tasks(
    session: Session, as_of: date, *, member_id: str | None = None, include_closed: bool = False,
    closed_since: date | None = None, due_by: date | None = None,
) -> tuple[TaskView, ...]:
    """Stored tasks, most urgent first (due date, then member): open and snoozed ones; with
    ``closed_since``, also those done or cancelled on or after that day; with ``include_closed``, all.
    ``due_by``: only those due on or before that day."""
    ids = _ids(session, member_id)
    people = _people(session, ids)
    rows = task_rows.listed(session, ids, include_closed=include_closed, closed_since=closed_since,
                            due_by=due_by)
    return _sorted(_view(r, people[r.member_id], as_of) for r in rows if r.member_id in people)


def computed(session: Session, as_of: date, *, member_id: str | None = None) -> tuple[TaskView, ...]:
    """What the rules make of the record on ``as_of``, with the status stored tasks give them, plus manual
    tasks; nothing is written (``carefield-cli tasks --as-of``). Every status is returned: closed ones
    (done, cancelled) too, as they stood on ``as_of``."""
    ids = _ids(session, member_id)
    facts = compliance.facts_for(session, ids)
    people = _people(session, ids)
    rows = _stored(session, ids)
    stored = _rule_tasks(rows)
    views: list[TaskView | None] = []
    for mid, member_facts in facts.items():
        steps = plan(member_facts, _clocks(member_facts, as_of), stored.get(mid, {}))
        views += [_planned(step, people[mid], as_of) for step in steps]
    views += [_view(t, people[t.member_id], as_of) for t in rows
              if not _made_by_rules(t) and t.member_id in people and local_day(t.created_at) <= as_of]
    return _sorted(v for v in views if v is not None)


def add_manual(
    session: Session, actor: Actor, member_id: str, *, title: str, due_on: date, notes: str = "",
) -> TaskView:
    values = clean(MANUAL_SPEC, {"title": title, "due_on": due_on, "notes": notes})
    member = live_member(session, member_id)
    row = Task(id=new_id(), member_id=member_id, kind=TaskKind.MANUAL, origin=TaskOrigin.MANUAL,
               status=TaskStatus.OPEN, assigned_to=member.assigned_nurse or actor.user, **values)
    session.add(row)
    session.flush()
    _audit(session, actor, AuditAction.CREATE, row, sorted(values))
    return _current_view(session, row)


def complete(session: Session, actor: Actor, task_id: str, *, note: str = "") -> TaskView:
    row = _live_task(session, task_id, "completed")
    note = _text(note, "note", NOTE_MAX)
    row.status, row.completed_at, row.snoozed_until = TaskStatus.DONE, utcnow(), None
    changed = ["completed_at", "snoozed_until", "status"]
    if note:
        row.notes = f"{row.notes}\n{note}" if row.notes else note
        changed.append("notes")
    session.flush()
    _audit(session, actor, AuditAction.UPDATE, row, sorted(changed))
    return _current_view(session, row)


def snooze(
    session: Session, actor: Actor, task_id: str, *, until: date, reason: str, as_of: date | None = None,
) -> TaskView:
    """Put a task off until a later date; the reason is required and kept. ``as_of`` (default today) is
    the day ``until`` must come after."""
    row = _live_task(session, task_id, "snoozed")
    until = clean({"until": Field(day(), required=True)}, {"until": until})["until"]
    if until <= (as_of or date.today()):
        raise ValidationError("until", "must be a date after today")
    reason = _text(reason, "reason", REASON_MAX)
    if not reason:
        raise ValidationError("reason", "is required to snooze a task")
    row.status, row.snoozed_until, row.snooze_reason = TaskStatus.SNOOZED, until, reason
    session.flush()
    _audit(session, actor, AuditAction.UPDATE, row, ["snooze_reason", "snoozed_until", "status"])
    return _current_view(session, row, as_of)


def reopen(session: Session, actor: Actor, task_id: str) -> TaskView:
    """Undo a completion or a snooze."""
    row = _task(session, task_id)
    if row.status not in (TaskStatus.DONE, TaskStatus.SNOOZED):
        raise IntegrityError(f"only a done or snoozed task can be reopened (this one is {row.status})",
                             reason=f"task_{row.status}")
    row.status, row.completed_at, row.snoozed_until = TaskStatus.OPEN, None, None
    session.flush()
    _audit(session, actor, AuditAction.UPDATE, row, ["completed_at", "snoozed_until", "status"])
    return _current_view(session, row)


def cancel(session: Session, actor: Actor, task_id: str, *, reason: str) -> TaskView:
    """Cancel a manual task (rule tasks are cancelled by the rules). The reason is added to the notes."""
    row = _live_task(session, task_id, "cancelled")
    if row.origin != TaskOrigin.MANUAL:
        raise IntegrityError("a task the program rules made is cancelled by the rules: complete or snooze it",
                             reason="task_rule_made")
    reason = _text(reason, "reason", REASON_MAX)
    if not reason:
        raise ValidationError("reason", "is required to cancel a task")
    row.status, row.snoozed_until = TaskStatus.CANCELLED, None
    row.notes = f"{row.notes}\nCancelled: {reason}" if row.notes else f"Cancelled: {reason}"
    session.flush()
    _audit(session, actor, AuditAction.UPDATE, row, ["notes", "snoozed_until", "status"])
    return _current_view(session, row)


def overdue(view: TaskView, as_of: date) -> bool:
    """Open on ``as_of`` and past its due date (a reassessment: past its grace)."""
    return _overdue(view.status, view.due_on, view.grace_until, as_of)


# ---- writing what the rules decided ----------------------------------------------------------------


def _apply(session: Session, actor: Actor, member_id: str, nurse: str, step: Step[RuleTask],
           rows: Mapping[str, Task]) -> None:
    if step.action == Action.CREATE:
        assert step.clock is not None
        _create(session, actor, member_id, nurse, step.clock)
        return
    assert step.task is not None
    row = rows[step.task.id]
    if step.action == Action.DONE:
        row.status, row.completed_at, row.snoozed_until = TaskStatus.DONE, utcnow(), None
        changed = ["completed_at", "snoozed_until", "status"]
    elif step.action == Action.CANCEL:
        row.status, row.snoozed_until = TaskStatus.CANCELLED, None
        changed = ["snoozed_until", "status"]
    else:  # REOPEN, MOVE: the deadline stands (again), perhaps on another day
        assert step.clock is not None
        changed = ["due_on"] if row.due_on != step.clock.due_on else []
        row.due_on = step.clock.due_on
        if step.action == Action.REOPEN:
            row.status, row.completed_at = TaskStatus.OPEN, None
            changed += ["completed_at", "status"]
    _audit(session, actor, AuditAction.UPDATE, row, sorted(changed), by_rules=True)


def _create(session: Session, actor: Actor, member_id: str, nurse: str, clock: Clock) -> None:
    row = Task(id=new_id(), member_id=member_id, kind=clock.kind, title=rule_title(clock),
               due_on=clock.due_on, status=TaskStatus.OPEN, origin=TaskOrigin.RULE, rule_key=clock.key,
               assigned_to=nurse)
    session.add(row)
    _audit(session, actor, AuditAction.CREATE, row,
           ["assigned_to", "due_on", "kind", "origin", "rule_key", "status", "title"], by_rules=True)


def _audit(session: Session, actor: Actor, action: AuditAction, row: Task, fields: list[str], *,
           by_rules: bool = False) -> None:
    details: dict[str, object] = {"fields": fields}
    if by_rules:
        details["by"] = "rules"
    audit.record(session, actor, action, DataCategory.TASKS, entity_type="task", entity_id=row.id,
                 member_id=row.member_id, details=details)


# ---- reading ---------------------------------------------------------------------------------------


def _clocks(facts: MemberFacts, as_of: date) -> tuple[Clock, ...]:
    return compliance.clocks(facts, rules_for(facts.program), as_of)


def _ids(session: Session, member_id: str | None) -> list[str] | None:
    if member_id is None:
        return None
    live_member(session, member_id)
    return [member_id]


def _stored(session: Session, ids: list[str] | None) -> list[Task]:
    query = select(Task).where(Task.deleted.is_(False))
    if ids is not None:
        query = query.where(Task.member_id.in_(ids))
    return list(session.scalars(query))


def _made_by_rules(task: Task) -> bool:
    """Tasks the compliance rules own; rule tasks of other kinds (outreach, visits) are left alone."""
    return task.origin == TaskOrigin.RULE and task.kind in CLOCK_KINDS


def _rule_tasks(rows: Iterable[Task]) -> ByKey[Task]:
    return task_rows.by_key(task for task in rows if _made_by_rules(task))


def _people(session: Session, ids: list[str] | None) -> dict[str, _Who]:
    query = select(Member.id, Member.first_name, Member.last_name, Member.plan_member_id,
                   Member.assigned_nurse, Member.program).where(Member.deleted.is_(False))
    if ids is not None:
        query = query.where(Member.id.in_(ids))
    return {r.id: _Who(f"{r.first_name} {r.last_name}", r.plan_member_id, r.assigned_nurse,
                       rules_for(r.program).reassessment_grace_months) for r in session.execute(query)}


def _task(session: Session, task_id: str) -> Task:
    row = session.get(Task, task_id)
    if row is None or row.deleted:
        raise NotFound("task", task_id)
    return row


def _live_task(session: Session, task_id: str, verb: str) -> Task:
    row = _task(session, task_id)
    if row.status not in LIVE:
        raise IntegrityError(f"a {row.status} task cannot be {verb}", reason=f"task_{row.status}")
    return row


def _text(value: str, field: str, limit: int) -> str:
    return clean({field: Field(text(limit))}, {field: value})[field]


def _current_view(session: Session, row: Task, as_of: date | None = None) -> TaskView:
    return _view(row, _people(session, [row.member_id])[row.member_id], as_of or date.today())


def _status_on(task: Listed, as_of: date) -> TaskStatus:
    """The status as it stood on ``as_of``: a completion or cancellation after it had not happened yet,
    and a snooze that has ended reads as open."""
    if task.status == TaskStatus.DONE and task.completed_at and local_day(task.completed_at) > as_of:
        return TaskStatus.OPEN
    if task.status == TaskStatus.CANCELLED and local_day(task.updated_at) > as_of:
        return TaskStatus.OPEN
    if task.status == TaskStatus.SNOOZED and (task.snoozed_until is None or task.snoozed_until <= as_of):
        return TaskStatus.OPEN
    return task.status


def _overdue(status: TaskStatus, due_on: date, grace_until: date | None, as_of: date) -> bool:
    return status == TaskStatus.OPEN and as_of > (grace_until or due_on)


def _view(task: Listed, who: _Who, as_of: date, *, status: TaskStatus | None = None,
          due_on: date | None = None, grace_until: date | None = None) -> TaskView:
    status = status or _status_on(task, as_of)
    due_on = due_on or task.due_on
    if grace_until is None and task.kind == TaskKind.REASSESSMENT:
        grace_until = add_months(due_on, who.grace_months)
    return TaskView(
        id=task.id, member_id=task.member_id, member_name=who.name, plan_member_id=who.plan_member_id,
        kind=task.kind, title=task.title, due_on=due_on, status=status, origin=task.origin,
        rule_key=task.rule_key, snoozed_until=task.snoozed_until if status == TaskStatus.SNOOZED else None,
        snooze_reason=task.snooze_reason, notes=task.notes,
        completed_at=task.completed_at if status == TaskStatus.DONE else None,
        overdue=_overdue(status, due_on, grace_until, as_of), grace_until=grace_until,
    )


def _planned(step: Step, who: _Who, as_of: date) -> TaskView | None:
    """A step of the rules' plan as the task would read on ``as_of`` once refresh had written it."""
    clock, task = step.clock, step.task
    if task is None:
        assert clock is not None
        return _new_view(clock, who, as_of)
    if clock is None and local_day(task.created_at) > as_of:
        return None  # made later for a deadline that no longer stands: not there on as_of
    grace = clock.grace_until if clock else None
    due = clock.due_on if clock and step.action in (Action.MOVE, Action.REOPEN) else None
    status = {Action.DONE: TaskStatus.DONE, Action.CANCEL: TaskStatus.CANCELLED,
              Action.REOPEN: TaskStatus.OPEN}.get(step.action)
    if clock is not None and clock.done and task.status == TaskStatus.DONE:
        status = TaskStatus.DONE  # met by as_of, whenever the task was closed
    return _view(task, who, as_of, status=status, due_on=due, grace_until=grace)


def _new_view(clock: Clock, who: _Who, as_of: date) -> TaskView:
    return TaskView(
        id=None, member_id=clock.member_id, member_name=who.name, plan_member_id=who.plan_member_id,
        kind=clock.kind, title=rule_title(clock), due_on=clock.due_on, status=TaskStatus.OPEN,
        origin=TaskOrigin.RULE, rule_key=clock.key, snoozed_until=None, snooze_reason="", notes="",
        completed_at=None, overdue=_overdue(TaskStatus.OPEN, clock.due_on, clock.grace_until, as_of),
        grace_until=clock.grace_until,
    )


def _sorted(views: Iterable[TaskView]) -> tuple[TaskView, ...]:
    return tuple(sorted(views, key=lambda v: (v.due_on, v.member_name.casefold(), v.plan_member_id,
                                              v.kind.value, v.rule_key, v.title, v.id or "")))


__all__: Sequence[str] = [
    "RefreshResult", "TaskView", "add_manual", "cancel", "complete", "computed", "list_tasks", "overdue",
    "refresh", "reopen", "snooze",
]
