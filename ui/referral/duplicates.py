"""Members already on file that a new referral may be: shown with what the nurse can do about it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.model.enums import MemberStatus
from app.services.members import CaseloadRow
from ui.caseload.cells import member_name
from ui.widgets.dates import format_date
from ui.widgets.form import error_color
from ui.widgets.labels import label
from ui.widgets.table_model import Column, RecordModel
from ui.widgets.table_view import RecordTable


class MatchesModel(RecordModel[CaseloadRow]):
    def columns(self) -> list[Column[CaseloadRow]]:
        return [
            Column(self.tr("Name"), member_name),
            Column(self.tr("Plan member ID"), lambda r: r.plan_member_id),
            Column(self.tr("Date of birth"), lambda r: format_date(r.dob), lambda r: r.dob.isoformat()),
            Column(self.tr("Phone"), lambda r: r.phone_primary),
            Column(self.tr("Status"), lambda r: label(r.status, MemberStatus)),
        ]


class DuplicatesPanel(QFrame):
    open_requested = Signal(str)  # member id
    different_person_confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicates")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = QLabel(self)
        self.message.setObjectName("duplicates_message")
        self.message.setWordWrap(True)
        self.model = MatchesModel(self)
        self.table = RecordTable(self.model, self.tr("Members already on file"), "", self)
        self.table.setMaximumHeight(120)
        self.open_button = QPushButton(self.tr("&Open existing chart"), self)
        self.open_button.clicked.connect(self._open)
        self.different_button = QPushButton(self.tr("This is a diff&erent person"), self)
        self.different_button.setObjectName("different_person")
        self.different_button.clicked.connect(self.different_person_confirmed.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.different_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.hide()

    def show_plan_id_match(self, matches: list[CaseloadRow]) -> None:
        self._show(matches, self.tr(
            "⚠ This plan member ID is already on file. A plan ID belongs to one member: open their chart, "
            "or check the ID on the referral."), different_allowed=False)

    def show_same_person(self, matches: list[CaseloadRow]) -> None:
        self._show(matches, self.tr(
            "⚠ A member with this name and date of birth is already on file. Is this the same person?"),
            different_allowed=True)

    def _show(self, matches: list[CaseloadRow], message: str, *, different_allowed: bool) -> None:
        self.message.setText(message)
        self.message.setStyleSheet("color: " + error_color(self) + ";")
        self.model.set_records(matches)
        self.table.select_first()
        self.different_button.setVisible(different_allowed)
        self.show()

    def _open(self) -> None:
        chosen = self.table.current() or (self.model.record(0) if self.model.rowCount() else None)
        if chosen is not None:
            self.open_requested.emit(chosen.id)
