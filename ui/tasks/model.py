"""The task and clock lists: one table model each over frozen values, and the Tasks page's filter."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from app.services.compliance import Clock, ClockState
from ui.caseload.cells import fold
from ui.tasks.cells import (
    Segment,
    TaskRow,
    due_text,
    due_tooltip,
    in_segment,
    member_text,
    notes_text,
    status_icon,
    status_sort,
    status_text,
)
from ui.tasks.labels import clock_what, state_icon, state_label, task_what
from ui.theme import success_color, warning_color
from ui.widgets.dates import format_date
from ui.widgets.table_model import ROW_ROLE, SORT_ROLE, Column, RecordModel

Index = QModelIndex | QPersistentModelIndex

# ---- models --------------------------------------------------------------------------------------------


class TaskModel(RecordModel[TaskRow]):
    """Tasks of the caseload (with a Member column) or of one chart (without)."""

    def __init__(self, parent: QObject | None = None, *, with_member: bool = True) -> None:
        self.with_member = with_member
        self.today = date.today()
        self._sort_keys: dict[tuple[int, int], Any] = {}
        super().__init__(parent)

    def columns(self) -> list[Column[TaskRow]]:
        columns = [
            Column(self.tr("Task"), lambda r: task_what(r.task),
                   sort=lambda r: fold(task_what(r.task)) + "\t" + r.task.due_on.isoformat()),
            Column(self.tr("Due"), lambda r: due_text(r.task, self.today),
                   sort=lambda r: r.task.due_on.isoformat() + "\t" + fold(member_text(r)),
                   tooltip=lambda r: due_tooltip(r.task, self.today)),
            Column(self.tr("Status"), lambda r: status_text(r.task, self.today),
                   sort=lambda r: status_sort(r.task) * 10**7 + r.task.due_on.toordinal(),
                   icon=lambda r: status_icon(r.task)),
            Column(self.tr("Notes"), lambda r: notes_text(r.task)),
        ]
        if self.with_member:  # grouped by member when sorted on it: then by due date
            columns.insert(0, Column(self.tr("Member"), member_text,
                                     sort=lambda r: fold(member_text(r)) + "\t" + r.task.due_on.isoformat()))
        return columns

    def set_rows(self, rows: Sequence[TaskRow], today: date) -> None:
        self.today = today
        self.set_records(rows)

    def set_records(self, rows: Sequence[TaskRow]) -> None:
        self._sort_keys.clear()  # before the reset: the lists above sort the new rows during it
        super().set_records(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Sort keys are made once per cell: sorting thousands of tasks asks for each a dozen times."""
        if role != SORT_ROLE or not index.isValid():
            return super().data(index, role)
        cell = (index.row(), index.column())
        key = self._sort_keys.get(cell)
        if key is None:
            key = self._sort_keys[cell] = super().data(index, role)
        return key


class TaskFilter(QSortFilterProxyModel):
    """Search words (member, task, plan ID), a kind and a segment (Overdue … Done recently)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.words: list[str] = []
        self.kind = ""
        self.segment = Segment.OPEN
        self.today = date.today()
        self._keys: dict[int, tuple[TaskRow, str]] = {}  # search text per row, folded once
        self.modelReset.connect(self._keys.clear)

    def set_filters(self, *, search: str | None = None, kind: str | None = None,
                    segment: Segment | None = None, today: date | None = None) -> None:
        self.beginFilterChange()
        if search is not None:
            self.words = fold(search).split()
        if kind is not None:
            self.kind = kind
        if segment is not None:
            self.segment = segment
        if today is not None:
            self.today = today
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def accepts(self, row: TaskRow, segment: Segment | None = None) -> bool:
        task = row.task
        if self.kind and task.kind != self.kind:
            return False
        if self.words:
            key = self._key(row)
            if not all(word in key for word in self.words):
                return False
        return in_segment(task, self.segment if segment is None else segment, self.today)

    def _key(self, row: TaskRow) -> str:
        cached = self._keys.get(id(row))
        if cached is not None and cached[0] is row:
            return cached[1]
        key = fold(" ".join((member_text(row), task_what(row.task), row.task.plan_member_id, row.task.title)))
        self._keys[id(row)] = (row, key)
        return key

    def set_today(self, today: date) -> None:
        """The day for rows about to replace the model's: their reset filters them anew."""
        self.today = today

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if isinstance(model, TaskModel):  # straight to the row: thousands of rows pass through here
            return self.accepts(model.record(source_row))
        row = model.index(source_row, 0, source_parent).data(ROW_ROLE)
        return row is not None and self.accepts(row)


class ClockModel(RecordModel[Clock]):
    """The member's compliance clocks: what, due, grace, state (icon and word), met on."""

    def columns(self) -> list[Column[Clock]]:
        return [
            Column(self.tr("Requirement"), clock_what),
            Column(self.tr("Due"), lambda c: format_date(c.due_on), sort=lambda c: c.due_on.toordinal()),
            Column(self.tr("Grace until"), lambda c: format_date(c.grace_until),
                   sort=lambda c: c.grace_until.toordinal() if c.grace_until else 0),
            Column(self.tr("State"), lambda c: state_label(c.state), icon=lambda c: state_icon(c.state),
                   sort=lambda c: _STATE_ORDER[ClockState(c.state)]),
            Column(self.tr("Met on"), lambda c: format_date(c.met_on),
                   sort=lambda c: c.met_on.toordinal() if c.met_on else 0),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == STATE_COLUMN:
            state = self.record(index.row()).state
            if state == ClockState.LATE:
                return QColor(warning_color())
            if state == ClockState.MET:
                return QColor(success_color())
            return None
        return super().data(index, role)


STATE_COLUMN = 3
_STATE_ORDER = {ClockState.LATE: 0, ClockState.OPEN: 1, ClockState.MET: 2}
