"""One question as a nurse reads it out: the item's text in the chosen language and its answers as
numbered radio buttons (check boxes for "choose all that apply"), or a field to type in for the initial
assessment's findings and conclusions (text: several lines; string and integer: one). Digits are the
runner's business, except in a field, which keeps every key typed into it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.instruments import Item
from ui.i18n import arg


class QuestionWidget(QWidget):
    answer_did_change = Signal(str, object)  # linkId, option code (or a list of codes; None when cleared)

    def __init__(self, item: Item, language: str, number: int, *, large: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("question_" + item.link_id)
        text = item.text.in_language(language)
        self.label = QLabel(arg(self.tr("%1. %2", "item number. question"), number, text), self)
        self.label.setObjectName("question_text")
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * (1.6 if large else 1.1))
        font.setBold(True)
        self.label.setFont(font)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not item.repeats)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.field: QLineEdit | QPlainTextEdit | None = None
        if item.type != "choice":
            self.field = self._field(text, large)
            layout.addWidget(self.field)
        self.keys = answer_keys(item)
        for index, option in enumerate(item.options):
            kind = QCheckBox if item.repeats else QRadioButton
            answer = option.text.in_language(language)
            button = kind(arg(self.tr("%1  %2", "digit  answer"), self.keys[index], answer), self)
            button.setAccessibleName(option.text.in_language(language))
            if large:
                bigger = button.font()
                bigger.setPointSizeF(bigger.pointSizeF() * 1.3)
                button.setFont(bigger)
            self.group.addButton(button, index)
            layout.addWidget(button)
        self.group.buttonToggled.connect(self._toggled)
        self.setAccessibleName(text)

    def _field(self, text: str, large: bool) -> QLineEdit | QPlainTextEdit:
        """Where a typed answer goes; it keeps digits and (several lines) Enter for itself."""
        field: QLineEdit | QPlainTextEdit
        if self.item.type == "text":
            field = QPlainTextEdit(self)
            field.setTabChangesFocus(True)
            field.setMinimumHeight(120 if large else 80)
            field.textChanged.connect(self._typed)
        else:
            field = QLineEdit(self)
            if self.item.type == "integer":
                low, high = self.item.min_value, self.item.max_value
                field.setValidator(QIntValidator(-(2**31) if low is None else low,
                                                 2**31 - 1 if high is None else high, field))
            if self.item.max_length:
                field.setMaxLength(self.item.max_length)
            field.textEdited.connect(lambda _t: self._typed())
        field.setObjectName("answer_field")
        field.setAccessibleName(text)
        if large:
            bigger = field.font()
            bigger.setPointSizeF(bigger.pointSizeF() * 1.3)
            field.setFont(bigger)
        self.label.setBuddy(field)
        return field

    def _typed(self) -> None:
        self.answer_did_change.emit(self.item.link_id, self.value())

    def _field_text(self) -> str:
        if isinstance(self.field, QPlainTextEdit):
            return self.field.toPlainText()
        return self.field.text() if self.field is not None else ""

    def buttons(self) -> list[QAbstractButton]:
        return self.group.buttons()

    def set_value(self, value: Any) -> None:
        if self.field is not None:
            self.field.blockSignals(True)
            text = "" if value is None else str(value)
            if isinstance(self.field, QPlainTextEdit):
                self.field.setPlainText(text)
            else:
                self.field.setText(text)
            self.field.blockSignals(False)
            return
        codes = value if isinstance(value, list) else [value]
        self.group.blockSignals(True)
        for index, option in enumerate(self.item.options):
            self.group.button(index).setChecked(option.code in codes)
        self.group.blockSignals(False)

    def value(self) -> Any:
        if self.field is not None:
            text = self._field_text()
            if not text.strip():
                return None
            if self.item.type == "integer":
                try:
                    return int(text)
                except ValueError:  # "-" on its way to "-1": not an answer yet
                    return None
            return text
        codes = [o.code for i, o in enumerate(self.item.options) if self.group.button(i).isChecked()]
        if self.item.repeats:
            return codes or None
        return codes[0] if codes else None

    def pick(self, digit: int) -> bool:
        """Choose (or, for check boxes, toggle) the answer shown with ``digit``; False if there is none."""
        if digit not in self.keys:
            return False
        button = self.group.button(self.keys.index(digit))
        if button is None:
            return False
        button.setChecked(not button.isChecked() if self.item.repeats else True)
        button.setFocus()
        return True

    def focus_answer(self) -> None:
        if self.field is not None:
            self.field.setFocus()
            return
        checked = self.group.checkedButton()
        target = checked or (self.buttons()[0] if self.buttons() else None)
        if target is not None:
            target.setFocus()

    def _toggled(self, button: QAbstractButton, checked: bool) -> None:
        if self.item.repeats:
            self.answer_did_change.emit(self.item.link_id, self.value())
        elif checked:
            self.answer_did_change.emit(self.item.link_id, self.item.options[self.group.id(button)].code)


def answer_keys(item: Item) -> list[int]:
    """The digit that picks each answer: its score where every answer has its own score from 0 to 9 (so
    a PHQ-9 is answered 0–3, exactly as on the paper form and in ``carefield-cli score``), else 1, 2, 3 …"""
    scores = [o.score for o in item.options]
    if scores and all(s is not None and 0 <= s <= 9 for s in scores) and len(set(scores)) == len(scores):
        return [int(s) for s in scores]  # type: ignore[arg-type]
    return list(range(1, len(item.options) + 1))
