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
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.model.enums import MemberStatus, TaskKind, TaskStatus
from app.model.task import Task
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


@dataclass(frozen=True, slots=True)
class Step:
    action: Action
    clock: Clock | None  # None for a task whose key is no longer among the clocks
    task: Task | None  # None for a task to make


def rule_title(clock: Clock) -> str:
    title = TITLES[clock.kind]
    return f"{title}: {clock.subject}"[:TITLE_MAX] if clock.subject else title


def plan(facts: MemberFacts, clocks: Sequence[Clock], stored: Mapping[str, Sequence[Task]]) -> list[Step]:
    """The steps that bring ``stored`` (rule tasks by rule_key, any status) in line with ``clocks``."""
    left = dict(stored)
    steps: list[Step] = []
    for clock in clocks:
        steps += _for_clock(clock, left.pop(clock.key, ()))
    for tasks in left.values():
        steps += [_gone(facts, task) for task in tasks]
    return steps


def _for_clock(clock: Clock, tasks: Sequence[Task]) -> list[Step]:
    if clock.done:
        return [Step(Action.DONE if t.status in LIVE else Action.KEEP, clock, t) for t in tasks]
    if not tasks:
        return [Step(Action.CREATE, clock, None)]
    keeper = _keeper(tasks)
    return [_keep(clock, t) if t is keeper else
            Step(Action.CANCEL if t.status in LIVE else Action.KEEP, clock, t) for t in tasks]


def _keeper(tasks: Iterable[Task]) -> Task:
    rank = {TaskStatus.DONE: 0, TaskStatus.OPEN: 1, TaskStatus.SNOOZED: 1, TaskStatus.CANCELLED: 2}
    return min(tasks, key=lambda t: (rank[t.status], t.id))


def _keep(clock: Clock, task: Task) -> Step:
    if task.status == TaskStatus.CANCELLED:
        return Step(Action.REOPEN, clock, task)
    if task.status in LIVE and task.due_on != clock.due_on:
        return Step(Action.MOVE, clock, task)
    return Step(Action.KEEP, clock, task)


def _gone(facts: MemberFacts, task: Task) -> Step:
    if task.status not in LIVE:
        return Step(Action.KEEP, None, task)
    return Step(Action.DONE if _done_since_made(facts, task) else Action.CANCEL, None, task)


def _done_since_made(facts: MemberFacts, task: Task) -> bool:
    if facts.status != MemberStatus.ENROLLED:
        return False
    deed: date | None = {
        TaskKind.FOLLOW_UP_CONTACT: facts.last_contact_on,
        TaskKind.CARE_PLAN_REVIEW: facts.plan_last_reviewed_on,
        TaskKind.REASSESSMENT: facts.last_assessment_on,
    }.get(task.kind)
    return deed is not None and deed >= local_day(task.created_at)
