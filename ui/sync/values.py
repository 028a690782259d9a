"""Conflict values in the nurse's words: which kind of record, which field, and each stored value
(JSON-encoded on the wire) as she would read it in the chart: labels for choices, local dates, Yes/No."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy import Boolean, Column, Enum, Integer, Text

from app.model import MODEL_BY_TABLE
from app.store.base import ISODate, UTCDateTime
from ui.i18n import arg
from ui.messages import field_label
from ui.widgets.dates import format_date, format_datetime
from ui.widgets.labels import label

KINDS: dict[str, str] = {
    "member": QT_TRANSLATE_NOOP("RecordKind", "Member details"),
    "member_status_change": QT_TRANSLATE_NOOP("RecordKind", "Status change"),
    "closure_request": QT_TRANSLATE_NOOP("RecordKind", "Closure request"),
    "contact": QT_TRANSLATE_NOOP("RecordKind", "Contact"),
    "care_team_member": QT_TRANSLATE_NOOP("RecordKind", "Care team"),
    "condition": QT_TRANSLATE_NOOP("RecordKind", "Condition"),
    "medication": QT_TRANSLATE_NOOP("RecordKind", "Medication"),
    "allergy": QT_TRANSLATE_NOOP("RecordKind", "Allergy"),
    "utilization_event": QT_TRANSLATE_NOOP("RecordKind", "Admission or ED visit"),
    "consent": QT_TRANSLATE_NOOP("RecordKind", "Consent"),
    "encounter": QT_TRANSLATE_NOOP("RecordKind", "Encounter note"),
    "addendum": QT_TRANSLATE_NOOP("RecordKind", "Addendum"),
    "assessment_response": QT_TRANSLATE_NOOP("RecordKind", "Assessment"),
    "safety_alert": QT_TRANSLATE_NOOP("RecordKind", "Safety alert"),
    "care_plan": QT_TRANSLATE_NOOP("RecordKind", "Care plan"),
    "problem": QT_TRANSLATE_NOOP("RecordKind", "Care-plan problem"),
    "goal": QT_TRANSLATE_NOOP("RecordKind", "Goal"),
    "intervention": QT_TRANSLATE_NOOP("RecordKind", "Intervention"),
    "barrier": QT_TRANSLATE_NOOP("RecordKind", "Barrier"),
    "referral": QT_TRANSLATE_NOOP("RecordKind", "Referral"),
    "progress_review": QT_TRANSLATE_NOOP("RecordKind", "Progress review"),
    "plan_agreement": QT_TRANSLATE_NOOP("RecordKind", "Plan agreement"),
    "task": QT_TRANSLATE_NOOP("RecordKind", "Task"),
}
MAX_INLINE = 200  # longer values are cut in the table; the detail pane shows them whole


def kind_label(table: str) -> str:
    text = KINDS.get(table)
    return QCoreApplication.translate("RecordKind", text) if text else table.replace("_", " ").capitalize()


def column_of(table: str, field: str) -> Column[Any] | None:
    model = MODEL_BY_TABLE.get(table)
    return None if model is None else model.__table__.columns.get(field)


def enum_class(column: Column[Any] | None) -> type[enum.StrEnum] | None:
    if column is not None and isinstance(column.type, Enum):
        return column.type.enum_class  # type: ignore[return-value]
    return None


def value_text(table: str, field: str, value: Any) -> str:
    """One stored value as the chart shows it; "(empty)" for a blank."""
    if value is None or value == "":
        return QCoreApplication.translate("RecordKind", "(empty)")
    column = column_of(table, field)
    column_type = None if column is None else column.type
    try:
        if (cls := enum_class(column)) is not None:
            return label(cls(value), cls)
        if isinstance(column_type, ISODate):
            return format_date(date.fromisoformat(value))
        if isinstance(column_type, UTCDateTime):
            return format_datetime(datetime.fromisoformat(value))
    except (ValueError, TypeError):
        pass  # an old or odd value: show it as it is rather than hide it
    if isinstance(value, bool) or isinstance(column_type, Boolean):
        if value:
            return QCoreApplication.translate("RecordKind", "Yes")
        return QCoreApplication.translate("RecordKind", "No")
    return str(value)


def refused_change_text(table: str, fields: Any) -> str:
    """A refused change (every field it carried), one "Field: value" line each."""
    if not isinstance(fields, dict):
        return str(fields)
    skip = {"id", "member_id", "version", "created_at", "updated_at", "created_by", "updated_by"}
    line = QCoreApplication.translate("RecordKind", "%1: %2")
    lines = [arg(line, field_label(k), value_text(table, k, v)) for k, v in fields.items() if k not in skip]
    return "\n".join(lines)


def one_line(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= MAX_INLINE else flat[: MAX_INLINE - 1] + "…"


def editor_kind(table: str, field: str) -> str:
    """Which editor suits the field: "choice", "flag", "date", "number", "notes" or "text"."""
    column = column_of(table, field)
    if column is None:
        return "text"
    if enum_class(column) is not None:
        return "choice"
    kinds = ((Boolean, "flag"), (ISODate, "date"), (Integer, "number"), (Text, "notes"))
    return next((kind for cls, kind in kinds if isinstance(column.type, cls)), "text")
