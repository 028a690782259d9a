"""The Audit log table: one row per audited act, every column sortable; and the same rows as CSV cells."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.model.enums import AuditAction, DataCategory
from app.services.audit_log import AuditRow
from ui.widgets.dates import format_datetime
from ui.widgets.label_texts import LABELS
from ui.widgets.labels import label
from ui.widgets.table_model import Column, RecordModel

_C = "AuditLabels"

# Actions the shared label table leaves out (they never touch a chart, so the chart's Access log has none).
_ACTIONS = {
    "login": QT_TRANSLATE_NOOP("AuditLabels", "Signed in"),
    "unlock": QT_TRANSLATE_NOOP("AuditLabels", "Unlocked"),
    "failed_unlock": QT_TRANSLATE_NOOP("AuditLabels", "Failed unlock"),
    "lock": QT_TRANSLATE_NOOP("AuditLabels", "Locked"),
    "passphrase_changed": QT_TRANSLATE_NOOP("AuditLabels", "Passphrase changed"),
}

# The records audited most often, in words; any other table name is shown tidied ("care_plan" → "Care plan").
_RECORDS = {
    "member": QT_TRANSLATE_NOOP("AuditLabels", "Member"),
    "encounter": QT_TRANSLATE_NOOP("AuditLabels", "Encounter"),
    "report": QT_TRANSLATE_NOOP("AuditLabels", "Report"),
    "audit_log": QT_TRANSLATE_NOOP("AuditLabels", "Audit log"),
    "task": QT_TRANSLATE_NOOP("AuditLabels", "Task"),
    "task_list": QT_TRANSLATE_NOOP("AuditLabels", "Task list"),
    "caseload": QT_TRANSLATE_NOOP("AuditLabels", "Caseload"),
    "medication": QT_TRANSLATE_NOOP("AuditLabels", "Medication"),
    "care_plan": QT_TRANSLATE_NOOP("AuditLabels", "Care plan"),
    "draft": QT_TRANSLATE_NOOP("AuditLabels", "Draft"),
    "assessment_response": QT_TRANSLATE_NOOP("AuditLabels", "Assessment"),
    "safety_alert": QT_TRANSLATE_NOOP("AuditLabels", "Safety alert"),
}


def action_label(action: AuditAction) -> str:
    if str(action) in LABELS.get(AuditAction, {}):
        return label(action)
    text = _ACTIONS.get(str(action))
    return QCoreApplication.translate(_C, text) if text else label(action)


def record_label(entity_type: str) -> str:
    text = _RECORDS.get(entity_type)
    if text:
        return QCoreApplication.translate(_C, text)
    return entity_type.replace("_", " ").capitalize()


def category_label(category: DataCategory) -> str:
    return label(category)


def local_iso(at: datetime) -> str:
    """"2026-11-20 14:03:22-08:00": local time to the second, unambiguous for a spreadsheet."""
    return at.astimezone().isoformat(sep=" ", timespec="seconds")


class AuditModel(RecordModel[AuditRow]):
    def columns(self) -> list[Column[AuditRow]]:
        return [
            Column(self.tr("Time"), lambda r: format_datetime(r.at), lambda r: r.seq,
                   tooltip=lambda r: local_iso(r.at)),
            Column(self.tr("User"), lambda r: r.user),
            Column(self.tr("Device"), lambda r: r.device),
            Column(self.tr("Action"), lambda r: action_label(r.action)),
            Column(self.tr("Data"), lambda r: category_label(r.category)),
            Column(self.tr("Record"), lambda r: record_label(r.entity_type), tooltip=lambda r: r.entity_id),
            Column(self.tr("Member"), lambda r: r.member_name, tooltip=lambda r: r.member_id or ""),
            Column(self.tr("Plan ID"), lambda r: r.plan_member_id),
            Column(self.tr("Details"), lambda r: r.details_text),
        ]

    def csv_header(self) -> list[str]:
        """The table's columns, then the two ids the table only shows as tooltips."""
        titles = [column.title for column in self._columns]
        return [*titles, self.tr("Record ID"), self.tr("Member record ID")]

    def csv_cells(self, row: AuditRow) -> list[str]:
        """The row as shown, but the time to the second with its UTC offset."""
        cells = [column.text(row) for column in self._columns]
        cells[0] = local_iso(row.at)
        return [*cells, row.entity_id, row.member_id or ""]
