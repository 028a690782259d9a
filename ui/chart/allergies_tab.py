"""Allergies, with the "no known drug allergies" statement kept on the member."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from app.model.enums import AllergyCategory, AllergyStatus
from app.services import members
from app.services.clinical import AllergyView
from app.services.members import MemberView
from ui.chart.models import AllergiesModel
from ui.chart.record_tab import RecordTab
from ui.context import AppContext, Changes
from ui.messages import show_error
from ui.ops import DbOp
from ui.widgets.text import translate


def active_drug_allergies(allergies: list[AllergyView]) -> list[AllergyView]:
    return [a for a in allergies
            if a.status == AllergyStatus.ACTIVE and a.category == AllergyCategory.MEDICATION]


class AllergiesTab(RecordTab):
    def __init__(self, ctx: AppContext, member_id: str, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, "allergies", member_id, AllergiesModel(), noun=translate("AllergiesTab", "Allergies"),
            empty_text=translate("AllergiesTab", "No allergies recorded."),
            add_text=translate("AllergiesTab", "&Add allergy…"), parent=parent)
        self.nkda = QCheckBox(translate("AllergiesTab", "&No known drug allergies (NKDA)"), self)
        self.nkda.setObjectName("nkda")
        self.nkda.clicked.connect(self._nkda_clicked)  # the nurse's click only, not set_member
        self.toolbar.addWidget(self.nkda)

    def set_member(self, member: MemberView | None) -> None:
        self.nkda.setChecked(bool(member and member.no_known_allergies))
        self._update_nkda()

    def set_records(self, rows: list[AllergyView]) -> None:  # type: ignore[override]
        super().set_records(rows)
        self._update_nkda()

    def _update_nkda(self) -> None:
        """NKDA cannot be stated while an active drug allergy is on the list."""
        blocked = bool(active_drug_allergies(self.model.records())) and not self.nkda.isChecked()
        self.nkda.setEnabled(not blocked)
        self.nkda.setToolTip(self.tr("An active medication allergy is recorded.") if blocked else "")

    def _nkda_clicked(self, checked: bool) -> None:
        DbOp(self.ctx, self, lambda s, a: members.update(s, a, self.member_id, no_known_allergies=checked),
             changes=Changes.of("member", member_id=self.member_id)).failure(
            lambda exc: self._nkda_failed(exc, checked)).run_in_background()

    def _nkda_failed(self, exc: BaseException, checked: bool) -> None:
        self.nkda.setChecked(not checked)
        show_error(self, exc)
