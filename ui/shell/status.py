"""The status bar: sync state (a named placeholder the sync issue fills) and a busy indicator for
operations that run longer than ~600 ms."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from ui.context import AppContext


class StatusArea(QObject):
    """A QObject child of the window, so the context's signals stop reaching it when the window goes."""

    def __init__(self, ctx: AppContext, bar: QStatusBar, parent: QWidget) -> None:
        super().__init__(parent)
        self.busy_ops: dict[int, str] = {}
        self.busy_label = QLabel(parent)
        self.busy_label.setObjectName("busy_label")
        self.busy_bar = QProgressBar(parent)
        self.busy_bar.setObjectName("busy_indicator")
        self.busy_bar.setMaximumWidth(140)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.sync_status = QLabel(self.tr("Not connected"), parent)
        self.sync_status.setObjectName("sync_status")
        self.sync_status.setAccessibleName(self.tr("Sync status"))
        bar.addWidget(self.busy_label)
        bar.addWidget(self.busy_bar)
        bar.addPermanentWidget(self.sync_status)
        ctx.slow_op_did_start.connect(self._started)
        ctx.op_did_progress.connect(self._progressed)
        ctx.op_did_finish.connect(self._finished)
        self._update()

    def _started(self, op_id: int, label: str) -> None:
        self.busy_ops[op_id] = label
        self.busy_bar.setRange(0, 0)  # indeterminate until progress is reported
        self._update()

    def _progressed(self, op_id: int, done: int, total: int) -> None:
        if op_id in self.busy_ops and total > 0:
            self.busy_bar.setRange(0, total)
            self.busy_bar.setValue(done)

    def _finished(self, op_id: int) -> None:
        if self.busy_ops.pop(op_id, None) is not None or not self.busy_ops:
            self._update()

    def _update(self) -> None:
        busy = bool(self.busy_ops)
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)
        labels = [label for label in self.busy_ops.values() if label]
        self.busy_label.setText(labels[-1] + "…" if labels else "")
