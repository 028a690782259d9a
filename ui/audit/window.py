"""The Audit log window: who did what to which record, filtered, sorted by any column, saved as CSV or PDF.

Every read is audited (a VIEW of system data naming the filter), and so is every file written. Reads wait
until the filters have been still for a moment, so typing a name does not read the log at each key. The
window empties itself and closes when the vault locks.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.reports.kinds import export
from app.services import audit_log
from app.services.audit_log import AuditFilter, AuditRow
from ui.audit.export import save_csv, suggested_name
from ui.audit.filters import AuditFilters
from ui.audit.model import AuditModel
from ui.context import AppContext
from ui.i18n import arg
from ui.ops import DbOp
from ui.widgets.table_model import ROW_ROLE
from ui.widgets.table_view import RecordTable
from ui.widgets.text import heading, muted

SHOWN_LIMIT = 5000  # the newest events read into the table; the count says when there are more
SETTLE_MS = 350


class AuditWindow(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("audit_window")
        self.setWindowTitle(self.tr("Audit log"))
        self.setModal(False)
        self.resize(1180, 720)
        self.shown_filter: AuditFilter | None = None
        self.filters = AuditFilters(self, today=today)
        self.model = AuditModel(self)
        self.table = RecordTable(self.model, self.tr("Audit events"),
                                 self.tr("No events match these filters."), self)
        self.table.setObjectName("audit_table")
        self.count = QLabel(self)
        self.count.setObjectName("audit_count")
        self.count.setWordWrap(True)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.reload)
        self.filters.filters_did_change.connect(self._settle.start)
        self._layout()
        self._add_actions()
        self.setFocusProxy(self.filters.first_day)
        ctx.store_will_close.connect(self.clear)
        if ctx.is_unlocked:
            self.load_lists()
            self.reload()

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Audit log"), self))
        layout.addWidget(muted(self.tr(
            "Every view, change, print and export of member information on this computer, and every sign-in "
            "and lock. Reading this log and saving it are recorded here too."), self))
        layout.addWidget(self.filters)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.csv_button = self._button(self.tr("Export &CSV…"), "audit_csv", self.export_csv)
        self.pdf_button = self._button(self.tr("Export &PDF…"), "audit_pdf", self.export_pdf)
        self.refresh_button = self._button(self.tr("&Refresh"), "audit_refresh", self.reload)
        self.close_button = self._button(self.tr("Close"), "audit_close", self.close)
        row.addWidget(self.csv_button)
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter in a filter field must not export or close
        button.clicked.connect(slot)
        return button

    def _add_actions(self) -> None:
        refresh = QAction(self.tr("Refresh"), self)
        refresh.setShortcuts([QKeySequence(QKeySequence.StandardKey.Refresh), QKeySequence("Ctrl+R")])
        refresh.triggered.connect(self.reload)
        find = QAction(self.tr("Find member"), self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.triggered.connect(lambda: (self.filters.member.setFocus(), self.filters.member.selectAll()))
        close = QAction(self.tr("Close"), self)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(self.close)
        self.addActions([refresh, find, close])

    # ---- loading --------------------------------------------------------------------------------

    def load_lists(self) -> None:
        DbOp(self.ctx, self, lambda s, _a: (audit_log.users(s), audit_log.members_seen(s)),
             label=self.tr("Loading the audit log")).success(
            lambda lists: self.filters.set_lists(*lists)).run_in_background()

    def reload(self) -> None:
        self._settle.stop()
        if not self.ctx.is_unlocked:
            return
        problem = self.filters.problem()
        if problem:
            self.count.setText(problem)
            return
        wanted = self.filters.wanted()
        self.count.setText(self.tr("Reading the audit log…"))
        DbOp(self.ctx, self, lambda s, actor: audit_log.review(s, actor, wanted, limit=SHOWN_LIMIT),
             label=self.tr("Reading the audit log")).success(
            lambda result: self.show_rows(wanted, *result)).run_in_background()

    def show_rows(self, wanted: AuditFilter, rows: list[AuditRow], total: int) -> None:
        self.shown_filter = wanted
        self.model.set_records(rows)
        if len(rows) < total:
            self.count.setText(arg(self.tr("%1 events match; the newest %2 are shown. Narrow the filters to "
                                           "see older ones."), QLocale().toString(total),
                                   QLocale().toString(len(rows))))
        else:
            self.count.setText(arg(self.tr("%1 events"), QLocale().toString(total)))
        self.csv_button.setEnabled(bool(rows))
        self.pdf_button.setEnabled(bool(rows))

    # ---- exporting ------------------------------------------------------------------------------

    def shown_rows(self) -> list[AuditRow]:
        """The rows in the table's order (its current sort)."""
        proxy = self.table.proxy
        return [proxy.index(r, 0).data(ROW_ROLE) for r in range(proxy.rowCount())]

    def export_csv(self) -> None:
        if self.shown_filter is None or not self.model.rowCount():
            return
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Export audit log as CSV"),
                                               suggested_name("csv"), self.tr("CSV files (*.csv)"))
        if not path:
            return
        path = path if path.lower().endswith(".csv") else path + ".csv"
        header = self.model.csv_header()
        cells = [self.model.csv_cells(row) for row in self.shown_rows()]
        wanted = self.shown_filter
        DbOp(self.ctx, self, lambda s, actor: save_csv(s, actor, path, header, cells, wanted),
             label=self.tr("Saving the audit log")).success(
            lambda _p: self.count.setText(arg(self.tr("Saved %1 events to %2"), len(cells), path))
        ).run_in_background()

    def export_pdf(self) -> None:
        if self.shown_filter is None:
            return
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Export audit log as PDF"),
                                               suggested_name("pdf"), self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        path = path if path.lower().endswith(".pdf") else path + ".pdf"
        member_id = self.shown_filter.member_id
        options = self.filters.report_options()
        lang = QLocale().name()[:2] if QLocale().name()[:2] in ("en", "es") else "en"
        DbOp(self.ctx, self, lambda s, actor: export(s, actor, "audit-log", Path(path), overwrite=True,
                                                     member_id=member_id, lang=lang, **options),
             label=self.tr("Making the report")).success(
            lambda _p: self.count.setText(arg(self.tr("Saved the report to %1"), path))).run_in_background()

    # ---- locking --------------------------------------------------------------------------------

    def clear(self) -> None:
        """The vault is closing: every row, name and path leaves the window, and it closes."""
        self._settle.stop()
        self.model.clear()
        self.filters.clear()
        self.count.clear()
        self.shown_filter = None
        self.close()
