"""The Audit log's filters: a date range (with quick choices), user, member (type to find), action and
kind of data. ``wanted()`` turns them into the service's ``AuditFilter``; ``problem()`` says why they
cannot be used yet. The user and member lists come from the trail itself and are dropped on ``clear``.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.model.enums import AuditAction, DataCategory
from app.services.audit_log import AuditFilter, AuditMember, local_days
from ui.audit.model import action_label, category_label
from ui.i18n import arg
from ui.widgets.dates import date_format, to_qdate

ANY_DAY = QDate(2000, 1, 1)  # a date edit at its minimum reads "Any date": no bound
DEFAULT_DAYS = 30


class AuditFilters(QWidget):
    filters_did_change = Signal()

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self._members: dict[str, str] = {}  # shown text → member id
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.first_day = self._date_edit("audit_from")
        self.last_day = self._date_edit("audit_to")
        self._row(grid, 0, 0, self.tr("&From:"), self.first_day)
        self._row(grid, 0, 2, self.tr("&To:"), self.last_day)
        grid.addLayout(self._quick_row(), 0, 4, 1, 3)
        self.user = self._combo("audit_user", self.tr("All users"))
        self.action = self._combo("audit_action", self.tr("All actions"))
        for value in AuditAction:
            self.action.addItem(action_label(value), value.value)
        self.category = self._combo("audit_category", self.tr("All kinds of data"))
        for value in DataCategory:
            self.category.addItem(category_label(value), value.value)
        self._row(grid, 1, 0, self.tr("&User:"), self.user)
        self._row(grid, 1, 2, self.tr("&Action:"), self.action)
        self._row(grid, 1, 4, self.tr("&Data:"), self.category)
        self.member = self._member_edit()
        self._row(grid, 2, 0, self.tr("&Member:"), self.member, span=5)
        for field in (self.first_day, self.last_day, self.user, self.action, self.category):
            field.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 22))
        grid.setColumnStretch(6, 1)
        self.last_days(DEFAULT_DAYS)

    # ---- building -------------------------------------------------------------------------------

    def _row(self, grid: QGridLayout, row: int, column: int, text: str, widget: QWidget, span: int = 1
             ) -> None:
        buddy = QLabel(text, self)
        buddy.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        grid.addWidget(buddy, row, column, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(widget, row, column + 1, 1, span)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_format())
        edit.setMinimumDate(ANY_DAY)
        edit.setSpecialValueText(self.tr("Any date"))
        edit.dateChanged.connect(lambda _d: self.filters_did_change.emit())
        return edit

    def _quick_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.quick_buttons: list[QPushButton] = []
        for text, days in ((self.tr("Last &7 days"), 7), (self.tr("Last 3&0 days"), 30),
                           (self.tr("A&ll dates"), 0)):
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, n=days: self.last_days(n))
            row.addWidget(button)
            self.quick_buttons.append(button)
        row.addStretch(1)
        return row

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(everything, "")
        combo.currentIndexChanged.connect(lambda _i: self.filters_did_change.emit())
        return combo

    def _member_edit(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName("audit_member")
        edit.setClearButtonEnabled(True)
        edit.setPlaceholderText(self.tr("Any member: type a name or plan ID"))
        self.member_names = QStringListModel(self)
        completer = QCompleter(self.member_names, edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        edit.setCompleter(completer)
        completer.activated[str].connect(lambda text: (edit.setText(text), self.filters_did_change.emit()))
        edit.textChanged.connect(lambda _t: self.filters_did_change.emit())
        return edit

    # ---- state ----------------------------------------------------------------------------------

    def last_days(self, days: int) -> None:
        """The last ``days`` days through today; 0 for every date."""
        self.first_day.blockSignals(True)
        self.first_day.setDate(to_qdate(self.today - timedelta(days=days - 1)) if days else ANY_DAY)
        self.first_day.blockSignals(False)
        self.last_day.setDate(to_qdate(self.today) if days else ANY_DAY)
        self.filters_did_change.emit()

    def set_lists(self, users: list[str], members: list[AuditMember]) -> None:
        chosen = self.user.currentData()
        self.user.blockSignals(True)
        del_items(self.user)
        for user in users:
            self.user.addItem(user, user)
        self.user.setCurrentIndex(max(self.user.findData(chosen), 0))
        self.user.blockSignals(False)
        self._members = {arg(self.tr("%1 · %2"), m.name, m.plan_member_id): m.id for m in members}
        self._members.update({m.plan_member_id.casefold(): m.id for m in members})  # a plan ID alone
        self.member_names.setStringList([text for text in self._members if " · " in text])

    def choose_member(self, member_id: str) -> bool:
        for text, mid in self._members.items():
            if mid == member_id and " · " in text:
                self.member.setText(text)
                return True
        return False

    def member_id(self) -> str:
        text = self.member.text().strip()
        return self._members.get(text) or self._members.get(text.casefold(), "")

    def days(self) -> tuple[date | None, date | None]:
        return _day(self.first_day), _day(self.last_day)

    def problem(self) -> str:
        """Why the filters cannot be applied, or ""."""
        first, last = self.days()
        if first and last and first > last:
            return self.tr("The From date is after the To date.")
        if self.member.text().strip() and not self.member_id():
            return self.tr("No member in the audit log matches that text. Choose one from the list, or clear "
                           "the Member field.")
        return ""

    def wanted(self) -> AuditFilter:
        since, until = local_days(*self.days())
        return AuditFilter(since, until, self.user.currentData() or None, self.member_id() or None,
                           AuditAction(self.action.currentData()) if self.action.currentData() else None,
                           DataCategory(self.category.currentData()) if self.category.currentData() else None)

    def report_options(self) -> dict[str, object]:
        """The same filter as the audit report's options (its member is the report's member)."""
        first, last = self.days()
        return {"since": first, "until": last, "user": self.user.currentData() or None,
                "action": self.action.currentData() or None, "category": self.category.currentData() or None}

    def clear(self) -> None:
        """The vault is closing: no member or user name stays in a list or a field."""
        self._members = {}
        self.member_names.setStringList([])
        self.member.blockSignals(True)
        self.member.clear()
        self.member.blockSignals(False)
        self.user.blockSignals(True)
        del_items(self.user)
        self.user.blockSignals(False)


def del_items(combo: QComboBox) -> None:
    """Every item but the first ("All …")."""
    while combo.count() > 1:
        combo.removeItem(combo.count() - 1)


def _day(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == ANY_DAY else date(value.year(), value.month(), value.day())
