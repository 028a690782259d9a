"""The main window: navigation on the left, the chosen screen or open charts in the middle, menus
with a shortcut for every command, and the status bar.

The controller (``ui/app.py``) creates one per unlock and destroys it on lock; the window asks for
a lock or the settings through its signals and never touches the store itself.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMainWindow, QStackedWidget, QWidget

from app.services.members import MemberView
from ui.assessment.commands import AssessmentCommands  # assessments (issue 6)
from ui.caseload.page import CaseloadPage
from ui.context import AppContext
from ui.encounter.commands import EncounterCommands  # encounters (issue 5)
from ui.i18n import arg
from ui.referral.dialog import ReferralDialog
from ui.reports.page import ReportsPage  # reports (issue 8)
from ui.shell.charts import ChartTabs
from ui.shell.nav import NavList
from ui.shell.status import StatusArea
from ui.sync.conflicts import ConflictsPage  # sync: conflicts page, status and Sync now (ui/sync)
from ui.sync.controller import SyncController
from ui.sync.status import SyncStatus
from ui.tasks.page import TasksPage  # tasks (issue 7)
from ui.timeline.search import MemberAndNoteSearch  # encounters (issue 5): Ctrl+K finds notes too
from ui.today.page import TodayPage


class Page(IntEnum):
    TODAY = 0
    CASELOAD = 1
    TASKS = 2
    CONFLICTS = 3
    REPORTS = 4
    CHARTS = 5


class MainWindow(QMainWindow):
    lock_requested = Signal()
    settings_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Carefield"))
        self.resize(1280, 800)
        self.today = TodayPage(ctx, self)
        self.caseload = CaseloadPage(ctx, self)
        self.tasks = TasksPage(ctx, self)  # tasks (issue 7)
        self.charts = ChartTabs(ctx, self)
        self.conflicts = ConflictsPage(ctx, self)
        self.reports = ReportsPage(ctx, self)  # reports (issue 8)
        self.stack = QStackedWidget(self)
        for page in self._pages():
            self.stack.addWidget(page)
        self.nav = NavList(self._titles(), self)
        self.nav.page_did_change.connect(self.show_page)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        divider = QFrame(central)
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setFrameShadow(QFrame.Shadow.Sunken)
        row.addWidget(divider)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.search = MemberAndNoteSearch(ctx, self)
        self.status = StatusArea(ctx, self.statusBar(), self)
        self._install_sync(ctx)
        self._build_menus()
        for source in (self.today, self.caseload, self.tasks, self.search):
            source.chart_requested.connect(self.open_chart)
        self.charts.count_did_change.connect(self._charts_did_change)
        ctx.store_will_close.connect(self.charts.close_all)
        self.show_page(Page.TODAY)

    def _pages(self) -> list[QWidget]:
        return [
            self.today, self.caseload, self.tasks, self.conflicts, self.reports, self.charts,
        ]

    def _titles(self) -> list[str]:
        return [self.tr("Today"), self.tr("Caseload"), self.tr("Tasks"), self.tr("Conflicts"),
                self.tr("Reports"), self.tr("Open charts")]

    # ---- sync (ui/sync): status bar corner, Sync now, conflicts badge -----------------------------

    def _install_sync(self, ctx: AppContext) -> None:
        self.sync_controller = SyncController(ctx, self)
        self.sync_status = SyncStatus(ctx, self.sync_controller, self)
        placeholder = self.status.sync_status
        self.statusBar().removeWidget(placeholder)
        placeholder.setParent(None)
        placeholder.deleteLater()
        self.statusBar().addPermanentWidget(self.sync_status)
        self.conflicts.count_did_change.connect(self._conflicts_did_change)

    def _build_sync_menu(self, menu: object) -> None:
        self.sync_action = self._action(self.tr("&Sync now"), "F5", lambda: self.sync_controller.sync_now())
        menu.addAction(self.sync_action)  # type: ignore[attr-defined]

    def _conflicts_did_change(self, count: int) -> None:
        title = self.tr("Conflicts")
        text = arg(self.tr("%1 (%2)"), title, count) if count else title
        self.nav.item(Page.CONFLICTS).setText("  " + text)

    # ---- reports (issue 8): the open chart's "Print / export…" opens the Reports screen for that member

    def _build_report_action(self, menu: object) -> None:
        self.report_action = self._action(self.tr("&Print / export…"), QKeySequence.StandardKey.Print,
                                          self.report_current_chart)
        self.report_action.setEnabled(False)
        menu.addSeparator()  # type: ignore[attr-defined]
        menu.addAction(self.report_action)  # type: ignore[attr-defined]

    def report_current_chart(self) -> None:
        chart = self.charts.currentWidget()
        if chart is not None:
            self.reports.choose("careplan", chart.member_id)  # type: ignore[attr-defined]
        self.show_page(Page.REPORTS)

    # ---- audit log (issue 9): File ▸ Audit log… opens one non-modal window over the whole trail -------

    def _build_audit_action(self, menu: object) -> None:
        self.audit_window: QWidget | None = None
        self.audit_action = self._action(self.tr("&Audit log…"), None, self.show_audit_log)
        menu.addAction(self.audit_action)  # type: ignore[attr-defined]

    def show_audit_log(self) -> None:
        from ui.audit.window import AuditWindow

        if self.audit_window is None:
            self.audit_window = AuditWindow(self.ctx, self)
        elif self.audit_window.isHidden():
            self.audit_window.reload()  # type: ignore[attr-defined]
        self.audit_window.show()
        self.audit_window.raise_()
        self.audit_window.activateWindow()

    # ---- menus -----------------------------------------------------------------------------------

    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey | None, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self.new_referral_action = self._action(self.tr("&New referral…"), "Ctrl+N", self.new_referral)
        self.lock_action = self._action(self.tr("&Lock now"), "Ctrl+L", self.lock_requested.emit)
        self.settings_action = self._action(self.tr("&Settings…"), "Ctrl+,", self.settings_requested.emit)
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self.close)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file.addActions([self.new_referral_action])
        file.addSeparator()
        file.addActions([self.lock_action, self.settings_action])
        self._build_audit_action(file)  # audit log (issue 9)
        file.addSeparator()
        file.addAction(self.quit_action)
        self._build_go_menu(bar.addMenu(self.tr("&Go")))
        # encounters (issue 5): Chart menu, unfinished notes offered at open, note hits from Ctrl+K
        chart_menu = bar.addMenu(self.tr("&Chart"))
        self.encounter_commands = EncounterCommands(self, chart_menu)
        self.assessment_commands = AssessmentCommands(self, chart_menu)  # assessments (issue 6)
        self._build_report_action(chart_menu)  # reports (issue 8)
        self.search.note_requested.connect(self.encounter_commands.open_note)
        self._build_sync_menu(bar.addMenu(self.tr("&Sync")))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Carefield"), None, self.about))

    def _build_go_menu(self, menu: object) -> None:
        texts = [self.tr("&Today"), self.tr("&Caseload"), self.tr("T&asks"), self.tr("C&onflicts"),
                 self.tr("&Reports"), self.tr("Open c&harts")]
        self.go_actions = QActionGroup(self)
        for page, text in zip(Page, texts, strict=True):
            action = self._action(text, "Ctrl+" + str(page + 1), lambda _c=False, p=page: self.show_page(p))
            action.setCheckable(True)
            self.go_actions.addAction(action)
            menu.addAction(action)  # type: ignore[attr-defined]
        menu.addSeparator()  # type: ignore[attr-defined]
        self.find_action = self._action(self.tr("&Find member…"), "Ctrl+K", self.search.popup)
        self.close_chart_action = self._action(self.tr("&Close chart"), "Ctrl+W", self.charts.close_current)
        menu.addActions([self.find_action, self.close_chart_action])  # type: ignore[attr-defined]
        self.close_chart_action.setEnabled(False)

    # ---- behaviour -------------------------------------------------------------------------------

    def show_page(self, page: int) -> None:
        if page == Page.CHARTS and not self.charts.count():
            page = Page.CASELOAD
        self.stack.setCurrentIndex(page)
        self.nav.select(page)
        self.go_actions.actions()[page].setChecked(True)
        focus = {Page.CASELOAD: self.caseload.view, Page.TODAY: self.today}.get(Page(page))
        (focus or self.stack.currentWidget()).setFocus()

    def open_chart(self, member_id: str) -> None:
        chart = self.charts.open_chart(member_id)
        self.show_page(Page.CHARTS)
        chart.tabs.setFocus()

    def _charts_did_change(self, count: int) -> None:
        self.nav.set_chart_count(count)
        self.close_chart_action.setEnabled(count > 0)
        self.report_action.setEnabled(count > 0)  # reports (issue 8)
        self.encounter_commands.charts_did_change(count)
        self.go_actions.actions()[Page.CHARTS].setEnabled(count > 0)
        if count == 0 and self.stack.currentIndex() == Page.CHARTS:
            self.show_page(Page.CASELOAD)

    def new_referral(self) -> None:
        dialog = ReferralDialog(self.ctx, self)
        dialog.did_save.connect(lambda member: self._referral_saved(member))
        dialog.chart_requested.connect(self.open_chart)
        dialog.open()

    def _referral_saved(self, member: MemberView) -> None:
        self.statusBar().showMessage(arg(self.tr("%1 %2 was added to your caseload."),
                                         member.first_name, member.last_name), 8000)
        self.open_chart(member.id)

    def about(self) -> None:
        from ui.shell.about import AboutDialog  # imported when asked: it reads library versions

        AboutDialog(self.ctx, self).open()

    def models(self) -> list[object]:
        """Every PHI-holding model the window shows (tests check each is emptied on lock)."""
        out: list[object] = [self.caseload.model, self.search.model, self.conflicts.model]
        out.append(self.search.notes_model)  # encounters (issue 5)
        out.append(self.today.alerts.model)  # assessments (issue 6)
        out += [table.model for _title, table in self.today.sections()]
        out.append(self.tasks.list.model)  # tasks (issue 7)
        out.append(self.reports.member.model)  # reports (issue 8)
        if self.audit_window is not None:  # audit log (issue 9)
            out += [self.audit_window.model, self.audit_window.filters.member_names]  # type: ignore[attr-defined]
        for chart in self.charts.charts():
            out += chart.models()
        return out
