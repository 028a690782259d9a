"""Pending closure requests (ICT review), decided by a supervisor: approve closes the member's case
with the requested reason, deny leaves it open. Each decision may carry a note."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.errors import NotFound
from ui.context import AppContext, Changes
from ui.encounter.labels import closure_label
from ui.ops import DbOp
from ui.widgets.dates import format_date
from ui.widgets.table_model import Column, RecordModel
from ui.widgets.table_view import RecordTable

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RequestRow:
    request: Any  # ClosureRequestView
    member_name: str

    @property
    def id(self) -> str:
        return str(self.request.id)


class RequestsModel(RecordModel[RequestRow]):
    def columns(self) -> list[Column[RequestRow]]:
        return [
            Column(self.tr("Member"), lambda r: r.member_name),
            Column(self.tr("Reason"), lambda r: closure_label(r.request.reason)),
            Column(self.tr("Requested"), lambda r: format_date(r.request.requested_on),
                   lambda r: r.request.requested_on.isoformat()),
            Column(self.tr("By"), lambda r: r.request.requested_by),
            Column(self.tr("Note"), lambda r: r.request.note),
        ]


def _pending(s: Any) -> list[RequestRow]:
    from app.services import lifecycle, members

    rows = []
    for request in lifecycle.pending_closures(s):
        try:
            member = members.peek(s, request.member_id)
            name = member.first_name + " " + member.last_name
        except NotFound:
            name = ""
        rows.append(RequestRow(request, name))
    return rows


class ClosureRequestsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("closure_requests")
        self.setWindowTitle(self.tr("Closure requests"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.model = RequestsModel(self)
        self.table = RecordTable(self.model, self.tr("Pending closure requests"),
                                 self.tr("No closure request is waiting for review."), self)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Decision note"))
        note_label = QLabel(self.tr("Decision &note"), self)
        note_label.setBuddy(self.note)
        form = QFormLayout()
        form.addRow(note_label, self.note)
        self.approve_button = QPushButton(self.tr("&Approve and close the case"), self)
        self.deny_button = QPushButton(self.tr("&Deny"), self)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.deny_button.clicked.connect(lambda: self.decide(False))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.approve_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.deny_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(760, 360)
        self.reload()

    def reload(self) -> None:
        DbOp(self.ctx, self, lambda s, _a: _pending(s)).success(self._show).run_in_background()

    def _show(self, rows: list[RequestRow]) -> None:
        if not isValid(self):
            return
        self.model.set_records(rows)
        self.table.select_first()
        self.table.view.setFocus()

    def decide(self, approve: bool) -> None:
        from app.services import lifecycle

        row = self.table.current()
        if row is None:
            return
        request_id, member_id, note = row.id, row.request.member_id, self.note.text()

        def work(s: Any, a: Any) -> Any:
            return lifecycle.decide_closure(s, a, request_id, approve=approve, note=note)

        DbOp(self.ctx, self, work, changes=Changes.of("member", member_id=member_id)).success(
            lambda _r: self._decided()).run_in_background()

    def _decided(self) -> None:
        if not isValid(self):
            return
        self.note.clear()
        self.reload()
