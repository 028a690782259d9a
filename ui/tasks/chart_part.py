"""What issue 7 adds to a member's chart: the Tasks tab — the member's compliance clocks (each
requirement, its deadline and whether it was met, is late or still open) over the member's tasks, with
the same commands as the Tasks page. Loaded in its own DbOp after the chart's audited opening, again
whenever a change can move a deadline, and emptied on lock."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.caseload.cells import member_name
from ui.i18n import arg
from ui.tasks.cells import Segment
from ui.tasks.data import TaskFeed, TaskLoad, member_tasks
from ui.tasks.fit import fit_to_rows
from ui.tasks.model import ClockModel
from ui.tasks.task_list import TaskList
from ui.widgets.table_view import RecordTable
from ui.widgets.text import heading, muted, translate

if TYPE_CHECKING:
    from ui.chart.chart import ChartWidget

MAX_CLOCK_ROWS = 10
STATUS_COLUMN = 2  # Task, Due, Status, Notes: a chart's list has no Member column


class MemberTasksTab(QWidget):
    def __init__(self, chart: ChartWidget) -> None:
        super().__init__(chart)
        self.setObjectName("tab_tasks")
        self.clock_model = ClockModel(self)
        self.clocks = RecordTable(self.clock_model, self.tr("Compliance"), self.tr(
            "No program requirements apply yet."), self)
        self.clocks.setObjectName("compliance_clocks")
        self.clocks_hint = muted(self.tr("What the program promises this member, from the record as it "
                                         "stands: met on time, late, or still open."), self)
        self.tasks = TaskList(chart.ctx, self.tr("The member's tasks"), self.tr(
            "No open tasks for this member. Add one with New task… (Insert)."), self, with_member=False,
            member=lambda: self._member(chart))
        self.tasks.setObjectName("member_tasks")
        self.tasks.filter.set_filters(segment=Segment.ALL)
        self.tasks.view.sortByColumn(STATUS_COLUMN, Qt.SortOrder.AscendingOrder)  # still to do first
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Compliance"), self, scale=1.1))
        layout.addWidget(self.clocks_hint)
        layout.addWidget(self.clocks)
        layout.addSpacing(8)
        layout.addWidget(heading(self.tr("Tasks"), self, scale=1.1))
        layout.addWidget(self.tasks, 1)
        self.setFocusProxy(self.tasks)
        fit_to_rows(self.clocks, MAX_CLOCK_ROWS)

    @staticmethod
    def _member(chart: ChartWidget) -> tuple[str, str] | None:
        member = chart.data.member if chart.data is not None else None
        if member is None:
            return None
        label = arg(translate("MemberTasksTab", "%1 · %2"), member_name(member), member.plan_member_id)
        return chart.member_id, label

    def show_load(self, load: TaskLoad) -> None:
        self.clock_model.set_records(load.clocks)
        fit_to_rows(self.clocks, MAX_CLOCK_ROWS)
        self.tasks.set_rows(load.rows, load.today)

    def clear(self) -> None:
        self.clock_model.clear()
        self.tasks.clear()
        fit_to_rows(self.clocks, MAX_CLOCK_ROWS)


class MemberTasksPart(QObject):
    def __init__(self, chart: ChartWidget) -> None:
        super().__init__(chart)
        self.chart, self.ctx, self.member_id = chart, chart.ctx, chart.member_id
        self.tab = MemberTasksTab(chart)
        self.index = chart.tabs.addTab(self.tab, self.tr("Tasks"))
        member_id = self.member_id
        self.feed = TaskFeed(self.ctx, self.tab, lambda s, a, day, _scope: member_tasks(s, a, member_id, day),
                             member_id=member_id, quiet=True)
        self.feed.live = False  # until the chart's audited opening
        self.feed.did_load.connect(self.tab.show_load)
        chart.chart_did_load.connect(lambda _name: self.load())
        self.ctx.store_will_close.connect(self.clear)

    @property
    def today(self) -> date | None:
        return self.feed.today

    @today.setter
    def today(self, value: date | None) -> None:
        self.feed.today = value

    @property
    def loaded(self) -> bool:
        return self.feed.live

    def load(self) -> None:
        self.feed.live = True
        self.feed.load()

    def cancel_pending(self) -> None:
        """The chart is closing: nothing may load into it any more."""
        self.feed.live = False
        self.feed.cancel()

    def clear(self) -> None:
        self.feed.live = False
        self.feed.cancel()
        self.tab.clear()

    def models(self) -> list[Any]:
        return [self.tab.clock_model, self.tab.tasks.model]
