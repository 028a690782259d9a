"""The lists of the Assessments tab and of Today's alerts, one table model each over frozen values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.instruments import load
from ui.assessment.labels import alert_title, band_label, change_text, flags_text
from ui.encounter.labels import instrument_label
from ui.i18n import arg
from ui.widgets.dates import format_date, format_datetime, local_day
from ui.widgets.table_model import Column, RecordModel


def _total(value: int | None) -> str:
    return "" if value is None else str(value)


class HistoryModel(RecordModel[Any]):
    """Completed responses to one instrument (``HistoryPoint``), each with its change since last time."""

    def columns(self) -> list[Column[Any]]:
        return [
            Column(self.tr("Date"), lambda p: format_date(local_day(p.completed_at)),
                   sort=lambda p: p.completed_at.timestamp()),
            Column(self.tr("Total"), lambda p: _total(p.total), sort=lambda p: p.total or 0, numeric=True),
            Column(self.tr("Result"), lambda p: band_label(p.band)),
            Column(self.tr("Change"), lambda p: change_text(p.change), sort=lambda p: p.change or 0),
            Column(self.tr("Flags"), lambda p: flags_text(p.flags)),
        ]


class InProgressModel(RecordModel[Any]):
    """Assessments saved to finish later (``AssessmentView``)."""

    def columns(self) -> list[Column[Any]]:
        return [
            Column(self.tr("Instrument"), lambda v: instrument_label(v.instrument_id)),
            Column(self.tr("Started"), lambda v: format_datetime(v.started_at),
                   sort=lambda v: v.started_at.timestamp()),
            Column(self.tr("Answered"), _answered, sort=lambda v: len(v.answers)),
        ]


def _answered(view: Any) -> str:
    instrument = load(view.instrument_id)
    shown = instrument.enabled(view.answers)
    total = sum(1 for q in instrument.questions if q.link_id in shown)
    return arg(QCoreApplication.translate("AssessmentModels", "%1 of %2"), len(view.answers), total)


@dataclass(frozen=True, slots=True)
class AlertRow:
    id: str
    member_id: str
    member_name: str
    kind: str
    raised_at: datetime
    alert: Any  # the AlertView, for the acknowledge dialog


class AlertsModel(RecordModel[AlertRow]):
    def columns(self) -> list[Column[AlertRow]]:
        return [
            Column(self.tr("Member"), lambda r: r.member_name),
            Column(self.tr("Alert"), lambda r: "⚠ " + alert_title(r.kind)),
            Column(self.tr("Raised"), lambda r: format_datetime(r.raised_at),
                   sort=lambda r: r.raised_at.timestamp()),
        ]
