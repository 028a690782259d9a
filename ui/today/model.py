"""Who is due, from the caseload's open tasks: overdue, due today (or due and within its grace), and
coming up in the next seven days; each row says who, what, when, and how to reach the member."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from app.model.enums import RiskTier
from ui.caseload.cells import fold, language
from ui.tasks.cells import Segment, TaskRow, due_text, due_tooltip, in_segment, member_text, status_icon
from ui.tasks.labels import task_what
from ui.widgets.icons import risk_icon
from ui.widgets.labels import label
from ui.widgets.table_model import Column, RecordModel

_RISK_ORDER = {RiskTier.HIGH: 0, RiskTier.MEDIUM: 1, RiskTier.LOW: 2}


@dataclass(frozen=True, slots=True)
class DueGroups:
    overdue: list[TaskRow] = field(default_factory=list)
    today: list[TaskRow] = field(default_factory=list)
    this_week: list[TaskRow] = field(default_factory=list)


def _risk(row: TaskRow) -> int:
    return _RISK_ORDER.get(row.member.risk_tier, 3) if row.member is not None else 3


def group_due(rows: Sequence[TaskRow], today: date) -> DueGroups:
    """Open tasks only (snoozed ones wait for their day); the most urgent first: oldest due date, then
    highest risk, then name."""
    ordered = sorted(rows, key=lambda r: (r.task.due_on, _risk(r), fold(member_text(r))))
    return DueGroups(*([r for r in ordered if in_segment(r.task, segment, today)]
                       for segment in (Segment.OVERDUE, Segment.TODAY, Segment.UPCOMING)))


class DueModel(RecordModel[TaskRow]):
    def __init__(self, today: date | None = None, parent: object = None) -> None:
        self.today = today or date.today()
        super().__init__(parent)  # type: ignore[arg-type]

    def columns(self) -> list[Column[TaskRow]]:
        return [
            Column(self.tr("Member"), member_text, lambda r: fold(member_text(r))),
            Column(self.tr("What"), lambda r: task_what(r.task)),
            Column(self.tr("Due"), lambda r: due_text(r.task, self.today, with_grace=True),
                   lambda r: r.task.due_on.toordinal(), icon=lambda r: status_icon(r.task),
                   tooltip=lambda r: due_tooltip(r.task, self.today)),
            Column(self.tr("Risk"), lambda r: label(r.member.risk_tier, RiskTier) if r.member else "", _risk,
                   icon=lambda r: risk_icon(str(r.member.risk_tier)) if r.member else None),
            Column(self.tr("Phone"), lambda r: r.member.phone_primary if r.member else ""),
            Column(self.tr("Language"), lambda r: language(r.member) if r.member else ""),
        ]

    def set_rows(self, rows: Sequence[TaskRow], today: date) -> None:
        self.today = today
        self.set_records(rows)
