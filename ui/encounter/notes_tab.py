"""The Notes tab: the member's encounters newest first with their status (icon and words), and the
commands to write a new note, log a contact attempt, or open one read-only with its history."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.encounter.models import EncountersModel
from ui.i18n import arg
from ui.widgets.table_model import ROW_ROLE
from ui.widgets.table_view import RecordTable


class NotesTab(QWidget):
    note_requested = Signal(str)  # encounter id

    def __init__(self, new_note: Callable[[], None], log_attempt: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tab_notes")
        self.model = EncountersModel(self)
        self.table = RecordTable(self.model, self.tr("Encounters"), self.tr(
            "No encounters yet. Write a note with Ctrl+E or log a contact attempt with Ctrl+Shift+A."), self)
        self.new_button = self._button(self.tr("&New note…"), "Ctrl+E", new_note)
        self.attempt_button = self._button(self.tr("Log &attempt…"), "Ctrl+Shift+A", log_attempt)
        self.open_button = self._button(self.tr("&Open note"), self.tr("Enter"), self.open_current)
        self.summary = QLabel(self)
        self.summary.setObjectName("notes_summary")
        row = QHBoxLayout()
        for button in (self.new_button, self.attempt_button, self.open_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.table.view.activated.connect(self._open_index)
        self.table.view.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.setFocusProxy(self.table)
        self._update()

    def _button(self, text: str, keys: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.setToolTip(arg(self.tr("%1 (%2)", "command (shortcut)"), text.replace("&", ""), keys))
        button.clicked.connect(slot)
        return button

    def set_encounters(self, encounters: Sequence[Any], minutes: int) -> None:
        selected = self.current()
        self.model.set_records(encounters)
        self.set_minutes(minutes)
        if selected is None or not self.select(selected.id):
            self.table.select_first()  # the newest note, ready for Enter
        self._update()

    def set_minutes(self, minutes: int) -> None:
        self.summary.setText(arg(self.tr("Minutes this month: %1"), minutes))

    def clear(self) -> None:
        self.model.clear()
        self.summary.clear()
        self._update()

    def current(self) -> Any:
        return self.table.current()

    def select(self, encounter_id: str) -> bool:
        proxy = self.table.proxy
        for row in range(proxy.rowCount()):
            record = proxy.index(row, 0).data(ROW_ROLE)
            if record is not None and record.id == encounter_id:
                self.table.view.selectRow(row)
                return True
        return False

    def _update(self) -> None:
        self.open_button.setEnabled(self.current() is not None)

    def _open_index(self, index: Any) -> None:
        encounter = index.data(ROW_ROLE)
        if encounter is not None:
            self.note_requested.emit(encounter.id)

    def open_current(self) -> None:
        encounter = self.current()
        if encounter is not None:
            self.note_requested.emit(encounter.id)
