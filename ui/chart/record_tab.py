"""A chart list with its commands: Add (Ins), Edit (Enter, double-click, F2), Remove (Del).

Commands are QActions on the tab (shortcuts work anywhere inside it) shown as text buttons.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QToolButton, QVBoxLayout, QWidget

from ui.chart.data import KIND_OF_PART, RECORD_KINDS
from ui.chart.dialogs import record_dialog
from ui.context import AppContext, Changes
from ui.i18n import arg
from ui.ops import DbOp
from ui.widgets.table_model import RecordModel
from ui.widgets.table_view import RecordTable
from ui.widgets.text import heading


class RecordTab(QWidget):
    def __init__(self, ctx: AppContext, part: str, member_id: str, model: RecordModel[Any], *,
                 noun: str, empty_text: str, title: str = "", add_text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.part, self.member_id, self.model = ctx, part, member_id, model
        self.setObjectName("tab_" + part)
        model.setParent(self)
        layout = QVBoxLayout(self)
        if title:
            layout.addWidget(heading(title, self, scale=1.15))
        self.toolbar = QHBoxLayout()
        self.toolbar.addStretch(1)
        self._buttons = 0
        layout.addLayout(self.toolbar)
        self.table = RecordTable(model, noun, empty_text, self)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table.view)
        self.add_action = self.action(add_text or self.tr("&Add…"), self.add, QKeySequence(Qt.Key.Key_Insert))
        self.edit_action = self.action(self.tr("&Edit…"), self.edit, QKeySequence(Qt.Key.Key_F2))
        self.remove_action = self.action(self.tr("Re&move"), self.remove,
                                         QKeySequence(QKeySequence.StandardKey.Delete))
        self.table.view.activated.connect(lambda _index: self.edit())
        self.table.view.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()

    def action(self, text: str, slot: Any, shortcut: QKeySequence | None = None) -> QAction:
        """A command on this tab, with a text button in the tab's toolbar row."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(arg(self.tr("%1 (%2)", "command (shortcut)"), text.replace("&", ""), keys))
        action.triggered.connect(slot)
        self.addAction(action)
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.insertWidget(self._buttons, button)
        self._buttons += 1
        return action

    def set_records(self, rows: Sequence[Any]) -> None:
        self.model.set_records(rows)
        self._update_actions()

    def clear(self) -> None:
        self.model.clear()
        self._update_actions()

    def current(self) -> Any:
        return self.table.current()

    def _update_actions(self) -> None:
        selected = self.current() is not None
        self.edit_action.setEnabled(selected)
        self.remove_action.setEnabled(selected)

    def add(self) -> None:
        record_dialog(self.ctx, self, self.part, self.member_id).open()

    def edit(self) -> None:
        record = self.current()
        if record is not None:
            record_dialog(self.ctx, self, self.part, self.member_id, record).open()

    def remove(self) -> None:
        record = self.current()
        if record is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove"), self.tr("Remove the selected entry from this chart?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        kind = RECORD_KINDS[self.part]
        DbOp(self.ctx, self, lambda s, a: kind.remove(s, a, record.id),
             changes=Changes.of(KIND_OF_PART[self.part], member_id=self.member_id)).run_in_background()
