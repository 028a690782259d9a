"""Today: who to call or visit — overdue first, then due today, then the rest of the week — and
safety alerts (later issues fill those in)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from app.services import members
from app.services.members import CaseloadRow
from ui.assessment.alerts import RecentAlerts  # assessments (issue 6)
from ui.context import AppContext, Changes
from ui.i18n import arg
from ui.ops import DbOp
from ui.today.model import DueModel, group_due
from ui.widgets.dates import to_qdate
from ui.widgets.table_model import ID_ROLE
from ui.widgets.table_view import RecordTable
from ui.widgets.text import heading

MAX_VISIBLE_ROWS = 12  # a longer group scrolls inside its table


class TodayPage(QWidget):
    chart_requested = Signal(str)  # member id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("today")
        self.title = heading(self.tr("Today"), self)
        self.summary = QLabel(self)
        self.summary.setObjectName("today_summary")
        body = QWidget(self)
        column = QVBoxLayout(body)
        self.overdue = self._section(column, "overdue", self.tr("Overdue"), self.tr("Nobody is overdue."))
        self.due_today = self._section(column, "due_today", self.tr("Due today"),
                                       self.tr("No one is due today."))
        self.this_week = self._section(column, "this_week", self.tr("Due this week"),
                                       self.tr("No one is due later this week."))
        self.alerts_heading = heading(self.tr("Recent alerts"), body, scale=1.15)
        column.addWidget(self.alerts_heading)
        self.alerts = RecentAlerts(ctx, body)  # assessments (issue 6): open safety alerts
        self.alerts.chart_requested.connect(self.chart_requested)
        column.addWidget(self.alerts)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        ctx.changes_did_happen.connect(self._changes_did_happen)
        ctx.store_will_close.connect(self.clear)
        if ctx.is_unlocked:
            self.reload()

    def _section(self, column: QVBoxLayout, name: str, noun: str,
                 empty_text: str) -> tuple[QLabel, RecordTable]:
        title = heading("", self, scale=1.15)
        column.addWidget(title)
        model = DueModel(parent=self)
        table = RecordTable(model, noun, empty_text, self)
        table.setObjectName("today_" + name)
        table.view.activated.connect(lambda index: self._open(index))
        column.addWidget(table)
        return title, table

    def sections(self) -> list[tuple[QLabel, RecordTable]]:
        return [self.overdue, self.due_today, self.this_week]

    def reload(self) -> None:
        DbOp(self.ctx, self, lambda s, _a: members.caseload(s), label=self.tr("Loading today's list")) \
            .success(self.show_rows).run_in_background()

    def show_rows(self, rows: list[CaseloadRow], today: date | None = None) -> None:
        today = today or date.today()
        groups = group_due(rows, today)
        titles = (self.tr("Overdue (%1)"), self.tr("Due today (%1)"), self.tr("Due this week (%1)"))
        for (title, table), text, group in zip(self.sections(), titles, (
                groups.overdue, groups.today, groups.this_week), strict=True):
            title.setText(arg(text, len(group)))
            table.model.set_rows(group, today)  # type: ignore[attr-defined]
            self._fit(table)
        self._align_columns()
        self.title.setText(arg(self.tr("Today, %1"), QLocale().toString(to_qdate(today),
                                                                         QLocale.FormatType.LongFormat)))
        self.summary.setText(arg(self.tr("%1 overdue · %2 due today · %3 due later this week"),
                                 len(groups.overdue), len(groups.today), len(groups.this_week)))

    def _fit(self, table: RecordTable) -> None:
        """Each group as tall as its rows (up to a limit), so the page reads top to bottom."""
        view, rows = table.view, table.model.rowCount()
        if rows == 0:
            table.setFixedHeight(table.empty.sizeHint().height() + 8)
            return
        height = view.horizontalHeader().height() + view.verticalHeader().defaultSectionSize() * min(
            rows, MAX_VISIBLE_ROWS) + 2 * view.frameWidth() + 2
        table.setFixedHeight(height)

    def _align_columns(self) -> None:
        """The three lists share column widths, so the page reads as one table."""
        views = [table.view for _title, table in self.sections() if table.model.rowCount()]
        if not views:
            return
        for column in range(views[0].model().columnCount() - 1):
            width = max(view.columnWidth(column) for view in views)
            for view in views:
                view.setColumnWidth(column, width)

    def _open(self, index: object) -> None:
        member_id = index.data(ID_ROLE)  # type: ignore[attr-defined]
        if member_id:
            self.chart_requested.emit(member_id)

    def clear(self) -> None:
        for title, table in self.sections():
            title.clear()
            table.model.set_records([])  # type: ignore[attr-defined]
        self.summary.clear()

    def _changes_did_happen(self, changes: Changes) -> None:
        if changes.touches("member") and self.ctx.is_unlocked:
            self.reload()
