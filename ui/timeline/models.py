"""The timeline's rows (one model over TimelineEntry values, filtered by kind in a proxy) and note
search hits."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from app.model.enums import AssessmentStatus, MemberStatus, UtilizationKind
from ui.encounter.labels import instrument_label, kind_label, status_icon, status_label, timeline_kind_label
from ui.encounter.models import summary
from ui.i18n import arg
from ui.widgets.dates import format_date, format_datetime, local_day
from ui.widgets.labels import label
from ui.widgets.table_model import ROW_ROLE, Column, RecordModel
from ui.widgets.text import translate

ENCOUNTER_KINDS = ("encounter", "attempt")
DATE_ONLY = ("utilization", "status")


def _enum_label(enum_cls: Any, value: str) -> str:
    try:
        return label(enum_cls(value))
    except ValueError:
        return value.replace("_", " ").capitalize()


def _when(entry: Any) -> str:
    """Utilization and status changes are dated, not timed: their day only."""
    if entry.kind in DATE_ONLY:
        return format_date(local_day(entry.at))
    return format_datetime(entry.at)


class TimelineModel(RecordModel[Any]):
    """TimelineEntry rows, newest first as the service gives them. Encounter rows are described from the
    chart's EncounterViews where they are known (translated channel and outcome)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.encounters: Mapping[str, Any] = {}

    def columns(self) -> list[Column[Any]]:
        return [
            Column(self.tr("When"), _when, lambda e: e.at.timestamp()),
            Column(self.tr("Kind"), lambda e: timeline_kind_label(e.kind)),
            Column(self.tr("What"), self._title),
            Column(self.tr("Status"), self._status, icon=self._icon),
            Column(self.tr("Details"), self._detail),
        ]

    def set_timeline(self, entries: Any, encounters: Any) -> None:
        self.encounters = {e.id: e for e in encounters}
        self.set_records(entries)

    def _title(self, e: Any) -> str:
        encounter = self.encounters.get(e.ref_id)
        if e.kind == "attempt" and encounter is not None:
            return summary(encounter)  # "Phone · No answer"
        if e.kind in ENCOUNTER_KINDS:
            return kind_label(e.title)
        if e.kind == "assessment":
            return instrument_label(e.title)
        if e.kind == "utilization":
            return _enum_label(UtilizationKind, e.title)
        return _enum_label(MemberStatus, e.title)

    def _status(self, e: Any) -> str:
        if e.kind in ENCOUNTER_KINDS:
            return status_label(e.status)
        if e.kind == "assessment":
            return _enum_label(AssessmentStatus, e.status) if e.status else ""
        if e.kind == "status" and e.status:
            return arg(self.tr("was %1"), _enum_label(MemberStatus, e.status))
        return ""

    def _icon(self, e: Any) -> Any:
        return status_icon(e.status) if e.kind in ENCOUNTER_KINDS and e.status else None

    def _detail(self, e: Any) -> str:
        encounter = self.encounters.get(e.ref_id)
        if e.kind == "attempt" and encounter is not None:
            return " ".join(encounter.note.split())
        if e.kind == "encounter" and encounter is not None:
            return summary(encounter)
        return e.detail


class KindFilter(QSortFilterProxyModel):
    """Only the kinds the nurse has switched on."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kinds: set[str] = {"encounter", "attempt", "assessment", "utilization", "status"}

    def set_kinds(self, kinds: set[str]) -> None:
        self.beginFilterChange()
        self.kinds = set(kinds)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        entry = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        return entry is not None and entry.kind in self.kinds


class NoteHitsModel(RecordModel[Any]):
    """NoteHit rows: the matching words are bracketed in the snippet, so a match shows without colour."""

    def columns(self) -> list[Column[Any]]:
        return [
            Column(self.tr("Date of service"), lambda h: format_datetime(h.started_at),
                   lambda h: h.started_at.timestamp()),
            Column(self.tr("Kind"), lambda h: kind_label(h.kind)),
            Column(self.tr("Matching text"), lambda h: " ".join(h.snippet.split())),
        ]


def no_hits_text() -> str:
    return translate("Timeline", "No note matches these words.")
