"""Loading tasks: bring the rule-made tasks in line with the clocks, then read them, in one write op.

``TaskFeed`` keeps a view current. A refresh that made, closed or cancelled tasks announces a "task"
change, so other views reload; the view that announced it does not reload for its own announcement,
and a second refresh finds nothing to do, so refreshing never loops.

A caseload-wide list (Today, the Tasks page) follows changes only while it is on screen (a change while it
is hidden waits until it is shown again) and refreshes only the members whose record changed since the
last refresh (ui.tasks.freshness): on 5,000 members the pages out of sight cost nothing at unlock or after
each note, and a note signed in a chart costs that member's refresh, not the caseload's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid
from sqlalchemy.orm import Session

from app.actor import Actor
from app.errors import NotFound
from app.model.enums import TaskStatus
from app.services import compliance, members, tasks
from app.services.compliance import Clock
from app.services.tasks import RefreshResult, TaskView
from ui.context import AppContext, Changes
from ui.messages import show_error
from ui.ops import DbOp
from ui.tasks.cells import RECENT_DONE_DAYS, UPCOMING_DAYS, TaskRow, is_active
from ui.tasks.freshness import DEADLINE_KINDS, RefreshLedger, Scope
from ui.widgets.dates import local_day

log = logging.getLogger(__name__)
# What a list shows (tasks) and what can move a deadline or meet a clock; "everything" (unlock, sync) too.
RELOAD_KINDS = ("task", *DEADLINE_KINDS)


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
    return done and local_day(task.completed_at) >= recent(today)  # type: ignore[arg-type]


def recent(today: date) -> date:
    """The first day whose completions are still listed."""
    return today - timedelta(days=RECENT_DONE_DAYS)


def caseload_tasks(session: Session, actor: Actor, today: date, scope: Scope = None) -> TaskLoad:
    """Every member's tasks, each with the member's caseload row (risk, phone, language), after a refresh
    of ``scope`` (every member when None)."""
    refreshed = refresh(session, actor, today, scope)
    listed = tasks.list_tasks(session, today, closed_since=recent(today))
    return TaskLoad(today, _with_members(session, listed, today), changed=refreshed)


def due_tasks(session: Session, actor: Actor, today: date, scope: Scope = None) -> TaskLoad:
    """Today's share of ``caseload_tasks``: the tasks still to do that are due by the end of the coming
    week (overdue ones too)."""
    refreshed = refresh(session, actor, today, scope)
    listed = tasks.list_tasks(session, today, due_by=today + timedelta(days=UPCOMING_DAYS))
    return TaskLoad(today, _with_members(session, listed, today), changed=refreshed)


def refresh(session: Session, actor: Actor, today: date, scope: Scope) -> bool:
    """Bring the rule tasks of ``scope`` (every member when None) in line; whether any changed."""
    if scope is None:
        return changed(tasks.refresh(session, actor, today))
    return any([changed(_refresh_member(session, actor, today, mid)) for mid in sorted(scope)])


def _refresh_member(session: Session, actor: Actor, today: date, member_id: str) -> RefreshResult:
    try:
        return tasks.refresh(session, actor, today, member_id=member_id)
    except NotFound:  # removed meanwhile (a sync ended the assignment): nothing to bring in line
        return RefreshResult(0, 0, 0)


def _with_members(session: Session, listed: Iterable[TaskView], today: date) -> tuple[TaskRow, ...]:
    rows_by_member = {row.id: row for row in members.caseload(session)}
    return tuple(TaskRow(t, rows_by_member.get(t.member_id)) for t in listed if worth_listing(t, today))


def member_tasks(session: Session, actor: Actor, member_id: str, today: date) -> TaskLoad:
    """One member's tasks and compliance clocks (the chart's Tasks tab)."""
    refreshed = tasks.refresh(session, actor, today, member_id=member_id)
    listed = tasks.list_tasks(session, today, member_id=member_id, closed_since=recent(today))
    rows = tuple(TaskRow(t) for t in listed if worth_listing(t, today))
    clocks = compliance.member_clocks(session, member_id, today)
    return TaskLoad(today, rows, clocks, changed(refreshed))


Work = Callable[[Session, Actor, date, Scope], TaskLoad]


class TaskFeed(QObject):
    """Loads with ``work(session, actor, today, scope)`` on demand and whenever a relevant change happens;
    ``did_load`` carries the ``TaskLoad``. Results of a superseded load are dropped.

    A caseload feed (``caseload=True``) refreshes only what the shared ledger says is not in line yet
    (ui.tasks.freshness), and is lazy: a change while the view is hidden only marks the feed ``stale``;
    the view loads again when it is shown (``show_if_stale``). A member's feed refreshes that member."""

    did_load = Signal(object)  # TaskLoad

    def __init__(self, ctx: AppContext, parent: QWidget, work: Work, *, member_id: str | None = None,
                 label: str = "", quiet: bool = False, caseload: bool = False) -> None:
        super().__init__(parent)
        self.ctx, self.view, self.work = ctx, parent, work
        self.member_id, self.label, self.quiet, self.lazy = member_id, label, quiet, caseload
        self.ledger = RefreshLedger.of(ctx) if caseload else None
        self.today: date | None = None  # None: the laptop's date at each load (tests fix one)
        self.pending: DbOp[TaskLoad] | None = None
        self.live = True  # reloads on changes; the chart's tab waits for the chart's audited opening
        self.stale = True  # not loaded since the vault opened, or changed while the view was hidden
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
        self.stale = False
        work, today = self.work, self.as_of()
        scope, ticket = self.ledger.scope(today) if self.ledger is not None else (None, 0)
        op: DbOp[TaskLoad] = DbOp(self.ctx, None, lambda s, a: work(s, a, today, scope), label=self.label)
        self.pending = op
        op.success(lambda load: self._loaded(load, announce, scope, ticket)).failure(self._failed)
        op.run_in_background()

    def cancel(self) -> None:
        if self.pending is not None:
            self.pending.cancel()
            self.pending = None

    def forget(self) -> None:
        """The vault is closing: drop the load on its way; the next unlock loads afresh."""
        self.cancel()
        self.stale = True

    def show_if_stale(self, shown_on: date | None) -> None:
        """The view was shown, holding the lists of ``shown_on``: load if they are out of date (a change
        while it was hidden, or a new day since: the laptop stayed open overnight)."""
        if self.stale or (shown_on is not None and shown_on != self.as_of()):
            self.load()

    def _loaded(self, load: TaskLoad, announce: bool, scope: Scope, ticket: int) -> None:
        if not isValid(self) or not isValid(self.view):
            return  # the view was closed while this load was on its way
        self.pending = None
        if self.ledger is not None:
            self.ledger.refreshed(load.today, scope, ticket)
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
        if not (self.live and self.relevant(changes) and self.ctx.is_unlocked):
            return
        if self.lazy and not self.view.isVisible():
            self.stale = True
            return
        self.load(announce=changes.everything or changes.kinds != {"task"})
