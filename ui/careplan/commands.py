"""This session's plan edits as undo steps. Each change is made first (through the service, in a DbOp)
and pushed only once it is saved, so a refused change never enters the stack; undo and redo then call
the service again: undo of an add removes, undo of a remove restores the same rows (same ids, same
order), undo of an edit writes the old value back, undo of a reorder puts the old order back.

The work closures read and write each command's state on the DB thread, which runs ops one at a time
in order, so Ctrl+Z pressed before an earlier op has finished still finds the ids it needs.
Command texts name kinds and fields, never what the nurse typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoCommand

from app.services import careplan
from app.services.library_add import LibraryResult
from ui.careplan.side_panel import FieldEdit
from ui.i18n import arg
from ui.widgets.text import translate

Work = Callable[[Any, Any], Any]  # (session, actor) -> result
_C = "CarePlanUndo"
ADD = {
    "problem": QT_TRANSLATE_NOOP("CarePlanUndo", "Add problem"),
    "goal": QT_TRANSLATE_NOOP("CarePlanUndo", "Add goal"),
    "intervention": QT_TRANSLATE_NOOP("CarePlanUndo", "Add intervention"),
    "barrier": QT_TRANSLATE_NOOP("CarePlanUndo", "Add barrier"),
    "referral": QT_TRANSLATE_NOOP("CarePlanUndo", "Add referral"),
}
REMOVE = {
    "problem": QT_TRANSLATE_NOOP("CarePlanUndo", "Remove problem"),
    "goal": QT_TRANSLATE_NOOP("CarePlanUndo", "Remove goal"),
    "intervention": QT_TRANSLATE_NOOP("CarePlanUndo", "Remove intervention"),
    "barrier": QT_TRANSLATE_NOOP("CarePlanUndo", "Remove barrier"),
    "referral": QT_TRANSLATE_NOOP("CarePlanUndo", "Remove referral"),
}
EDIT = {
    "plan": QT_TRANSLATE_NOOP("CarePlanUndo", "Edit plan"),
    "problem": QT_TRANSLATE_NOOP("CarePlanUndo", "Edit problem"),
    "goal": QT_TRANSLATE_NOOP("CarePlanUndo", "Edit goal"),
    "intervention": QT_TRANSLATE_NOOP("CarePlanUndo", "Edit intervention"),
    "barrier": QT_TRANSLATE_NOOP("CarePlanUndo", "Edit barrier"),
    "referral": QT_TRANSLATE_NOOP("CarePlanUndo", "Edit referral"),
}
MOVE = {
    "problem": QT_TRANSLATE_NOOP("CarePlanUndo", "Move problem"),
    "goal": QT_TRANSLATE_NOOP("CarePlanUndo", "Move goal"),
}


class Runner(Protocol):
    def run(self, work: Work) -> None: ...


def update_work(kind: str, item_id: str, values: dict[str, Any]) -> Work:
    if kind == "plan":
        return lambda s, actor: careplan.update_plan(s, actor, item_id, **values)
    return lambda s, actor: careplan.update(s, actor, kind, item_id, **values)  # type: ignore[arg-type]


class PlanCommand(QUndoCommand):
    """A change already made when pushed: the stack's first call of ``redo`` does nothing."""

    def __init__(self, runner: Runner, text: str) -> None:
        super().__init__(translate(_C, text))
        self.runner = runner
        self._made = True

    def redo(self) -> None:
        if self._made:
            self._made = False
            return
        self.runner.run(self.forward)

    def undo(self) -> None:
        self.runner.run(self.backward)

    def forward(self, session: Any, actor: Any) -> None:
        raise NotImplementedError

    def backward(self, session: Any, actor: Any) -> None:
        raise NotImplementedError


class AddItem(PlanCommand):
    def __init__(self, runner: Runner, kind: str, item_id: str) -> None:
        super().__init__(runner, ADD[kind])
        self.kind, self.item_id = kind, item_id
        self.removed: tuple[tuple[str, str], ...] = ()

    def backward(self, session: Any, actor: Any) -> None:
        self.removed = careplan.remove(session, actor, self.kind, self.item_id)  # type: ignore[arg-type]

    def forward(self, session: Any, actor: Any) -> None:
        careplan.restore(session, actor, self.removed)


class RemoveItem(PlanCommand):
    def __init__(self, runner: Runner, kind: str, item_id: str, removed: Sequence[tuple[str, str]]) -> None:
        super().__init__(runner, REMOVE[kind])
        self.kind, self.item_id, self.removed = kind, item_id, tuple(removed)

    def backward(self, session: Any, actor: Any) -> None:
        careplan.restore(session, actor, self.removed)

    def forward(self, session: Any, actor: Any) -> None:
        self.removed = careplan.remove(session, actor, self.kind, self.item_id)  # type: ignore[arg-type]


class EditField(PlanCommand):
    def __init__(self, runner: Runner, edit: FieldEdit) -> None:
        super().__init__(runner, EDIT[edit.kind])
        self.edit = edit

    def backward(self, session: Any, actor: Any) -> None:
        update_work(self.edit.kind, self.edit.item_id, {self.edit.name: self.edit.old})(session, actor)

    def forward(self, session: Any, actor: Any) -> None:
        update_work(self.edit.kind, self.edit.item_id, {self.edit.name: self.edit.new})(session, actor)


class Reorder(PlanCommand):
    def __init__(self, runner: Runner, kind: str, old_ids: Sequence[str], new_ids: Sequence[str],
                 old_priorities: Sequence[int] | None = None) -> None:
        super().__init__(runner, MOVE[kind])
        self.kind, self.old_ids, self.new_ids = kind, list(old_ids), list(new_ids)
        self.old_priorities = list(old_priorities) if old_priorities is not None else None

    def backward(self, session: Any, actor: Any) -> None:  # the old numbers too, gaps and all
        careplan.reorder(session, actor, self.kind, self.old_ids, self.old_priorities)  # type: ignore[arg-type]

    def forward(self, session: Any, actor: Any) -> None:
        careplan.reorder(session, actor, self.kind, self.new_ids)  # type: ignore[arg-type]


class AddFromLibrary(PlanCommand):
    def __init__(self, runner: Runner, result: LibraryResult) -> None:
        super().__init__(runner, QT_TRANSLATE_NOOP("CarePlanUndo", "Add from library"))
        self.result = result
        self.removed: list[tuple[str, str]] = []

    def backward(self, session: Any, actor: Any) -> None:
        self.removed = []
        for kind, item_id in self.result.added:
            self.removed += careplan.remove(session, actor, kind, item_id)  # type: ignore[arg-type]
        if self.result.self_management is not None:
            before, _after = self.result.self_management
            careplan.update_plan(session, actor, self.result.plan_id, self_management_plan=before)

    def forward(self, session: Any, actor: Any) -> None:
        careplan.restore(session, actor, self.removed)
        if self.result.self_management is not None:
            _before, after = self.result.self_management
            careplan.update_plan(session, actor, self.result.plan_id, self_management_plan=after)


def removal_question(kind: str, children: int) -> str:
    """"Remove this goal and the 3 items under it?" — asked only when something hangs under it."""
    texts = {
        "problem": translate("CarePlanUndo", "Remove this problem and the %1 items under it?"),
        "goal": translate("CarePlanUndo", "Remove this goal and the %1 items under it?"),
    }
    fallback = translate("CarePlanUndo", "Remove this item and the %1 items under it?")
    return arg(texts.get(kind, fallback), children)
