"""The caseload as a table: one row per member, from ``members.caseload``, sorted and filtered here.

Everything filtering needs per keystroke (a folded search key, the filter facts) is computed once per
refresh, so filtering 5,000 rows stays within a frame. The model filters itself instead of sitting
behind a QSortFilterProxyModel: a proxy asks Python whether each of 5,000 rows is accepted on every
keystroke, and while painting it turns each of a cell's ~7 role lookups into three Python calls (the
source's index(), rowCount(), columnCount()) — about two thirds of a repaint's time.

Sorting is by a cached per-column key (``SORT_ROLE``), in one Python ``sorted``: a Python ``lessThan``
would be called ~60,000 times for 5,000 rows (≈0.5 s per click).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from app.services.members import CaseloadRow
from ui.caseload import cells
from ui.caseload.cells import Col, fold
from ui.caseload.filters import Filters, changed, matching
from ui.widgets.table_model import ID_ROLE, ROW_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex
# Plain ints: data() runs ~1,600 times per repaint, and a Qt enum attribute lookup costs more than the rest.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION, _TOOLTIP = int(Qt.ItemDataRole.DecorationRole), int(Qt.ItemDataRole.ToolTipRole)
_FONT, _ALIGNMENT = int(Qt.ItemDataRole.FontRole), int(Qt.ItemDataRole.TextAlignmentRole)
_ICON_COLUMNS = frozenset({int(Col.RISK), int(Col.NEXT_DUE), int(Col.LANGUAGE)})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NONE: frozenset[int] = frozenset()
_UNSTYLED = {  # role → the columns that never have it
    _DECORATION: frozenset(int(c) for c in Col) - _ICON_COLUMNS,
    _FONT: frozenset(int(c) for c in Col) - {int(Col.NEXT_DUE)},
    _ALIGNMENT: frozenset(int(c) for c in Col) - {int(Col.AGE)},
}
_ROLES = frozenset(int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole, SORT_ROLE, ROW_ROLE, ID_ROLE,
))


@dataclass(frozen=True, slots=True)
class Facts:
    """What the filters look at, as parallel columns (one pass over a list is far faster than
    looking into 5,000 row objects)."""

    tiers: list[str] = field(default_factory=list)
    programs: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    overdue: list[bool] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)  # folded names and plan ID
    digits: list[str] = field(default_factory=list)  # phone digits

    @classmethod
    def of(cls, rows: Sequence[CaseloadRow], today: date) -> Facts:
        return cls(
            [str(r.risk_tier) for r in rows], [str(r.program) for r in rows], [str(r.status) for r in rows],
            [r.is_overdue(today) for r in rows],
            [fold(" ".join((r.last_name, r.first_name, r.preferred_name, r.plan_member_id))) for r in rows],
            [re.sub(r"\D", "", r.phone_primary) for r in rows],
        )

    def reordered(self, order: list[int]) -> Facts:
        return Facts(*([column[i] for i in order] for column in (
            self.tiers, self.programs, self.statuses, self.overdue, self.keys, self.digits)))


class CaseloadModel(QAbstractTableModel):
    """Rows are the members the filters accept (``shown``), in sort order; ``rows()`` is everyone."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseloadRow] = []  # everyone, in sort order
        self._shown: list[int] = []  # positions in _rows that the filters accept
        self.filters = Filters()
        self.facts = Facts()  # of _rows; replaced (never mutated) on refresh and sort
        self._sort_keys: dict[int, list[Any]] = {}
        self._text_cache: dict[int, tuple[str, ...]] = {}  # by position in _rows
        self.sort_column, self.sort_order = -1, Qt.SortOrder.AscendingOrder
        self.today = date.today()
        self._columns = len(Col)
        self._titles = [
            self.tr("Name"), self.tr("Plan ID"), self.tr("Age"), self.tr("Risk tier"),
            self.tr("Program"), self.tr("Status"), self.tr("Last contact"), self.tr("Next due"),
            self.tr("Language"),
        ]

    # ---- the Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """As QAbstractTableModel's, without its two Python calls (rowCount, columnCount) per cell."""
        if 0 <= row < len(self._shown) and 0 <= column < self._columns and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._titles[section] if 0 <= section < len(Col) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:
            return None
        row = index.row()
        if not 0 <= row < len(self._shown):
            return None
        position = self._shown[row]
        if role == _DISPLAY:  # the hot path while painting: cached per row
            return self._texts(position)[index.column()]
        column = index.column()
        # Painting asks each cell for its icon, font and alignment: most cells have none, answered
        # without building anything.
        if _UNSTYLED.get(role, _NONE).__contains__(column):
            return None
        member = self._rows[position]
        if role == SORT_ROLE:
            return self.sort_keys(column)[position]
        if role == ROW_ROLE:
            return member
        if role == ID_ROLE:
            return member.id
        return self._styling(member, Col(column), role)

    def _texts(self, position: int) -> tuple[str, ...]:
        texts = self._text_cache.get(position)
        if texts is None:
            texts = tuple(cells.text(self._rows[position], column, self.today) for column in Col)
            self._text_cache[position] = texts
        return texts

    def _styling(self, row: CaseloadRow, column: Col, role: int) -> Any:
        if role == _DECORATION:
            return cells.icon(row, column, self.today)
        if role == _TOOLTIP:
            return cells.tooltip(row, column, self.today)
        if role == _FONT and row.is_overdue(self.today):
            font = QFont()
            font.setBold(True)
            return font
        if role == _ALIGNMENT:
            return _RIGHT
        return None

    # ---- rows --------------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[CaseloadRow], today: date | None = None) -> None:
        self.beginResetModel()
        self.today = today or date.today()
        self._rows = list(rows)
        self._sort_keys, self._text_cache = {}, {}
        if self.sort_column >= 0:
            self._rows = [self._rows[i] for i in self._sorted_order(self.sort_column, self.sort_order)]
            self._sort_keys = {}
        self.facts = Facts.of(self._rows, self.today)
        self._shown = matching(self.facts, self.filters)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[CaseloadRow]:
        """Every member, filtered or not, in sort order."""
        return list(self._rows)

    @property
    def total(self) -> int:
        return len(self._rows)

    def row_of(self, member_id: str) -> int:
        """The table row showing ``member_id``, or -1 (not in the caseload, or filtered out)."""
        return next((row for row, position in enumerate(self._shown)
                     if self._rows[position].id == member_id), -1)

    # ---- filtering ---------------------------------------------------------------------------------

    def set_filters(self, **changes: object) -> None:
        """Replace the named filters (tier, program, status, overdue_only, search)."""
        before, after = self.filters, changed(self.filters, **changes)
        if after == before:
            return
        among = self._shown if after.narrows(before) else None

        def shown() -> list[int]:
            self.filters = after
            return matching(self.facts, after, among)

        self._relayout(shown)

    def set_search(self, text: str) -> None:
        self.set_filters(search=text)

    def clear_filters(self) -> None:
        self.set_filters(**{name: getattr(Filters(), name) for name in
                            ("tier", "program", "status", "overdue_only", "search")})

    def _relayout(self, shown: Any, order: list[int] | None = None) -> None:
        """Show ``shown()`` (positions, after reordering the rows by ``order`` if given), keeping the view's
        current row and selection on the same members."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        members = [self._shown[i.row()] if 0 <= i.row() < len(self._shown) else -1 for i in old]
        if order is not None:
            moved = {was: now for now, was in enumerate(order)}
            members = [moved.get(m, -1) for m in members]
        self._shown = shown()
        row_of = {position: row for row, position in enumerate(self._shown)}
        new = [self.createIndex(row_of[m], i.column()) if m in row_of else QModelIndex()
               for m, i in zip(members, old, strict=True)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # ---- sorting -----------------------------------------------------------------------------------

    def sort_keys(self, column: int) -> list[Any]:
        """One comparable key per member for ``column``, computed on first use after a refresh."""
        keys = self._sort_keys.get(column)
        if keys is None:
            keys = [cells.sort_key(row, Col(column)) for row in self._rows]
            self._sort_keys[column] = keys
        return keys

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        if column < 0 or not self._rows:
            return
        new_order = self._sorted_order(column, order)

        def reorder() -> list[int]:
            self._rows = [self._rows[i] for i in new_order]
            self.facts = self.facts.reordered(new_order)
            self._text_cache = {}
            self._sort_keys = {c: [keys[i] for i in new_order] for c, keys in self._sort_keys.items()}
            return matching(self.facts, self.filters)

        self._relayout(reorder, new_order)

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        keys = self.sort_keys(column)
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)
