"""Field editors a Form can read and fill: each has ``value()`` and ``set_value()``.

Values come back raw (text, a stored enum value, a day, a flag); the service spec turns them into
stored values and says what is wrong, so forms and services always agree.
"""

from __future__ import annotations

import enum
from datetime import date
from typing import Any, Protocol

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ui.i18n import arg
from ui.widgets.dates import date_placeholder, format_date, parse_date
from ui.widgets.labels import COMMON_LANGUAGES, choices, language_name


class Editor(Protocol):
    def value(self) -> Any: ...
    def set_value(self, value: Any) -> None: ...


class TextEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "", max_length: int = 0) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        if max_length:
            self.setMaxLength(max_length)

    def value(self) -> str:
        return self.text()

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))


class NotesEdit(QPlainTextEdit):
    """Several lines of text; Tab still moves to the next field, so the form stays keyboard-friendly."""

    def __init__(self, parent: QWidget | None = None, *, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value: Any) -> None:
        self.setPlainText("" if value is None else str(value))


class ChoiceEdit(QComboBox):
    """One of an enum's values, shown by its label. Never blank: the stored column has a default."""

    def __init__(self, enum_cls: type[enum.StrEnum], parent: QWidget | None = None, *,
                 only: list[enum.StrEnum] | None = None, default: enum.StrEnum | None = None) -> None:
        super().__init__(parent)
        allowed = {str(v) for v in only} if only else None
        for value, text in choices(enum_cls):
            if allowed is None or value in allowed:
                self.addItem(text, value)
        if default is not None:
            self.set_value(default)

    def value(self) -> str:
        return str(self.currentData())

    def set_value(self, value: Any) -> None:
        index = self.findData(str(value))
        if index >= 0:
            self.setCurrentIndex(index)


class FlagEdit(QCheckBox):
    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))


class DateEdit(QLineEdit):
    """A day typed in the locale's format (ISO 8601 also accepted); blank means not recorded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(date_placeholder())
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000-00-00000") + 24)

    def value(self) -> date | None:
        return parse_date(self.text())  # ValueError says the format to use

    def set_value(self, value: Any) -> None:
        self.setText(format_date(value) if isinstance(value, date) else "")


class LanguageEdit(QComboBox):
    """Common languages by name, or any language code typed in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code in COMMON_LANGUAGES:
            self.addItem(arg(self.tr("%1 (%2)"), language_name(code), code), code)

    def value(self) -> str:
        text = self.currentText().strip()
        index = self.findText(text)
        return str(self.itemData(index)) if index >= 0 else text

    def set_value(self, value: Any) -> None:
        code = str(value or "en")
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code)
