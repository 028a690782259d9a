"""Edit…: a third value for a conflicting field, starting from this laptop's, with both versions
shown for reference. The field's own editor (a choice list, a date, Yes/No, text) keeps it valid."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ui.i18n import arg
from ui.messages import field_label
from ui.sync.conflicts_model import ConflictRow
from ui.sync.values import column_of, editor_kind, enum_class
from ui.widgets.editors import ChoiceEdit, DateEdit, FlagEdit, NotesEdit, TextEdit
from ui.widgets.form import error_color


class EditValueDialog(QDialog):
    did_choose = Signal(object)  # the JSON-encoded value for conflicts.resolve(..., "edit", value)

    def __init__(self, row: ConflictRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        c = row.conflict
        self.table, self.field = c.table_name, c.field
        self.kind = editor_kind(c.table_name, c.field)
        self.setWindowTitle(arg(self.tr("Edit “%1”"), field_label(c.field)))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(420)
        form = QFormLayout()
        form.addRow(self.tr("On this laptop:"), self._reference(row.mine_text()))
        form.addRow(self.tr("On the server:"), self._reference(row.theirs_text()))
        self.editor = self._editor(c.local_value)
        self.editor.setObjectName("conflict_value")
        self.editor.setAccessibleName(arg(self.tr("New value for %1"), field_label(c.field)))
        caption = QLabel(self.tr("New &value:"), self)
        caption.setBuddy(self.editor)
        form.addRow(caption, self.editor)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.hide()
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Ok | standard.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Keep this value"))
        buttons.accepted.connect(self.choose)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.editor.setFocus()

    def _reference(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _editor(self, value: Any) -> QWidget:
        column = column_of(self.table, self.field)
        if self.kind == "choice":
            editor: Any = ChoiceEdit(enum_class(column), self)  # type: ignore[arg-type]
        elif self.kind == "flag":
            editor = FlagEdit(field_label(self.field), self)
        elif self.kind == "date":
            editor = DateEdit(self)
            value = _day(value)
        elif self.kind == "notes":
            editor = NotesEdit(self, lines=4)
        else:
            length = getattr(column.type, "length", 0) if column is not None else 0
            editor = TextEdit(self, max_length=length or 0)
            if self.kind == "number":
                editor.setValidator(QIntValidator(editor))
        editor.set_value(value)
        return editor

    def value(self) -> Any:
        """The typed value, JSON-encoded as the conflict stores it; ValueError says what is wrong."""
        raw = self.editor.value()  # type: ignore[attr-defined]
        if self.kind == "date":
            return raw.isoformat() if raw else None
        if self.kind == "number":
            return int(raw) if str(raw).strip() else None
        return raw

    def choose(self) -> None:
        try:
            value = self.value()
        except ValueError as exc:
            self.problem.setStyleSheet("color: " + error_color(self) + ";")
            self.problem.setText("⚠ " + str(exc))
            self.problem.show()
            self.editor.setFocus()
            return
        self.did_choose.emit(value)
        self.accept()


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None

