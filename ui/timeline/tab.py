"""The Timeline tab: encounters, contact attempts, assessments, utilization and status changes in one
list, newest first, with a switch per kind; and full-text search of the member's notes."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui.context import AppContext
from ui.i18n import arg
from ui.ops import DbOp
from ui.timeline.models import KindFilter, NoteHitsModel, TimelineModel, no_hits_text
from ui.widgets.table_model import ROW_ROLE
from ui.widgets.table_view import RecordTable

log = logging.getLogger(__name__)
SEARCH_DELAY_MS = 250


class TimelineTab(QWidget):
    note_requested = Signal(str)  # encounter id

    def __init__(self, ctx: AppContext, member_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.member_id = ctx, member_id
        self.setObjectName("tab_timeline")
        self.model = TimelineModel(self)
        self.filter = KindFilter(self)
        self.filter.setSourceModel(self.model)
        self.table = RecordTable(self.filter, self.tr("Timeline"),
                                 self.tr("Nothing has happened yet, or every kind is switched off."), self)
        self.hits = NoteHitsModel(self)
        self.hits_table = RecordTable(self.hits, self.tr("Matching notes"), no_hits_text(), self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.hits_table)
        self.search = QLineEdit(self)
        self.search.setObjectName("note_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Words from a note"))
        self.search.setAccessibleName(self.tr("Search notes"))
        self.result_count = QLabel(self)
        self.buttons: dict[str, QToolButton] = {}
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_row())
        layout.addWidget(self.stack, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.table.view.activated.connect(self._open_entry)
        self.hits_table.view.activated.connect(self._open_hit)
        self._pending: DbOp[Any] | None = None
        self.setFocusProxy(self.table)

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show:"), self))
        texts = {"encounter": self.tr("&Encounters"), "attempt": self.tr("Attem&pts"),
                 "assessment": self.tr("&Assessments"), "utilization": self.tr("Uti&lization"),
                 "status": self.tr("Stat&us changes")}
        for kind, text in texts.items():
            button = QToolButton(self)
            button.setObjectName("filter_" + kind)
            button.setText(text)
            button.setCheckable(True)
            button.setChecked(True)
            button.setAccessibleName(arg(self.tr("Show %1"), text.replace("&", "")))
            button.toggled.connect(lambda _c: self._filter_changed())
            row.addWidget(button)
            self.buttons[kind] = button
        row.addStretch(1)
        label = QLabel(self.tr("Search n&otes"), self)
        label.setBuddy(self.search)
        row.addWidget(label)
        row.addWidget(self.search, 1)
        row.addWidget(self.result_count)
        return row

    # ---- contents --------------------------------------------------------------------------------

    def set_timeline(self, entries: Any, encounters: Any) -> None:
        self.model.set_timeline(entries, encounters)
        if self.search.text().strip():
            self._search()

    def clear(self) -> None:
        self.model.set_timeline((), ())
        self.hits.clear()
        self.search.clear()

    def _filter_changed(self) -> None:
        self.filter.set_kinds({kind for kind, button in self.buttons.items() if button.isChecked()})

    # ---- search ----------------------------------------------------------------------------------

    def _search_now(self) -> None:
        self._timer.stop()
        self._search()

    def _search(self) -> None:
        text = self.search.text().strip()
        if self._pending is not None:
            self._pending.cancel()
        if not text:
            self.stack.setCurrentWidget(self.table)
            self.result_count.clear()
            return
        if not self.ctx.is_unlocked:
            return
        from app.services import encounters

        member_id = self.member_id
        self._pending = DbOp(self.ctx, self,
                             lambda s, _a: encounters.search_notes(s, text, member_id=member_id))
        self._pending.success(self._show_hits).failure(self._search_failed).run_in_background()

    def _show_hits(self, hits: list[Any]) -> None:
        if not isValid(self):
            return
        self._pending = None
        self.hits.set_records(hits)
        self.stack.setCurrentWidget(self.hits_table)
        self.result_count.setText(arg(self.tr("%1 found"), len(hits)))

    def _search_failed(self, exc: BaseException) -> None:
        log.info("note search failed: %s", type(exc).__name__)
        if not isValid(self):
            return
        self._pending = None
        self.result_count.setText(self.tr("The search did not finish."))

    # ---- opening ---------------------------------------------------------------------------------

    def _open_entry(self, index: Any) -> None:
        entry = index.data(ROW_ROLE)
        if entry is not None and entry.kind in ("encounter", "attempt"):
            self.note_requested.emit(entry.ref_id)

    def _open_hit(self, index: Any) -> None:
        hit = index.data(ROW_ROLE)
        if hit is not None:
            self.note_requested.emit(hit.encounter_id)

    def cancel_pending(self) -> None:
        self._timer.stop()
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None

    def models(self) -> list[Any]:
        return [self.model, self.hits]
