"""What the Care plan tab's commands do: start a plan, add an item (in a dialog), remove, move, save a
field; every change made here is pushed on the undo stack once it is stored (ui.careplan.openers adds
from the library and opens the review, agreement and versions dialogs).

Every write goes through a DbOp that announces ``Changes.of("care_plan", member_id)``; the part reloads
the tree on that, so the screen always shows what is stored.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QMessageBox

from app.model.enums import CarePlanStatus
from app.services import careplan
from ui.careplan.commands import (
    ADD,
    AddItem,
    EditField,
    RemoveItem,
    Reorder,
    Work,
    removal_question,
    update_work,
)
from ui.careplan.forms import FORMS, GoalLinkEdit, PlanItemForm
from ui.careplan.rules import ancestor, descendants
from ui.careplan.side_panel import FieldEdit
from ui.careplan.tab import CarePlanTab
from ui.context import AppContext, Changes
from ui.messages import show_error
from ui.ops import DbOp
from ui.widgets.form_dialog import FormDialog
from ui.widgets.text import translate

log = logging.getLogger(__name__)


class PlanEditor(QObject):
    def __init__(self, ctx: AppContext, member_id: str, tab: CarePlanTab,
                 member: Callable[[], tuple[str, str]]) -> None:
        super().__init__(tab)
        self.ctx, self.member_id, self.tab = ctx, member_id, tab
        self.member = member  # () -> (the member's name, the plan's library language)
        self.undo_stack = QUndoStack(self)
        self.pending: list[DbOp[Any]] = []
        tab.set_undo_actions(self.undo_stack.createUndoAction(self, self.tr("Undo")),
                             self.undo_stack.createRedoAction(self, self.tr("Redo")))
        self._connect()

    def _connect(self) -> None:
        tab = self.tab
        tab.on(tab.start_action, self.start_plan)
        tab.on(tab.add_like_action, lambda: self.add(tab.kind_like_current()))
        for kind, action in tab.add_actions.items():
            tab.on(action, lambda k=kind: self.add(k))
        tab.on(tab.remove_action, self.remove)
        tab.on(tab.up_action, lambda: self.move(-1))
        tab.on(tab.down_action, lambda: self.move(1))
        tab.model.drop_did_reorder.connect(self.reorder)
        tab.panel.field_did_commit.connect(self.save_field)

    @property
    def changes(self) -> Changes:
        return Changes.of("care_plan", member_id=self.member_id)

    def run(self, work: Work, done: Callable[[Any], None] | None = None,
            failed: Callable[[BaseException], None] | None = None) -> None:
        """One write; an undo or redo that fails (the plan changed elsewhere) empties the stack."""
        op: DbOp[Any] = DbOp(self.ctx, self.tab, work, changes=self.changes)
        self.pending.append(op)

        def succeeded(result: Any) -> None:
            self._forget(op)
            if done is not None:
                done(result)

        def refused(exc: BaseException) -> None:
            self._forget(op)
            log.info("care plan change refused: %s", type(exc).__name__)
            if failed is not None:
                failed(exc)
                return
            self.undo_stack.clear()
            show_error(self.tab, exc)
            self.ctx.changes_did_happen.emit(self.changes)  # show the plan as it is stored

        op.success(succeeded).failure(refused).run_in_background()

    def _forget(self, op: DbOp[Any]) -> None:
        if op in self.pending:
            self.pending.remove(op)

    def cancel_pending(self) -> None:
        for op in self.pending:
            op.cancel()
        self.pending = []

    # ---- plan and items --------------------------------------------------------------------------

    def start_plan(self) -> None:
        member_id = self.member_id
        self.tab.pending_focus = True
        self.run(lambda s, actor: careplan.create_plan(s, actor, member_id),
                 lambda plan: self.select("plan:" + plan.id), self.show_failure)

    def add(self, kind: str) -> FormDialog | None:
        parent_id = self.tab.parent_for(kind)
        if parent_id is None or not self.tab.add_actions[kind].isEnabled():
            return None
        form = FORMS[kind](adding=True)
        assert isinstance(form, PlanItemForm)
        if kind == "referral":
            self._prepare_referral(form)

        def submit(cleaned: dict[str, Any]) -> Work:
            fields = {k: v for k, v in cleaned.items() if v not in (None, "")}
            return lambda s, actor: careplan.add(s, actor, kind, parent_id, **fields)  # type: ignore[arg-type]

        dialog = FormDialog(self.ctx, self.tab, translate("CarePlanUndo", ADD[kind]), [("", form)],
                            spec=form.dialog_spec(), submit=submit, changes=self.changes)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), dialog).activated.connect(dialog.save)
        dialog.did_save.connect(lambda view: self._added(kind, view))
        dialog.open()
        return dialog

    def _prepare_referral(self, form: PlanItemForm) -> None:
        link = form.editor("goal_id")
        assert isinstance(link, GoalLinkEdit)
        link.set_goals(self.tab.tree_data.goals if self.tab.tree_data else ())
        goal = ancestor(self.tab.current_node(), "goal")
        link.set_value(goal.id if goal is not None else None)

    def _added(self, kind: str, view: Any) -> None:
        self.undo_stack.push(AddItem(self, kind, view.id))
        self.select(kind + ":" + view.id)
        self.tab.tree.setFocus()  # the main window's focus once the dialog has closed

    def select(self, key: str) -> None:
        index = self.tab.index_of_key(key)
        if index.isValid():
            self.tab.tree.select(index)
        else:
            self.tab.pending_key = key  # the reload on its way will show it

    def remove(self) -> None:
        node = self.tab.current_node()
        if node is None or not self.tab.remove_action.isEnabled():
            return
        below = len(descendants(node))
        if not below:
            self._remove(node.kind, node.id)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove"), removal_question(node.kind, below),
                          QMessageBox.StandardButton.NoButton, self.tab)
        box.setInformativeText(self.tr("You can undo this with Ctrl+Z."))
        yes = box.addButton(self.tr("&Remove"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        kind, item_id = node.kind, node.id
        box.accepted.connect(lambda: self._remove(kind, item_id))
        box.open()

    def _remove(self, kind: str, item_id: str) -> None:
        node = self.tab.current_node()
        if node is not None and node.id == item_id:  # keep the place: the row above takes the selection
            siblings = node.parent.children if node.parent else []
            position = siblings.index(node)
            neighbour = siblings[position - 1] if position > 0 else node.parent
            if neighbour is not None and neighbour.kind != "root":
                self.tab.pending_key = neighbour.key
        self.run(lambda s, actor: careplan.remove(s, actor, kind, item_id),  # type: ignore[arg-type]
                 lambda removed: self.undo_stack.push(RemoveItem(self, kind, item_id, removed)),
                 self.show_failure)

    def move(self, step: int) -> None:
        node, other = self.tab.current_node(), self.tab.neighbour(step)
        if node is None or other is None:
            return
        ids = [n.id for n in node.siblings()]
        a, b = ids.index(node.id), ids.index(other.id)
        ids[a], ids[b] = ids[b], ids[a]
        self.reorder(node.kind, ids)

    def reorder(self, kind: str, ids: list[str]) -> None:
        index = self.tab.index_of_key(kind + ":" + ids[0])
        node = self.tab.model.node(index) if index.isValid() else None
        if node is None or self.tab.closed:
            return
        siblings = node.siblings()
        old, numbers = [n.id for n in siblings], [n.view.priority for n in siblings]
        self.run(lambda s, actor: careplan.reorder(s, actor, kind, ids),  # type: ignore[arg-type]
                 lambda _r: self.undo_stack.push(Reorder(self, kind, old, ids, numbers)), self.show_failure)

    def save_field(self, edit: FieldEdit) -> None:
        def saved(view: Any) -> None:
            self.tab.panel.saved(edit, view)
            if (edit.kind, edit.name) != ("plan", "status"):  # a status milestone is not taken back
                self.undo_stack.push(EditField(self, edit))
            elif edit.new == CarePlanStatus.CLOSED:  # a closed plan does not change: nothing to undo
                self.undo_stack.clear()

        def refused(exc: BaseException) -> None:
            if not self.tab.panel.failed(edit, exc):
                show_error(self.tab, exc)

        self.run(update_work(edit.kind, edit.item_id, {edit.name: edit.new}), saved, refused)

    def show_failure(self, exc: BaseException) -> None:
        show_error(self.tab, exc)
        self.ctx.changes_did_happen.emit(self.changes)
