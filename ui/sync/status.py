"""The sync corner of the status bar: online or offline (an icon and words), when the last sync
finished, how many changes wait and how old the oldest is, progress while syncing, and Sync now.

The counts come from a short DbOp after each change and each sync; the relative times are redrawn
every minute from what was read, without touching the database.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.errors import SyncErrorKind
from app.store.base import utcnow
from ui.context import AppContext, Changes
from ui.i18n import arg
from ui.ops import DbOp
from ui.sync import icons
from ui.sync.controller import SyncController
from ui.sync.work import SyncSummary, read_summary

REFRESH_DEBOUNCE_MS = 250  # a burst of edits costs one read
TICK_MS = 60 * 1000


class SyncStatus(QWidget):
    def __init__(self, ctx: AppContext, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.controller = ctx, controller
        self.summary: SyncSummary | None = None
        self.stage_text = ""
        self.setObjectName("sync_status")
        self.setAccessibleName(self.tr("Sync status"))
        self.icon = QLabel(self)
        self.state = self._label("sync_state")
        self.last_synced = self._label("sync_last")
        self.waiting = self._label("sync_waiting")
        self.button = QPushButton(self.tr("Sync now"), self)
        self.button.setObjectName("sync_now")
        self.button.setAccessibleName(self.tr("Sync now"))
        self.button.clicked.connect(lambda: controller.sync_now())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 4, 0)
        row.setSpacing(6)
        for widget in (self.icon, self.state, self._dot(), self.last_synced, self._dot(), self.waiting):
            row.addWidget(widget)
        row.addSpacing(6)
        row.addWidget(self.button)
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DEBOUNCE_MS,
                                     timeout=self.refresh)
        self._tick = QTimer(self, interval=TICK_MS, timeout=self.render)
        self._tick.start()
        for signal in (controller.sync_did_start, controller.connection_did_change):
            signal.connect(self._controller_did_change)
        controller.sync_did_fail.connect(self._controller_did_change)
        controller.sync_did_progress.connect(self._progressed)
        controller.sync_did_finish.connect(self._controller_did_change)
        ctx.changes_did_happen.connect(self._changes_did_happen)
        ctx.store_will_close.connect(self.clear)
        self.refresh()
        self.render()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        return label

    def _dot(self) -> QLabel:
        return QLabel("·", self)

    # ---- data ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.ctx.is_unlocked:
            DbOp(self.ctx, None, lambda s, _a: read_summary(s)).success(self._summary_read) \
                .failure(lambda _exc: None).run_in_background()  # the next change reads again

    def _summary_read(self, summary: SyncSummary) -> None:
        self.summary = summary
        self.render()

    def _changes_did_happen(self, _changes: Changes) -> None:
        self._refresh_timer.start()

    def _controller_did_change(self, *_args: object) -> None:
        if not self.controller.syncing:
            self.stage_text = ""
            self.refresh()
        self.render()

    def _progressed(self, stage: str, done: int, total: int) -> None:
        if stage == "push":
            self.stage_text = arg(self.tr("Sending changes: %1 of %2"), done, total)
        else:
            self.stage_text = arg(self.tr("Receiving updates: %1"), done)
        self.render()

    def clear(self) -> None:
        self.summary = None
        self.render()

    # ---- drawing ---------------------------------------------------------------------------------

    def render(self) -> None:
        icon, text, tip = self._state()
        self.icon.setPixmap(icon.pixmap(16, 16))
        self.state.setText(text)
        self.state.setToolTip(tip)
        self.icon.setToolTip(tip or text)
        self.icon.setAccessibleName(text)
        summary, now = self.summary, utcnow()
        self.last_synced.setText(self._synced_text(summary, now) if summary else "")
        self.waiting.setText(self._waiting_text(summary, now) if summary else "")
        configured = self.controller.server_url != "" and (summary is None or summary.configured)
        self.button.setEnabled(configured and not self.controller.syncing and self.ctx.is_unlocked)
        self.button.setToolTip(self.tr("Send your changes and get the latest (F5)") if configured
                               else self.tr("Connect to a server in Settings to sync."))

    def _state(self) -> tuple[object, str, str]:
        c = self.controller
        failure_kind, failure = c.last_failure or ("", "")
        if c.server_url is None and self.summary is None:
            return icons.not_connected_icon(), "", ""  # not read yet: a blink, say nothing
        if c.server_url == "" or (self.summary is not None and not self.summary.configured):
            return icons.not_connected_icon(), self.tr("Not connected to a server"), ""
        if c.syncing:
            return icons.syncing_icon(), self.stage_text or self.tr("Syncing…"), ""
        if failure_kind == SyncErrorKind.NETWORK:
            return icons.offline_icon(), self.tr("Offline: could not reach the server"), failure
        if c.online is False:
            return icons.offline_icon(), self.tr("Offline"), ""
        if failure_kind == SyncErrorKind.AUTH:
            return icons.problem_icon(), self.tr("Sign-in needed to sync"), failure
        if failure_kind == SyncErrorKind.CERTIFICATE:
            return icons.problem_icon(), self.tr("Server certificate not trusted"), failure
        if failure_kind == SyncErrorKind.INSECURE:
            return icons.problem_icon(), self.tr("Unencrypted connection refused"), failure
        if failure_kind:
            return icons.problem_icon(), self.tr("Sync did not finish"), failure
        if c.online:
            return icons.online_icon(), self.tr("Online"), ""
        return icons.not_connected_icon(), self.tr("Connection not checked yet"), ""

    def _synced_text(self, summary: SyncSummary, now: datetime) -> str:
        if summary.last_synced_at is None:
            return self.tr("Never synced")
        return arg(self.tr("Synced %1"), self._ago(summary.last_synced_at, now))

    def _waiting_text(self, summary: SyncSummary, now: datetime) -> str:
        if summary.waiting == 0:
            return self.tr("No changes waiting")
        text = self.tr("1 change waiting") if summary.waiting == 1 else arg(
            self.tr("%1 changes waiting"), summary.waiting)
        if summary.oldest_waiting_at is None:
            return text
        return arg(self.tr("%1 · oldest %2"), text, self._age(summary.oldest_waiting_at, now))

    def _ago(self, when: datetime, now: datetime) -> str:
        minutes = int((now - when).total_seconds() // 60)
        if minutes < 1:
            return self.tr("just now")
        return arg(self.tr("%1 ago"), self._age(when, now))

    def _age(self, when: datetime, now: datetime) -> str:
        minutes = max(0, int((now - when).total_seconds() // 60))
        if minutes < 60:
            return arg(self.tr("%1 min"), max(minutes, 1))
        if minutes < 48 * 60:
            return arg(self.tr("%1 h"), minutes // 60)
        return arg(self.tr("%1 days"), minutes // (24 * 60))
