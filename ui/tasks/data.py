"""Loading tasks: bring the rule-made tasks in line with the clocks, then read them, in one write op.

``TaskFeed`` keeps a view current. A refresh that made, closed or cancelled tasks announces a "task"
change, so other views reload; the view that announced it does not reload for its own announcement,
and a second refresh finds nothing to do, so refreshing never loops.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid
from sqlalchemy.orm import Session

from app.actor import Actor
from app.model.enums import TaskStatus
from app.services import compliance, members, tasks
from app.services.compliance import Clock
from app.services.tasks import RefreshResult, TaskView
from ui.context import AppContext, Changes
from ui.messages import show_error
from ui.ops import DbOp
from ui.tasks.cells import RECENT_DONE_DAYS, TaskRow, is_active
from ui.widgets.dates import local_day

log = logging.getLogger(__name__)
# What can move a deadline or meet a clock; "everything" (unlock, sync) always counts.
RELOAD_KINDS = ("task", "care_plan", "encounter", "assessment", "member", "referral")


@dataclass(frozen=True, slots=True)
class TaskLoad:
    today: date
    rows: tuple[TaskRow, ...]
    clocks: tuple[Clock, ...] = ()
    changed: bool = False  # the refresh made, closed or cancelled rule tasks


def changed(result: RefreshResult) -> bool:
    return bool(result.created or result.completed or result.cancelled or result.reopened)


def worth_listing(task: TaskView, today: date) -> bool:
    """Still to do, or done in the last two weeks (a mistaken completion can still be reopened)."""
    if is_active(task):
        return True
    done = task.status == TaskStatus.DONE and task.completed_at is not None
    return done and local_day(task.completed_at) >= today - timedelta(days=RECENT_DONE_DAYS)  # type: ignore[arg-type]


def caseload_tasks(session: Session, actor: Actor, today: date) -> TaskLoad:
    """Every member's tasks, each with the member's caseload row (risk, phone, language)."""
    refreshed = tasks.refresh(session, actor, today)
    rows_by_member = {row.id: row for row in members.caseload(session)}
    listed = tasks.list_tasks(session, today, include_closed=True)
    rows = tuple(TaskRow(t, rows_by_member.get(t.member_id)) for t in listed if worth_listing(t, today))
    return TaskLoad(today, rows, changed=changed(refreshed))


def member_tasks(session: Session, actor: Actor, member_id: str, today: date) -> TaskLoad:
    """One member's tasks and compliance clocks (the chart's Tasks tab)."""
    refreshed = tasks.refresh(session, actor, today, member_id=member_id)
    listed = tasks.list_tasks(session, today, member_id=member_id, include_closed=True)
    rows = tuple(TaskRow(t) for t in listed if worth_listing(t, today))
    clocks = compliance.member_clocks(session, member_id, today)
    return TaskLoad(today, rows, clocks, changed(refreshed))


class TaskFeed(QObject):
    """Loads with ``work(session, actor, today)`` on demand and whenever a relevant change happens;
    ``did_load`` carries the ``TaskLoad``. Results of a superseded load are dropped."""

    did_load = Signal(object)  # TaskLoad

    def __init__(self, ctx: AppContext, parent: QWidget, work: Callable[[Session, Actor, date], TaskLoad],
                 *, member_id: str | None = None, label: str = "", quiet: bool = False) -> None:
        super().__init__(parent)
        self.ctx, self.view, self.work = ctx, parent, work
        self.member_id, self.label, self.quiet = member_id, label, quiet
        self.today: date | None = None  # None: the laptop's date at each load (tests fix one)
        self.pending: DbOp[TaskLoad] | None = None
        self.live = True  # reloads on changes; the chart's tab waits for the chart's audited opening
        self._announced: Changes | None = None
        ctx.changes_did_happen.connect(self._changes_did_happen)

    def as_of(self) -> date:
        return self.today or date.today()

    def load(self, *, announce: bool = True) -> None:
        """``announce``: tell other views when the refresh changed tasks. A load caused by another view's
        announcement does not announce in turn, so even rules that kept changing their minds could not
        make two views reload each other for ever."""
        if not self.ctx.is_unlocked:
            return
        self.cancel()
        work, today = self.work, self.as_of()
        op: DbOp[TaskLoad] = DbOp(self.ctx, None, lambda s, a: work(s, a, today), label=self.label)
        self.pending = op
        op.success(lambda load: self._loaded(load, announce)).failure(self._failed).run_in_background()

    def cancel(self) -> None:
        if self.pending is not None:
            self.pending.cancel()
            self.pending = None

    def _loaded(self, load: TaskLoad, announce: bool) -> None:
        if not isValid(self) or not isValid(self.view):
            return  # the view was closed while this load was on its way
        self.pending = None
        self.did_load.emit(load)
        if load.changed and announce:
            self._announced = Changes.of("task", member_id=self.member_id)
            self.ctx.changes_did_happen.emit(self._announced)

    def _failed(self, exc: BaseException) -> None:
        log.warning("tasks not loaded: %s", type(exc).__name__)
        if isValid(self) and isValid(self.view):
            self.pending = None
            if not self.quiet:
                show_error(self.view, exc)

    def relevant(self, changes: Changes) -> bool:
        if changes is self._announced:
            return False
        return any(changes.touches(kind, self.member_id) for kind in RELOAD_KINDS)

    def _changes_did_happen(self, changes: Changes) -> None:
        if self.live and self.relevant(changes) and self.ctx.is_unlocked:
            self.load(announce=changes.everything or changes.kinds != {"task"})
