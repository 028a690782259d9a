"""A form that knows its fields by the names the services use, so a ``ValidationError.field``
lands next to the right widget with its message, and what the nurse typed stays where it was.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.services.fields import Field, clean
from ui.theme import WARNING_TEXT
from ui.widgets.editors import Editor
from ui.widgets.rule_text import rule_text


def error_color(widget: QWidget) -> str:
    """A red readable on the widget's window colour (dark mode needs a lighter one), as in ui.theme."""
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return WARNING_TEXT["dark" if dark else "light"]


def message_text(error: ValidationError) -> str:
    message = rule_text(error.message)
    return message[:1].upper() + message[1:]


class Form(QWidget):
    """Rows of label + editor; each editor has an error line under it, hidden until needed."""

    def __init__(self, spec: Mapping[str, Field] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec or {}
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

    def add(self, name: str, text: str, editor: QWidget) -> QWidget:
        """``text`` carries the mnemonic ("&Dose"); the label is the editor's buddy."""
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        error = QLabel(holder)
        error.setObjectName("error_" + name)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        if isinstance(editor, QAbstractButton):
            self.layout_.addRow("", holder)
        else:
            label = QLabel(text, self)
            label.setBuddy(editor)
            self.layout_.addRow(label, holder)
            editor.setAccessibleName(text.replace("&", ""))
        self.editors[name], self.errors[name] = editor, error
        if isinstance(editor, QLineEdit) and name in self.spec:
            editor.editingFinished.connect(lambda: self._check_one(name))
        return editor

    def add_widget(self, widget: QWidget, text: str = "") -> None:
        self.layout_.addRow(text, widget)

    def editor(self, name: str) -> Any:
        return self.editors[name]

    def values(self) -> dict[str, Any]:
        """Every field's raw value; a value that cannot even be read (a bad date) is reported here."""
        out: dict[str, Any] = {}
        for name, editor in self.editors.items():
            try:
                out[name] = _as_editor(editor).value()
            except ValueError as exc:
                raise ValidationError(name, str(exc)) from None
        return out

    def set_values(self, values: Mapping[str, Any] | object) -> None:
        for name, editor in self.editors.items():
            if isinstance(values, Mapping):
                if name in values:
                    _as_editor(editor).set_value(values[name])
            elif hasattr(values, name):
                _as_editor(editor).set_value(getattr(values, name))

    def show_error(self, error: ValidationError) -> bool:
        """Put the message under its field and focus it; False when no field here has that name."""
        if error.field not in self.errors:
            return False
        self._show_quietly(error)
        self.editors[error.field].setFocus()
        return True

    def clear_error(self, name: str) -> None:
        self.errors[name].hide()
        self.errors[name].clear()
        self.editors[name].setAccessibleDescription("")

    def clear_errors(self) -> None:
        for name in self.errors:
            self.clear_error(name)

    def visible_errors(self) -> dict[str, str]:
        return {name: label.text() for name, label in self.errors.items() if not label.isHidden()}

    def report_field_errors(self, *, partial: bool = False) -> None:
        """Show, without moving the focus, the message of every field that fails its own rule."""
        for name in self.editors.keys() & self.spec.keys():
            try:
                value = _as_editor(self.editors[name]).value()
                clean({name: self.spec[name]}, {name: value}, partial=partial)
            except ValueError as exc:
                self._show_quietly(ValidationError(name, str(exc)))
            except ValidationError as exc:
                self._show_quietly(exc)

    def _check_one(self, name: str) -> None:
        """As the nurse leaves a field: say at once if what she typed cannot be right."""
        try:
            value = _as_editor(self.editors[name]).value()
            if value not in ("", None):
                clean({name: self.spec[name]}, {name: value}, partial=True)
        except ValueError as exc:
            self._show_quietly(ValidationError(name, str(exc)))
        except ValidationError as exc:
            self._show_quietly(exc)
        else:
            self.clear_error(name)

    def _show_quietly(self, error: ValidationError) -> None:
        label = self.errors[error.field]
        label.setText("⚠ " + message_text(error))
        label.setStyleSheet("color: " + error_color(self) + ";")
        label.show()
        self.editors[error.field].setAccessibleDescription(message_text(error))


def _as_editor(widget: QWidget) -> Editor:
    return widget  # type: ignore[return-value]
