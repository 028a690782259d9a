"""The Notes tab's table model: encounters newest first, each with its status in words and an icon."""

from __future__ import annotations

from typing import Any

from ui.encounter.labels import (
    channel_label,
    kind_label,
    outcome_label,
    status_icon,
    status_label,
)
from ui.i18n import arg
from ui.widgets.dates import format_datetime
from ui.widgets.table_model import Column, RecordModel

SUMMARY_CHARS = 120


def summary(encounter: Any) -> str:
    """One line for a list: an attempt by its channel and outcome, a note by its first words."""
    if str(encounter.kind) == "contact_attempt":
        parts = [channel_label(encounter.channel), outcome_label(encounter.outcome)]
        return " · ".join(p for p in parts if p)
    text = " ".join(encounter.note.split())
    return text if len(text) <= SUMMARY_CHARS else text[:SUMMARY_CHARS - 1] + "…"


class EncountersModel(RecordModel[Any]):
    """EncounterView rows, newest first as the service gives them."""

    def columns(self) -> list[Column[Any]]:
        return [
            Column(self.tr("Date of service"), lambda e: format_datetime(e.started_at),
                   lambda e: e.started_at.timestamp()),
            Column(self.tr("Kind"), lambda e: kind_label(e.kind)),
            Column(self.tr("Status"), self._status, icon=lambda e: status_icon(str(e.status))),
            Column(self.tr("Minutes"), lambda e: str(e.minutes), lambda e: e.minutes, numeric=True),
            Column(self.tr("Signed by"), lambda e: e.signed_by),
            Column(self.tr("Note"), summary),
        ]

    def _status(self, e: Any) -> str:
        text = status_label(e.status)
        if e.addenda:
            return arg(self.tr("%1 (%2 addenda)", "status (count)"), text, len(e.addenda)) \
                if len(e.addenda) > 1 else arg(self.tr("%1 (1 addendum)"), text)
        return text

