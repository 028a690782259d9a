"""The first-run wizard: welcome → choose a passphrase (creates the vault) → the recovery code → how to start.

The vault is created on the DB thread (the key derivation takes a noticeable moment) behind a busy bar.
Once it exists there is no way back: the passphrase page is a commit page.

This can be the first window, so each later page builds its widgets (and loads what they need) the first
time it is shown; only the welcome page is built up front.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizard, QWizardPage

from ui.context import AppContext
from ui.i18n import arg
from ui.login.common import busy_bar, paragraph, small_print
from ui.login.recovery_code_page import RecoveryCodePage
from ui.login.setup_page import SetupPage

if TYPE_CHECKING:
    from app.store.vault import KdfParams
    from ui.login.new_passphrase import NewPassphraseForm

log = logging.getLogger(__name__)


class WelcomePage(QWizardPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Carefield"))
        self.setSubTitle(self.tr("Your caseload, on this laptop, with or without a connection."))
        column = QVBoxLayout(self)
        column.addWidget(paragraph(self.tr(
            "Carefield keeps your members' records on this computer, encrypted, so you can work in homes, "
            "clinics and the car even when there is no signal."), self))
        column.addWidget(paragraph(self.tr(
            "First you will choose a passphrase. Carefield then gives you a recovery code: the only way "
            "back in if you forget the passphrase."), self))
        column.addStretch(1)
        column.addWidget(small_print(arg(self.tr("Data folder: %1"), ctx.data_dir), self))


class PassphrasePage(QWizardPage):
    """Choose the passphrase; "Create vault" derives the key and creates the database on the DB thread."""

    vault_did_create = Signal(object, str)  # Store, recovery code

    def __init__(self, ctx: AppContext, kdf: KdfParams | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.kdf = ctx, kdf
        self.created = self.busy = False
        self.form: NewPassphraseForm | None = None
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(self.tr(
            "Use at least 12 characters. A few unrelated words are easy to remember and hard to guess."))
        self.setCommitPage(True)

    def initializePage(self) -> None:
        self.wizard().setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create vault"))
        if self.form is None:
            self._build()
        self.form.first.edit.setFocus()

    def _build(self) -> None:
        from ui.login.new_passphrase import NewPassphraseForm

        self.form = NewPassphraseForm(self.tr("&Passphrase:"), self)
        self.form.validity_did_change.connect(lambda _valid: self.completeChanged.emit())
        self.busy_label = paragraph(self.tr("Creating your encrypted vault…"), self)
        self.busy_label.hide()
        self.busy_bar = busy_bar(self.tr("Creating your vault"), self)
        column = QVBoxLayout(self)
        column.addWidget(self.form)
        column.addStretch(1)
        column.addWidget(self.busy_label)
        column.addWidget(self.busy_bar)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.form is not None and self.form.is_valid and not self.busy

    def validatePage(self) -> bool:
        if self.created:
            return True
        if not self.busy and self.isComplete():
            self._create()
        return False

    def _create(self) -> None:
        from ui.login import work
        from ui.ops import Op

        self._set_busy(True)
        passphrase, data_dir, kdf = self.form.passphrase(), self.ctx.data_dir, self.kdf
        op = Op(self.ctx, self, lambda: work.create_vault(data_dir, passphrase, kdf),
                label=self.tr("Creating your vault"))
        op.success(self._created).failure(self._failed).run_in_background()

    def _created(self, result: tuple[object, str]) -> None:
        self.created = True
        self._set_busy(False)
        self.form.clear()
        store, code = result
        self.vault_did_create.emit(store, code)

    def _failed(self, exc: BaseException) -> None:
        from ui.messages import show_error

        self._set_busy(False)
        show_error(self, exc)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.form.setEnabled(not busy)
        self.completeChanged.emit()


class FirstRunWizard(QWizard):
    """``vault_did_create(store)`` once the vault exists; ``accepted`` when setup is done."""

    vault_did_create = Signal(object)

    def __init__(self, ctx: AppContext, kdf: KdfParams | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Set up Carefield"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(680, 540)
        self.passphrase_page = PassphrasePage(ctx, kdf, self)
        self.recovery_page = RecoveryCodePage(self)
        self.setup_page = SetupPage(ctx, self)
        for page in (WelcomePage(ctx, self), self.passphrase_page, self.recovery_page, self.setup_page):
            self.addPage(page)
        self.passphrase_page.vault_did_create.connect(self._vault_created)
        self._painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._after_first_frame)

    def _after_first_frame(self) -> None:
        """The logo (the SVG engine loads on demand), and the storage modules loading on the DB thread."""
        from PySide6.QtGui import QIcon

        from app.resources import resource_path
        from ui.login import work
        from ui.ops import Op

        icon = QIcon(str(resource_path("icons", "carefield.svg")))
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon.pixmap(40, 40))
        data_dir = self.ctx.data_dir
        Op(self.ctx, self, lambda: work.warm_up(data_dir)).failure(_log_failure).run_in_background()

    def _vault_created(self, store: object, code: str) -> None:
        self.vault_did_create.emit(store)
        self.recovery_page.code = code
        self.setOption(QWizard.WizardOption.NoCancelButton, True)  # the vault exists: only forward now
        self.next()

    def reject(self) -> None:
        if self.passphrase_page.busy or self.setup_page.busy:
            return  # let the running step finish; its result must not be lost
        super().reject()


def _log_failure(exc: BaseException) -> None:
    # Creating the vault will meet the same problem and say so; here a log line is enough.
    log.info("warm-up failed: %s", type(exc).__name__)
