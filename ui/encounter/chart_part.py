"""What issue 5 adds to a member's chart: the Notes and Timeline tabs, the banner's program-status
menu and outreach line, and "Minutes this month" on the Overview. Loaded in its own DbOp after the
chart's audited opening, and again whenever a ``Changes`` names encounters or the member."""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout
from shiboken6 import isValid

from app.model.enums import MemberStatus
from ui.context import Changes
from ui.encounter import data
from ui.encounter.attempt import log_attempt_dialog
from ui.encounter.editor import EncounterEditor
from ui.encounter.lifecycle import StatusMenu
from ui.encounter.notes_tab import NotesTab
from ui.encounter.viewer import open_note
from ui.i18n import arg
from ui.ops import DbOp
from ui.timeline.tab import TimelineTab
from ui.widgets.text import translate

if TYPE_CHECKING:
    from ui.chart.chart import ChartWidget

log = logging.getLogger(__name__)
OUTREACH_STATUSES = {MemberStatus.IDENTIFIED, MemberStatus.OUTREACH}


def outreach_text(status: Any, program: str) -> str:
    """"Outreach: 2 of 3 failed attempts", plus the candidate flag in words (never colour alone)."""
    from app import programs

    if status is None:
        return ""
    counted = status.distinct_days if programs.rules_for(program).outreach_distinct_days else status.attempts
    text = arg(translate("EncounterPart", "Outreach: %1 of %2 failed attempts"), counted, status.required)
    if status.unable_to_reach_candidate:
        text += " · ⚠ " + translate("EncounterPart", "Unable-to-reach candidate")
    return text


