"""The Reports screen: choose a report, for whom and how, then save it as a PDF or print it.

Making a report runs on the database thread and is audited there (an export or a print); the page only
ever shows the path the nurse chose. Nothing about a member stays on the page once the vault closes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model.enums import MemberStatus
from app.services import members
from ui.context import AppContext, Changes
from ui.i18n import arg
from ui.ops import DbOp
from ui.reports import catalog
from ui.reports.member_picker import MemberPicker
from ui.reports.options import ReportRequest, password_problem
from ui.reports.printing import PRINTING_AVAILABLE, print_pdf
from ui.widgets.form import error_color
from ui.widgets.labels import label
from ui.widgets.text import heading, muted

MEMBER_LANGUAGE = ""  # the language combo's data for "the member's preferred language"


class ReportsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reports")
        self.choices = catalog.report_choices()
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(heading(self.tr("Reports"), self))
        layout.addWidget(muted(self.tr(
            "Make a PDF to print or share. Saving or printing a report is recorded in the audit log; "
            "keep printed copies as you would the chart."), self))
        body = QWidget(self)  # fields a readable width, not the whole screen's
        body.setMaximumWidth(760)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._form())
        column.addLayout(self._buttons())
        layout.addWidget(body)
        self.result = QLabel(self)
        self.result.setObjectName("reports_result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.setFocusProxy(self.kind)
        ctx.store_will_close.connect(self.clear)
        ctx.changes_did_happen.connect(self._changes_did_happen)
        self._kind_did_change()
        self._stale = True  # the member and nurse lists are read when the page is first shown

    # ---- building -------------------------------------------------------------------------------

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        self.kind = QComboBox(self)
        self.kind.setObjectName("reports_kind")
        for choice in self.choices:
            self.kind.addItem(choice.title, choice.name)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_did_change())
        self.about = muted("", self)
        self.member = MemberPicker(self)
        self.member.setObjectName("reports_member")
        self.member.member_did_change.connect(lambda _m: self._update_buttons())
        self.status = QComboBox(self)
        self.status.setObjectName("reports_status")
        self.status.addItem(self.tr("All statuses"), "")
        for status in MemberStatus:
            self.status.addItem(label(status), status.value)
        self.nurse = QComboBox(self)
        self.nurse.setObjectName("reports_nurse")
        self.language = QComboBox(self)
        self.language.setObjectName("reports_language")
        self.large_print = QCheckBox(self.tr("&Large print"), self)
        self.large_print.setObjectName("reports_large_print")
        self.protect = QCheckBox(self.tr("Protect with a &password"), self)
        self.protect.setObjectName("reports_protect")
        self.protect.toggled.connect(lambda _on: self._protect_did_change())
        self.password = self._password_field("reports_password")
        self.confirm = self._password_field("reports_confirm")
        self.password_error = QLabel(self)
        self.password_error.setObjectName("reports_password_error")
        self.password_error.setStyleSheet(f"color: {error_color(self)};")
        self.rows: dict[str, QWidget] = {}
        for key, text, widget in (
            ("kind", self.tr("&Report:"), self.kind), ("about", "", self.about),
            ("member", self.tr("&Member:"), self.member), ("status", self.tr("S&tatus:"), self.status),
            ("nurse", self.tr("&Nurse:"), self.nurse), ("language", self.tr("Lan&guage:"), self.language),
            ("large_print", "", self.large_print), ("protect", "", self.protect),
            ("password", self.tr("Pass&word:"), self.password),
            ("confirm", self.tr("Con&firm password:"), self.confirm),
            ("password_error", "", self.password_error),
        ):
            self._add_row(form, key, text, widget)
        self._protect_did_change()
        return form

    def _add_row(self, form: QFormLayout, key: str, text: str, widget: QWidget) -> None:
        if text:
            buddy = QLabel(text, self)
            buddy.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(buddy, widget)
        else:
            form.addRow(widget)
        self.rows[key] = widget

    def _password_field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.textChanged.connect(lambda _t: self._show_password_problem(live=True))
        return field

    def _buttons(self) -> QVBoxLayout:
        column = QVBoxLayout()
        row = QHBoxLayout()
        column.addLayout(row)
        self.save_button = QPushButton(self.tr("&Save PDF…"), self)
        self.save_button.setObjectName("reports_save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self.tr("Pr&int…"), self)
        self.print_button.setObjectName("reports_print")
        self.print_button.clicked.connect(self.print_report)
        self.print_button.setVisible(PRINTING_AVAILABLE)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        if not PRINTING_AVAILABLE:
            note = muted(self.tr("Printing from Carefield needs Qt PDF, which this installation does not "
                                 "include: save the PDF, then print it from your PDF reader."), self)
            note.setObjectName("reports_print_note")
            column.addWidget(note)
        return column

    # ---- state ----------------------------------------------------------------------------------

    def choice(self) -> catalog.ReportChoice:
        return self.choices[max(self.kind.currentIndex(), 0)]

    def choose(self, kind: str, member_id: str | None = None) -> None:
        """Preset the page (a chart's "Print / export…")."""
        index = self.kind.findData(kind)
        if index >= 0:
            self.kind.setCurrentIndex(index)
        if member_id:
            self._wanted_member = member_id
            self.member.choose(member_id)

    def _kind_did_change(self) -> None:
        choice = self.choice()
        self.about.setText(choice.description)
        self.rows["member"].setEnabled(choice.scope != catalog.Scope.CASELOAD)
        self.member.setPlaceholderText(self.tr("Leave empty for the whole caseload")
                                       if choice.scope == catalog.Scope.EITHER
                                       else self.tr("Type a name or plan ID"))
        for key in ("status", "nurse"):
            self.rows[key].setEnabled(choice.name == catalog.CASELOAD)
        self._fill_languages(choice.scope)
        self._update_buttons()

    def _fill_languages(self, scope: catalog.Scope) -> None:
        chosen = self.language.currentData()
        self.language.clear()
        if scope != catalog.Scope.CASELOAD:
            self.language.addItem(self.tr("Member’s preferred language"), MEMBER_LANGUAGE)
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Spanish"), "es")
        index = self.language.findData(chosen)
        if index < 0:  # a caseload report starts in the language Carefield is shown in
            index = max(self.language.findData(QLocale().name()[:2]), 0)
        self.language.setCurrentIndex(index)

    def _protect_did_change(self) -> None:
        on = self.protect.isChecked()
        for key in ("password", "confirm"):
            self.rows[key].setEnabled(on)
        if not on:
            self.password.clear()
            self.confirm.clear()
        self._show_password_problem(live=True)

    def _show_password_problem(self, *, live: bool = False) -> bool:
        """Show why the passwords cannot be used; while typing, only a mismatch once both are typed."""
        problem = password_problem(self.protect.isChecked(), self.password.text(), self.confirm.text())
        if live and not (self.password.text() and self.confirm.text()):
            problem = ""
        self.password_error.setText(problem)
        self.password_error.setVisible(bool(problem))
        return not problem

    def _update_buttons(self) -> None:
        ready = self.ctx.is_unlocked  # a missing member is explained on click, not by a greyed button
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def request(self) -> ReportRequest | None:
        """The report asked for, or None (with the reason shown) when something is missing."""
        choice = self.choice()
        member_id = self.member.member_id() or None if choice.scope != catalog.Scope.CASELOAD else None
        if choice.scope == catalog.Scope.MEMBER and member_id is None:
            self.result.setText(self.tr("Choose a member from the list first."))
            self.member.setFocus()
            return None
        if self.member.text().strip() and member_id is None and choice.scope == catalog.Scope.EITHER:
            self.result.setText(self.tr("No member of your caseload matches that text. Choose one from the "
                                        "list, or clear it for the whole caseload."))
            self.member.setFocus()
            return None
        if not self._show_password_problem():
            (self.confirm if self.password.text() else self.password).setFocus()
            return None
        language = self.language.currentData() or None
        password = self.password.text() if self.protect.isChecked() else None
        caseload_only = choice.name == catalog.CASELOAD
        return ReportRequest(choice.name, member_id, language, self.large_print.isChecked(), password,
                             status=str(self.status.currentData() or "") if caseload_only else "",
                             nurse=str(self.nurse.currentData() or "") if caseload_only else "")

    # ---- commands -------------------------------------------------------------------------------

    def save(self) -> None:
        request = self.request()
        if request is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save report as PDF"), self.choice().file_name, self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.result.setText(self.tr("Making the report…"))
        DbOp(self.ctx, self, lambda s, actor: catalog.save_pdf(s, actor, request, path),
             label=self.tr("Making the report")).success(
            lambda _none: self.result.setText(arg(self.tr("Saved to %1"), path))).failure(
            self._failed).run_in_background()

    def print_report(self) -> None:
        request = self.request()
        if request is None or not PRINTING_AVAILABLE:
            return
        def make(printer_done: Callable[[bytes], None]) -> None:
            DbOp(self.ctx, self, lambda s, actor: catalog.printable_pdf(s, actor, request),
                 label=self.tr("Making the report")).success(printer_done).failure(
                self._failed).run_in_background()

        print_pdf(self, make, on_done=lambda pages: self.result.setText(
            arg(self.tr("Sent %1 pages to the printer."), pages)))

    def _failed(self, exc: BaseException) -> None:
        from ui.messages import describe

        self.result.setText(arg(self.tr("The report was not made. %1"), describe(exc)))

    # ---- data -----------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.ctx.is_unlocked:
            self.reload()

    def reload(self) -> None:
        if not self.isVisible():  # hidden (most of the day): read when shown, not at every change
            self._stale = True
            return
        self._stale = False
        DbOp(self.ctx, self, lambda s, _a: (members.caseload(s), catalog.nurses(s)),
             label=self.tr("Loading the caseload")).success(self._show_lists).run_in_background()

    def _show_lists(self, lists: tuple[list[members.CaseloadRow], list[str]]) -> None:
        rows, nurses = lists
        typed = self.member.text()
        self.member.set_rows(rows)
        self.member.setText(typed)
        wanted = getattr(self, "_wanted_member", None)
        if wanted and self.member.choose(wanted):
            self._wanted_member = None
        chosen = self.nurse.currentData()
        self.nurse.clear()
        self.nurse.addItem(self.tr("All nurses"), "")
        for nurse in nurses:
            self.nurse.addItem(nurse, nurse)
        self.nurse.setCurrentIndex(max(self.nurse.findData(chosen), 0))
        self._update_buttons()

    def _changes_did_happen(self, changes: Changes) -> None:
        if self.ctx.is_unlocked and changes.touches("member"):
            self.reload()

    def clear(self) -> None:
        """The vault is closing: no member name, password or saved path stays on the page."""
        self.member.clear_rows()
        self._wanted_member = None
        self.nurse.clear()
        self.nurse.addItem(self.tr("All nurses"), "")
        self.protect.setChecked(False)
        self.password.clear()
        self.confirm.clear()
        self.result.clear()
        self.save_button.setEnabled(False)  # the store is still attached while this signal runs
        self.print_button.setEnabled(False)
