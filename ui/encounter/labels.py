"""Translatable labels for what a nurse documents at a contact: kinds, statuses, channels, outcomes,
participants and vital signs. Status always comes as text with its icon, never as colour alone."""

from __future__ import annotations

import functools

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPen

from ui.widgets.icons import canvas, mark, warning_icon

_C = "EncounterLabels"

KINDS = {
    "home_visit": QT_TRANSLATE_NOOP("EncounterLabels", "Home visit"),
    "telephonic": QT_TRANSLATE_NOOP("EncounterLabels", "Telephonic"),
    "video": QT_TRANSLATE_NOOP("EncounterLabels", "Video visit"),
    "contact_attempt": QT_TRANSLATE_NOOP("EncounterLabels", "Contact attempt"),
    "case_conference": QT_TRANSLATE_NOOP("EncounterLabels", "Case conference"),
    "provider_communication": QT_TRANSLATE_NOOP("EncounterLabels", "Provider communication"),
}
STATUSES = {
    "draft": QT_TRANSLATE_NOOP("EncounterLabels", "Draft"),
    "signed": QT_TRANSLATE_NOOP("EncounterLabels", "Signed"),
    "amended": QT_TRANSLATE_NOOP("EncounterLabels", "Amended"),
    "entered_in_error": QT_TRANSLATE_NOOP("EncounterLabels", "Entered in error"),
}
ADDENDUM_KINDS = {
    "addendum": QT_TRANSLATE_NOOP("EncounterLabels", "Addendum"),
    "late_entry": QT_TRANSLATE_NOOP("EncounterLabels", "Late entry"),
    "correction": QT_TRANSLATE_NOOP("EncounterLabels", "Correction"),
}
CHANNELS = {  # in the order of the digit that picks each
    "phone": QT_TRANSLATE_NOOP("EncounterLabels", "Phone"),
    "text": QT_TRANSLATE_NOOP("EncounterLabels", "Text message"),
    "mail": QT_TRANSLATE_NOOP("EncounterLabels", "Mail"),
    "visit": QT_TRANSLATE_NOOP("EncounterLabels", "Visit"),
}
OUTCOMES = {
    "reached": QT_TRANSLATE_NOOP("EncounterLabels", "Reached"),
    "no_answer": QT_TRANSLATE_NOOP("EncounterLabels", "No answer"),
    "voicemail": QT_TRANSLATE_NOOP("EncounterLabels", "Left voicemail"),
    "wrong_number": QT_TRANSLATE_NOOP("EncounterLabels", "Wrong number"),
    "declined": QT_TRANSLATE_NOOP("EncounterLabels", "Declined"),
}
PARTICIPANTS = {
    "member": QT_TRANSLATE_NOOP("EncounterLabels", "&Member"),
    "caregiver": QT_TRANSLATE_NOOP("EncounterLabels", "Care&giver"),
    "interpreter": QT_TRANSLATE_NOOP("EncounterLabels", "&Interpreter"),
    "family": QT_TRANSLATE_NOOP("EncounterLabels", "&Family"),
    "pcp": QT_TRANSLATE_NOOP("EncounterLabels", "P&CP"),
}
TEMPLATES = {
    "home_visit_soap": QT_TRANSLATE_NOOP("EncounterLabels", "Home visit (SOAP)"),
    "telephonic_checkin": QT_TRANSLATE_NOOP("EncounterLabels", "Telephonic check-in"),
    "case_conference": QT_TRANSLATE_NOOP("EncounterLabels", "Case conference"),
}
TIMELINE_KINDS = {
    "encounter": QT_TRANSLATE_NOOP("EncounterLabels", "Encounter"),
    "attempt": QT_TRANSLATE_NOOP("EncounterLabels", "Contact attempt"),
    "assessment": QT_TRANSLATE_NOOP("EncounterLabels", "Assessment"),
    "utilization": QT_TRANSLATE_NOOP("EncounterLabels", "Utilization"),
    "status": QT_TRANSLATE_NOOP("EncounterLabels", "Status change"),
}
# (key, label, unit) in the order of the vitals grid.
VITALS = (
    ("systolic", QT_TRANSLATE_NOOP("EncounterLabels", "BP s&ystolic"), "mmHg"),
    ("diastolic", QT_TRANSLATE_NOOP("EncounterLabels", "BP diastolic"), "mmHg"),
    ("heart_rate", QT_TRANSLATE_NOOP("EncounterLabels", "Pulse"),
     QT_TRANSLATE_NOOP("EncounterLabels", "/min")),
    ("respirations", QT_TRANSLATE_NOOP("EncounterLabels", "Respirations"),
     QT_TRANSLATE_NOOP("EncounterLabels", "/min")),
    ("temperature_f", QT_TRANSLATE_NOOP("EncounterLabels", "Temperature"), "°F"),
    ("spo2", QT_TRANSLATE_NOOP("EncounterLabels", "SpO2"), "%"),
    ("weight_lb", QT_TRANSLATE_NOOP("EncounterLabels", "Weight"), "lb"),
    ("glucose_mg_dl", QT_TRANSLATE_NOOP("EncounterLabels", "Glucose"), "mg/dL"),
    ("pain", QT_TRANSLATE_NOOP("EncounterLabels", "Pain (0–10)"), ""),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def _lookup(table: dict[str, str], value: object) -> str:
    if value is None or value == "":
        return ""
    text = table.get(str(value))
    return _tr(text) if text else str(value).replace("_", " ").capitalize()


def kind_label(value: object) -> str:
    return _lookup(KINDS, value)


def status_label(value: object) -> str:
    return _lookup(STATUSES, value)


def addendum_label(value: object) -> str:
    return _lookup(ADDENDUM_KINDS, value)


def channel_label(value: object) -> str:
    return _lookup(CHANNELS, value)


def outcome_label(value: object) -> str:
    return _lookup(OUTCOMES, value)


def template_label(value: object) -> str:
    return _lookup(TEMPLATES, value)


def timeline_kind_label(value: object) -> str:
    return _lookup(TIMELINE_KINDS, value)


def participant_label(value: object) -> str:
    return _lookup(PARTICIPANTS, value).replace("&", "")


def vital_label(key: str) -> str:
    """The vital's name without its mnemonic ("BP systolic")."""
    for name, text, _unit in VITALS:
        if name == key:
            return _tr(text).replace("&", "")
    return key


def vital_unit(key: str) -> str:
    for name, _text, unit in VITALS:
        if name == key:
            return _tr(unit) if unit.startswith("/") else unit
    return ""


# ---- icons (drawn in code, always next to their text) ---------------------------------------------

@functools.cache
def status_icon(status: str) -> QIcon:
    """Signed: a green disc with a tick; amended: a blue disc with "+"; entered in error: a grey disc
    crossed out; draft: a hollow dashed ring."""
    pixmap, painter = canvas()
    if status == "draft":
        painter.setPen(QPen(QColor("#7a869a"), 1.5, Qt.PenStyle.DashLine))
        painter.drawEllipse(QRectF(2, 2, 12, 12))
    else:
        color = {"signed": "#2e7d32", "amended": "#1565c0"}.get(status, "#6b7280")
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(color)))
        painter.drawEllipse(QRectF(1, 1, 14, 14))
        mark(painter, {"signed": "✓", "amended": "+"}.get(status, "×"), "#ffffff", 12)
    painter.end()
    return QIcon(pixmap)