class EncounterPart(QObject):
    def __init__(self, chart: ChartWidget) -> None:
        super().__init__(chart)
        self.chart, self.ctx, self.member_id = chart, chart.ctx, chart.member_id
        self.data: data.EncounterData | None = None
        self.member: Any = None
        self._pending: list[DbOp[Any]] = []
        self._show_when_loaded: str | None = None
        self.notes = NotesTab(self.new_note, self.log_attempt, chart)
        self.timeline = TimelineTab(self.ctx, self.member_id, chart)
        for tab, title, key in ((self.notes, self.tr("Notes"), Qt.Key.Key_9),
                                (self.timeline, self.tr("Timeline"), Qt.Key.Key_0)):
            index = chart.tabs.addTab(tab, title)
            self._tab_shortcut(index, title, key)
        self.notes.note_requested.connect(self.open_note)
        self.timeline.note_requested.connect(self.open_note)
        self._install_banner()
        self._install_overview()
        chart.chart_did_load.connect(lambda _name: self.load())
        self.ctx.changes_did_happen.connect(self._changes_did_happen)
        self.ctx.store_will_close.connect(self.clear)

    def _tab_shortcut(self, index: int, title: str, key: Qt.Key) -> None:
        action = QAction(arg(self.tr("Show %1"), title), self.chart)
        action.setShortcut(QKeySequence(Qt.Modifier.ALT | key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda: self.show_tab(index))
        self.chart.addAction(action)
        native = QKeySequence.SequenceFormat.NativeText
        self.chart.tabs.setTabToolTip(index, action.shortcut().toString(native))

    def show_tab(self, index: int) -> None:
        self.chart.tabs.setCurrentIndex(index)
        self.chart.tabs.currentWidget().setFocus()

    def _install_banner(self) -> None:
        banner = self.chart.banner
        self.status_menu = StatusMenu(self.ctx, self.chart, self.member_id)
        self.status_button = QPushButton(self.tr("Program s&tatus"), banner)
        self.status_button.setObjectName("status_button")
        self.status_button.setAccessibleName(self.tr("Program status actions"))
        self.status_button.setAutoDefault(False)
        self.status_button.setMenu(self.status_menu.menu)
        self.banner_outreach = QLabel(banner)
        self.banner_outreach.setObjectName("banner_outreach")
        banner.add_to_row(0, self.status_button)
        banner.add_to_row(1, self.banner_outreach)

    def _install_overview(self) -> None:
        box = QGroupBox(self.tr("Contacts and outreach"), self.chart.overview)
        column = QVBoxLayout(box)
        self.minutes_label = QLabel(box)
        self.minutes_label.setObjectName("minutes_this_month")
        self.outreach_label = QLabel(box)
        self.outreach_label.setObjectName("outreach_status")
        self.outreach_label.setWordWrap(True)
        column.addWidget(self.minutes_label)
        column.addWidget(self.outreach_label)
        self.chart.overview.layout().insertWidget(1, box)

    # ---- loading ---------------------------------------------------------------------------------

    def load(self) -> None:
        if not self.ctx.is_unlocked:
            return
        member_id, today = self.member_id, date.today()

        def work(s: Any, _a: Any) -> tuple[Any, data.EncounterData]:
            from app.services import members

            return members.peek(s, member_id), data.load(s, member_id, today)

        op: DbOp[Any] = DbOp(self.ctx, None, work)
        self._pending.append(op)
        op.success(lambda result: self._loaded(op, result)).failure(lambda exc: self._failed(op, exc)) \
            .run_in_background()

    def _loaded(self, op: DbOp[Any], result: tuple[Any, data.EncounterData]) -> None:
        if op in self._pending:
            self._pending.remove(op)
        if not isValid(self.notes):  # the window went while this was read
            return
        self.member, self.data = result
        d = self.data
        self.notes.set_encounters(d.encounters, d.minutes_this_month)
        self.timeline.set_timeline(d.timeline, d.encounters)
        self.status_menu.set_state(self.member, d.outreach)
        self.minutes_label.setText(arg(self.tr("Minutes this month: %1 · contacts: %2"), d.minutes_this_month,
                                       d.contacts_this_month))
        text = outreach_text(d.outreach, str(self.member.program))
        self.outreach_label.setText(text or self.tr("No attempts recorded."))
        self.banner_outreach.setText(text if self.member.status in OUTREACH_STATUSES else "")
        if self._show_when_loaded:
            encounter_id, self._show_when_loaded = self._show_when_loaded, None
            self.show_note(encounter_id)

    def _failed(self, op: DbOp[Any], exc: BaseException) -> None:
        if op in self._pending:
            self._pending.remove(op)
        log.warning("chart notes not loaded: %s", type(exc).__name__)

    def _changes_did_happen(self, changes: Changes) -> None:
        if self.data is not None and data.touched(changes, self.member_id):
            self.load()

    def cancel_pending(self) -> None:
        for op in self._pending:
            op.cancel()
        self._pending = []
        self.timeline.cancel_pending()

    def clear(self) -> None:
        self.data = self.member = None
        self.notes.clear()
        self.timeline.clear()
        self.status_menu.set_state(None, None)
        for label in (self.minutes_label, self.outreach_label, self.banner_outreach):
            label.clear()

    def models(self) -> list[Any]:
        return [self.notes.model, *self.timeline.models()]

    # ---- commands --------------------------------------------------------------------------------

    def member_name(self) -> str:
        member = self.member or (self.chart.data.member if self.chart.data else None)
        return " ".join(p for p in (member.first_name, member.last_name) if p) if member else ""

    def new_note(self) -> EncounterEditor | None:
        if self.chart.data is None:
            return None
        editor = EncounterEditor(self.ctx, self.member_id, self.member_name(), self.chart.window())
        editor.show()
        editor.activateWindow()
        return editor

    def log_attempt(self) -> None:
        if self.chart.data is not None:
            log_attempt_dialog(self.ctx, self.chart, self.member_id, self.member_name())

    def open_note(self, encounter_id: str) -> None:
        open_note(self.ctx, self.chart, encounter_id)

    def show_note(self, encounter_id: str) -> None:
        """From the global search: the Notes tab with that note selected, and the note open."""
        if self.data is None:
            self._show_when_loaded = encounter_id
            return
        self.show_tab(self.chart.tabs.indexOf(self.notes))
        self.notes.select(encounter_id)
        self.open_note(encounter_id)

    def open_status_menu(self) -> None:
        self.status_button.showMenu()
