"""Today: what is due — overdue first, then due today, then the rest of the week — from the caseload's
open tasks, and safety alerts waiting for an action. It loads when the main window is made (it is the
first screen after unlock) and reads only the tasks due by the end of the week (ui.tasks.data.due_tasks)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.assessment.alerts import RecentAlerts  # assessments (issue 6)
from ui.context import AppContext
from ui.i18n import arg
from ui.tasks.cells import TaskRow
from ui.tasks.data import TaskFeed, TaskLoad, due_tasks
from ui.tasks.fit import align_columns, fit_to_rows
from ui.today.model import DueModel, group_due
from ui.widgets.dates import to_qdate
from ui.widgets.table_model import ROW_ROLE
from ui.widgets.table_view import RecordTable
from ui.widgets.text import heading

MAX_VISIBLE_ROWS = 12  # a longer group scrolls inside its table


class TodayPage(QWidget):
    chart_requested = Signal(str)  # member id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("today")
        self.loaded_on: date | None = None
        self.feed = TaskFeed(ctx, self, due_tasks, label=self.tr("Loading today's list"), caseload=True)
        self.feed.today = today
        self.feed.did_load.connect(self.show_load)
        self.title = heading(self.tr("Today"), self)
        self.summary = QLabel(self)
        self.summary.setObjectName("today_summary")
        self.body = body = QWidget(self)
        column = QVBoxLayout(body)
        self.overdue = self._section(column, "overdue", self.tr("Overdue"), self.tr("Nothing is overdue."))
        self.due_today = self._section(column, "due_today", self.tr("Due today"),
                                       self.tr("Nothing else is due today."))
        self.this_week = self._section(column, "this_week", self.tr("Coming up this week"),
                                       self.tr("Nothing is due in the next seven days."))
        self.alerts_heading = heading(self.tr("Recent alerts"), body, scale=1.15)
        column.addWidget(self.alerts_heading)
        self.alerts = RecentAlerts(ctx, body)  # assessments (issue 6): open safety alerts
        self.alerts.chart_requested.connect(self.chart_requested)
        column.addWidget(self.alerts)
        column.addStretch(1)
        self.scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        self._align_timer = QTimer(self)
        self._align_timer.setSingleShot(True)
        self._align_timer.timeout.connect(self._align)
        ctx.store_will_close.connect(self.clear)
        if ctx.is_unlocked:
            self.reload()

    @property
    def today(self) -> date | None:
        return self.feed.today

    @today.setter
    def today(self, value: date | None) -> None:
        self.feed.today = value

    def _section(self, column: QVBoxLayout, name: str, noun: str,
                 empty_text: str) -> tuple[QLabel, RecordTable]:
        title = heading("", self, scale=1.15)
        column.addWidget(title)
        model = DueModel(parent=self)
        table = RecordTable(model, noun, empty_text, self)
        table.setObjectName("today_" + name)
        table.view.activated.connect(lambda index: self._open(index))
        table.view.viewport().installEventFilter(self)
        column.addWidget(table)
        return title, table

    def sections(self) -> list[tuple[QLabel, RecordTable]]:
        return [self.overdue, self.due_today, self.this_week]

    def reload(self) -> None:
        self.feed.load()

    def show_load(self, load: TaskLoad) -> None:
        self.show_rows(load.rows, load.today)

    def show_rows(self, rows: Sequence[TaskRow], today: date) -> None:
        self.loaded_on = today
        groups = group_due(rows, today)
        titles = (self.tr("Overdue (%1)"), self.tr("Due today (%1)"), self.tr("Coming up this week (%1)"))
        for (title, table), text, group in zip(self.sections(), titles, (
                groups.overdue, groups.today, groups.this_week), strict=True):
            title.setText(arg(text, len(group)))
            title.setAccessibleName(title.text())
            fit_to_rows(table, MAX_VISIBLE_ROWS, len(group))
        self._settle_scroll_bar()
        for (_title, table), group in zip(self.sections(), (groups.overdue, groups.today, groups.this_week),
                                          strict=True):
            table.model.set_rows(group, today)  # type: ignore[attr-defined]
        self._align()
        self.title.setText(arg(self.tr("Today, %1"), QLocale().toString(to_qdate(today),
                                                                         QLocale.FormatType.LongFormat)))
        self.summary.setText(arg(self.tr("%1 overdue · %2 due today · %3 coming up this week"),
                                 len(groups.overdue), len(groups.today), len(groups.this_week)))

    def _settle_scroll_bar(self) -> None:
        """The page's scroll bar as the lists' new heights need it, before they fill: each list then
        measures its columns for its final width once, not again when the bar comes a moment later."""
        needed = self.isVisible() and self.body.sizeHint().height() > self.scroll.viewport().height()
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn if needed
                                               else Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def _align(self) -> None:
        align_columns([table for _title, table in self.sections()])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A list refits its columns when its width changes (a scroll bar comes or goes): share the widths
        again once it has."""
        if event.type() == QEvent.Type.Resize:
            self._align_timer.start(0)
        return super().eventFilter(watched, event)

    def _open(self, index: object) -> None:
        row = index.data(ROW_ROLE)  # type: ignore[attr-defined]
        if row is not None:
            self.chart_requested.emit(row.member_id)

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again: load, unless what is on screen is still current."""
        super().showEvent(event)
        self.feed.show_if_stale(self.loaded_on)

    def clear(self) -> None:
        self.feed.forget()
        self.loaded_on = None
        for title, table in self.sections():
            title.clear()
            table.model.set_records([])  # type: ignore[attr-defined]
        self.summary.clear()
