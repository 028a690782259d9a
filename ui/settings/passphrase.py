"""Settings → Passphrase: the current one, the new one twice with live feedback; runs on the DB thread."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.errors import Throttled, WrongPassphrase
from ui.context import AppContext
from ui.login import work
from ui.login.common import ProblemLabel, busy_bar, paragraph
from ui.login.fields import PasswordField
from ui.login.new_passphrase import NewPassphraseForm
from ui.messages import describe
from ui.ops import Op


class ChangePassphrasePanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current = PasswordField(self.tr("Current passphrase"), self)
        current_label = QLabel(self.tr("C&urrent passphrase:"), self)
        current_label.setBuddy(self.current.edit)
        self.form = NewPassphraseForm(self.tr("&New passphrase:"), self)
        self.form.validity_did_change.connect(lambda _valid: self._update_button())
        self.current.edit.textChanged.connect(lambda _text: self._update_button())
        self.outcome = ProblemLabel(self)
        self.busy = busy_bar(self.tr("Changing the passphrase"), self)
        self.change_button = QPushButton(self.tr("&Change passphrase"), self)
        self.change_button.setAutoDefault(False)
        self.change_button.clicked.connect(self.submit)
        top = QFormLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # like the new passphrase below
        top.addRow(current_label, self.current)
        column = QVBoxLayout(self)
        column.addWidget(paragraph(self.tr(
            "Your data stays as it is; only the key that opens it is locked again under the new passphrase."),
            self))
        column.addLayout(top)
        for widget in (self.form, self.outcome, self.busy, self.change_button):
            column.addWidget(widget)
        column.addStretch(1)
        self.setTabOrder(self.current.reveal, self.form.first.edit)
        self._update_button()

    def _update_button(self) -> None:
        ready = bool(self.current.text()) and self.form.is_valid and not self.busy.isVisible()
        self.change_button.setEnabled(ready)

    def submit(self) -> None:
        store, actor = self.ctx.store, self.ctx.actor
        if store is None or actor is None or not self.change_button.isEnabled():
            return
        current, new, data_dir = self.current.text(), self.form.passphrase(), self.ctx.data_dir
        self._set_busy(True)
        Op(self.ctx, self, lambda: work.change_passphrase(data_dir, store, actor, current, new),
           label=self.tr("Changing the passphrase")).success(self._changed).failure(
            self._failed).run_in_background()

    def _changed(self, _result: object) -> None:
        self._set_busy(False)
        self.current.clear()
        self.form.clear()
        self.outcome.confirm(self.tr("Passphrase changed. Use the new one from now on."))

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase):
            self.outcome.say(self.tr("The current passphrase is not correct. Nothing was changed."))
        elif isinstance(exc, Throttled):
            self.outcome.say(self.tr("Too many failed attempts. Wait a moment, then try again."))
        else:
            self.outcome.say(describe(exc))
        self.current.edit.selectAll()
        self.current.edit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.current, self.form):
            widget.setEnabled(not busy)
        if busy:
            self.outcome.say("")
        self._update_button()