def abnormal_icon() -> QIcon:
    """An amber triangle with "!": a value outside the normal range (never shown without its text)."""
    return warning_icon("#b45309")


CLOSURE_REASONS = {
    "goals_met": QT_TRANSLATE_NOOP("EncounterLabels", "Goals met"),
    "declined": QT_TRANSLATE_NOOP("EncounterLabels", "Member declined"),
    "unable_to_reach": QT_TRANSLATE_NOOP("EncounterLabels", "Unable to reach"),
    "moved": QT_TRANSLATE_NOOP("EncounterLabels", "Moved"),
    "disenrolled": QT_TRANSLATE_NOOP("EncounterLabels", "Disenrolled from the plan"),
    "deceased": QT_TRANSLATE_NOOP("EncounterLabels", "Deceased"),
    "other": QT_TRANSLATE_NOOP("EncounterLabels", "Other"),
}


def closure_label(value: object) -> str:
    return _lookup(CLOSURE_REASONS, value)


INSTRUMENTS = {  # the names nurses use; an unknown instrument falls back to its id
    "phq9": QT_TRANSLATE_NOOP("EncounterLabels", "PHQ-9 depression"),
    "phq2": QT_TRANSLATE_NOOP("EncounterLabels", "PHQ-2 depression screen"),
    "gad7": QT_TRANSLATE_NOOP("EncounterLabels", "GAD-7 anxiety"),
    "katz_adl": QT_TRANSLATE_NOOP("EncounterLabels", "Katz ADL"),
    "lawton_iadl": QT_TRANSLATE_NOOP("EncounterLabels", "Lawton IADL"),
    "steadi": QT_TRANSLATE_NOOP("EncounterLabels", "STEADI falls risk"),
    "ahc_hrsn": QT_TRANSLATE_NOOP("EncounterLabels", "Health-related social needs"),
    "initial_assessment": QT_TRANSLATE_NOOP("EncounterLabels", "Initial assessment"),
    "caregiver": QT_TRANSLATE_NOOP("EncounterLabels", "Caregiver needs"),
    "med_adherence": QT_TRANSLATE_NOOP("EncounterLabels", "Medication adherence"),
}


def instrument_label(instrument_id: str) -> str:
    text = INSTRUMENTS.get(instrument_id)
    return _tr(text) if text else instrument_id.replace("_", " ").upper()
