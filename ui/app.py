"""The controller: first-run wizard or unlock screen → main window → (lock) → unlock screen again.

On lock nothing that showed PHI survives: the main window and every other window are closed and deleted,
the context forgets the store, and the store is audited and closed on the DB thread.

Loaded before the first window paints: the idle lock, ui.ops and the windows load when first needed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ui.context import AppContext
from ui.settings.prefs import Prefs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from app.store.vault import KdfParams
    from ui.lock import IdleLock
    from ui.login.first_run import FirstRunWizard
    from ui.login.unlock import UnlockWindow

log = logging.getLogger(__name__)

VAULT_FILE = "vault.json"  # app.store.vault.VAULT_FILE, not imported: that module loads Argon2 (tested equal)
DRAFTS_GRACE_MS = 2000  # how long a lock waits for drafts queued on lock_will_happen

MainWindowFactory = Callable[[AppContext], "QMainWindow"]


def default_main_window(ctx: AppContext) -> QMainWindow:
    from ui.shell.window import MainWindow

    return MainWindow(ctx)


class CarefieldApp(QObject):
    def __init__(self, data_dir: Path, *, prefs: Prefs | None = None, kdf: KdfParams | None = None,
                 main_window_factory: MainWindowFactory | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = AppContext(Path(data_dir), self)
        self.prefs = prefs or Prefs(parent=self)
        self.kdf = kdf
        self.make_main_window = main_window_factory or default_main_window
        self.main_window: QMainWindow | None = None
        self.login_window: UnlockWindow | FirstRunWizard | None = None
        self._idle: IdleLock | None = None
        self.prefs.prefs_did_change.connect(lambda: self.idle.set_minutes(self.prefs.idle_minutes))
        self._locking = False
        self._lock_seq = 0
        self.revoked_notice: QWidget | None = None

    @property
    def idle(self) -> IdleLock:
        """The idle lock; it forwards ``lock_will_happen(reason)`` to ``ctx`` so editors save drafts."""
        if self._idle is None:
            from ui.lock import IdleLock

            self._idle = IdleLock(self.prefs.idle_minutes, self)
            self._idle.lock_is_due.connect(self._lock_due)
            self._idle.lock_will_happen.connect(self.ctx.lock_will_happen)
        return self._idle

    def start(self) -> None:
        if (self.ctx.data_dir / VAULT_FILE).is_file():
            self.show_unlock()
        else:
            self.show_first_run()

    def show_unlock(self) -> None:
        from ui.login.unlock import UnlockWindow

        window = UnlockWindow(self.ctx)
        window.vault_did_unlock.connect(self._unlocked)
        self._show_login(window)

    def show_first_run(self) -> None:
        from ui.login.first_run import FirstRunWizard

        wizard = FirstRunWizard(self.ctx, self.kdf)
        wizard.vault_did_create.connect(self.ctx.attach)
        wizard.accepted.connect(self._open_main_window)
        wizard.rejected.connect(QApplication.quit)
        self._show_login(wizard)

    def _show_login(self, window: UnlockWindow | FirstRunWizard) -> None:
        self.login_window = window
        window.show()
        window.activateWindow()

    def _unlocked(self, store: object) -> None:
        self.ctx.attach(store)  # type: ignore[arg-type]
        self._open_main_window()

    def _open_main_window(self) -> None:
        window = self.make_main_window(self.ctx)
        window.lock_requested.connect(lambda: self.lock("manual"))
        window.settings_requested.connect(self.open_settings)
        sync = getattr(window, "sync_controller", None)
        if sync is not None:
            sync.device_did_get_revoked.connect(self.device_revoked)
        self.main_window = window
        window.show()
        self._close_login()
        self.idle.arm()

    def _close_login(self) -> None:
        login, self.login_window = self.login_window, None
        if login is not None:
            login.hide()
            login.deleteLater()

    def open_settings(self) -> None:
        from ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self.prefs, self.ctx, self.main_window)
        dialog.open()

    def device_revoked(self) -> None:
        """The administrator removed this laptop; the sync client already erased the vault. Close every
        window and leave only the notice, which holds no data."""
        from ui.sync.revoked import RevokedNotice

        self.idle.disarm()
        self.ctx.detach()  # the store is closed already
        for window in self._phi_windows():
            window.close()
            window.deleteLater()
        self.main_window = None
        self.revoked_notice = RevokedNotice()
        self.revoked_notice.quit_requested.connect(QApplication.quit)
        self.revoked_notice.showMaximized()

    def lock(self, reason: str = "manual") -> None:
        """Lock now (Ctrl+L, tests); views first hear ``idle.lock_will_happen``."""
        self.idle.request(reason)

    def _lock_due(self, reason: str) -> None:
        """Hide every window now; after queued drafts are saved, forget the store and close it."""
        if self._locking or self.ctx.store is None:
            return
        from ui.ops import Op

        self._locking = True
        self._lock_seq += 1
        seq = self._lock_seq
        hidden = self._phi_windows()
        self.show_unlock()
        for window in hidden:
            window.hide()
        # The DB thread is serial: once this no-op runs, drafts queued on lock_will_happen are saved.
        Op(self.ctx, None, lambda: None).success(lambda _r: self._finish_lock(reason, seq)).failure(
            lambda _e: self._finish_lock(reason, seq)).run_in_background()
        QTimer.singleShot(DRAFTS_GRACE_MS, lambda: self._finish_lock(reason, seq))

    def _finish_lock(self, reason: str, seq: int) -> None:
        if not self._locking or seq != self._lock_seq:
            return
        self._locking = False
        actor = self.ctx.actor
        store = self.ctx.detach()
        for window in self._phi_windows():
            window.close()
            window.deleteLater()
        self.main_window = None
        if store is not None:
            from ui.ops import Op

            Op(self.ctx, None, lambda: _close_store(store, actor, reason)).run_in_background()

    def _phi_windows(self) -> list[QWidget]:
        """Every top-level window except the login screen: the main window, dialogs, anything else."""
        login = self.login_window
        return [w for w in QApplication.topLevelWidgets()
                if w is not login and w.isWindow() and not _is_popup(w)]

    def shutdown(self) -> None:
        """On quit: close the store (audited) and any store opened by a recovery code, then wait."""
        take_pending = getattr(self.login_window, "take_pending", None)
        pending = take_pending() if take_pending is not None else None
        actor = self.ctx.actor
        store = self.ctx.detach()
        stores = [(store, actor)] if store is not None else []
        if pending is not None:
            pending.discard()
            stores.append((pending.store, None))
        from ui.ops import Op

        for open_store, who in stores:
            Op(self.ctx, None, lambda s=open_store, a=who: _close_store(s, a, "quit")).run_in_background()
        self.ctx.shutdown()


def _close_store(store: object, actor: object, reason: str) -> None:
    from ui.login import work

    work.lock(store, actor, reason)  # type: ignore[arg-type]


def _is_popup(widget: QWidget) -> bool:
    # Tooltips and menus belong to Qt or to a window being closed; deleting them directly is unsafe.
    from PySide6.QtCore import Qt

    kind = widget.windowType()
    return kind in (Qt.WindowType.ToolTip, Qt.WindowType.Popup)
