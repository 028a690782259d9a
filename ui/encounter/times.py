"""Times of service: edited in the laptop's local time, stored as UTC with the local offset at that time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from PySide6.QtCore import QDateTime, QLocale, QTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from ui.widgets.dates import date_format


def aware(moment: QDateTime) -> datetime:
    """A local QDateTime as a timezone-aware datetime carrying the local offset at that moment."""
    offset = timezone(timedelta(seconds=moment.offsetFromUtc()))
    return datetime.fromtimestamp(moment.toMSecsSinceEpoch() / 1000, tz=offset)


def local(moment: datetime) -> QDateTime:
    """A stored (UTC or offset) datetime in the laptop's local time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    utc = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000), QTimeZone.utc())
    return utc.toLocalTime()


def offset_minutes(moment: QDateTime) -> int:
    return moment.offsetFromUtc() // 60


def now_to_minute() -> QDateTime:
    now = QDateTime.currentDateTime()
    return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()))


class DateTimeEdit(QDateTimeEdit):
    """A day and a time in the nurse's locale, in local time, with a calendar on Alt+Down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(now_to_minute(), parent)
        self.setCalendarPopup(True)
        time_format = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
        self.setDisplayFormat(date_format() + " " + time_format)

    def value(self) -> datetime:
        return aware(self.dateTime())

    def set_value(self, moment: datetime | str | None) -> None:
        if isinstance(moment, str) and moment:
            moment = datetime.fromisoformat(moment)
        if isinstance(moment, datetime):
            self.setDateTime(local(moment))
