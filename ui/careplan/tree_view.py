"""The plan tree on screen: one row per item, drag and drop among siblings, and the same selection and
expansion after every reload (the model is rebuilt each time, so both are kept by item key)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from ui.careplan.tree_model import KEY_ROLE, PlanTreeModel


class PlanTreeView(QTreeView):
    def __init__(self, model: PlanTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("careplan_tree")
        self.setAccessibleName(self.tr("Care plan"))
        self.setModel(model)
        self.collapsed_keys: set[str] = set()  # what the nurse folded; everything else is open
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAllColumnsShowFocus(True)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.expanded.connect(lambda index: self.collapsed_keys.discard(index.data(KEY_ROLE)))
        self.collapsed.connect(lambda index: self.collapsed_keys.add(index.data(KEY_ROLE)))

    def plan_model(self) -> PlanTreeModel:
        model = self.model()
        assert isinstance(model, PlanTreeModel)
        return model

    def current_key(self) -> str:
        index = self.currentIndex()
        return str(index.data(KEY_ROLE)) if index.isValid() else ""

    def after_reload(self, key: str, fallback_row: int = 0) -> None:
        """Open what was open, then select ``key`` (or the row that took its place)."""
        model = self.plan_model()
        for node in model.nodes():
            if node.children and node.key not in self.collapsed_keys:
                self.setExpanded(model.index_of(node), True)
        index = model.find(key) if key else QModelIndex()
        if not index.isValid() and model.rowCount():
            index = model.index(min(fallback_row, model.rowCount() - 1), 0)
        if index.isValid():
            self.select(index)
        self.fit_columns()

    def select(self, index: QModelIndex) -> None:
        parent = index.parent()
        while parent.isValid():
            self.setExpanded(parent, True)
            parent = parent.parent()
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)

    def fit_columns(self) -> None:
        """Status as wide as its words; details up to a third; the item column takes the rest, so nothing
        hides behind a horizontal scroll bar (cut text shows whole in its tool tip)."""
        width = self.viewport().width()
        if width < 200:
            return
        for column in (1, 2):
            self.resizeColumnToContents(column)
        status = min(self.columnWidth(1), width // 5)
        details = min(self.columnWidth(2), width // 3)
        self.setColumnWidth(0, width - status - details)
        self.setColumnWidth(1, status)
        self.setColumnWidth(2, details)

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.plan_model().rowCount():
            self.fit_columns()
