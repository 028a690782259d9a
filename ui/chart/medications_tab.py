"""Medications: the list plus Stop (with a reason) and Reconcile (adherence for every active one)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from app.model.enums import MedicationStatus
from app.services.clinical import MedicationView
from ui.chart.dialogs import reconcile_dialog, stop_medication_dialog
from ui.chart.models import MedicationsModel
from ui.chart.record_tab import RecordTab
from ui.context import AppContext
from ui.widgets.text import translate


class MedicationsTab(RecordTab):
    def __init__(self, ctx: AppContext, member_id: str, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, "medications", member_id, MedicationsModel(),
            noun=translate("MedicationsTab", "Medications"),
            empty_text=translate("MedicationsTab", "No medications recorded. Add one with Insert."),
            add_text=translate("MedicationsTab", "&Add medication…"), parent=parent)
        self.stop_action = self.action(self.tr("&Stop…"), self.stop)
        self.reconcile_action = self.action(
            self.tr("&Reconcile…"), self.reconcile, QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R))
        self._update_actions()

    def _update_actions(self) -> None:
        super()._update_actions()
        if hasattr(self, "stop_action"):
            med: MedicationView | None = self.current()
            self.stop_action.setEnabled(med is not None and med.status != MedicationStatus.STOPPED)

    def active(self) -> list[MedicationView]:
        return [m for m in self.model.records() if m.status != MedicationStatus.STOPPED]

    def stop(self) -> None:
        med = self.current()
        if med is not None and med.status != MedicationStatus.STOPPED:
            stop_medication_dialog(self.ctx, self, med).open()

    def reconcile(self) -> None:
        active = self.active()
        if not active:
            QMessageBox.information(self, self.tr("Reconcile medications"),
                                    self.tr("There are no active medications to review."))
            return
        reconcile_dialog(self.ctx, self, self.member_id, active).open()
