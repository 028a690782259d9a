"""The global search (Ctrl+K) with a second section, "Notes": full-text hits in signed and draft
encounter notes. Down past the last member moves into the notes; Enter on a note opens the chart at it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListView, QWidget
from shiboken6 import isValid

from app.errors import NotFound
from app.services import members
from ui.context import AppContext
from ui.encounter.labels import kind_label
from ui.i18n import arg
from ui.ops import DbOp
from ui.shell.search import RESULT_LIMIT, MemberSearch
from ui.widgets.dates import format_date, local_day
from ui.widgets.table_model import ROW_ROLE, Column, RecordModel

NOTE_LIMIT = 10


class NoteResultsModel(RecordModel[Any]):
    """(NoteHit, member name) pairs."""

    def columns(self) -> list[Column[Any]]:
        return [Column(self.tr("Note"), self._describe)]

    def _describe(self, row: Any) -> str:
        hit, name = row
        day = format_date(local_day(hit.started_at))
        return arg(self.tr("%1 — %2, %3: %4"), name, kind_label(hit.kind), day, " ".join(hit.snippet.split()))


def _search(s: Any, text: str) -> tuple[list[Any], list[Any]]:
    from app.services import encounters

    rows = members.search(s, text, limit=RESULT_LIMIT)
    hits = encounters.search_notes(s, text, limit=NOTE_LIMIT)
    names: dict[str, str] = {}
    for hit in hits:
        if hit.member_id not in names:
            try:
                member = members.peek(s, hit.member_id)
            except NotFound:  # removed by a sync since the index was written
                continue
            names[hit.member_id] = member.first_name + " " + member.last_name
    return rows, [(hit, names[hit.member_id]) for hit in hits if hit.member_id in names]


class MemberAndNoteSearch(MemberSearch):
    note_requested = Signal(str, str)  # member id, encounter id

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(ctx, parent)
        self.edit.setPlaceholderText(self.tr("Find a member or words in a note"))
        self.notes_model = NoteResultsModel(self)
        self.notes_title = QLabel(self.tr("Notes"), self)
        self.notes_title.setObjectName("note_results_title")
        font = self.notes_title.font()
        font.setBold(True)
        self.notes_title.setFont(font)
        self.notes = QListView(self)
        self.notes.setObjectName("note_search_results")
        self.notes.setAccessibleName(self.tr("Matching notes"))
        self.notes.setModel(self.notes_model)
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notes.activated.connect(lambda index: self._choose_note(index.row()))
        self.notes.clicked.connect(lambda index: self._choose_note(index.row()))
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.hint), self.notes_title)
        layout.insertWidget(layout.indexOf(self.hint), self.notes)
        self._in_notes = False
        self._show_notes(False)

    def popup(self) -> None:
        self.notes_model.clear()
        self._show_notes(False)
        super().popup()
        self.resize(self.width(), 480)

    def _show_notes(self, visible: bool) -> None:
        self.notes_title.setVisible(visible)
        self.notes.setVisible(visible)
        self._in_notes = self._in_notes and visible

    def _search(self) -> None:
        text = self.edit.text().strip()
        if self._pending is not None:
            self._pending.cancel()
        if len(text) < 2:
            self.model.clear()
            self.notes_model.clear()
            self._show_notes(False)
            return
        self._in_flight = True
        self._pending = DbOp(self.ctx, self, lambda s, _a: _search(s, text))  # type: ignore[assignment]
        self._pending.success(self._show_both).failure(self._failed).run_in_background()  # type: ignore[arg-type]

    def _show_both(self, result: tuple[list[Any], list[Any]]) -> None:
        if not isValid(self):
            return
        rows, hits = result
        self.notes_model.set_records(hits)
        self._show_notes(bool(hits))
        self._in_notes = False
        self.notes.setCurrentIndex(self.notes_model.index(-1, 0))
        if not rows and hits and self._open_when_ready:  # Enter typed fast and only notes match
            self._in_flight = self._open_when_ready = False
            self._choose_note(0)
            return
        self._show(rows)
        if not rows and hits:
            self.hint.setText(self.tr("Down selects a note · Enter opens it · Esc closes"))

    def _key(self, key: int) -> bool:
        members_count, notes_count = self.model.rowCount(), self.notes_model.rowCount()
        row = self.results.currentIndex().row()
        if key == Qt.Key.Key_Down and notes_count and not self._in_notes and row >= members_count - 1:
            self._enter_notes()
            return True
        if self._in_notes and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            return self._move_in_notes(key, members_count)
        if self._in_notes and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._choose_note(max(0, self.notes.currentIndex().row()))
            return True
        return super()._key(key)

    def _enter_notes(self) -> None:
        self._in_notes = True
        self.results.setCurrentIndex(self.model.index(-1, 0))
        self.notes.setCurrentIndex(self.notes_model.index(0, 0))

    def _move_in_notes(self, key: int, members_count: int) -> bool:
        row = self.notes.currentIndex().row()
        if key == Qt.Key.Key_Up and row <= 0:
            self._in_notes = False
            self.notes.setCurrentIndex(self.notes_model.index(-1, 0))
            if members_count:
                self.results.setCurrentIndex(self.model.index(members_count - 1, 0))
            return True
        step = 1 if key == Qt.Key.Key_Down else -1
        self.notes.setCurrentIndex(self.notes_model.index(max(0, min(self.notes_model.rowCount() - 1,
                                                                          row + step)), 0))
        return True

    def _choose_note(self, row: int) -> None:
        if 0 <= row < self.notes_model.rowCount():
            hit, _name = self.notes_model.index(row, 0).data(ROW_ROLE)
            self.close()
            self.note_requested.emit(hit.member_id, hit.encounter_id)

    def clear(self) -> None:
        self.notes_model.clear()
        super().clear()
