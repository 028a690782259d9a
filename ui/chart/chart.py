"""A member's chart: the banner over tabs. Loaded in one DbOp (one transaction, one audited view);
afterwards only the parts a ``Changes`` names are read again. Only the banner and the Overview are
built at opening; every other tab's page is made when first shown (ui/chart/lazy_tabs.py)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from ui.assessment.chart_part import AssessmentPart  # assessments (issue 6)
from ui.careplan.chart_part import CarePlanPart  # care plans (issue 7)
from ui.caseload.cells import member_name
from ui.chart.allergies_tab import AllergiesTab
from ui.chart.banner import ChartBanner
from ui.chart.data import ChartData, load_chart, load_parts, parts_for
from ui.chart.lazy_tabs import ChartPage, LazyTab, LazyTabs
from ui.chart.medications_tab import MedicationsTab
from ui.chart.models import (
    AccessLogModel,
    CareTeamModel,
    ConditionsModel,
    ConsentsModel,
    ContactsModel,
    UtilizationModel,
)
from ui.chart.overview import OverviewTab
from ui.chart.people_tab import PeopleTab
from ui.chart.record_tab import RecordTab
from ui.context import AppContext, Changes
from ui.encounter.chart_part import EncounterPart  # encounters (issue 5)
from ui.i18n import arg
from ui.messages import describe
from ui.ops import DbOp
from ui.tasks.chart_part import MemberTasksPart  # tasks and compliance clocks (issue 7)
from ui.widgets.table_view import RecordTable

_ALL_PARTS = {f.name for f in dataclasses.fields(ChartData)}
# The chart's own pages → the parts of ChartData each shows.
PAGE_PARTS = {
    "conditions": {"conditions"}, "medications": {"medications"}, "allergies": {"allergies", "member"},
    "utilization": {"utilization"}, "people": {"contacts", "care_team"}, "consents": {"consents"},
}


class ChartWidget(QWidget):
    chart_did_load = Signal(str)  # the member's name, for the tab title

    def __init__(self, ctx: AppContext, member_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.member_id = ctx, member_id
        self.setObjectName("chart")
        self.data: ChartData | None = None
        self._pending: list[DbOp[Any]] = []
        self.banner = ChartBanner(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("chart_tabs")
        self._build_tabs()
        self.message = QLabel(self.tr("Opening the chart…"), self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack = QStackedWidget(self)
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.banner)
        column.addWidget(self.tabs, 1)
        self.stack.addWidget(self.message)
        self.stack.addWidget(content)
        QVBoxLayout(self).addWidget(self.stack)
        ctx.changes_did_happen.connect(self._changes_did_happen)
        ctx.store_will_close.connect(self.clear)

    def _build_tabs(self) -> None:
        """The Overview now; every other page when it is first needed (ui/chart/lazy_tabs.py)."""
        ctx, mid = self.ctx, self.member_id
        self.overview = OverviewTab(ctx, self)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.lazy = LazyTabs(self.tabs)
        self.access_model = AccessLogModel(self)  # filled at once: the table over it is made when shown
        makers: list[tuple[str, str, Callable[[], QWidget]]] = [
            ("conditions", self.tr("Conditions"), lambda: RecordTab(
                ctx, "conditions", mid, ConditionsModel(), noun=self.tr("Conditions"),
                empty_text=self.tr("No conditions recorded. Add one with Insert."),
                add_text=self.tr("&Add condition…"), parent=self)),
            ("medications", self.tr("Medications"), lambda: MedicationsTab(ctx, mid, self)),
            ("allergies", self.tr("Allergies"), lambda: AllergiesTab(ctx, mid, self)),
            ("utilization", self.tr("Utilization"), lambda: RecordTab(
                ctx, "utilization", mid, UtilizationModel(), noun=self.tr("Utilization"),
                empty_text=self.tr("No ED visits or admissions recorded."),
                add_text=self.tr("&Add visit or admission…"), parent=self)),
            ("people", self.tr("Contacts && care team"),
             lambda: PeopleTab(ctx, mid, ContactsModel(), CareTeamModel(), self)),
            ("consents", self.tr("Consents"), lambda: RecordTab(
                ctx, "consents", mid, ConsentsModel(), noun=self.tr("Consents"),
                empty_text=self.tr("No consents recorded."), add_text=self.tr("&Record consent…"),
                parent=self)),
            ("access_log", self.tr("Access log"), self._make_access_log),
        ]
        self._pages: dict[str, LazyTab[Any]] = {}
        self._tab_shortcut(1, self.tr("Overview"))
        for number, (name, title, make) in enumerate(makers, start=2):
            self._pages[name] = self.lazy.add(title, make, lambda page, name=name: self._fill(name, page))
            self._tab_shortcut(number, title.replace("&&", "&"))
        # ---- encounters (issue 5): Notes and Timeline tabs (Alt+9, Alt+0), Status menu, outreach ----
        self.encounters = EncounterPart(self)
        self.assessments = AssessmentPart(self)  # assessments (issue 6): the Assessments tab
        self.careplan = CarePlanPart(self)  # care plans (issue 7): the Care plan tab
        self.member_tasks = MemberTasksPart(self)  # issue 7: the member's tasks and compliance clocks

    def _make_access_log(self) -> RecordTable:
        table = RecordTable(self.access_model, self.tr("Access log"),
                            self.tr("No one has opened this chart yet."), self)
        table.setObjectName("tab_access_log")
        return table

    # The chart's own pages, each made when first needed.
    conditions = ChartPage[RecordTab]("conditions")
    medications = ChartPage[MedicationsTab]("medications")
    allergies = ChartPage[AllergiesTab]("allergies")
    utilization = ChartPage[RecordTab]("utilization")
    people = ChartPage[PeopleTab]("people")
    consents = ChartPage[RecordTab]("consents")
    access_log = ChartPage[RecordTable]("access_log")

    def _tab_shortcut(self, number: int, title: str) -> None:
        """Alt+1 … Alt+8 show the chart's tabs (only the chart on screen answers: hidden ones don't)."""
        action = QAction(arg(self.tr("Show %1"), title), self)
        action.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key(Qt.Key.Key_0 + number)))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda: self._show_tab(number - 1))
        self.addAction(action)
        native = QKeySequence.SequenceFormat.NativeText
        self.tabs.setTabToolTip(number - 1, action.shortcut().toString(native))

    def _show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.tabs.currentWidget().setFocus()  # straight into the list, ready for arrows and Enter

    # ---- loading --------------------------------------------------------------------------------

    def load(self) -> None:
        member_id = self.member_id
        self._run(DbOp(self.ctx, self, lambda s, a: load_chart(s, a, member_id),
                       label=self.tr("Opening the chart")), self.show_chart)

    def show_chart(self, data: ChartData) -> None:
        self.data = data
        self._apply(_ALL_PARTS)
        self.stack.setCurrentIndex(1)
        if self.isVisible():  # the message page had the focus; hand it to the tabs
            self.tabs.setFocus()
        self.chart_did_load.emit(member_name(data.member))

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(describe(exc))
        self.stack.setCurrentIndex(0)

    def _changes_did_happen(self, changes: Changes) -> None:
        parts = parts_for(changes, self.member_id)
        if not parts or self.data is None or not self.ctx.is_unlocked:
            return
        member_id = self.member_id
        self._run(DbOp(self.ctx, self, lambda s, _a: load_parts(s, member_id, parts)), self._reloaded)

    def _run(self, op: DbOp[Any], on_success: Callable[[Any], None]) -> None:
        self._pending.append(op)

        def succeeded(result: Any) -> None:
            self._pending.remove(op)
            on_success(result)

        def failed(exc: BaseException) -> None:
            self._pending.remove(op)
            self._failed(exc)

        op.success(succeeded).failure(failed).run_in_background()

    def cancel_pending(self) -> None:
        """Closing the chart: results still on their way must not reach a deleted widget."""
        for op in self._pending:
            op.cancel()
        self._pending = []
        self.encounters.cancel_pending()  # encounters (issue 5)
        self.assessments.cancel_pending()  # assessments (issue 6)
        self.careplan.cancel_pending()  # care plans (issue 7)
        self.member_tasks.cancel_pending()  # tasks (issue 7)

    def _reloaded(self, parts: dict[str, Any]) -> None:
        if self.data is not None:
            self.data = dataclasses.replace(self.data, **parts)
            self._apply(set(parts))

    def _apply(self, parts: set[str]) -> None:
        data = self.data
        assert data is not None
        for name, shows in PAGE_PARTS.items():
            page = self._pages[name].made_page
            if page is not None and parts & shows:
                self._fill(name, page, parts)
        if "access_log" in parts:
            self.access_model.set_records(data.access_log)
        if parts & {"member", "allergies", "care_team"}:
            self.banner.show_member(data.member, data.allergies, data.care_team)
        if "member" in parts:
            self.overview.set_member(data.member)

    def _fill(self, name: str, page: Any, parts: set[str] = _ALL_PARTS) -> None:
        """One of the chart's own pages, from the values read (a page made later starts full)."""
        data = self.data
        if data is None or name not in PAGE_PARTS:
            return
        if name == "people":
            page.set_people(data.contacts, data.care_team)
            return
        if name in parts:
            page.set_records(getattr(data, name))
        if name == "allergies" and "member" in parts:
            page.set_member(data.member)

    def clear(self) -> None:
        """The vault is closing: drop every value this chart holds."""
        self.data = None
        self.banner.clear()
        self.overview.set_member(None)
        for name in PAGE_PARTS:
            page = self._pages[name].made_page
            if page is not None:
                page.clear()
                if name == "allergies":
                    page.set_member(None)
        self.access_model.clear()
        self.message.setText(self.tr("The chart was closed when Carefield locked."))
        self.stack.setCurrentIndex(0)

    def models(self) -> list[Any]:
        """Every model in the chart, its pages made (and filled) if need be: tests check each one."""
        return [self.conditions.model, self.medications.model, self.allergies.model, self.utilization.model,
                self.people.contacts.model, self.people.care_team.model, self.consents.model,
                self.access_model, *self.encounters.models(),  # encounters (issue 5)
                *self.assessments.models(),  # assessments (issue 6)
                *self.careplan.models(), *self.member_tasks.models()]  # care plans and tasks (issue 7)
