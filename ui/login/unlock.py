"""The unlock screen: passphrase (or recovery code), failed-attempt countdown, version and data folder.

Shown at start-up and after every lock. It holds no PHI. ``vault_did_unlock(store)`` hands the open
store to the controller.

This is the first window (DESIGN.md §7: on screen within 1.3x a bare QMainWindow), so what it needs only
after the first paint (ui.ops and the ``Qt`` namespace, the recovery panels, the version) loads then.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPaintEvent, QPalette, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.i18n import arg
from ui.login.common import app_version, heading, make_selectable, small_print
from ui.login.passphrase_panel import PassphrasePanel
from ui.theme import current_scheme

if TYPE_CHECKING:
    from ui.login import work
    from ui.login.damaged import DamagedPanel
    from ui.login.recovery import NewPassphrasePanel, RecoveryCodePanel

log = logging.getLogger(__name__)


class UnlockWindow(QWidget):
    vault_did_unlock = Signal(object)  # Store

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Carefield — Locked"))
        self.passphrase = PassphrasePanel(ctx, self)
        # The recovery panels are built when asked for: the first frame must not wait for them.
        self.recovery: RecoveryCodePanel | None = None
        self.new_passphrase: NewPassphrasePanel | None = None
        self.damaged: DamagedPanel | None = None
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.passphrase)
        self.passphrase.vault_did_unlock.connect(self.vault_did_unlock)
        self.passphrase.recovery_did_request.connect(self._show_recovery)
        self.passphrase.database_did_fail.connect(self._show_damaged)
        # After an unlock (the controller attaches the store first), the weekly full check in the background.
        self.vault_did_unlock.connect(self._schedule_full_check)
        self.footer = small_print(arg(self.tr("Data folder: %1"), ctx.data_dir), self)
        self._lay_out()
        self.resize(560, 480)
        self._painted = False

    def _lay_out(self) -> None:
        card = QFrame(self)
        card.setObjectName("card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        if current_scheme() == "light":  # a white card; in dark mode the darker fields stand out instead
            card.setBackgroundRole(QPalette.ColorRole.Base)
            card.setAutoFillBackground(True)
        card.setMaximumWidth(520)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        title_row = QHBoxLayout()
        title_row.addStretch(1)
        title_row.addWidget(heading("Carefield", card, 1.8))
        title_row.addStretch(1)
        inner.addLayout(title_row)
        inner.addWidget(self.stack)
        inner.addSpacing(8)
        inner.addWidget(self.footer)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.stack.currentWidget().setFocus()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        """What the first frame does not need: the version, and loading storage on the DB thread."""
        from ui.login import work
        from ui.ops import Op

        self.footer.setText(arg(self.tr("Version %1 · Data folder: %2"), app_version(), self.ctx.data_dir))
        make_selectable(self.footer)
        data_dir = self.ctx.data_dir
        Op(self.ctx, self, lambda: work.warm_up(data_dir)).success(
            self.passphrase.start_countdown).failure(_warm_up_failed).run_in_background()

    def _show_panel(self, panel: QWidget) -> None:
        self.stack.setCurrentWidget(panel)
        panel.setFocus()

    def _show_recovery(self) -> None:
        from ui.login.recovery import RecoveryCodePanel

        if self.recovery is None:
            self.recovery = RecoveryCodePanel(self.ctx, self)
            self.recovery.back_did_request.connect(lambda: self._show_panel(self.passphrase))
            self.recovery.code_did_unlock.connect(self._recovered)
            self.recovery.database_did_fail.connect(self._show_damaged)
            self.stack.addWidget(self.recovery)
        self._show_panel(self.recovery)

    def _recovered(self, recovered: work.Recovered) -> None:
        from ui.login.recovery import NewPassphrasePanel

        if self.new_passphrase is None:
            self.new_passphrase = NewPassphrasePanel(self.ctx, self)
            self.new_passphrase.vault_did_unlock.connect(self.vault_did_unlock)
            self.stack.addWidget(self.new_passphrase)
        self.new_passphrase.start(recovered)
        self._show_panel(self.new_passphrase)

    def _show_damaged(self, damaged: object) -> None:
        from ui.login.damaged import DamagedPanel

        if self.damaged is None:
            self.damaged = DamagedPanel(self.ctx, self)
            self.damaged.vault_did_unlock.connect(self.vault_did_unlock)
            self.damaged.code_did_unlock.connect(self._recovered)
            self.damaged.back_did_request.connect(lambda: self._show_panel(self.passphrase))
            self.stack.addWidget(self.damaged)
        self.damaged.start(damaged)  # type: ignore[arg-type]
        self._show_panel(self.damaged)

    def _schedule_full_check(self, _store: object) -> None:
        from PySide6.QtCore import QTimer

        from ui.login.integrity_watch import start_scheduled_check

        ctx = self.ctx
        QTimer.singleShot(0, ctx, lambda: start_scheduled_check(ctx))

    def take_pending(self) -> work.Recovered | None:
        """A store opened by the recovery code or by recovery, not yet handed over (the app is quitting)."""
        pending = self.new_passphrase.take_recovered() if self.new_passphrase is not None else None
        from_damaged = self.damaged.take_recovered() if self.damaged is not None else None
        if pending is not None and from_damaged is not None and from_damaged.store is not pending.store:
            from_damaged.discard()
            from_damaged.store.close()
        return pending or from_damaged


def _warm_up_failed(exc: BaseException) -> None:
    # Unlocking will meet the same problem and tell the nurse; here it is only worth a log line.
    log.info("warm-up failed: %s", type(exc).__name__)
