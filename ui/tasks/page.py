"""The Tasks screen: every task of the caseload, searched and filtered as the nurse types, with the
commands to complete, snooze, reopen, cancel or add one, one key from the member's chart.

It loads when first shown, not when the main window is made: Today, on screen at unlock, loads what is
due, and on a caseload of thousands the whole list is worth reading only when the nurse asks for it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.model.enums import TaskKind
from ui.context import AppContext
from ui.i18n import arg
from ui.tasks.cells import RECENT_DONE_DAYS, UPCOMING_DAYS, Segment
from ui.tasks.data import TaskFeed, TaskLoad, caseload_tasks
from ui.tasks.labels import kind_label
from ui.tasks.task_list import TaskList
from ui.widgets.text import heading


class TasksPage(QWidget):
    chart_requested = Signal(str)  # member id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("tasks")
        self.loaded_on: date | None = None
        self.list = TaskList(ctx, self.tr("Tasks"), "", self)
        self.list.setObjectName("tasks_list")
        self.list.chart_requested.connect(self.chart_requested)
        self.feed = TaskFeed(ctx, self, caseload_tasks, label=self.tr("Loading tasks"), caseload=True)
        self.feed.today = today
        self.feed.did_load.connect(self.show_load)
        layout = QVBoxLayout(self)
        layout.addLayout(self._title_row())
        layout.addLayout(self._filter_row())
        layout.addLayout(self._segment_row())
        layout.addWidget(self.list, 1)
        self._add_find_action()
        self.setFocusProxy(self.list)
        ctx.store_will_close.connect(self.clear)
        self._filters_did_change()

    @property
    def today(self) -> date | None:
        return self.feed.today

    @today.setter
    def today(self, value: date | None) -> None:
        self.feed.today = value

    # ---- building -------------------------------------------------------------------------------

    def _title_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(heading(self.tr("Tasks"), self))
        row.addStretch(1)
        self.count = QLabel(self)
        self.count.setObjectName("tasks_count")
        row.addWidget(self.count)
        return row

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("tasks_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Member name, plan ID or task"))
        self.search.textChanged.connect(lambda _t: self._filters_did_change())
        self.kind = QComboBox(self)
        self.kind.setObjectName("tasks_kind")
        self.kind.addItem(self.tr("All kinds"), "")
        for kind in TaskKind:
            self.kind.addItem(kind_label(kind) if kind != TaskKind.MANUAL else self.tr("Written by hand"),
                              kind.value)
        self.kind.currentIndexChanged.connect(lambda _i: self._filters_did_change())
        fields = ((self.tr("Sea&rch:"), self.search, 1), (self.tr("&Kind:"), self.kind, 0))
        for text, widget, stretch in fields:
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            row.addWidget(label)
            row.addWidget(widget, stretch)
        return row

    def _segment_row(self) -> QHBoxLayout:
        """One choice of five, as a row of toggle buttons (Tab to them, or their Alt+letter)."""
        row = QHBoxLayout()
        row.setSpacing(2)
        label = QLabel(self.tr("Show:"), self)
        row.addWidget(label)
        self.segments = QButtonGroup(self)
        self.segments.setExclusive(True)
        self.segment_texts = {
            Segment.OVERDUE: self.tr("O&verdue (%1)"), Segment.TODAY: self.tr("Due &today (%1)"),
            Segment.UPCOMING: arg(self.tr("&Upcoming, next %1 days (%2)"), UPCOMING_DAYS, "%1"),
            Segment.OPEN: self.tr("&All open (%1)"), Segment.DONE: self.tr("Done rec&ently (%1)"),
        }
        for segment in self.segment_texts:
            button = QToolButton(self)
            button.setObjectName("segment_" + segment.name.lower())
            button.setCheckable(True)
            button.setAutoRaise(False)
            self.segments.addButton(button, segment)
            row.addWidget(button)
        self.segments.button(Segment.OPEN).setChecked(True)
        self.segments.idToggled.connect(lambda _id, on: self._filters_did_change() if on else None)
        row.addStretch(1)
        self._update_segment_texts({})
        return row

    def _add_find_action(self) -> None:
        find = QAction(self.tr("Find a task"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self.focus_search)
        self.addAction(find)

    # ---- behaviour ------------------------------------------------------------------------------

    def segment(self) -> Segment:
        return Segment(self.segments.checkedId())

    def set_segment(self, segment: Segment) -> None:
        self.segments.button(segment).setChecked(True)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def reload(self) -> None:
        self.feed.load()

    def show_load(self, load: TaskLoad) -> None:
        self.loaded_on = load.today
        self.list.set_rows(load.rows, load.today)
        self._show_counts()

    def _filters_did_change(self) -> None:
        self.list.filter.set_filters(search=self.search.text(), kind=str(self.kind.currentData() or ""),
                                     segment=self.segment())
        self._show_counts()

    def _show_counts(self) -> None:
        rows = self.list.model.records()
        accepts = self.list.filter.accepts
        self._update_segment_texts({s: sum(accepts(r, s) for r in rows) for s in self.segment_texts})
        shown, total = self.list.filter.rowCount(), sum(accepts(r, Segment.OPEN) for r in rows)
        self.count.setText(arg(self.tr("%1 shown · %2 open"), shown, total))
        self.list.table.empty.setText(self._empty_text())
        self.list.select_some()

    def _update_segment_texts(self, counts: dict[Segment, int]) -> None:
        """Counts in each choice; the chosen one in bold as well as pressed (a pressed look alone is
        faint in the dark palette)."""
        for segment, text in self.segment_texts.items():
            button = self.segments.button(segment)
            button.setText(arg(text, counts.get(segment, 0)))
            button.setAccessibleName(button.text().replace("&", ""))
            font = button.font()
            font.setBold(button.isChecked())
            button.setFont(font)

    def _empty_text(self) -> str:
        if not self.ctx.is_unlocked or self.loaded_on is None:
            return ""
        if self.search.text().strip() or self.kind.currentIndex() > 0:
            return self.tr("No tasks match the search and kind chosen. Clear them to see more.")
        return {
            Segment.OVERDUE: self.tr("Nothing is overdue."),
            Segment.TODAY: self.tr("Nothing else is due today."),
            Segment.UPCOMING: arg(self.tr("Nothing is due in the next %1 days."), UPCOMING_DAYS),
            Segment.OPEN: self.tr("No open tasks. Tasks appear here as program rules make them, or add "
                                  "one with New task… (Insert)."),
            Segment.DONE: arg(self.tr("Nothing was completed in the last %1 days."), RECENT_DONE_DAYS),
        }[self.segment()]

    def showEvent(self, event: QShowEvent) -> None:
        """Shown: load, unless what is on screen is still current."""
        super().showEvent(event)
        self.feed.show_if_stale(self.loaded_on)

    def clear(self) -> None:
        """The vault is closing: no task or member stays in memory."""
        self.feed.forget()
        self.loaded_on = None
        self.list.clear()
        self.search.clear()
        self._filters_did_change()
