"""Contacts (caregivers, family, surrogate) and the care team, one above the other."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from app.services.people import CareTeamMemberView, ContactView
from ui.chart.models import CareTeamModel, ContactsModel
from ui.chart.record_tab import RecordTab
from ui.context import AppContext


class PeopleTab(QWidget):
    def __init__(self, ctx: AppContext, member_id: str, contacts: ContactsModel, care_team: CareTeamModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tab_people")
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        self.contacts = RecordTab(
            ctx, "contacts", member_id, contacts, noun=self.tr("Contacts"), title=self.tr("Contacts"),
            empty_text=self.tr("No caregivers, family or surrogate recorded."),
            add_text=self.tr("&Add contact…"), parent=splitter)
        self.care_team = RecordTab(
            ctx, "care_team", member_id, care_team, noun=self.tr("Care team"), title=self.tr("Care team"),
            empty_text=self.tr("No care team recorded. Add the PCP first: they are the medical home."),
            add_text=self.tr("Add care &team member…"), parent=splitter)
        splitter.addWidget(self.contacts)
        splitter.addWidget(self.care_team)
        splitter.setStretchFactor(0, 2)  # the care team is usually the longer list
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setFocusProxy(self.contacts)

    def set_people(self, contacts: Sequence[ContactView], care_team: Sequence[CareTeamMemberView]) -> None:
        self.contacts.set_records(contacts)
        self.care_team.set_records(care_team)

    def clear(self) -> None:
        self.contacts.clear()
        self.care_team.clear()
