"""A keyboard-friendly, sortable table with a plain sentence in place of an empty grid."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QStackedWidget, QTableView, QWidget

from ui.widgets.table_model import ROW_ROLE, SORT_ROLE

MIN_COLUMN_PX = 60


def setup_table(view: QTableView, name: str) -> None:
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)


FIT_SAMPLE_ROWS = 50  # rows measured per column: Qt measures every cell's text (a 300-row list: ~20 ms)


def fit_columns(view: QTableView, rows: int = FIT_SAMPLE_ROWS) -> None:
    """Columns as wide as their contents (measured over the first ``rows``), narrowed — widest first —
    until they fit the view, so no column hides behind a horizontal scroll bar."""
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(rows)
    view.resizeColumnsToContents()
    widths = [header.sectionSize(c) for c in range(header.count())]
    if widths:  # the stretched last section never gets narrower than the default size
        widths[-1] = max(widths[-1], header.defaultSectionSize())
    available = view.viewport().width() - 4  # a little slack: rounding must not bring back the scroll bar
    if available > 200 and sum(widths) > available:
        widths = _capped(widths, available)
    for column, width in enumerate(widths[:-1]):  # the last one stretches
        header.resizeSection(column, width)


def _capped(widths: list[int], total: int) -> list[int]:
    """The widths with the widest ones lowered to one cap, so they add up to about ``total``."""
    ordered = sorted(widths)
    remaining, count = total, len(ordered)
    for index, width in enumerate(ordered):
        cap = remaining // (count - index)
        if width > cap:
            return [min(w, max(cap, MIN_COLUMN_PX)) for w in widths]
        remaining -= width
    return widths


class RecordTable(QStackedWidget):
    """A sorted view over ``model`` (through its own proxy), or ``empty_text`` when it has no rows."""

    def __init__(self, model: QAbstractItemModel, name: str, empty_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        setup_table(self.view, name)
        self.view.setModel(self.proxy)
        self._fitted_width = -1
        self.view.viewport().installEventFilter(self)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.empty = QLabel(empty_text, self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)  # drawn in the palette's muted text colour
        self.addWidget(self.view)
        self.addWidget(self.empty)
        self.setFocusProxy(self.view)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._update_state)
        self._update_state()

    def _update_state(self) -> None:
        empty = self.model.rowCount() == 0
        had_focus = self.view.hasFocus()
        self._fitted_width = -1  # new rows: measure them, once
        self.setCurrentWidget(self.empty if empty else self.view)  # a first show fits it (its Resize)
        if not empty:
            if self._fitted_width != self.view.viewport().width():
                self._fit_columns()
            if had_focus:
                self.view.setFocus()

    def _fit_columns(self) -> None:
        self._fitted_width = self.view.viewport().width()
        fit_columns(self.view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Refit when the table gets its real width (a tab shown for the first time, a resize)."""
        if (watched is self.view.viewport() and event.type() == QEvent.Type.Resize
                and self.model.rowCount() and self.view.viewport().width() != self._fitted_width):
            self._fit_columns()
        return super().eventFilter(watched, event)

    def current(self) -> Any:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isSelected(index):
            return None
        return index.data(ROW_ROLE)

    def select_first(self) -> None:
        if self.proxy.rowCount():
            self.view.selectRow(0)
