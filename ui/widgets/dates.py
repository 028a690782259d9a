"""Dates as the nurse reads them: her locale's format with a four-digit year, times in local time.

Stored values are UTC (datetimes) or plain days; nothing here changes what is stored.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTimeZone

from ui.i18n import arg
from ui.widgets.text import translate

RECENT_DAYS = 180


def date_format() -> str:
    """The locale's short date format, always with a four-digit year (a DOB must never be ambiguous)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def date_placeholder() -> str:
    """The date format as a hint in an empty field: "M/D/YYYY", with the letters in the UI's language
    (Spanish: "D/M/AAAA")."""
    letters = {"d": translate("Dates", "D"), "M": translate("Dates", "M"), "y": translate("Dates", "Y")}
    return "".join(letters.get(ch, ch) for ch in date_format())


def format_date(day: date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


def format_recent_date(day: date | None, today: date) -> str:
    """Within about six months the year goes without saying ("11/17"); otherwise it is shown."""
    if day is None:
        return ""
    if abs((day - today).days) > RECENT_DAYS:
        return format_date(day)
    fmt = re.sub(r"[^dM]*y+[^dM]*", "", date_format()) or date_format()
    return QLocale().toString(to_qdate(day), fmt)


def format_datetime(moment: datetime | None) -> str:
    """A stored (UTC) time shown in the laptop's local time zone."""
    if moment is None:
        return ""
    local = _to_qdatetime(moment).toLocalTime()
    time_format = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    return QLocale().toString(local, date_format() + " " + time_format)


def _to_qdatetime(moment: datetime) -> QDateTime:
    utc = moment.astimezone() if moment.tzinfo else moment
    stamp = int(utc.timestamp() * 1000)
    return QDateTime.fromMSecsSinceEpoch(stamp, QTimeZone.utc())


def local_day(moment: datetime) -> date:
    return moment.astimezone().date()


def parse_date(text: str) -> date | None:
    """Text typed in the locale's format (or ISO 8601) as a day; blank is None; else ValueError."""
    text = text.strip()
    if not text:
        return None
    for fmt in (date_format(), QLocale().dateFormat(QLocale.FormatType.ShortFormat)):
        parsed = QLocale().toDate(text, fmt)
        if parsed.isValid() and parsed.year() >= 1000:
            return date(parsed.year(), parsed.month(), parsed.day())
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(
            arg(translate("Dates", "must be a date such as %1"), format_date(date(1951, 6, 14)))
        ) from None


def relative_day(day: date, today: date) -> str:
    """"today", "in 3 days", "5 days ago": how the nurse thinks about a due date."""
    delta = (day - today).days
    if delta == 0:
        return translate("Dates", "today")
    if delta == 1:
        return translate("Dates", "tomorrow")
    if delta == -1:
        return translate("Dates", "yesterday")
    # One day away is named above, so the rest are always plural.
    if delta > 0:
        return arg(translate("Dates", "in %1 days"), str(delta))
    return arg(translate("Dates", "%1 days ago"), str(-delta))


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


