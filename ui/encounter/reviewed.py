"""What the nurse reviewed at this contact: a checklist of the member's recent assessments (and, when
care plans exist, their items). Checked ids are stored on the encounter as ``linked_items``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

from ui.widgets.text import muted

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ReviewedItems(QGroupBox):
    items_did_change = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Reviewed at this contact"), parent)
        self.setObjectName("reviewed_items")
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Assessments and care-plan items reviewed"))
        self.list.itemChanged.connect(lambda _i: self.items_did_change.emit())
        self.empty = muted(self.tr("No assessments or care-plan items recorded yet."), self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)
        self.stack.setCurrentWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._wanted: set[str] = set()

    def set_candidates(self, candidates: Sequence[tuple[str, str]]) -> None:
        """(id, text) pairs, newest first; ids already checked (a restored draft) stay checked."""
        checked = set(self.checked()) | self._wanted
        self.list.blockSignals(True)
        self.list.clear()
        for item_id, text in candidates:
            item = QListWidgetItem(text, self.list)
            item.setData(ID_ROLE, item_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if item_id in checked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._wanted -= self._listed()
        self.stack.setCurrentWidget(self.list if candidates else self.empty)
        self.setFocusProxy(self.list if candidates else None)

    def checked(self) -> list[str]:
        out = [str(self.list.item(i).data(ID_ROLE)) for i in range(self.list.count())
               if self.list.item(i).checkState() == Qt.CheckState.Checked]
        # ids restored from a draft before the list arrived are kept, so nothing is lost
        return out + sorted(self._wanted - set(out) - self._listed())

    def _listed(self) -> set[str]:
        return {str(self.list.item(i).data(ID_ROLE)) for i in range(self.list.count())}

    def set_checked(self, ids: Iterable[str]) -> None:
        self._wanted = set(ids)
        for i in range(self.list.count()):
            item = self.list.item(i)
            state = Qt.CheckState.Checked if item.data(ID_ROLE) in self._wanted else Qt.CheckState.Unchecked
            item.setCheckState(state)
