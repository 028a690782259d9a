"""Today ▸ Recent alerts: every open safety alert in the caseload (member, alert, when), with
Acknowledge… opening the same dialog the runner shows. Enter on a row opens the member's chart."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.errors import NotFound
from app.services import assessments, members
from ui.assessment.alert_dialog import AlertDialog
from ui.assessment.models import AlertRow, AlertsModel
from ui.context import AppContext, Changes
from ui.i18n import arg
from ui.ops import DbOp
from ui.widgets.table_model import ROW_ROLE
from ui.widgets.table_view import RecordTable


def open_alert_rows(session: Any) -> list[AlertRow]:
    rows = []
    for alert in assessments.open_alerts(session):
        try:
            member = members.peek(session, alert.member_id)
            name = " ".join(p for p in (member.first_name, member.last_name) if p)
        except NotFound:  # removed by a sync; the alert still needs an action
            name = ""
        rows.append(AlertRow(alert.id, alert.member_id, name, alert.kind, alert.raised_at, alert))
    return rows


class RecentAlerts(QWidget):
    chart_requested = Signal(str)  # member id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("today_alerts")
        self.model = AlertsModel(self)
        self.table = RecordTable(self.model, self.tr("Recent alerts"), self.tr(
            "No open safety alerts. Alerts raised by assessments, such as a PHQ-9 answer about self-harm, "
            "are listed here until someone records the action taken."), self)
        self.acknowledge_button = QPushButton(self.tr("A&cknowledge…"), self)
        self.acknowledge_button.setAutoDefault(False)
        self.acknowledge_button.clicked.connect(self.acknowledge_current)
        self.dialog: AlertDialog | None = None
        row = QHBoxLayout()
        row.addWidget(self.acknowledge_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table)
        self.table.view.activated.connect(lambda index: self._open(index.data(ROW_ROLE)))
        self.table.view.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.table.setMinimumHeight(90)
        ctx.changes_did_happen.connect(self._changes_did_happen)
        ctx.store_will_close.connect(self.model.clear)
        self._update()
        if ctx.is_unlocked:
            self.reload()

    def reload(self) -> None:
        DbOp(self.ctx, self, lambda s, _a: open_alert_rows(s)).success(self.set_rows).run_in_background()

    def set_rows(self, rows: list[AlertRow]) -> None:
        self.model.set_records(rows)
        self.table.select_first()
        self._update()

    def _changes_did_happen(self, changes: Changes) -> None:
        if (changes.touches("assessment") or changes.touches("safety_alert")) and self.ctx.is_unlocked:
            self.reload()

    def _update(self) -> None:
        count = self.model.rowCount()
        self.acknowledge_button.setEnabled(self.table.current() is not None)
        self.acknowledge_button.setVisible(count > 0)
        self.acknowledge_button.setAccessibleName(arg(self.tr("Acknowledge the selected alert (%1 open)"),
                                                      count))

    def _open(self, row: AlertRow | None) -> None:
        if row is not None:
            self.chart_requested.emit(row.member_id)

    def acknowledge_current(self) -> AlertDialog | None:
        row: AlertRow | None = self.table.current()
        if row is None:
            return None
        self.dialog = AlertDialog(self.ctx, row.alert, row.member_name, self.window(), dismissable=True)
        self.dialog.open()
        return self.dialog
