"""A new passphrase typed twice, with live feedback on the policy's rules (app.store.passphrase).

Shown: a length counter, "too common", "one character repeated" and whether the two entries match.
No composition rules. Status is told by a mark and words, not by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from app.store import passphrase as policy
from ui.i18n import arg
from ui.login.common import OK_MARK, PROBLEM_MARK
from ui.login.fields import PasswordField
from ui.theme import success_color, warning_color


class PassphraseFeedback(QLabel):
    """Live feedback on a proposed passphrase, updated on every keystroke."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)  # the text is recognised as rich text (it starts with a tag)
        self.setObjectName("passphrase_feedback")

    def problem_sentence(self, problem: str) -> str:
        sentences = {
            policy.TOO_COMMON: self.tr("Too common: choose something harder to guess."),
            policy.REPEATED_CHARACTER: self.tr("Not just one character repeated."),
        }
        return sentences.get(problem, problem)

    def assess(self, first: str, second: str) -> bool:
        """Show the rules for these entries; True when the passphrase is acceptable and both match."""
        lines: list[tuple[bool, str]] = []
        length = len(policy.normalize(first))
        if length >= policy.MIN_LENGTH:
            lines.append((True, arg(self.tr("%1 characters (at least %2)"), length, policy.MIN_LENGTH)))
        else:
            lines.append((False, arg(self.tr("%1 of at least %2 characters"), length, policy.MIN_LENGTH)))
        problems = policy.check_passphrase(first) if first else []
        lines += [(False, self.problem_sentence(p)) for p in problems if p != policy.TOO_SHORT]
        if second:
            same = policy.normalize(first) == policy.normalize(second)
            match = self.tr("The two entries match.") if same else self.tr("The two entries differ.")
            lines.append((same, match))
        self._show(lines)
        return not problems and bool(second) and policy.normalize(first) == policy.normalize(second)

    def _show(self, lines: list[tuple[bool, str]]) -> None:
        ok, bad = success_color(), warning_color()
        html = "<br>".join(
            f'<span style="color:{ok if good else bad}">{OK_MARK if good else PROBLEM_MARK}</span> {text}'
            for good, text in lines
        )
        self.setText(html)
        self.setAccessibleDescription(" ".join(text for _, text in lines))


class NewPassphraseForm(QWidget):
    """A new passphrase typed twice, with live feedback. ``validity_did_change(bool)`` as it changes."""

    validity_did_change = Signal(bool)

    def __init__(self, first_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = PasswordField(first_label.replace("&", "").rstrip(":"), self)
        self.second = PasswordField(self.tr("Type the passphrase again"), self)
        self.feedback = PassphraseFeedback(self)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: long Spanish labels fit
        first_row, second_row = QLabel(first_label, self), QLabel(self.tr("Type it &again:"), self)
        first_row.setBuddy(self.first.edit)
        second_row.setBuddy(self.second.edit)
        form.addRow(first_row, self.first)
        form.addRow(second_row, self.second)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(self.feedback)
        self.setTabOrder(self.first.edit, self.first.reveal)
        self.setTabOrder(self.first.reveal, self.second.edit)
        self.setTabOrder(self.second.edit, self.second.reveal)
        self.first.edit.textChanged.connect(self._changed)
        self.second.edit.textChanged.connect(self._changed)
        self.is_valid = False
        self._changed()

    def passphrase(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _changed(self) -> None:
        valid = self.feedback.assess(self.first.text(), self.second.text())
        if valid != self.is_valid:
            self.is_valid = valid
            self.validity_did_change.emit(valid)
