"""A list of tasks with its commands, shared by the Tasks page and the chart's Tasks tab.

Commands are QActions on the list (their shortcuts work anywhere inside it), shown as buttons and in
the context menu: Complete (Ctrl+D), Snooze (Ctrl+Shift+D), Reopen (Ctrl+R), Cancel a manual task
(Delete), New task (Insert) and, on the Tasks page, Open chart (Enter or double-click).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMenu, QToolButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from app.model.enums import TaskOrigin, TaskStatus
from app.services import tasks
from ui.context import AppContext, Changes
from ui.i18n import arg
from ui.ops import DbOp
from ui.tasks.cells import TaskRow, is_active
from ui.tasks.dialogs import NewTaskDialog, cancel_dialog, complete_dialog, snooze_dialog
from ui.tasks.model import TaskFilter, TaskModel
from ui.widgets.form_dialog import FormDialog
from ui.widgets.table_model import ROW_ROLE
from ui.widgets.table_view import RecordTable

Member = tuple[str, str]  # (id, name) of the chart's member
_DUE_COLUMN = {True: 2, False: 1}  # where "Due" sits, with and without the Member column


class TaskList(QWidget):
    chart_requested = Signal(str)  # member id

    def __init__(self, ctx: AppContext, name: str, empty_text: str, parent: QWidget | None = None, *,
                 with_member: bool = True, member: Callable[[], Member | None] | None = None) -> None:
        """``member`` gives the chart's (id, name) for New task; without it the dialog offers the caseload."""
        super().__init__(parent)
        self.ctx, self.with_member, self.member = ctx, with_member, member
        self.today = date.today()
        self.dialog: FormDialog | None = None
        self._wanted: str | None = None  # a task just added: selected once the list shows it
        self.model = TaskModel(self, with_member=with_member)
        self.filter = TaskFilter(self)
        self.filter.setSourceModel(self.model)
        self.table = RecordTable(self.filter, name, empty_text, self)
        self.view = self.table.view
        self.view.sortByColumn(_DUE_COLUMN[with_member], Qt.SortOrder.AscendingOrder)
        self.toolbar = QHBoxLayout()
        self.toolbar.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.table, 1)
        self._build_actions()
        self.toolbar.addStretch(1)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.activated.connect(lambda _index: self.open_chart())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self.update_actions())
        self.filter.modelReset.connect(self.update_actions)
        self.filter.layoutChanged.connect(self.update_actions)
        self.setFocusProxy(self.table)
        ctx.store_will_close.connect(self._close_dialog)
        self.update_actions()

    # ---- building -------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        keys = QKeySequence
        self.complete_action = self._action(self.tr("Co&mplete…"), self.complete, keys("Ctrl+D"))
        self.snooze_action = self._action(self.tr("Snoo&ze…"), self.snooze, keys("Ctrl+Shift+D"))
        self.reopen_action = self._action(self.tr("Re&open"), self.reopen, keys("Ctrl+R"))
        self.cancel_action = self._action(self.tr("Cance&l task…"), self.cancel,
                                          keys(keys.StandardKey.Delete))
        self.new_action = self._action(self.tr("Ne&w task…"), self.new_task, keys(Qt.Key.Key_Insert))
        # In a chart the chart is already open: no such command there.
        self.open_action = self._action(self.tr("O&pen chart"), self.open_chart, None, self.tr("Enter"),
                                        button=self.with_member)
        self.open_action.setVisible(self.with_member)

    def _action(self, text: str, slot: Callable[[], Any], shortcut: QKeySequence | None,
                keys: str = "", *, button: bool = True) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(arg(self.tr("%1 (%2)", "command (shortcut)"), text.replace("&", ""), keys))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        if button:
            tool = QToolButton(self)
            tool.setDefaultAction(action)
            tool.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.toolbar.addWidget(tool)
        return action

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if index.isValid():
            self.view.selectRow(index.row())
        menu = QMenu(self)
        menu.addActions([a for a in (self.open_action, self.complete_action, self.snooze_action,
                                     self.reopen_action, self.cancel_action) if a.isVisible()])
        menu.addSeparator()
        menu.addAction(self.new_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    # ---- contents -------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[TaskRow], today: date) -> None:
        """New contents; the same task stays selected, or the one now in its place."""
        current, position = self.current(), self.view.currentIndex().row()
        self.today = today
        self.filter.set_today(today)
        self.model.set_rows(rows, today)
        if self._wanted is not None and self.select_task(self._wanted):
            self._wanted = None
        elif current is None or not self.select_task(current.task.id):
            self._select_row(min(max(position, 0), self.table.proxy.rowCount() - 1))
        self.update_actions()

    def clear(self) -> None:
        self.model.clear()
        self.update_actions()

    def current(self) -> TaskRow | None:
        row = self.table.current()
        return row if isinstance(row, TaskRow) else None

    def select_task(self, task_id: str | None) -> bool:
        proxy = self.table.proxy
        for row in range(proxy.rowCount()):
            found = proxy.index(row, 0).data(ROW_ROLE)
            if found is not None and found.task.id == task_id:
                self._select_row(row)
                return True
        return False

    def select_some(self) -> None:
        """After a filter change: keep a row selected, so the commands work at once from the keyboard."""
        if self.current() is None:
            self._select_row(0 if self.table.proxy.rowCount() else -1)
        self.update_actions()

    def _select_row(self, row: int) -> None:
        if row >= 0:
            self.view.selectRow(row)
            self.view.setCurrentIndex(self.table.proxy.index(row, 0))

    def rows_shown(self) -> list[TaskRow]:
        proxy = self.table.proxy
        return [proxy.index(r, 0).data(ROW_ROLE) for r in range(proxy.rowCount())]

    def update_actions(self) -> None:
        row = self.current()
        task = row.task if row is not None else None
        stored = task is not None and task.id is not None
        active = stored and is_active(task)  # type: ignore[arg-type]
        self.complete_action.setEnabled(active)
        self.snooze_action.setEnabled(active)
        self.reopen_action.setEnabled(stored and task.status in (TaskStatus.DONE, TaskStatus.SNOOZED))  # type: ignore[union-attr]
        self.cancel_action.setEnabled(active and task.origin == TaskOrigin.MANUAL)  # type: ignore[union-attr]
        self.open_action.setEnabled(row is not None)
        self.new_action.setEnabled(self.ctx.is_unlocked)

    # ---- commands -------------------------------------------------------------------------------

    def _show(self, dialog: FormDialog) -> FormDialog:
        self.dialog = dialog
        dialog.open()
        return dialog

    def complete(self) -> FormDialog | None:
        row = self.current()
        if row is None or not self.complete_action.isEnabled():
            return None
        return self._show(complete_dialog(self.ctx, self.window(), row, self.today))

    def snooze(self) -> FormDialog | None:
        row = self.current()
        if row is None or not self.snooze_action.isEnabled():
            return None
        return self._show(snooze_dialog(self.ctx, self.window(), row, self.today))

    def cancel(self) -> FormDialog | None:
        row = self.current()
        if row is None or not self.cancel_action.isEnabled():
            return None
        return self._show(cancel_dialog(self.ctx, self.window(), row, self.today))

    def new_task(self) -> FormDialog | None:
        if not self.ctx.is_unlocked:
            return None
        member = self.member() if self.member is not None else None
        if self.member is not None and member is None:
            return None  # the chart is not open yet
        dialog = NewTaskDialog(self.ctx, self.window(), self.today, member=member)
        dialog.did_save.connect(lambda view: setattr(self, "_wanted", view.id))
        return self._show(dialog)

    def _close_dialog(self) -> None:
        """Locking: a dialog showing a member's task goes too (its answer could not be saved now)."""
        if self.dialog is not None and isValid(self.dialog):
            self.dialog.done(0)
        self.dialog = None

    def reopen(self) -> None:
        row = self.current()
        if row is None or not self.reopen_action.isEnabled():
            return
        task_id = row.task.id
        DbOp(self.ctx, self, lambda s, a: tasks.reopen(s, a, task_id),  # type: ignore[arg-type]
             changes=Changes.of("task", member_id=row.member_id)).run_in_background()

    def open_chart(self) -> None:
        row = self.current()
        if row is not None and self.with_member:
            self.chart_requested.emit(row.member_id)
