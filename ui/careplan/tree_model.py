"""The plan as a tree: the plan itself, then its problems (by priority) → goals → interventions, barriers
and the referrals made for that goal; referrals linked to no goal sit under a "Referrals" node.

Three columns: the item (its kind in words and a letter badge), its status (words and a mark) and the
details a nurse scans for (domain; time frame, target date, the member's priority; who and how often …).
Rows are moved only by the service: a drop among siblings asks for a reorder (``drop_did_reorder``),
and the reload that follows shows the new order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont

from app.model import enums as e
from app.services.careplan import PlanTree
from ui.careplan.labels import tone
from ui.careplan.marks import kind_icon, status_icon
from ui.careplan.texts import details_text, item_text
from ui.widgets.labels import label

NODE_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
MIME_TYPE = "application/x-carefield-plan-item"
STATUS_ENUMS = {"plan": e.CarePlanStatus, "problem": e.ProblemStatus, "goal": e.GoalStatus,
                "intervention": e.InterventionStatus, "barrier": e.BarrierStatus,
                "referral": e.ReferralStatus}
MOVABLE = ("problem", "goal")  # the service orders these; the rest keep the order they were added in
Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class Node:
    kind: str  # plan, problem, goal, intervention, barrier, referral; "referrals" groups loose ones
    id: str
    view: Any
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.kind + ":" + self.id

    def add(self, kind: str, view: Any) -> Node:
        child = Node(kind, getattr(view, "id", ""), view, self)
        self.children.append(child)
        return child

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0

    def siblings(self) -> list[Node]:
        """Siblings of the same kind, this node included, in their order."""
        return [n for n in self.parent.children if n.kind == self.kind] if self.parent else [self]


def build(tree: PlanTree) -> Node:
    root = Node("root", "", None)
    if tree.plan is None:
        return root
    root.add("plan", tree.plan)
    goal_ids = {g.id for g in tree.goals}
    for problem in tree.problems:
        problem_node = root.add("problem", problem)
        for goal in tree.goals_of(problem.id):
            goal_node = problem_node.add("goal", goal)
            under = (("intervention", tree.interventions_of(goal.id)), ("barrier", tree.barriers_of(goal.id)),
                     ("referral", tree.referrals_of(goal.id)))
            for kind, items in under:
                for item in items:
                    goal_node.add(kind, item)
    loose = [r for r in tree.referrals if r.goal_id is None or r.goal_id not in goal_ids]
    if loose:
        group = root.add("referrals", None)
        for referral in loose:
            group.add("referral", referral)
    return root


class PlanTreeModel(QAbstractItemModel):
    drop_did_reorder = Signal(str, object)  # kind, the siblings' ids in their new order

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = Node("root", "", None)
        self.headers = [self.tr("Plan item"), self.tr("Status"), self.tr("Details")]

    def set_tree(self, tree: PlanTree | None) -> None:
        self.beginResetModel()
        self.root = build(tree) if tree is not None else Node("root", "", None)
        self.endResetModel()

    def clear(self) -> None:
        self.set_tree(None)

    # ---- structure -------------------------------------------------------------------------------

    def node(self, index: Index) -> Node:
        return index.internalPointer() if index.isValid() else self.root  # type: ignore[return-value]

    def index_of(self, node: Node, column: int = 0) -> QModelIndex:
        if node is self.root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row(), column, node)

    def find(self, key: str) -> QModelIndex:
        stack = list(self.root.children)
        while stack:
            node = stack.pop()
            if node.key == key:
                return self.index_of(node)
            stack.extend(node.children)
        return QModelIndex()

    def nodes(self) -> list[Node]:
        out, stack = [], list(reversed(self.root.children))
        while stack:
            node = stack.pop()
            out.append(node)
            stack.extend(reversed(node.children))
        return out

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self.node(parent)
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        if 0 <= row < len(node.children) and 0 <= column < len(self.headers):
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        return self.index_of(self.node(index).parent or self.root)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    # ---- data ------------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node, column = self.node(index), index.column()
        if role == NODE_ROLE:
            return node
        if role == KEY_ROLE:
            return node.key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(node)[column]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return " · ".join(t for t in self._texts(node) if t) if column == 0 else self._texts(node)[column]
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(node, column)
        if role == Qt.ItemDataRole.FontRole and column == 0 and node.kind in ("plan", "problem", "referrals"):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _texts(self, node: Node) -> tuple[str, str, str]:
        status = ""
        if node.kind in STATUS_ENUMS:
            status = label(node.view.status, STATUS_ENUMS[node.kind])
        return item_text(node), status, details_text(node)

    def _icon(self, node: Node, column: int) -> Any:
        if column == 0:
            return kind_icon(node.kind)
        if column == 1 and node.kind in STATUS_ENUMS:
            return status_icon(tone(node.view.status, STATUS_ENUMS[node.kind]))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        node = self.node(index)
        if node.kind in MOVABLE:
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        elif node.kind == "plan":
            flags |= Qt.ItemFlag.ItemIsDropEnabled  # dropping a problem on the plan puts it first
        return flags

    # ---- drag and drop among siblings ------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Any) -> QMimeData:
        data = QMimeData()
        keys = {self.node(i).key for i in indexes if i.isValid()}
        if len(keys) == 1:  # ids only: the drag carries no text a nurse typed
            data.setData(MIME_TYPE, QByteArray(keys.pop().encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return self._new_order(data, row, parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        order = self._new_order(data, row, parent)
        if order is not None:
            kind, ids = order
            QTimer.singleShot(0, lambda: self.drop_did_reorder.emit(kind, ids))
        return False  # nothing moves here: the reload after the reorder shows the new order

    def _new_order(self, data: QMimeData, row: int, parent: Index) -> tuple[str, list[str]] | None:
        dragged = self._dragged(data)
        if dragged is None or dragged.parent is None:
            return None
        target = self.node(parent)
        if target is not dragged.parent:  # dropped onto an item: a sibling takes its place, the plan row
            if target.parent is not dragged.parent or target.kind not in (dragged.kind, "plan"):
                return None
            after_it = target.kind == "plan" or dragged.row() < target.row()
            row, target = target.row() + (1 if after_it else 0), target.parent
        if row < 0:
            return None
        siblings = dragged.siblings()
        before = [n for n in siblings if n is not dragged and n.row() < row]
        after = [n for n in siblings if n is not dragged and n.row() >= row]
        ids = [n.id for n in [*before, dragged, *after]]
        return (dragged.kind, ids) if ids != [n.id for n in siblings] else None

    def _dragged(self, data: QMimeData) -> Node | None:
        if not data.hasFormat(MIME_TYPE):
            return None
        index = self.find(bytes(data.data(MIME_TYPE).data()).decode())
        return self.node(index) if index.isValid() and self.node(index).kind in MOVABLE else None
