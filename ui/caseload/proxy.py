"""Caseload filters (tier, program, status, overdue) and search-as-you-type, all in memory.

Per keystroke the accepted rows are worked out in a few list passes over the model's precomputed
facts; ``filterAcceptsRow`` only looks the answer up, and the view gets one layout change
(``invalidate``) rather than a remove/insert signal per gap (tens of ms with thousands of rows).
Sorting is forwarded to the model, which sorts by its cached ``SORT_ROLE`` keys.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ui.caseload.cells import fold
from ui.caseload.model import CaseloadModel, Facts
from ui.widgets.table_model import SORT_ROLE

Index = QModelIndex | QPersistentModelIndex
_PHONE_LIKE = re.compile(r"[\d\s()+\-.]+")


@dataclass(frozen=True, slots=True)
class Filters:
    tier: str = ""  # "" means any
    program: str = ""
    status: str = ""
    overdue_only: bool = False
    search: str = ""

    @property
    def active(self) -> bool:
        return bool(self.tier or self.program or self.status or self.overdue_only or self.search.strip())


def accepted_rows(facts: Facts, filters: Filters) -> list[bool]:
    """Every search word must appear in the name/plan-ID key; phone-like input also matches digits."""
    words = fold(filters.search).split()
    ok = [all(w in key for w in words) for key in facts.keys] if words else [True] * len(facts.keys)
    digits = re.sub(r"\D", "", filters.search)
    if len(digits) >= 3 and _PHONE_LIKE.fullmatch(filters.search.strip()):
        ok = [a or digits in d for a, d in zip(ok, facts.digits, strict=True)]
    for wanted, column in ((filters.tier, facts.tiers), (filters.program, facts.programs),
                           (filters.status, facts.statuses)):
        if wanted:
            ok = [a and value == wanted for a, value in zip(ok, column, strict=True)]
    if filters.overdue_only:
        ok = [a and late for a, late in zip(ok, facts.overdue, strict=True)]
    return ok


class CaseloadProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.filters = Filters()
        self._accepted: list[bool] = []
        self._computed_for: Facts | None = None
        self._model: CaseloadModel | None = None

    def setSourceModel(self, model: CaseloadModel) -> None:  # type: ignore[override]
        self._model = model
        super().setSourceModel(model)

    def set_filters(self, **changes: object) -> None:
        """Replace the named filters (tier, program, status, overdue_only, search)."""
        self.filters = replace(self.filters, **changes)  # type: ignore[arg-type]
        self._computed_for = None
        self.invalidate()

    def set_search(self, text: str) -> None:
        self.set_filters(search=text)

    def clear_filters(self) -> None:
        self.filters = Filters()
        self._computed_for = None
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        facts = self._model.facts  # type: ignore[union-attr]
        if facts is not self._computed_for:  # a new filter, or the caseload was refreshed or sorted
            self._accepted, self._computed_for = accepted_rows(facts, self.filters), facts
        return self._accepted[source_row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._model is not None:
            self._model.sort(column, order)
