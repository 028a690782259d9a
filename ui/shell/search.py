"""Find a member from anywhere (Ctrl+K): name, plan ID or phone digits, through the full-text index.

A popup with a line edit over a results list; searches are debounced and run as DbOps, and only the
latest query's results are shown. Up/Down move, Enter opens the chart, Esc closes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from app.services import members
from app.services.members import CaseloadRow
from ui.caseload.cells import member_name
from ui.context import AppContext
from ui.i18n import arg
from ui.ops import DbOp
from ui.widgets.dates import format_date
from ui.widgets.table_model import ID_ROLE, Column, RecordModel

SEARCH_DELAY_MS = 150
RESULT_LIMIT = 20


class SearchResultsModel(RecordModel[CaseloadRow]):
    def columns(self) -> list[Column[CaseloadRow]]:
        return [Column(self.tr("Member"), self._describe)]

    def _describe(self, row: CaseloadRow) -> str:
        return arg(self.tr("%1 — %2 · born %3 · %4"), member_name(row), row.plan_member_id,
                   format_date(row.dob), row.phone_primary or self.tr("no phone"))


class MemberSearch(QFrame):
    chart_requested = Signal(str)  # member id

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.ctx = ctx
        self.setObjectName("member_search")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("member_search_edit")
        self.edit.setPlaceholderText(self.tr("Find a member: name, plan ID or phone"))
        self.edit.setAccessibleName(self.tr("Find a member"))
        self.edit.setClearButtonEnabled(True)
        self.model = SearchResultsModel(self)
        self.results = QListView(self)
        self.results.setObjectName("member_search_results")
        self.results.setAccessibleName(self.tr("Matching members"))
        self.results.setModel(self.model)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the line edit
        self.results.activated.connect(lambda index: self._choose(index.row()))
        self.results.clicked.connect(lambda index: self._choose(index.row()))
        self.hint = QLabel(self)
        self.hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.results)
        layout.addWidget(self.hint)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.edit.textChanged.connect(lambda _t: self._timer.start())
        self.edit.installEventFilter(self)
        self._pending: DbOp[list[CaseloadRow]] | None = None
        self._in_flight = self._open_when_ready = False
        ctx.store_will_close.connect(self.clear)

    def popup(self) -> None:
        """Show centred near the top of the parent window, ready for typing."""
        parent = self.parentWidget()
        width = min(640, max(360, parent.width() - 80))
        self.resize(width, 360)
        self.move(parent.mapToGlobal(QPoint((parent.width() - width) // 2, 64)))
        self.edit.clear()
        self.model.clear()
        self.hint.setText(self.tr("Type at least two letters, or four digits of a phone number."))
        self.show()
        self.edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            return self._key(event.key())
        return super().eventFilter(watched, event)

    def _key(self, key: int) -> bool:
        rows, row = self.model.rowCount(), self.results.currentIndex().row()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and rows:
            step = 1 if key == Qt.Key.Key_Down else -1
            self.results.setCurrentIndex(self.model.index(max(0, min(rows - 1, row + step)), 0))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive() or self._in_flight:  # typed fast: open the first match when it arrives
                self._open_when_ready = True
                if self._timer.isActive():
                    self._timer.stop()
                    self._search()
            elif rows:
                self._choose(max(row, 0))
            return True
        if key == Qt.Key.Key_Escape:
            self.close()
            return True
        return False

    def _search(self) -> None:
        text = self.edit.text().strip()
        if self._pending is not None:
            self._pending.cancel()
        if len(text) < 2:
            self.model.clear()
            return
        self._in_flight = True
        self._pending = DbOp(self.ctx, self, lambda s, _a: members.search(s, text, limit=RESULT_LIMIT))
        self._pending.success(self._show).failure(self._failed).run_in_background()

    def _failed(self, _exc: BaseException) -> None:
        self._in_flight = self._open_when_ready = False
        self.hint.setText(self.tr("The search did not finish. Try again."))

    def _show(self, rows: list[CaseloadRow]) -> None:
        self._in_flight = False
        self.model.set_records(rows)
        if rows and self._open_when_ready:
            self._open_when_ready = False
            self._choose(0)
            return
        self._open_when_ready = False
        if rows:
            self.results.setCurrentIndex(self.model.index(0, 0))
        self.hint.setText(self.tr("Enter opens the chart · Esc closes") if rows
                          else self.tr("No member matches."))

    def _choose(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            member_id = self.model.index(row, 0).data(ID_ROLE)
            self.close()
            self.chart_requested.emit(member_id)

    def clear(self) -> None:
        self.model.clear()
        self.edit.clear()
        self.close()
