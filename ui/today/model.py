"""Who is due: members grouped by their next contact date (until the tasks issue brings real tasks,
the date comes from the last contact and the risk tier's cadence)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtGui import QIcon

from app.model.enums import MemberStatus, RiskTier
from app.services.members import CaseloadRow
from ui.caseload.cells import language, last_contact, member_name
from ui.i18n import arg
from ui.widgets.dates import format_recent_date, relative_day
from ui.widgets.icons import overdue_icon, risk_icon
from ui.widgets.labels import label
from ui.widgets.table_model import Column, RecordModel

ACTIVE = frozenset({MemberStatus.IDENTIFIED, MemberStatus.OUTREACH, MemberStatus.ENROLLED})
WEEK = 7
_RISK_ORDER = {RiskTier.HIGH: 0, RiskTier.MEDIUM: 1, RiskTier.LOW: 2}


@dataclass(frozen=True, slots=True)
class DueGroups:
    overdue: list[CaseloadRow] = field(default_factory=list)
    today: list[CaseloadRow] = field(default_factory=list)
    this_week: list[CaseloadRow] = field(default_factory=list)


def group_due(rows: Sequence[CaseloadRow], today: date) -> DueGroups:
    """Active members only; the most urgent first (oldest due date, then highest risk)."""
    week_end = today + timedelta(days=WEEK - 1)
    due = sorted((r for r in rows if r.status in ACTIVE and r.next_due_on is not None),
                 key=lambda r: (r.next_due_on, _RISK_ORDER.get(r.risk_tier, 3), r.last_name))
    return DueGroups(
        [r for r in due if r.next_due_on < today],  # type: ignore[operator]
        [r for r in due if r.next_due_on == today],
        [r for r in due if today < r.next_due_on <= week_end],  # type: ignore[operator]
    )


class DueModel(RecordModel[CaseloadRow]):
    def __init__(self, today: date | None = None, parent: object = None) -> None:
        self.today = today or date.today()
        super().__init__(parent)  # type: ignore[arg-type]

    def columns(self) -> list[Column[CaseloadRow]]:
        return [
            Column(self.tr("Member"), member_name),
            Column(self.tr("Risk"), lambda r: label(r.risk_tier, RiskTier),
                   lambda r: _RISK_ORDER[r.risk_tier], icon=lambda r: risk_icon(str(r.risk_tier))),
            Column(self.tr("Due"), self._due, lambda r: r.next_due_on.toordinal() if r.next_due_on else 0,
                   icon=self._due_icon),
            Column(self.tr("Last contact"), lambda r: last_contact(r, self.today),
                   lambda r: r.last_contact_at.timestamp() if r.last_contact_at else 0.0),
            Column(self.tr("Phone"), lambda r: r.phone_primary),
            Column(self.tr("Language"), language),
            Column(self.tr("Program"), lambda r: label(r.program)),
        ]

    def _due(self, row: CaseloadRow) -> str:
        if row.next_due_on is None:
            return ""
        if row.next_due_on == self.today:
            return self.tr("Today")
        day = row.next_due_on
        return arg(self.tr("%1 · %2"), relative_day(day, self.today), format_recent_date(day, self.today))

    def _due_icon(self, row: CaseloadRow) -> QIcon | None:
        return overdue_icon() if row.is_overdue(self.today) else None

    def set_rows(self, rows: Sequence[CaseloadRow], today: date) -> None:
        self.today = today
        self.set_records(rows)
