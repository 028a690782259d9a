"""One sync engine per unlocked session: on demand (Sync now, F5), on a timer, and when the network
comes back. ``QNetworkInformation`` is only a hint; ``GET /health`` on the network thread confirms it.

A sync runs on the context's network thread through ``Op``, so there is never more than one at a time
and the window never waits. After a network failure it tries again after 30 s, 1, 2, then every 5 min.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import QWidget

from app.errors import SyncError, SyncErrorKind
from sync import local
from sync.client import SyncReport
from ui.context import ALL_CHANGED, AppContext, Changes
from ui.messages import describe
from ui.ops import DbOp, Op
from ui.sync import work

log = logging.getLogger(__name__)
AUTO_SYNC_MS = 10 * 60 * 1000  # while unlocked
STARTUP_DELAY_MS = 3000  # after unlocking: let the first screen load before the network is used
RETRY_DELAYS_S = (30, 60, 120, 300)  # after network failures; the last one repeats
HTTP_RETRIES = 2  # urllib3's own quick retries inside one attempt
OTHER_ERROR = "error"  # sync_did_fail's kind for anything that is not a SyncError


class SyncController(QObject):
    sync_did_start = Signal()
    sync_did_progress = Signal(str, int, int)  # stage ("push" | "pull"), done, total
    sync_did_finish = Signal(object)  # SyncReport
    sync_did_fail = Signal(str, str)  # SyncErrorKind value (or "error"), a sentence for the nurse
    connection_did_change = Signal()  # online / configured changed
    device_did_get_revoked = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget, *, automatic: bool = True,
                 http_retries: int = HTTP_RETRIES) -> None:
        super().__init__(parent)
        self.ctx, self.window, self.http_retries = ctx, parent, http_retries
        self.online: bool | None = None  # None: not known yet
        self.server_url: str | None = None  # None: not read yet; "": no server configured
        self.last_failure: tuple[str, str] | None = None
        self.syncing = False
        self._prompt = True  # this sync may open the sign-in dialog (not for automatic ones)
        self.network_failures = 0
        self.sign_in_dialog: QWidget | None = None
        self._asked_at_start = False
        self._relay = ProgressRelay(self)
        self._relay.did_progress.connect(self.sync_did_progress)
        self.timer = QTimer(self, interval=AUTO_SYNC_MS, timeout=self.check_and_sync)
        self.retry_timer = QTimer(self, singleShot=True, timeout=self.check_and_sync)
        self.startup_timer = QTimer(self, singleShot=True, interval=STARTUP_DELAY_MS,
                                    timeout=self.check_and_sync)
        self.automatic = self._watching = False
        ctx.store_will_close.connect(self.stop)
        ctx.changes_did_happen.connect(self._changes_did_happen)
        self.read_configuration()
        if automatic:
            self.start_automatic()

    # ---- triggers --------------------------------------------------------------------------------

    def start_automatic(self) -> None:
        self.automatic = True
        self.timer.start()
        self.startup_timer.start()
        if self._watching:
            return
        if QNetworkInformation.instance() is None and not QNetworkInformation.loadDefaultBackend():
            log.info("no network information backend: relying on the timer")
        info = QNetworkInformation.instance()
        if info is not None:
            info.reachabilityChanged.connect(self._reachability_changed)
            self._watching = True

    def stop(self) -> None:
        self.automatic = False
        for timer in (self.timer, self.retry_timer, self.startup_timer):
            timer.stop()

    def _reachability_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        if not self.automatic:
            return
        if reachability == QNetworkInformation.Reachability.Disconnected:
            self._set_online(False)
        elif reachability != QNetworkInformation.Reachability.Unknown and self.online is not True:
            self.check_and_sync()

    def check_and_sync(self) -> None:
        """Automatic path: confirm the server answers before syncing."""
        url, store = self.server_url, self.ctx.store
        if not url or self.syncing or not self.ctx.is_unlocked:
            return
        Op(self.ctx, None, lambda: work.server_is_up(store, url), pool="net").success(self._probed) \
            .failure(self._probe_failed).run_in_background()

    def _probe_failed(self, exc: BaseException) -> None:
        if work.is_configuration_problem(exc):  # not "offline": say so (untrusted certificate, plain http)
            self._prompt = False
            self._failed(exc)
        else:
            self._background_failed(exc)

    def _probed(self, up: bool) -> None:
        self._set_online(up)
        if up:
            self.sync_now(prompt=False)
        else:
            self._schedule_retry()

    # ---- syncing ---------------------------------------------------------------------------------

    def sync_now(self, *, prompt: bool = True) -> bool:
        """Start a sync unless one is running or no server is configured; True when started."""
        if self.syncing or self.server_url == "" or not self.ctx.is_unlocked:
            return False
        store, relay, retries = self.ctx.store, self._relay, self.http_retries
        self.syncing, self._prompt = True, prompt
        self.retry_timer.stop()
        self.sync_did_start.emit()

        def job(progress: object) -> SyncReport | None:
            def report(stage: str, done: int, total: int) -> None:
                relay.did_progress.emit(stage, done, total)
                progress(done, total)  # type: ignore[operator]

            return work.run_sync(store, report, retries=retries)  # type: ignore[arg-type]

        Op(self.ctx, self.window, job, label=self.tr("Syncing"), pool="net", with_progress=True) \
            .success(self._finished).failure(self._failed).run_in_background()
        return True

    def _finished(self, report: SyncReport | None) -> None:
        self.syncing = False
        if report is None:
            self._set_server("")
            return
        self.network_failures, self.last_failure = 0, None
        self._set_online(True)
        if report.pulled or report.purged_members or report.conflicts or report.rejected:
            # Only then can a view show something new: a sync that found nothing (every few minutes) must
            # not make every screen reload (with 5,000 members, a caseload-wide task refresh: ~1 s).
            self.ctx.changes_did_happen.emit(ALL_CHANGED)
        self.sync_did_finish.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self.syncing = False
        kind = exc.kind if isinstance(exc, SyncError) else OTHER_ERROR
        log.info("sync failed: %s", kind)
        if kind == SyncErrorKind.REVOKED:
            self.stop()
            self.server_url = ""
            self.device_did_get_revoked.emit()
            return
        message = describe(exc) if kind == OTHER_ERROR else str(exc)
        self.last_failure = (str(kind), message)
        self._set_online(kind != SyncErrorKind.NETWORK)
        if kind == SyncErrorKind.NETWORK:
            self._schedule_retry()
        self.sync_did_fail.emit(str(kind), message)
        if kind == SyncErrorKind.AUTH and self._prompt:
            self.ask_to_sign_in()

    def _schedule_retry(self) -> None:
        if not self.automatic:
            return
        delay = RETRY_DELAYS_S[min(self.network_failures, len(RETRY_DELAYS_S) - 1)]
        self.network_failures += 1
        self.retry_timer.start(delay * 1000)

    # ---- signing in ------------------------------------------------------------------------------

    def ask_to_sign_in(self) -> None:
        """The token expired or is missing: ask for the server password (non-modal), then sync."""
        from ui.sync.signin import SignInDialog

        if self.sign_in_dialog is not None and self.sign_in_dialog.isVisible():
            self.sign_in_dialog.raise_()
            return
        dialog = SignInDialog(self.ctx, self.window)
        dialog.sign_in_did_succeed.connect(lambda: self.sync_now())
        dialog.destroyed.connect(lambda: setattr(self, "sign_in_dialog", None))
        self.sign_in_dialog = dialog
        dialog.show()

    # ---- state -----------------------------------------------------------------------------------

    def read_configuration(self) -> None:
        if self.ctx.is_unlocked:
            DbOp(self.ctx, None, lambda s, _a: (local.state(s, "server_url"), bool(local.state(s, "token")))
                 ).success(lambda found: self._set_server(*found)) \
                .failure(self._background_failed).run_in_background()

    def _set_server(self, url: str, signed_in: bool = True) -> None:
        if url and not signed_in and not self._asked_at_start:
            # A server chosen in the first-run wizard: the nurse has not signed in yet, so ask now
            # rather than wait for her to find out that nothing syncs.
            self._asked_at_start = True
            self.ask_to_sign_in()
        first_time = bool(url) and not self.server_url
        self.server_url = url
        self.connection_did_change.emit()
        if first_time and self.automatic and self.online is None and not self.startup_timer.isActive():
            self.check_and_sync()  # just connected (e.g. from Settings): confirm and sync

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.connection_did_change.emit()

    def _changes_did_happen(self, changes: Changes) -> None:
        if changes.everything and not self.syncing:
            self.read_configuration()  # a new vault, or a server connected from Settings

    def _background_failed(self, exc: BaseException) -> None:
        log.info("background sync check failed: %s", type(exc).__name__)


class ProgressRelay(QObject):
    """Carries (stage, done, total) from the network thread; queued to the GUI thread by Qt."""

    did_progress = Signal(str, int, int)
