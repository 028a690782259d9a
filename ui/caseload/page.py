"""The Caseload screen: every member, filtered and searched as the nurse types, one key from a chart."""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.model.enums import MemberStatus, Program, RiskTier
from app.services import members
from app.services.members import CaseloadRow
from ui.caseload.cells import Col
from ui.caseload.model import CaseloadModel
from ui.context import AppContext, Changes
from ui.i18n import arg
from ui.ops import DbOp
from ui.widgets.labels import choices
from ui.widgets.table_model import ID_ROLE
from ui.widgets.table_view import setup_table
from ui.widgets.text import heading

FIT_ROWS = 30  # rows measured beyond those on screen: enough for widths capped anyway (~60 → ~20 ms)
MAX_COLUMN_EMS = 15
NAME_EMS = 16


class CaseloadPage(QWidget):
    chart_requested = Signal(str)  # member id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("caseload")
        self.model = CaseloadModel(self)  # sorts and filters itself (ui/caseload/model.py says why)
        layout = QVBoxLayout(self)
        layout.addLayout(self._title_row())
        layout.addLayout(self._filter_row())
        layout.addWidget(self._table_area(), 1)
        self._add_actions()
        ctx.changes_did_happen.connect(self._changes_did_happen)
        ctx.store_will_close.connect(self.clear)
        if ctx.is_unlocked:
            self.reload()

    # ---- building ------------------------------------------------------------------------------

    def _title_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(heading(self.tr("Caseload"), self))
        row.addStretch(1)
        self.count = QLabel(self)
        self.count.setObjectName("caseload_count")
        row.addWidget(self.count)
        return row

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("caseload_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, plan ID or phone"))
        self.search.textChanged.connect(self.model.set_search)
        self.search.textChanged.connect(self._update_count)
        self.tier = self._combo(RiskTier, self.tr("All tiers"), "tier")
        self.program = self._combo(Program, self.tr("All programs"), "program")
        self.status = self._combo(MemberStatus, self.tr("All statuses"), "status")
        self.overdue = QCheckBox(self.tr("&Overdue only"), self)
        self.overdue.toggled.connect(lambda on: self._filter(overdue_only=on))
        self.clear_button = QPushButton(self.tr("C&lear filters"), self)
        self.clear_button.clicked.connect(self.clear_filters)
        for text, widget, stretch in ((self.tr("&Search:"), self.search, 3),
                                      (self.tr("&Risk tier:"), self.tier, 0),
                                      (self.tr("&Program:"), self.program, 0),
                                      (self.tr("S&tatus:"), self.status, 0)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            row.addWidget(label)
            row.addWidget(widget, stretch)
        row.addWidget(self.overdue)
        row.addWidget(self.clear_button)
        return row

    def _combo(self, enum_cls: type[enum.StrEnum], any_text: str, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName("caseload_" + name)
        combo.addItem(any_text, "")
        for value, text in choices(enum_cls):
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _i: self._filter(**{name: str(combo.currentData())}))
        return combo

    def _table_area(self) -> QStackedWidget:
        self.stack = QStackedWidget(self)
        self.view = QTableView(self.stack)
        self.view.setObjectName("caseload_table")
        setup_table(self.view, self.tr("Caseload"))
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(Col.NAME, Qt.SortOrder.AscendingOrder)
        self.view.activated.connect(self._open)
        self.empty = QLabel(self.stack)
        self.empty.setObjectName("caseload_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        return self.stack

    def _fit_columns(self) -> None:
        """Widths from the header and the first rows only: measuring 5,000 rows would stall a refresh."""
        header = self.view.horizontalHeader()
        header.setResizeContentsPrecision(FIT_ROWS)
        self.view.resizeColumnsToContents()
        em = self.fontMetrics().horizontalAdvance("M")
        for column in range(header.count() - 1):
            limit = (NAME_EMS if column == Col.NAME else MAX_COLUMN_EMS) * em
            header.resizeSection(column, min(header.sectionSize(column) + em // 2, limit))

    def _add_actions(self) -> None:
        find = QAction(self.tr("Find in caseload"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self.focus_search)
        self.addAction(find)

    # ---- behaviour -----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def clear_filters(self) -> None:
        for combo in (self.tier, self.program, self.status):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.overdue.blockSignals(True)
        self.overdue.setChecked(False)
        self.overdue.blockSignals(False)
        self.search.clear()
        self.model.clear_filters()
        self._update_count()

    def _filter(self, **changes: object) -> None:
        self.model.set_filters(**changes)
        self._update_count()

    def _open(self, index: object) -> None:
        member_id = self.model.index(index.row(), 0).data(ID_ROLE)  # type: ignore[attr-defined]
        if member_id:
            self.chart_requested.emit(member_id)

    def reload(self) -> None:
        DbOp(self.ctx, self, lambda s, _actor: members.caseload(s),
             label=self.tr("Loading the caseload")).success(self.show_rows).run_in_background()

    def show_rows(self, rows: list[CaseloadRow]) -> None:
        current = self.view.currentIndex().data(ID_ROLE)
        first_load = self.model.rowCount() == 0
        self.model.set_rows(rows)
        if first_load:
            self._fit_columns()
        if current:
            self.select_member(current)
        self._update_count()

    def select_member(self, member_id: str) -> None:
        row = self.model.row_of(member_id)
        if row >= 0:
            self.view.selectRow(row)

    def clear(self) -> None:
        """The vault is closing: no member stays in memory."""
        self.model.clear()
        self.search.clear()
        self._update_count()

    def _changes_did_happen(self, changes: Changes) -> None:
        if changes.touches("member") and self.ctx.is_unlocked:
            self.reload()

    def _update_count(self) -> None:
        total, shown = self.model.total, self.model.rowCount()
        if total == 1:
            self.count.setText(self.tr("1 member"))
        elif shown == total:
            self.count.setText(arg(self.tr("%1 members"), total))
        else:
            self.count.setText(arg(self.tr("%1 of %2 members"), shown, total))
        self.clear_button.setEnabled(self.model.filters.active)
        if shown == 0:
            self.empty.setText(self.tr("No members match these filters. Clear the filters to see everyone.")
                               if total else self.tr("Your caseload is empty. Add a member with "
                                                     "File › New referral… (Ctrl+N)."))
        self.stack.setCurrentWidget(self.empty if shown == 0 else self.view)
