"""What ``tasks`` reads of stored tasks, as plain columns rather than rows, and only what it needs: a
caseload of 5,000 members holds ~40,000 tasks, most of them closed long ago, and loading each as a row
took seconds at every unlock.

- ``actionable``: the rule tasks a refresh can act on (task_plan.matters): every live one, and the closed
  ones under a clock still to do. Rows are loaded (``rows_to_write``) only for the tasks that change.
- ``listed``: the tasks a list shows: live ones, those closed since a day, those due by a day, or all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, NamedTuple, Protocol, TypeVar

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from app.model.enums import TaskKind, TaskOrigin, TaskStatus
from app.model.member import Member
from app.model.task import Task
from app.services.compliance import CLOCK_KINDS, Clock
from app.services.compliance_facts import in_chunks, local_day
from app.services.task_plan import LIVE, keys_to_do, matters

MEMBER_CHUNK = 500  # members per query: their ids and rule keys stay well under SQLite's parameter limit


class RuleTask(NamedTuple):
    """The columns of a stored rule task that ``plan`` reads (task_plan.PlannedTask)."""

    id: str
    member_id: str
    kind: TaskKind
    rule_key: str
    status: TaskStatus
    due_on: date
    created_at: datetime


class Listed(Protocol):
    """What a TaskView is made from: a Task row, or a row of ``listed``."""

    id: str
    member_id: str
    kind: TaskKind
    title: str
    due_on: date
    status: TaskStatus
    origin: TaskOrigin
    rule_key: str
    snoozed_until: date | None
    snooze_reason: str
    notes: str
    completed_at: datetime | None
    updated_at: datetime


class Keyed(Protocol):
    member_id: str
    rule_key: str


K = TypeVar("K", bound=Keyed)
ByKey = dict[str, dict[str, list[K]]]  # tasks by member, then by rule key
_RULE_COLUMNS = (Task.id, Task.member_id, Task.kind, Task.rule_key, Task.status, Task.due_on, Task.created_at)
_LISTED_COLUMNS = (Task.id, Task.member_id, Task.kind, Task.title, Task.due_on, Task.status, Task.origin,
                   Task.rule_key, Task.snoozed_until, Task.snooze_reason, Task.notes, Task.completed_at,
                   Task.updated_at)


def actionable(session: Session, clocks: Mapping[str, Sequence[Clock]]) -> ByKey[RuleTask]:
    """The members' rule tasks ``plan`` can act on, given each member's clocks."""
    to_do = {mid: keys_to_do(member_clocks) for mid, member_clocks in clocks.items()}
    query = select(*_RULE_COLUMNS).where(
        Task.deleted.is_(False), Task.origin == TaskOrigin.RULE, Task.kind.in_(sorted(CLOCK_KINDS)))
    found: list[RuleTask] = []
    mids = list(clocks)
    for start in range(0, len(mids), MEMBER_CHUNK):
        chunk = mids[start:start + MEMBER_CHUNK]
        keys = sorted(set().union(*(to_do[mid] for mid in chunk)))
        wanted = or_(Task.status.in_(LIVE), Task.rule_key.in_(keys)) if keys else Task.status.in_(LIVE)
        found += [RuleTask(*r) for r in session.execute(query.where(Task.member_id.in_(chunk), wanted))
                  if matters(r.status, r.rule_key, to_do[r.member_id])]
    return by_key(found)


def rows_to_write(session: Session, task_ids: Sequence[str]) -> dict[str, Task]:
    """The rows of the tasks a refresh changes."""
    return {r[0].id: r[0] for r in in_chunks(session, select(Task), Task.id, task_ids)}


def nurses(session: Session, member_ids: Sequence[str]) -> dict[str, str]:
    """Each member's assigned nurse (a rule task made for the member is hers)."""
    query = select(Member.id, Member.assigned_nurse)
    return {r.id: r.assigned_nurse for r in in_chunks(session, query, Member.id, member_ids)}


def by_key(rows: Iterable[K]) -> ByKey[K]:
    grouped: ByKey[K] = defaultdict(lambda: defaultdict(list))
    for task in rows:
        grouped[task.member_id][task.rule_key].append(task)
    return grouped


def listed(session: Session, member_ids: Sequence[str] | None, *, include_closed: bool = False,
           closed_since: date | None = None, due_by: date | None = None) -> list[Any]:
    """The live tasks of the members (every member when None); with ``closed_since``, also those done or
    cancelled on or after that day; with ``include_closed``, every one. ``due_by``: only those due on or
    before that day."""
    query = select(*_LISTED_COLUMNS).where(Task.deleted.is_(False))
    if member_ids is not None:
        query = query.where(Task.member_id.in_(member_ids))
    if not include_closed:
        query = query.where(_live_or_closed_since(closed_since))
    if due_by is not None:
        query = query.where(Task.due_on <= due_by)
    rows = session.execute(query)
    return list(rows) if include_closed else [r for r in rows if _live_or_closed_on_or_after(r, closed_since)]


def _live_or_closed_since(since: date | None) -> ColumnElement[bool]:
    """The query's rough cut: live, or closed about ``since`` or later (from a day early in UTC, whatever
    the time zone); ``_live_or_closed_on_or_after`` then decides by the local day."""
    live = Task.status.in_(LIVE)
    if since is None:
        return live
    bound = datetime.combine(since - timedelta(days=1), time(), tzinfo=UTC)
    done_at = func.coalesce(Task.completed_at, Task.updated_at)
    return or_(live, and_(Task.status == TaskStatus.DONE, done_at >= bound),
               and_(Task.status == TaskStatus.CANCELLED, Task.updated_at >= bound))


def _live_or_closed_on_or_after(task: Listed, since: date | None) -> bool:
    """Live, or closed on ``since`` or later in the local day: done on its completion, cancelled on its
    last change."""
    if task.status in LIVE:
        return True
    if since is None:
        return False
    moment = task.completed_at if task.status == TaskStatus.DONE and task.completed_at else task.updated_at
    return local_day(moment) >= since
