"""What each caseload cell says, shows and sorts by. Shared by the caseload and Today lists."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtGui import QIcon

from app.model.enums import MemberStatus, RiskTier
from app.services.members import CaseloadRow
from app.text import fold
from ui.i18n import arg
from ui.widgets.dates import format_date, format_datetime, format_recent_date, local_day, relative_day
from ui.widgets.icons import interpreter_icon, overdue_icon, risk_icon
from ui.widgets.labels import label, language_name, short_label
from ui.widgets.text import translate


class Col(IntEnum):
    NAME = 0
    PLAN_ID = 1
    AGE = 2
    RISK = 3
    PROGRAM = 4
    STATUS = 5
    LAST_CONTACT = 6
    NEXT_DUE = 7
    LANGUAGE = 8

_RISK_ORDER = {RiskTier.HIGH: 0, RiskTier.MEDIUM: 1, RiskTier.LOW: 2}
_STATUS_ORDER = {status: i for i, status in enumerate(MemberStatus)}
NEVER_DUE = 10**7
RELATIVE_DAYS = 60


def member_name(row: Any) -> str:
    """"Delgado, Rosa “Rosie”": last name first, as on a roster; the preferred name in quotes."""
    name = arg(translate("Caseload", "%1, %2"), row.last_name, row.first_name)
    if row.preferred_name and row.preferred_name != row.first_name:
        name += " “" + row.preferred_name + "”"
    return name


def last_contact(row: CaseloadRow, today: date) -> str:
    if row.last_contact_at is None:
        return translate("Caseload", "Never")
    day = local_day(row.last_contact_at)
    if (today - day).days > RELATIVE_DAYS:  # "878 days ago" says less than the date
        return format_date(day)
    return arg(translate("Caseload", "%1 · %2"), relative_day(day, today), format_recent_date(day, today))


def next_due(row: CaseloadRow, today: date) -> str:
    if row.next_due_on is None:
        return ""
    if row.is_overdue(today):
        return arg(translate("Caseload", "Overdue · %1"), format_recent_date(row.next_due_on, today))
    if row.next_due_on == today:
        return translate("Caseload", "Today")
    return format_recent_date(row.next_due_on, today)


def language(row: CaseloadRow) -> str:
    name = language_name(row.preferred_language)
    return arg(translate("Caseload", "%1 · interpreter"), name) if row.interpreter_needed else name


def text(row: CaseloadRow, column: Col, today: date) -> str:
    match column:
        case Col.NAME:
            return member_name(row)
        case Col.PLAN_ID:
            return row.plan_member_id
        case Col.AGE:
            return str(row.age)
        case Col.RISK:
            return label(row.risk_tier, RiskTier)
        case Col.PROGRAM:
            return short_label(row.program)
        case Col.STATUS:
            return label(row.status, MemberStatus)
        case Col.LAST_CONTACT:
            return last_contact(row, today)
        case Col.NEXT_DUE:
            return next_due(row, today)
        case _:
            return language(row)


def icon(row: CaseloadRow, column: Col, today: date) -> QIcon | None:
    if column == Col.RISK:
        return risk_icon(str(row.risk_tier))
    if column == Col.NEXT_DUE and row.is_overdue(today):
        return overdue_icon()
    if column == Col.LANGUAGE and row.interpreter_needed:
        return interpreter_icon()
    return None


def tooltip(row: CaseloadRow, column: Col, today: date) -> str | None:
    """The full form of what a cell abbreviates."""
    if column == Col.NEXT_DUE and row.next_due_on is not None:
        due = row.next_due_on
        return arg(translate("Caseload", "%1 (%2)"), format_date(due), relative_day(due, today))
    if column == Col.LAST_CONTACT and row.last_contact_at is not None:
        return format_datetime(row.last_contact_at)
    if column == Col.LANGUAGE and row.interpreter_needed:
        return translate("Caseload", "Interpreter needed")
    if column == Col.NAME:
        return arg(translate("Caseload", "Born %1"), format_date(row.dob))
    if column == Col.PROGRAM:
        return label(row.program)
    return None


def sort_key(row: CaseloadRow, column: Col) -> Any:
    """Numbers or folded text, so Qt compares them natively; the display text is never sorted on."""
    match column:
        case Col.NAME:
            return fold(row.last_name + "\t" + row.first_name)
        case Col.AGE:
            return row.age
        case Col.RISK:
            return _RISK_ORDER.get(row.risk_tier, 3)
        case Col.STATUS:
            return _STATUS_ORDER.get(row.status, 99)
        case Col.LAST_CONTACT:
            return row.last_contact_at.timestamp() if row.last_contact_at else 0.0
        case Col.NEXT_DUE:
            return row.next_due_on.toordinal() if row.next_due_on else NEVER_DUE
        case Col.PLAN_ID:
            return row.plan_member_id.casefold()
        case _:
            return fold(text(row, column, date.today()))
