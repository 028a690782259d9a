"""Type to find a member of the caseload: a line edit with a completer over "Last, First · Plan ID".

The list is the caseload (not audited: a list, not a chart); it is cleared when the vault closes.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from app.services.members import CaseloadRow
from ui.i18n import arg


class MemberPicker(QLineEdit):
    member_did_change = Signal(str)  # member id, or "" when the text names no member

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Type a name or plan ID"))
        self._ids: dict[str, str] = {}  # shown text → member id
        self._languages: dict[str, str] = {}  # member id → preferred language code
        self.model = QStringListModel(self)
        completer = QCompleter(self.model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        completer.activated[str].connect(self._chosen)
        self.textChanged.connect(lambda _t: self.member_did_change.emit(self.member_id()))

    def set_rows(self, rows: list[CaseloadRow]) -> None:
        self._ids = {self.text_for(row): row.id for row in rows}
        self._languages = {row.id: row.preferred_language for row in rows}
        self.model.setStringList(list(self._ids))
        self.member_did_change.emit(self.member_id())

    def text_for(self, row: CaseloadRow) -> str:
        return arg(self.tr("%1, %2 · %3"), row.last_name, row.first_name, row.plan_member_id)

    def member_id(self) -> str:
        return self._ids.get(self.text().strip(), "")

    def preferred_language(self) -> str:
        return self._languages.get(self.member_id(), "")

    def choose(self, member_id: str) -> bool:
        """Show the member with this id (a chart's "Print / export…"); False if not in the list."""
        for text, mid in self._ids.items():
            if mid == member_id:
                self.setText(text)
                return True
        return False

    def clear_rows(self) -> None:
        """The vault is closing: no name stays in memory."""
        self._ids, self._languages = {}, {}
        self.model.setStringList([])
        self.clear()

    def _chosen(self, text: str) -> None:
        self.setText(text)
        self.member_did_change.emit(self.member_id())
