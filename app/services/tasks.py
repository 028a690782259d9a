"""Follow-up tasks: those program rules make (from compliance clocks) and those a nurse adds by hand.

CONTRACT (issue 7) — bodies are being written. Rule-made tasks carry the clock's key as ``rule_key``, so
refreshing twice, or on two laptops, never makes a second one; when a deadline moves (the plan's review
date changes, the member is reached, enrollment ends) the open task for the old deadline is cancelled and
one for the new deadline is made. Writes are audited (DataCategory.TASKS).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from app.actor import Actor
from app.model.enums import TaskKind, TaskOrigin, TaskStatus


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


def refresh(session: Session, actor: Actor, as_of: date, member_id: str | None = None) -> RefreshResult:
    """Bring stored rule tasks in line with the clocks on ``as_of`` (one member, or all)."""
    raise NotImplementedError


def list_tasks(
    session: Session, as_of: date, *, member_id: str | None = None, include_closed: bool = False,
) -> tuple[TaskView, ...]:
    """Stored tasks, most urgent first (due date, then member). Open and snoozed unless include_closed."""
    raise NotImplementedError


def computed(session: Session, as_of: date, *, member_id: str | None = None) -> tuple[TaskView, ...]:
    """What the rules make of the record on ``as_of``, with the status stored tasks give them, plus manual
    tasks; nothing is written (``carefield-cli tasks --as-of``)."""
    raise NotImplementedError


def add_manual(
    session: Session, actor: Actor, member_id: str, *, title: str, due_on: date, notes: str = "",
) -> TaskView:
    raise NotImplementedError


def complete(session: Session, actor: Actor, task_id: str, *, note: str = "") -> TaskView:
    raise NotImplementedError


def snooze(session: Session, actor: Actor, task_id: str, *, until: date, reason: str) -> TaskView:
    """Put a task off until a later date; the reason is required and kept."""
    raise NotImplementedError


def reopen(session: Session, actor: Actor, task_id: str) -> TaskView:
    """Undo a completion or a snooze."""
    raise NotImplementedError


def cancel(session: Session, actor: Actor, task_id: str, *, reason: str) -> TaskView:
    """Cancel a manual task (rule tasks are cancelled by the rules)."""
    raise NotImplementedError
