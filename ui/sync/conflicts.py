"""Conflicts: the same detail changed on this laptop and elsewhere (both versions kept), or a change
the server refused. The nurse picks a row, reads both versions side by side, and keeps one, the
other, or a value of her own; the choice is saved as an ordinary change and syncs to everyone.

Keyboard: arrows choose a row, Enter moves to the buttons, Alt+M / Alt+T / Alt+E / Alt+A decide.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import conflicts
from ui.context import AppContext, Changes
from ui.i18n import arg
from ui.messages import field_label, show_error
from ui.ops import DbOp
from ui.sync.conflicts_model import ConflictRow, ConflictsModel, load_rows, member_text
from ui.sync.edit_value import EditValueDialog
from ui.sync.values import kind_label
from ui.widgets.table_view import RecordTable
from ui.widgets.text import heading, muted


class ConflictsPage(QWidget):
    count_did_change = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("conflicts")
        self.model = ConflictsModel(self)
        self.table = RecordTable(self.model, self.tr("Conflicts"), self.tr(
            "No conflicts. When the same detail is changed on this laptop and elsewhere, both versions "
            "appear here for you to choose."), self)
        self.table.setObjectName("conflicts_table")
        self.table.view.selectionModel().selectionChanged.connect(lambda *_: self._show_current())
        self.table.view.activated.connect(lambda _index: self._focus_buttons())
        self.count = QLabel(self)
        self.count.setObjectName("conflicts_count")
        self.notice = QLabel(self)
        self.notice.setObjectName("conflicts_notice")
        self.notice.setAccessibleName(self.tr("Last decision"))
        title = QHBoxLayout()
        title.addWidget(heading(self.tr("Conflicts"), self))
        title.addStretch(1)
        title.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(title)
        layout.addWidget(muted(self.tr(
            "Each row is a detail changed on this laptop and elsewhere before either synced, or a change "
            "the server refused. What you keep is sent to everyone at the next sync."), self))
        layout.addWidget(self.table, 1)  # the list takes the room; the detail is as tall as its text
        layout.addWidget(self._detail())
        layout.addWidget(self.notice)
        self.setFocusProxy(self.table)
        self.busy = False
        ctx.changes_did_happen.connect(self._changes_did_happen)
        ctx.store_will_close.connect(self.clear)
        if ctx.is_unlocked:
            self.reload()

    def _detail(self) -> QWidget:
        pane = QWidget(self)
        self.detail_title = QLabel(pane)
        self.detail_title.setObjectName("conflict_title")
        self.detail_title.setWordWrap(True)
        font = self.detail_title.font()
        font.setBold(True)
        self.detail_title.setFont(font)
        self.mine_box, self.mine = self._value_box(pane, "conflict_mine")
        self.theirs_box, self.theirs = self._value_box(pane, "conflict_theirs")
        values = QHBoxLayout()
        values.addWidget(self.mine_box, 1)
        values.addWidget(self.theirs_box, 1)
        self.keep_mine = self._button(pane, self.tr("Keep &mine"), "keep_mine", lambda: self.resolve("mine"))
        self.keep_theirs = self._button(pane, self.tr("Keep &theirs"), "keep_theirs",
                                        lambda: self.resolve("theirs"))
        self.edit = self._button(pane, self.tr("&Edit…"), "edit_value", self.edit_value)
        self.acknowledge = self._button(pane, self.tr("&Acknowledge"), "acknowledge",
                                        lambda: self.resolve("dismiss"))
        self.refused_hint = muted(self.tr(
            "This change was not saved on the server or on any other laptop. Acknowledge removes it from "
            "this list; if the information is still needed, record it again in a way the record allows "
            "(for a signed note, an addendum)."), pane)
        buttons = QHBoxLayout()
        for button in self.buttons():
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(pane)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(self.detail_title)
        column.addLayout(values)
        column.addWidget(self.refused_hint)
        column.addLayout(buttons)
        return pane

    def _value_box(self, parent: QWidget, name: str) -> tuple[QGroupBox, QLabel]:
        box = QGroupBox(parent)
        label = QLabel(box)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)  # the two values are what the nurse compares
        label.setFont(font)
        QVBoxLayout(box).addWidget(label)
        return box, label

    def _button(self, parent: QWidget, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAutoDefault(True)  # Enter presses the focused button, as in a dialog
        button.clicked.connect(slot)
        return button

    def buttons(self) -> list[QPushButton]:
        return [self.keep_mine, self.keep_theirs, self.edit, self.acknowledge]

    # ---- data ------------------------------------------------------------------------------------

    def reload(self) -> None:
        DbOp(self.ctx, self, lambda s, _a: load_rows(s), label=self.tr("Loading conflicts")) \
            .success(self.show_rows).run_in_background()

    def show_rows(self, rows: list[ConflictRow]) -> None:
        previous = max(self.table.view.currentIndex().row(), 0)
        self.model.set_records(rows)
        self.count.setText(arg(self.tr("To review: %1"), len(rows)) if rows else "")
        if rows:
            self.table.view.selectRow(min(previous, len(rows) - 1))
        self._show_current()
        self.count_did_change.emit(len(rows))

    def clear(self) -> None:
        self.model.clear()
        self.notice.clear()
        self._show_current()
        self.count_did_change.emit(0)

    def _changes_did_happen(self, changes: Changes) -> None:
        if (changes.everything or "conflict" in changes.kinds) and self.ctx.is_unlocked:
            self.reload()

    # ---- the selected conflict -------------------------------------------------------------------

    def current(self) -> ConflictRow | None:
        return self.table.current()  # type: ignore[no-any-return]

    def _show_current(self) -> None:
        row = self.current()
        refused = row is not None and row.refused
        self.mine_box.setTitle(self.tr("Your change (refused)") if refused else self.tr("On this laptop"))
        self.theirs_box.setTitle(self.tr("The server's reason") if refused else self.tr("On the server"))
        self.mine.setText(row.mine_text() if row else "")
        self.theirs.setText(row.theirs_text() if row else "")
        self.detail_title.setText(self._title(row))
        for button in (self.keep_mine, self.keep_theirs, self.edit):
            button.setVisible(not refused)
        self.acknowledge.setVisible(refused)
        self.refused_hint.setVisible(refused)
        for button in self.buttons():
            button.setEnabled(row is not None and not self.busy)

    def _title(self, row: ConflictRow | None) -> str:
        if row is None:
            return ""
        what = self.tr("refused by the server") if row.refused else field_label(row.conflict.field)
        return arg(self.tr("%1 · %2 · %3"), member_text(row), kind_label(row.conflict.table_name), what)

    def _focus_buttons(self) -> None:
        visible = [b for b in self.buttons() if b.isVisible() and b.isEnabled()]
        if visible:
            visible[0].setFocus()

    # ---- deciding --------------------------------------------------------------------------------

    def edit_value(self) -> None:
        row = self.current()
        if row is None or row.refused:
            return
        dialog = EditValueDialog(row, self)
        dialog.did_choose.connect(lambda value: self.resolve("edit", value, row))
        dialog.open()

    def resolve(self, choice: str, value: Any = None, row: ConflictRow | None = None) -> None:
        row = row or self.current()
        if row is None or self.busy:
            return
        c = row.conflict
        changes = Changes.of("member", c.table_name, "conflict", member_id=c.member_id)
        self._set_busy(True)
        DbOp(self.ctx, self, lambda s, actor: conflicts.resolve(s, actor, c.id, choice, value),
             changes=changes).success(lambda _view: self._resolved(choice)).failure(self._failed) \
            .run_in_background()

    def _resolved(self, choice: str) -> None:
        self._set_busy(False)
        self.notice.setText({
            "mine": self.tr("Kept this laptop's version. It goes to the server at the next sync."),
            "theirs": self.tr("Kept the server's version. It goes to every laptop at the next sync."),
            "edit": self.tr("Kept your edited value. It goes to the server at the next sync."),
            "dismiss": self.tr("Acknowledged. The refused change was not saved."),
        }[choice])
        self.table.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        show_error(self, exc)
        self.reload()  # e.g. the conflict was settled meanwhile

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._show_current()
