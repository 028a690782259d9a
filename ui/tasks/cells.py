"""What a task list shows of a task — who, what, when, how it stands — as plain functions, so the Tasks
page, Today and the chart's Tasks tab say it the same way."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum

from PySide6.QtGui import QIcon

from app.model.enums import TaskStatus
from app.services.members import CaseloadRow
from app.services.tasks import TaskView
from ui.caseload.cells import member_name
from ui.i18n import arg
from ui.tasks.labels import met_icon, snoozed_icon
from ui.widgets.dates import format_date, format_recent_date, local_day, relative_day
from ui.widgets.icons import overdue_icon
from ui.widgets.text import translate

UPCOMING_DAYS = 7  # "Upcoming" and Today's "Coming up this week": the next seven days
RECENT_DONE_DAYS = 14  # "Done recently"


@dataclass(frozen=True, slots=True)
class TaskRow:
    """A task with the member's caseload row (risk, phone, language) when the list shows several members."""

    task: TaskView
    member: CaseloadRow | None = None

    @property
    def id(self) -> str | None:
        return self.task.id

    @property
    def member_id(self) -> str:
        return self.task.member_id


class Segment(IntEnum):
    OVERDUE = 0
    TODAY = 1
    UPCOMING = 2
    OPEN = 3
    DONE = 4
    ALL = 5  # still to do or done recently (the chart's list)


# ---- what a task is, when, and how it stands ---------------------------------------------------------


def is_active(task: TaskView) -> bool:
    """Still to do: open, or snoozed until a later day."""
    return task.status in (TaskStatus.OPEN, TaskStatus.SNOOZED)


def in_segment(task: TaskView, segment: Segment, today: date) -> bool:
    """Overdue, due today (or due and within its grace), upcoming: open tasks only — a snoozed task
    stays out of sight until its day. All open includes the snoozed ones."""
    open_ = task.status == TaskStatus.OPEN
    match segment:
        case Segment.OVERDUE:
            return open_ and task.overdue
        case Segment.TODAY:
            return open_ and not task.overdue and task.due_on <= today
        case Segment.UPCOMING:
            return open_ and today < task.due_on <= today + timedelta(days=UPCOMING_DAYS)
        case Segment.OPEN:
            return is_active(task)
        case Segment.DONE:
            return task.status == TaskStatus.DONE
        case _:
            return is_active(task) or task.status == TaskStatus.DONE


def member_text(row: TaskRow) -> str:
    return member_name(row.member) if row.member is not None else row.task.member_name


def due_text(task: TaskView, today: date, *, with_grace: bool = False) -> str:
    """"3 days ago · 3/14", "today · 3/17", "in 5 days · 3/22"; ``with_grace`` (where no status column says
    it), a reassessment past its due date but inside its grace adds until when: "… · grace until 1/10"."""
    when, day = relative_day(task.due_on, today), format_recent_date(task.due_on, today)
    if with_grace and task.grace_until is not None and task.due_on < today <= task.grace_until:
        grace = format_recent_date(task.grace_until, today)
        return arg(translate("TaskCells", "%1 · %2 · grace until %3"), when, day, grace)
    return arg(translate("TaskCells", "%1 · %2"), when, day)


def status_text(task: TaskView, today: date) -> str:
    match task.status:
        case TaskStatus.DONE:
            day = local_day(task.completed_at) if task.completed_at else None
            return arg(translate("TaskCells", "Done %1"), format_recent_date(day, today)) if day else \
                translate("TaskCells", "Done")
        case TaskStatus.CANCELLED:
            return translate("TaskCells", "Cancelled")
        case TaskStatus.SNOOZED if task.snoozed_until is not None:
            until = format_recent_date(task.snoozed_until, today)
            return arg(translate("TaskCells", "Snoozed until %1"), until)
    if task.overdue:
        return translate("TaskCells", "Overdue")
    if task.grace_until is not None and task.due_on < today:
        grace = format_recent_date(task.grace_until, today)
        return arg(translate("TaskCells", "Due · grace until %1"), grace)
    return translate("TaskCells", "Open")


def status_icon(task: TaskView) -> QIcon | None:
    if task.status == TaskStatus.DONE:
        return met_icon()
    if task.status == TaskStatus.SNOOZED:
        return snoozed_icon()
    return overdue_icon() if task.overdue and task.status == TaskStatus.OPEN else None


def status_sort(task: TaskView) -> int:
    """Overdue first, then open, snoozed, done, cancelled."""
    if task.overdue and task.status == TaskStatus.OPEN:
        return 0
    order = {TaskStatus.OPEN: 1, TaskStatus.SNOOZED: 2, TaskStatus.DONE: 3}
    return order.get(task.status, 4)


def notes_text(task: TaskView) -> str:
    parts = [task.notes]
    if task.status == TaskStatus.SNOOZED and task.snooze_reason:
        parts.append(arg(translate("TaskCells", "Snoozed: %1"), task.snooze_reason))
    return " · ".join(" ".join(p.split()) for p in parts if p)


def due_tooltip(task: TaskView, today: date) -> str:
    text = arg(translate("TaskCells", "Due %1 (%2)"), format_date(task.due_on),
               relative_day(task.due_on, today))
    if task.grace_until is not None:
        text += "\n" + arg(translate("TaskCells", "Grace until %1"), format_date(task.grace_until))
    return text


