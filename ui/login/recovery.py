"""Forgot the passphrase: unlock with the recovery code, then choose a new passphrase at once.

The data key from the recovery code is kept (in ui.login.work.Recovered) only until the new passphrase has
wrapped it, then wiped. Nothing here is added to app/: Vault's own calls run on the DB thread.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.errors import Throttled, WrongRecoveryCode
from ui.context import AppContext
from ui.login import work
from ui.login.common import ProblemLabel, busy_bar, heading, paragraph
from ui.login.fields import monospace_font
from ui.login.new_passphrase import NewPassphraseForm
from ui.messages import describe
from ui.ops import Op


class RecoveryCodePanel(QWidget):
    """The recovery code field. ``code_did_unlock(Recovered)`` when it opened the vault."""

    code_did_unlock = Signal(object)
    back_did_request = Signal()
    database_did_fail = Signal(object)  # app.services.access.Damaged

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.code = QLineEdit(self)
        self.code.setFont(monospace_font(1.15))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.returnPressed.connect(self.submit)
        label = QLabel(self.tr("Recovery &code:"), self)
        label.setBuddy(self.code)
        self.problem = ProblemLabel(self)
        self.busy = busy_bar(self.tr("Checking the recovery code"), self)
        self.unlock_button = QPushButton(self.tr("&Unlock with code"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.back_button = QPushButton(self.tr("&Back to passphrase"), self)
        self.back_button.setFlat(True)
        self.back_button.clicked.connect(self.back_did_request)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading(self.tr("Unlock with your recovery code"), self, 1.15))
        column.addWidget(paragraph(self.tr(
            "Type the code you stored when you set up Carefield. You will then choose a new passphrase."),
            self))
        for widget in (label, self.code, self.problem, self.busy):
            column.addWidget(widget)
        column.addLayout(buttons)
        self.setFocusProxy(self.code)

    def submit(self) -> None:
        code = self.code.text().strip()
        if not code or self.busy.isVisible():
            return
        self._set_busy(True)
        data_dir = self.ctx.data_dir
        Op(self.ctx, self, lambda: work.unlock_with_recovery_code(data_dir, code),
           label=self.tr("Unlocking")).success(self._unlocked).failure(self._failed).run_in_background()

    def _unlocked(self, recovered: object) -> None:
        self._set_busy(False)
        self.code.clear()
        if isinstance(recovered, work.Recovered):
            self.code_did_unlock.emit(recovered)
        else:
            self.database_did_fail.emit(recovered)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, WrongRecoveryCode):
            self.problem.say(self.tr("That recovery code is not correct. Check each group and try again."))
        elif isinstance(exc, Throttled):
            self.problem.say(self.tr("Too many failed attempts. Wait a moment, then try again."))
        else:
            self.problem.say(describe(exc))
        self.code.selectAll()
        self.code.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.code, self.unlock_button, self.back_button):
            widget.setEnabled(not busy)
        if busy:
            self.problem.say("")


class NewPassphrasePanel(QWidget):
    """After a recovery-code unlock: choose the new passphrase; ``vault_did_unlock(store)`` when saved."""

    vault_did_unlock = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.recovered: work.Recovered | None = None
        self.form = NewPassphraseForm(self.tr("&New passphrase:"), self)
        self.form.validity_did_change.connect(lambda valid: self.save_button.setEnabled(valid))
        self.form.second.edit.returnPressed.connect(self.submit)
        self.problem = ProblemLabel(self)
        self.busy = busy_bar(self.tr("Saving the new passphrase"), self)
        self.save_button = QPushButton(self.tr("&Save and open Carefield"), self)
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.submit)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading(self.tr("Choose a new passphrase"), self, 1.15))
        column.addWidget(paragraph(self.tr(
            "Your recovery code worked. Choose a new passphrase now: the old one will no longer open "
            "Carefield. Your recovery code stays the same."), self))
        for widget in (self.form, self.problem, self.busy):
            column.addWidget(widget)
        column.addWidget(self.save_button)
        self.setFocusProxy(self.form.first.edit)

    def start(self, recovered: work.Recovered) -> None:
        self.recovered = recovered

    def take_recovered(self) -> work.Recovered | None:
        """The pending store and key, for the controller to discard when the app quits here."""
        recovered, self.recovered = self.recovered, None
        return recovered

    def submit(self) -> None:
        recovered = self.recovered
        if recovered is None or not self.form.is_valid or self.busy.isVisible():
            return
        self.busy.show()
        self.form.setEnabled(False)
        self.save_button.setEnabled(False)
        data_dir, new = self.ctx.data_dir, self.form.passphrase()
        Op(self.ctx, self, lambda: work.set_new_passphrase(data_dir, recovered, new),
           label=self.tr("Saving the new passphrase")).success(self._saved).failure(
            self._failed).run_in_background()

    def _saved(self, store: object) -> None:
        self.recovered = None
        self.busy.hide()
        self.form.clear()
        self.vault_did_unlock.emit(store)

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.form.setEnabled(True)
        self.save_button.setEnabled(self.form.is_valid)
        self.problem.say(describe(exc))
