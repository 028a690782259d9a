"""Log a contact attempt in a keystroke or three: a digit picks the channel, a digit the outcome, Enter
saves (``outreach.log_attempt``). The time defaults to now and may be set earlier, never later."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.errors import ValidationError
from ui.context import AppContext, Changes
from ui.encounter.labels import CHANNELS, OUTCOMES
from ui.encounter.times import DateTimeEdit
from ui.i18n import arg
from ui.messages import describe, show_error
from ui.ops import DbOp
from ui.widgets.form import error_color, message_text
from ui.widgets.text import muted


class ChoiceGroup(QGroupBox):
    """Radio buttons numbered 1…n; a digit chooses, arrows move, as in any radio group."""

    def __init__(self, title: str, choices: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.group = QButtonGroup(self)
        self.keys = list(choices)
        row = QHBoxLayout(self)
        for number, (key, text) in enumerate(choices.items(), start=1):
            label = QCoreApplication.translate("EncounterLabels", text)
            button = QRadioButton(arg(self.tr("%1  %2", "digit, choice"), number, label), self)
            button.setObjectName("choice_" + key)
            button.setAccessibleName(label)
            self.group.addButton(button, number)
            row.addWidget(button)
        row.addStretch(1)

    def pick(self, number: int) -> bool:
        button = self.group.button(number)
        if button is None:
            return False
        button.setChecked(True)
        button.setFocus()
        return True

    def value(self) -> str:
        number = self.group.checkedId()
        return self.keys[number - 1] if number > 0 else ""

    def focus_checked(self) -> None:
        (self.group.checkedButton() or self.group.button(1)).setFocus()


class LogAttemptDialog(QDialog):
    def __init__(self, ctx: AppContext, member_id: str, member_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.member_id = ctx, member_id
        self.setObjectName("log_attempt")
        self.setWindowTitle(arg(self.tr("Log a contact attempt — %1"), member_name))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.saving = False
        self.channel = ChoiceGroup(self.tr("Channel"), CHANNELS, self)
        self.outcome = ChoiceGroup(self.tr("Outcome"), OUTCOMES, self)
        self.channel.pick(1)
        self.at = DateTimeEdit(self)
        self.at.setMaximumDateTime(QDateTime.currentDateTime().addSecs(5 * 60))
        self.note = QLineEdit(self)
        self.note.setMaxLength(2000)
        form = QFormLayout()
        at_label, note_label = QLabel(self.tr("&When"), self), QLabel(self.tr("N&ote"), self)
        at_label.setBuddy(self.at)
        note_label.setBuddy(self.note)
        self.at.setAccessibleName(self.tr("When"))
        self.note.setAccessibleName(self.tr("Note"))
        form.addRow(at_label, self.at)
        form.addRow(note_label, self.note)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(muted(
            self.tr("Press a digit for the channel, then one for the outcome, then Enter."), self))
        layout.addWidget(self.channel)
        layout.addWidget(self.outcome)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.channel.focus_checked()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A digit answers the group that has the focus; the channel's digit moves on to the outcome."""
        digit = event.key() - Qt.Key.Key_0
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier or not 1 <= digit <= 9:
            super().keyPressEvent(event)
            return
        focus = self.focusWidget()
        if focus is not None and self.channel.isAncestorOf(focus) and self.channel.pick(digit):
            self.outcome.focus_checked()
            return
        if focus is not None and self.outcome.isAncestorOf(focus) and self.outcome.pick(digit):
            return
        super().keyPressEvent(event)

    def save(self) -> None:
        if self.saving:
            return
        if not self.outcome.value():
            self._show(self.tr("Choose the outcome: press a digit from 1 to 5."))
            self.outcome.focus_checked()
            return
        from app.services import outreach

        member_id, channel, outcome = self.member_id, self.channel.value(), self.outcome.value()
        at, note = self.at.value(), self.note.text().strip()
        self.saving = True
        self.buttons.setEnabled(False)
        def work(s: Any, a: Any) -> Any:
            return outreach.log_attempt(s, a, member_id, channel, outcome, at=at, note=note)

        DbOp(self.ctx, self, work, changes=Changes.of("encounter", "member", member_id=member_id)).success(
            lambda _view: self.accept() if isValid(self) else None).failure(self._failed).run_in_background()

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.saving = False
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self._show(message_text(exc) if exc.field == "at" else describe(exc))
        else:
            show_error(self, exc)

    def _show(self, message: str) -> None:
        self.error.setText("⚠ " + message)
        self.error.setStyleSheet("color: " + error_color(self) + ";")
        self.error.show()

    def reject(self) -> None:
        if not self.saving:
            super().reject()


def log_attempt_dialog(ctx: AppContext, parent: QWidget, member_id: str, member_name: str) -> Any:
    dialog = LogAttemptDialog(ctx, member_id, member_name, parent)
    dialog.open()
    return dialog
