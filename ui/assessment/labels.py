"""Translatable words for what an assessment found: bands, flags, alert kinds and the change since
last time. A result is always words (with ▲/▼ or ⚠ as a mark), never colour alone."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.i18n import arg

_C = "AssessmentLabels"

BANDS = {
    "minimal": QT_TRANSLATE_NOOP("AssessmentLabels", "Minimal"),
    "mild": QT_TRANSLATE_NOOP("AssessmentLabels", "Mild"),
    "moderate": QT_TRANSLATE_NOOP("AssessmentLabels", "Moderate"),
    "moderately_severe": QT_TRANSLATE_NOOP("AssessmentLabels", "Moderately severe"),
    "severe": QT_TRANSLATE_NOOP("AssessmentLabels", "Severe"),
    "negative": QT_TRANSLATE_NOOP("AssessmentLabels", "Negative"),
    "positive": QT_TRANSLATE_NOOP("AssessmentLabels", "Positive: give the PHQ-9"),
    "full_function": QT_TRANSLATE_NOOP("AssessmentLabels", "Full function"),
    "moderate_impairment": QT_TRANSLATE_NOOP("AssessmentLabels", "Moderate impairment"),
    "severe_impairment": QT_TRANSLATE_NOOP("AssessmentLabels", "Severe impairment"),
    "not_at_risk": QT_TRANSLATE_NOOP("AssessmentLabels", "Not at risk of falling"),
    "at_risk": QT_TRANSLATE_NOOP("AssessmentLabels", "At risk of falling"),
    "no_need": QT_TRANSLATE_NOOP("AssessmentLabels", "No social need"),
    "need": QT_TRANSLATE_NOOP("AssessmentLabels", "Social need"),
    "no_concern": QT_TRANSLATE_NOOP("AssessmentLabels", "No concern"),
    "some_concern": QT_TRANSLATE_NOOP("AssessmentLabels", "Some concern"),
    "high_concern": QT_TRANSLATE_NOOP("AssessmentLabels", "High concern"),
    "adequate": QT_TRANSLATE_NOOP("AssessmentLabels", "Adequate support"),
    "limited": QT_TRANSLATE_NOOP("AssessmentLabels", "Limited support"),
    "insufficient": QT_TRANSLATE_NOOP("AssessmentLabels", "Insufficient support"),
    "not_applicable": QT_TRANSLATE_NOOP("AssessmentLabels", "Not applicable"),
}
FLAGS = {
    "self_harm_risk": QT_TRANSLATE_NOOP("AssessmentLabels", "Possible risk of self-harm"),
    "housing": QT_TRANSLATE_NOOP("AssessmentLabels", "Housing"),
    "food": QT_TRANSLATE_NOOP("AssessmentLabels", "Food"),
    "transportation": QT_TRANSLATE_NOOP("AssessmentLabels", "Transportation"),
    "utilities": QT_TRANSLATE_NOOP("AssessmentLabels", "Utilities"),
    "safety": QT_TRANSLATE_NOOP("AssessmentLabels", "Safety"),
}
ALERT_TITLES = {
    "self_harm_risk": QT_TRANSLATE_NOOP("AssessmentLabels", "Possible risk of self-harm (PHQ-9 item 9)"),
}
ACTION_SUGGESTIONS = (
    QT_TRANSLATE_NOOP("AssessmentLabels", "988 Suicide & Crisis Lifeline given"),
    QT_TRANSLATE_NOOP("AssessmentLabels", "PCP notified"),
    QT_TRANSLATE_NOOP("AssessmentLabels", "Emergency services called"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def _lookup(table: dict[str, str], value: str) -> str:
    text = table.get(value)
    return _tr(text) if text else value.replace("_", " ").capitalize()


def band_label(band: str) -> str:
    return _lookup(BANDS, band) if band else ""


def flag_label(flag: str) -> str:
    return _lookup(FLAGS, flag)


def flags_text(flags: tuple[str, ...] | list[str]) -> str:
    return " · ".join("⚠ " + flag_label(f) for f in flags)


def alert_title(kind: str) -> str:
    return _lookup(ALERT_TITLES, kind) if kind in ALERT_TITLES else flag_label(kind)


def suggestions() -> list[str]:
    return [_tr(s) for s in ACTION_SUGGESTIONS]


def change_text(change: int | None) -> str:
    """"▲ 3 points higher" — the mark and the words, so it reads without colour."""
    if change is None:
        return QCoreApplication.translate("AssessmentLabels", "First time")
    if change > 0:
        return arg(QCoreApplication.translate("AssessmentLabels", "▲ %1 higher than last time"), change)
    if change < 0:
        return arg(QCoreApplication.translate("AssessmentLabels", "▼ %1 lower than last time"), -change)
    return QCoreApplication.translate("AssessmentLabels", "= No change since last time")


def score_text(total: int | None, band: str | None, *, complete: bool) -> str:
    if total is None:
        return QCoreApplication.translate("AssessmentLabels", "No score yet")
    if not complete:
        return arg(QCoreApplication.translate("AssessmentLabels", "Score so far: %1"), total)
    if not band:
        return arg(QCoreApplication.translate("AssessmentLabels", "Score: %1"), total)
    return arg(QCoreApplication.translate("AssessmentLabels", "Score: %1 · %2"), total, band_label(band))
