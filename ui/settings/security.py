"""Settings → Security: check the database now, and make a new recovery code (shown once).

Both run off the GUI thread. The new code is shown on the same page as at first run (RecoveryCodePage),
in a one-page wizard whose Finish waits for "I have stored it".
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget, QWizard

from app.errors import Throttled, WrongPassphrase
from ui.context import AppContext
from ui.login import work
from ui.login.common import ProblemLabel, busy_bar, heading, paragraph
from ui.login.fields import PasswordField
from ui.login.integrity_watch import damage_text
from ui.login.recovery_code_page import RecoveryCodePage
from ui.messages import describe
from ui.ops import Op


class SecurityPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.code_wizard: QWizard | None = None
        column = QVBoxLayout(self)
        column.addWidget(heading(self.tr("Database check"), self, 1.1))
        column.addWidget(paragraph(self.tr(
            "Carefield checks its data file quickly at every unlock and fully once a week. Check it fully "
            "now if the laptop crashed or its disk reported errors."), self))
        self.check_outcome = ProblemLabel(self)
        self.check_busy = busy_bar(self.tr("Checking the database"), self)
        self.check_button = QPushButton(self.tr("Check the &database now"), self)
        self.check_button.setAutoDefault(False)
        self.check_button.clicked.connect(self.check_now)
        for widget in (self.check_outcome, self.check_busy, self.check_button):
            column.addWidget(widget)
        column.addSpacing(12)
        column.addWidget(heading(self.tr("Recovery code"), self, 1.1))
        column.addWidget(paragraph(self.tr(
            "Make a new recovery code if the old one was lost or someone else may have seen it. "
            "The old code stops working at once."), self))
        self.passphrase = PasswordField(self.tr("Current passphrase"), self)
        label = QLabel(self.tr("C&urrent passphrase:"), self)
        label.setBuddy(self.passphrase.edit)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(label, self.passphrase)
        column.addLayout(form)
        self.code_outcome = ProblemLabel(self)
        self.code_busy = busy_bar(self.tr("Making a new recovery code"), self)
        self.code_button = QPushButton(self.tr("New &recovery code…"), self)
        self.code_button.setAutoDefault(False)
        self.code_button.setEnabled(False)
        self.code_button.clicked.connect(self.new_code)
        self.passphrase.edit.textChanged.connect(lambda _t: self._update_code_button())
        self.passphrase.edit.returnPressed.connect(self.new_code)
        for widget in (self.code_outcome, self.code_busy, self.code_button):
            column.addWidget(widget)
        column.addStretch(1)

    # ---- database check ----

    def check_now(self) -> None:
        store, actor = self.ctx.store, self.ctx.actor
        if store is None or actor is None or self.check_busy.isVisible():
            return
        self.check_busy.show()
        self.check_button.setEnabled(False)
        self.check_outcome.say("")
        Op(self.ctx, self, lambda: work.full_check(store, actor), pool="net",
           label=self.tr("Checking the database")).success(self._checked).failure(
            self._check_failed).run_in_background()

    def _checked(self, report: object) -> None:
        self.check_busy.hide()
        self.check_button.setEnabled(True)
        if getattr(report, "ok", False):
            self.check_outcome.confirm(self.tr("The database is sound: every page was read and verified."))
        else:
            self.check_outcome.say(damage_text())

    def _check_failed(self, exc: BaseException) -> None:
        self.check_busy.hide()
        self.check_button.setEnabled(True)
        self.check_outcome.say(describe(exc))

    # ---- recovery code ----

    def _update_code_button(self) -> None:
        self.code_button.setEnabled(bool(self.passphrase.text()) and not self.code_busy.isVisible())

    def new_code(self) -> None:
        store, actor = self.ctx.store, self.ctx.actor
        if store is None or actor is None or not self.code_button.isEnabled():
            return
        passphrase, data_dir = self.passphrase.text(), self.ctx.data_dir
        self.code_busy.show()
        self.passphrase.setEnabled(False)
        self._update_code_button()
        self.code_outcome.say("")
        Op(self.ctx, self, lambda: work.regenerate_recovery_code(data_dir, store, actor, passphrase),
           label=self.tr("Making a new recovery code")).success(self._made).failure(
            self._code_failed).run_in_background()

    def _made(self, code: str) -> None:
        self._code_done()
        self.passphrase.clear()
        self.code_outcome.confirm(self.tr("New recovery code made. The old one no longer works."))
        self.code_wizard = recovery_code_wizard(code, self)
        self.code_wizard.open()

    def _code_failed(self, exc: BaseException) -> None:
        self._code_done()
        if isinstance(exc, WrongPassphrase):
            self.code_outcome.say(self.tr("The passphrase is not correct. Nothing was changed."))
        elif isinstance(exc, Throttled):
            self.code_outcome.say(self.tr("Too many failed attempts. Wait a moment, then try again."))
        else:
            self.code_outcome.say(describe(exc))
        self.passphrase.edit.selectAll()
        self.passphrase.edit.setFocus()

    def _code_done(self) -> None:
        self.code_busy.hide()
        self.passphrase.setEnabled(True)
        self._update_code_button()


def recovery_code_wizard(code: str, parent: QWidget) -> QWizard:
    """The first-run recovery code page on its own; Finish once "I have stored it" is ticked."""
    wizard = QWizard(parent)
    wizard.setWindowTitle(wizard.tr("New recovery code"))
    wizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
    wizard.setOption(QWizard.WizardOption.NoCancelButton, True)
    wizard.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
    page = RecoveryCodePage(wizard)
    page.code = code
    wizard.addPage(page)
    wizard.page_shown = page  # type: ignore[attr-defined]  # tests read it
    wizard.finished.connect(lambda _r: _forget(wizard, page))
    return wizard


def _forget(wizard: QWizard, page: RecoveryCodePage) -> None:
    page.code = ""
    if page.code_label is not None:
        page.code_label.clear()
    wizard.deleteLater()

