"""The unlock screen's panel for a damaged database: what happened in plain words, and the recovery path.

Shown when the passphrase (or recovery code) was right but the database failed its integrity check. The
data key is held (in app.services.access.Damaged) only until the nurse recovers or goes back. Recovery
saves what can be read, keeps the damaged file renamed, and starts a fresh database (ui.login.work.recover).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.i18n import arg
from ui.login import work
from ui.login.common import ProblemLabel, busy_bar, heading, make_selectable, paragraph
from ui.messages import describe
from ui.ops import Op

if TYPE_CHECKING:
    from app.services.access import Damaged


class DamagedPanel(QWidget):
    """``vault_did_unlock(store)`` once recovered (passphrase); ``code_did_unlock(Recovered)`` when the
    nurse came in with the recovery code and must now choose a passphrase; ``back_did_request`` to leave."""

    vault_did_unlock = Signal(object)
    code_did_unlock = Signal(object)
    back_did_request = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.damaged: Damaged | None = None
        self.outcome: work.Recovering | None = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._offer_page())
        self.pages.addWidget(self._done_page())
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.pages)

    def _offer_page(self) -> QWidget:
        page = QWidget(self)
        self.problem = ProblemLabel(page)
        self.busy = busy_bar(self.tr("Recovering"), page)
        self.recover_button = QPushButton(self.tr("&Recover now"), page)
        self.recover_button.setDefault(True)
        self.recover_button.clicked.connect(self.submit)
        self.back_button = QPushButton(self.tr("&Not now"), page)
        self.back_button.setFlat(True)
        self.back_button.clicked.connect(self.go_back)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.recover_button)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading(self.tr("Your caseload file is damaged"), page, 1.15))
        self.explanation = paragraph(self.tr(
            "Your passphrase is right, but part of the data file on this laptop can no longer be read. "
            "This happens when a disk fails, when the laptop loses power while saving, or when the file "
            "was changed outside Carefield. Carefield can do the following:"), page)
        column.addWidget(self.explanation)
        self.steps = paragraph(self.tr(
            "1. Save the changes not yet sent to the server that can still be read, into a new encrypted "
            "file in the data folder.\n"
            "2. Keep the damaged file, renamed, so your support team can look at it. Nothing is deleted.\n"
            "3. Start a new, empty caseload file under the same passphrase. If this laptop syncs with a "
            "server, sign in again and sync: your caseload is downloaded and the saved changes are sent. "
            "If it does not, your data must be restored from a backup."), page)
        make_selectable(self.steps)
        column.addWidget(self.steps)
        for widget in (self.problem, self.busy):
            column.addWidget(widget)
        column.addLayout(buttons)
        page.setFocusProxy(self.recover_button)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget(self)
        self.summary = paragraph("", page)
        make_selectable(self.summary)
        self.open_button = QPushButton(self.tr("&Open Carefield"), page)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._open)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading(self.tr("Recovery finished"), page, 1.15))
        column.addWidget(self.summary)
        column.addLayout(row)
        page.setFocusProxy(self.open_button)
        return page

    def start(self, damaged: Damaged) -> None:
        self.discard()
        self.damaged = damaged
        self.pages.setCurrentIndex(0)
        self.problem.say("")
        self._set_busy(False)
        self.setFocusProxy(self.recover_button)

    def submit(self) -> None:
        damaged = self.damaged
        if damaged is None or self.busy.isVisible():
            return
        self._set_busy(True)
        Op(self.ctx, self, lambda: work.recover(damaged), label=self.tr("Recovering")).success(
            self._recovered).failure(self._failed).run_in_background()

    def _recovered(self, outcome: work.Recovering) -> None:
        self.damaged = None
        self.outcome = outcome
        self._set_busy(False)
        self.summary.setText(self.summary_text(outcome))
        self.pages.setCurrentIndex(1)
        self.setFocusProxy(self.open_button)
        self.open_button.setFocus()

    def summary_text(self, outcome: work.Recovering) -> str:
        recovery = outcome.recovery
        lines = [arg(self.tr("Changes saved from the damaged file: %1."), recovery.salvage.changes)]
        lost = recovery.salvage.lost.get("outbox", 0)
        if lost:
            lines.append(arg(self.tr("Changes that could not be read: %1."), lost))
        lines.append(arg(self.tr("The damaged file was kept as %1 in the data folder."),
                         recovery.damaged_file.name))
        if recovery.server_configured:
            lines.append(self.tr(
                "Sign in to the server again (Settings, Server), then sync: your caseload is downloaded "
                "and the saved changes are sent."))
        else:
            lines.append(self.tr(
                "This laptop is not connected to a server, so your caseload cannot be downloaded. "
                "Ask your support team to restore it from a backup."))
        return "\n".join(lines)

    def _failed(self, exc: BaseException) -> None:
        self.damaged = None  # work.recover wiped the key
        self._set_busy(False)
        self.recover_button.setEnabled(False)
        self.problem.say(describe(exc))
        self.back_button.setFocus()

    def _open(self) -> None:
        outcome, self.outcome = self.outcome, None
        if outcome is None:
            return
        if outcome.recovered is not None:
            self.code_did_unlock.emit(outcome.recovered)
        else:
            self.vault_did_unlock.emit(outcome.recovery.store)

    def go_back(self) -> None:
        self.discard()
        self.back_did_request.emit()

    def discard(self) -> None:
        """Forget the key of a damaged unlock (on Not now, or when the app quits here)."""
        damaged, self.damaged = self.damaged, None
        if damaged is not None:
            damaged.discard()

    def take_recovered(self) -> work.Recovered | None:
        """A fresh store opened by recovery but not yet handed over (the app is quitting)."""
        self.discard()
        outcome, self.outcome = self.outcome, None
        if outcome is None:
            return None
        return outcome.recovered or work.Recovered(outcome.recovery.store, bytearray())

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.recover_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        if busy:
            self.problem.say("")
