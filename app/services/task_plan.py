"""What the rules decide about one member's stored rule tasks, given the clocks: pure, so ``refresh``
writes it and ``computed`` only reads it.

- A clock with nothing done yet needs one task with its key. None stored: one is made. A cancelled one
  (the rules cancelled it when the deadline moved, and now it stands again) is reopened. Done ones stay
  done: a task that exists for a key, in any status, is never made again.
- A clock that is done (on time or late) closes its open or snoozed task as done.
- A key no longer among the clocks means the deadline moved or the case ended. The open task is closed
  as done when the nurse did what it asked after it was made (reached the member, reviewed the plan,
  reassessed) while the member is still enrolled, and cancelled otherwise.
- Two laptops refreshing offline can each make a task for one key. After they sync, the duplicates fold:
  a done one wins, else the lowest id; the others are cancelled (every laptop picks the same one).

So a closed task (done, cancelled) matters only under a clock still to do: under a done clock, or under a
key no longer among the clocks, it is kept as it is. ``refresh`` reads only the tasks that can matter
(``matters``): every live one, and the closed ones of ``keys_to_do`` (a caseload holds tens of thousands
of closed tasks that can never change).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Generic, Protocol, TypeVar

from app.model.enums import MemberStatus, TaskKind, TaskStatus
from app.services.compliance import Clock, MemberFacts
from app.services.compliance_facts import local_day

LIVE = frozenset({TaskStatus.OPEN, TaskStatus.SNOOZED})
TITLES = {
    TaskKind.INITIAL_ASSESSMENT: "Comprehensive initial assessment",
    TaskKind.CARE_PLAN: "Write the care plan with the member",
    TaskKind.FOLLOW_UP_CONTACT: "Follow-up contact",
    TaskKind.REASSESSMENT: "Reassessment",
    TaskKind.CARE_PLAN_REVIEW: "Care plan review",
    TaskKind.REFERRAL_FOLLOW_UP: "Referral follow-up",
    TaskKind.PARTICIPATION_REVIEW: "Participation review: minimum days in the program reached",
}
TITLE_MAX = 200


class Action(StrEnum):
    CREATE = "create"
    DONE = "done"
    CANCEL = "cancel"
    REOPEN = "reopen"
    MOVE = "move"  # same key, new due date (a referral's follow-up date was changed)
    KEEP = "keep"


class PlannedTask(Protocol):
    """What the rules read of a stored rule task (a Task row, or just these columns of it)."""

    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> TaskKind: ...
    @property
    def status(self) -> TaskStatus: ...
    @property
    def due_on(self) -> date: ...
    @property
    def created_at(self) -> datetime: ...


T = TypeVar("T", bound=PlannedTask)


@dataclass(frozen=True, slots=True)
class Step(Generic[T]):
    action: Action
    clock: Clock | None  # None for a task whose key is no longer among the clocks
    task: T | None  # None for a task to make


def rule_title(clock: Clock) -> str:
    title = TITLES[clock.kind]
    return f"{title}: {clock.subject}"[:TITLE_MAX] if clock.subject else title


def keys_to_do(clocks: Iterable[Clock]) -> set[str]:
    """The keys whose closed tasks ``plan`` needs: those of clocks still to do (a done task there means
    nothing is made; a cancelled one is reopened)."""
    return {clock.key for clock in clocks if not clock.done}


def matters(status: TaskStatus, rule_key: str, to_do: set[str]) -> bool:
    """Whether ``plan`` can change a stored task, or decide anything by it: live, or under a clock to do.
    Leaving the others out of ``stored`` changes no step but their KEEPs."""
    return status in LIVE or rule_key in to_do


def plan(facts: MemberFacts, clocks: Sequence[Clock], stored: Mapping[str, Sequence[T]]) -> list[Step[T]]:
    """The steps that bring ``stored`` (rule tasks by rule_key: any status, or at least those that
    ``matter``) in line with ``clocks``."""
    left = dict(stored)
    steps: list[Step[T]] = []
    for clock in clocks:
        steps += _for_clock(clock, left.pop(clock.key, ()))
    for tasks in left.values():
        steps += [_gone(facts, task) for task in tasks]
    return steps


def _for_clock(clock: Clock, tasks: Sequence[T]) -> list[Step[T]]:
    if clock.done:
        return [Step(Action.DONE if t.status in LIVE else Action.KEEP, clock, t) for t in tasks]
    if not tasks:
        return [Step(Action.CREATE, clock, None)]
    keeper = _keeper(tasks)
    return [_keep(clock, t) if t is keeper else
            Step(Action.CANCEL if t.status in LIVE else Action.KEEP, clock, t) for t in tasks]


def _keeper(tasks: Iterable[T]) -> T:
    rank = {TaskStatus.DONE: 0, TaskStatus.OPEN: 1, TaskStatus.SNOOZED: 1, TaskStatus.CANCELLED: 2}
    return min(tasks, key=lambda t: (rank[t.status], t.id))


def _keep(clock: Clock, task: T) -> Step[T]:
    if task.status == TaskStatus.CANCELLED:
        return Step(Action.REOPEN, clock, task)
    if task.status in LIVE and task.due_on != clock.due_on:
        return Step(Action.MOVE, clock, task)
    return Step(Action.KEEP, clock, task)


def _gone(facts: MemberFacts, task: T) -> Step[T]:
    if task.status not in LIVE:
        return Step(Action.KEEP, None, task)
    return Step(Action.DONE if _done_since_made(facts, task) else Action.CANCEL, None, task)


def _done_since_made(facts: MemberFacts, task: PlannedTask) -> bool:
    if facts.status != MemberStatus.ENROLLED:
        return False
    deed: date | None = {
        TaskKind.FOLLOW_UP_CONTACT: facts.last_contact_on,
        TaskKind.CARE_PLAN_REVIEW: facts.plan_last_reviewed_on,
        TaskKind.REASSESSMENT: facts.last_assessment_on,
    }.get(task.kind)
    return deed is not None and deed >= local_day(task.created_at)
