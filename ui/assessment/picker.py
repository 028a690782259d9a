"""Choosing which instrument to give: a short list, type-ahead and Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.encounter.labels import instrument_label
from ui.i18n import arg

# The standalone instruments a nurse gives at a contact (their histories and trends are on the chart).
INSTRUMENTS = ("phq2", "phq9", "gad7", "katz_adl", "lawton_iadl", "steadi", "ahc_hrsn", "med_adherence",
               "caregiver")
# What the picker offers: those, then the comprehensive initial assessment (unscored, so no trend).
PICKABLE = (*INSTRUMENTS, "initial_assessment")


class InstrumentPicker(QDialog):
    def __init__(self, member_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("instrument_picker")
        self.setWindowTitle(arg(self.tr("Start assessment — %1"), member_name))
        self.list = QListWidget(self)
        self.list.setObjectName("instrument_list")
        self.list.setAccessibleName(self.tr("Instruments"))
        for instrument_id in PICKABLE:
            item = QListWidgetItem(instrument_label(instrument_id), self.list)
            item.setData(Qt.ItemDataRole.UserRole, instrument_id)
        self.list.setCurrentRow(0)
        label = QLabel(self.tr("&Instrument (type to find, Enter to start):"), self)
        label.setBuddy(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        start = buttons.addButton(self.tr("&Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        start.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _i: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.list.setFocus()

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))
