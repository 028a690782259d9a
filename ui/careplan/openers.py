"""The Care plan tab's commands that open another window: Add from the library (one undo step for the
whole entry), Review progress of a goal, the Member's agreement, and Versions (whose restore empties the
undo stack: the steps on it were recorded against a plan that is no longer there)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from app import careplan_library
from app.services.library_add import LibraryResult, add_entry
from ui.careplan.commands import AddFromLibrary
from ui.careplan.editing import PlanEditor
from ui.careplan.rules import ancestor


class PlanDialogs(QObject):
    def __init__(self, editor: PlanEditor) -> None:
        super().__init__(editor)
        self.editor, self.tab, self.ctx, self.member_id = editor, editor.tab, editor.ctx, editor.member_id
        tab = self.tab
        tab.on(tab.library_action, self.add_from_library)
        tab.on(tab.review_action, self.review)
        tab.on(tab.agreement_action, self.agreement)
        tab.on(tab.versions_action, self.versions)

    def _plan(self) -> Any:
        return self.tab.tree_data.plan if self.tab.tree_data else None

    def add_from_library(self) -> QWidget | None:
        from ui.careplan.library_picker import LibraryPicker

        plan = self._plan()
        if plan is None or not self.tab.library_action.isEnabled():
            return None
        picker = LibraryPicker(self.editor.member()[1], self.tab)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.accepted.connect(lambda: self._add_chosen(plan, picker.chosen()))
        picker.open()
        return picker

    def _add_chosen(self, plan: Any, chosen: tuple[str, tuple[str, ...], str] | None) -> None:
        if chosen is None:
            return
        key, goal_keys, language = chosen
        today = date.today()
        editor = self.editor

        def added(result: LibraryResult) -> None:
            editor.undo_stack.push(AddFromLibrary(editor, result))
            editor.select("problem:" + result.problem.id)
            self.tab.tree.setFocus()

        def work(s: Any, actor: Any) -> LibraryResult:
            entry = careplan_library.problem(key)
            goals = [goal for goal in entry.goals if goal.key in goal_keys]
            return add_entry(s, actor, plan, entry, goals, language=language, today=today,
                             source="library:" + key)

        editor.run(work, added, editor.show_failure)

    def review(self) -> QWidget | None:
        from ui.careplan.review import ReviewDialog

        goal, tree = ancestor(self.tab.current_node(), "goal"), self.tab.tree_data
        if goal is None or tree is None or not self.tab.review_action.isEnabled():
            return None
        dialog = ReviewDialog(self.ctx, self.member_id, goal.view, tree.reviews_of(goal.id), self.tab)
        dialog.open()
        return dialog

    def agreement(self) -> QWidget | None:
        from ui.careplan.agreement import AgreementDialog

        plan = self._plan()
        if plan is None or not self.tab.agreement_action.isEnabled():
            return None
        dialog = AgreementDialog(self.ctx, self.member_id, plan, self.editor.member()[0], self.tab)
        dialog.open()
        return dialog

    def versions(self) -> QWidget | None:
        from ui.careplan.versions import VersionsDialog

        plan = self._plan()
        if plan is None:
            return None
        dialog = VersionsDialog(self.ctx, self.member_id, plan.id, self.tab)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.plan_did_restore.connect(lambda _tree: self.editor.undo_stack.clear())
        dialog.open()
        return dialog
