"""The unlock screen's passphrase panel: the field, Unlock, and the countdown after repeated failures.

Loaded before the first window paints: ui.ops, app.errors and the work functions load when first used.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.i18n import arg
from ui.login.common import ProblemLabel, busy_bar, heading
from ui.login.fields import PasswordField


class PassphrasePanel(QWidget):
    """Passphrase field, Unlock, the countdown after repeated failures, and the way to the recovery code."""

    vault_did_unlock = Signal(object)
    recovery_did_request = Signal()
    database_did_fail = Signal(object)  # app.services.access.Damaged: unlocked, but the file is damaged

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._deadline = 0.0
        self.field = PasswordField(self.tr("Passphrase"), self)
        self.field.edit.returnPressed.connect(self.submit)
        label = QLabel(self.tr("&Passphrase:"), self)
        label.setBuddy(self.field.edit)
        self.problem = ProblemLabel(self)
        self.busy = busy_bar(self.tr("Unlocking"), self)
        # QPushButton(text, parent) would make PySide6 load QIcon's enums to weigh that overload (~2 ms
        # before the first frame); QPushButton(parent) then setText does not.
        self.unlock_button = QPushButton(self)
        self.unlock_button.setText(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.recovery_button = QPushButton(self)
        self.recovery_button.setText(self.tr("&Forgot it? Use the recovery code"))
        self.recovery_button.setFlat(True)
        self.recovery_button.clicked.connect(self.recovery_did_request)
        self.tick = QTimer(self)
        self.tick.setInterval(250)
        self.tick.timeout.connect(self._count_down)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading(self.tr("Unlock your caseload"), self, 1.15))
        for widget in (label, self.field, self.problem, self.busy):
            column.addWidget(widget)
        column.addLayout(_row(self.unlock_button, at_end=True))
        column.addSpacing(8)
        column.addLayout(_row(self.recovery_button, at_end=False))
        self.setTabOrder(self.field.edit, self.field.reveal)
        self.setTabOrder(self.field.reveal, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.recovery_button)
        self.setFocusProxy(self.field.edit)

    def submit(self) -> None:
        passphrase = self.field.text()
        if not passphrase or not self.unlock_button.isEnabled():
            return
        from ui.login import work
        from ui.ops import Op

        self._set_busy(True)
        data_dir = self.ctx.data_dir
        Op(self.ctx, self, lambda: work.unlock(data_dir, passphrase),
           label=self.tr("Unlocking")).success(self._unlocked).failure(self._failed).run_in_background()

    def start_countdown(self, seconds: float) -> None:
        if seconds <= 0:
            return
        self._deadline = time.monotonic() + seconds
        self.tick.start()
        self._count_down()

    def _unlocked(self, store: object) -> None:
        from app.services.access import Damaged

        self._set_busy(False)
        self.field.clear()
        self.problem.say("")
        if isinstance(store, Damaged):
            self.database_did_fail.emit(store)
            return
        self.vault_did_unlock.emit(store)

    def _failed(self, exc: BaseException) -> None:
        from app.errors import Throttled, WrongPassphrase
        from ui.login import work
        from ui.ops import Op

        self._set_busy(False)
        self.field.edit.selectAll()
        self.field.edit.setFocus()
        if isinstance(exc, Throttled):
            self.start_countdown(exc.seconds_left)
            return
        if isinstance(exc, WrongPassphrase):
            self.problem.say(self.tr("That passphrase is not correct. Check Caps Lock and try again."))
            data_dir = self.ctx.data_dir
            Op(self.ctx, self, lambda: work.throttle_seconds_left(data_dir)).success(
                self.start_countdown).run_in_background()
            return
        from ui.messages import describe

        self.problem.say(describe(exc))

    def _count_down(self) -> None:
        left = math.ceil(self._deadline - time.monotonic())
        if left <= 0:
            self.tick.stop()
            self.problem.say("")
            self.unlock_button.setEnabled(True)
            return
        self.unlock_button.setEnabled(False)
        if left == 1:
            self.problem.say(self.tr("Too many failed attempts. Try again in 1 second."))
        else:
            self.problem.say(arg(self.tr("Too many failed attempts. Try again in %1 seconds."), left))

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.field.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy and not self.tick.isActive())
        self.recovery_button.setEnabled(not busy)
        if busy:
            self.problem.say("")


def _row(button: QPushButton, *, at_end: bool) -> QHBoxLayout:
    row = QHBoxLayout()
    if at_end:
        row.addStretch(1)
    row.addWidget(button)
    if not at_end:
        row.addStretch(1)
    return row
