"""What issue 5 adds to a member's chart: the Notes and Timeline tabs, the banner's program-status
menu and outreach line, and "Minutes this month" on the Overview.

The summary (banner and Overview) is read in its own DbOp after the chart's audited opening; the
Notes and Timeline pages are made, and their lists read, when one of them is first needed. Each is
read again whenever a ``Changes`` names encounters, the member, utilization or assessments."""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout
from shiboken6 import isValid

from app.model.enums import MemberStatus
from ui.chart.lazy_tabs import ChartPage
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
        self.summary: data.EncounterSummary | None = None
        self.data: data.EncounterData | None = None  # the lists, once the Notes or Timeline tab is made
        self._pending: list[DbOp[Any]] = []
        self._show_when_loaded: str | None = None
        self._lists_op: DbOp[Any] | None = None
        self._pages = {"notes": chart.lazy.add(self.tr("Notes"), self._make_notes, self._page_made),
                       "timeline": chart.lazy.add(self.tr("Timeline"), self._make_timeline, self._page_made)}
        for name, title, key in (("notes", self.tr("Notes"), Qt.Key.Key_9),
                                 ("timeline", self.tr("Timeline"), Qt.Key.Key_0)):
            self._tab_shortcut(self._pages[name].index(), title, key)
        self._install_banner()
        self._install_overview()
        chart.chart_did_load.connect(lambda _name: self.load())
        self.ctx.changes_did_happen.connect(self._changes_did_happen)
        self.ctx.store_will_close.connect(self.clear)

    notes = ChartPage[NotesTab]("notes")
    timeline = ChartPage[TimelineTab]("timeline")

    @property
    def member(self) -> Any:
        return self.summary.member if self.summary is not None else None

    def _make_notes(self) -> NotesTab:
        notes = NotesTab(self.new_note, self.log_attempt, self.chart)
        notes.note_requested.connect(self.open_note)
        return notes

    def _make_timeline(self) -> TimelineTab:
        timeline = TimelineTab(self.ctx, self.member_id, self.chart)
        timeline.note_requested.connect(self.open_note)
        return timeline

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
        """The summary the banner and the Overview show, and the lists if their pages are made."""
        member_id, today = self.member_id, date.today()
        self._read(lambda s, _a: data.load_summary(s, member_id, today), self._summary_loaded)
        if self.data is not None or any(page.is_made for page in self._pages.values()):
            self.load_lists()

    def load_lists(self) -> None:
        member_id = self.member_id
        self._lists_op = self._read(lambda s, _a: data.load(s, member_id), self._lists_loaded)

    def _page_made(self, page: NotesTab | TimelineTab) -> None:
        """Notes or Timeline was just made: fill it from the lists read for the other, or read them
        (once the chart's audited opening is done: until then ``load`` will)."""
        if self.data is not None:
            self._fill(page, self.data)
        elif self._lists_op is None and self.chart.data is not None:
            self.load_lists()

    def _read(self, work: Any, shown: Any) -> DbOp[Any] | None:
        if not self.ctx.is_unlocked:
            return None
        op: DbOp[Any] = DbOp(self.ctx, None, work)
        self._pending.append(op)
        op.success(lambda result: self._loaded(op, shown, result)) \
            .failure(lambda exc: self._failed(op, exc)).run_in_background()
        return op

    def _loaded(self, op: DbOp[Any], shown: Any, result: Any) -> None:
        if op in self._pending:
            self._pending.remove(op)
        if op is self._lists_op:
            self._lists_op = None
        if isValid(self.chart):  # else the window went while this was read
            shown(result)

    def _summary_loaded(self, summary: data.EncounterSummary) -> None:
        self.summary = summary
        self.status_menu.set_state(summary.member, summary.outreach)
        self.minutes_label.setText(arg(self.tr("Minutes this month: %1 · contacts: %2"),
                                       summary.minutes_this_month, summary.contacts_this_month))
        text = outreach_text(summary.outreach, str(summary.member.program))
        self.outreach_label.setText(text or self.tr("No attempts recorded."))
        self.banner_outreach.setText(text if summary.member.status in OUTREACH_STATUSES else "")
        notes = self._pages["notes"].made_page
        if notes is not None:
            notes.set_minutes(summary.minutes_this_month)

    def _lists_loaded(self, lists: data.EncounterData) -> None:
        self.data = lists
        for tab in self._pages.values():
            if tab.made_page is not None:
                self._fill(tab.made_page, lists)
        if self._show_when_loaded:
            encounter_id, self._show_when_loaded = self._show_when_loaded, None
            self.show_note(encounter_id)

    def _fill(self, page: NotesTab | TimelineTab, lists: data.EncounterData) -> None:
        if isinstance(page, NotesTab):
            page.set_encounters(lists.encounters, self.summary.minutes_this_month if self.summary else 0)
        else:
            page.set_timeline(lists.timeline, lists.encounters)

    def _failed(self, op: DbOp[Any], exc: BaseException) -> None:
        if op in self._pending:
            self._pending.remove(op)
        if op is self._lists_op:
            self._lists_op = None
        log.warning("chart notes not loaded: %s", type(exc).__name__)

    def _changes_did_happen(self, changes: Changes) -> None:
        if self.summary is not None and data.touched(changes, self.member_id):
            self.load()

    def cancel_pending(self) -> None:
        for op in self._pending:
            op.cancel()
        self._pending, self._lists_op = [], None
        timeline = self._pages["timeline"].made_page
        if timeline is not None:
            timeline.cancel_pending()

    def clear(self) -> None:
        self.data = self.summary = self._lists_op = None
        self._show_when_loaded = None
        for page in self._pages.values():
            if page.made_page is not None:
                page.made_page.clear()
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
        self.show_tab(self._pages["notes"].index())  # makes the page, whose lists then load
        if self.data is None:
            self._show_when_loaded = encounter_id
            return
        self.notes.select(encounter_id)
        self.open_note(encounter_id)

    def open_status_menu(self) -> None:
        self.status_button.showMenu()
