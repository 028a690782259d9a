"""Tasks and compliance clocks in words: what a task is (by its kind, not the English title the rules
store), its status, and a clock's state with an icon — never colour alone."""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPen

from app.model.enums import TaskKind, TaskOrigin
from app.services.compliance import ClockState
from app.services.task_plan import TITLES
from ui.i18n import arg
from ui.widgets.icons import canvas, mark, overdue_icon

_C = "TaskLabels"

KINDS = {
    TaskKind.INITIAL_ASSESSMENT: QT_TRANSLATE_NOOP("TaskLabels", "Initial assessment"),
    TaskKind.CARE_PLAN: QT_TRANSLATE_NOOP("TaskLabels", "Care plan"),
    TaskKind.FOLLOW_UP_CONTACT: QT_TRANSLATE_NOOP("TaskLabels", "Follow-up contact"),
    TaskKind.REASSESSMENT: QT_TRANSLATE_NOOP("TaskLabels", "Reassessment"),
    TaskKind.CARE_PLAN_REVIEW: QT_TRANSLATE_NOOP("TaskLabels", "Care plan review"),
    TaskKind.REFERRAL_FOLLOW_UP: QT_TRANSLATE_NOOP("TaskLabels", "Referral follow-up"),
    TaskKind.PARTICIPATION_REVIEW: QT_TRANSLATE_NOOP("TaskLabels", "Participation review"),
    TaskKind.OUTREACH: QT_TRANSLATE_NOOP("TaskLabels", "Outreach"),
    TaskKind.VISIT: QT_TRANSLATE_NOOP("TaskLabels", "Visit"),
    TaskKind.MANUAL: QT_TRANSLATE_NOOP("TaskLabels", "Task"),
}
# A clock names the promise rather than the work ("minimum participation", not "review").
CLOCK_NAMES = KINDS | {
    TaskKind.PARTICIPATION_REVIEW: QT_TRANSLATE_NOOP("TaskLabels", "Minimum participation"),
}
STATES = {
    ClockState.MET: QT_TRANSLATE_NOOP("TaskLabels", "Met"),
    ClockState.LATE: QT_TRANSLATE_NOOP("TaskLabels", "Late"),
    ClockState.OPEN: QT_TRANSLATE_NOOP("TaskLabels", "Open"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def kind_label(kind: TaskKind | str) -> str:
    text = KINDS.get(kind)  # type: ignore[call-overload]  # StrEnum keys match their plain values
    return _tr(text) if text else str(kind).replace("_", " ").capitalize()


def with_subject(name: str, subject: str) -> str:
    """"Referral follow-up: Food bank" when the clock or task is about one of several things."""
    return arg(QCoreApplication.translate("TaskLabels", "%1: %2"), name, subject) if subject else name


def rule_subject(task: Any) -> str:
    """What a rule task is about when there can be several (a referral's resource): the rules store it
    after their English title, "Referral follow-up: Food bank"."""
    title = TITLES.get(task.kind)
    if title and task.title.startswith(title + ": "):
        return str(task.title[len(title) + 2:])
    return ""


def task_what(task: Any) -> str:
    """A manual task's own text; a rule task's kind in the nurse's language (with its subject)."""
    if task.origin == TaskOrigin.MANUAL:
        return str(task.title)
    return with_subject(kind_label(task.kind), rule_subject(task))


def clock_what(clock: Any) -> str:
    text = CLOCK_NAMES.get(clock.kind)
    name = _tr(text) if text else kind_label(clock.kind)
    return with_subject(name, clock.subject)


def state_label(state: ClockState | str) -> str:
    return _tr(STATES[ClockState(state)])


def state_icon(state: ClockState | str) -> QIcon:
    return {ClockState.MET: met_icon, ClockState.LATE: overdue_icon}.get(ClockState(state), open_icon)()


@functools.cache
def met_icon() -> QIcon:
    """A green disc with a check mark."""
    pixmap, painter = canvas()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor("#2e7d32")))
    painter.drawEllipse(QRectF(1, 1, 14, 14))
    mark(painter, "✓", "#ffffff")
    painter.end()
    return QIcon(pixmap)


@functools.cache
def open_icon() -> QIcon:
    """A clock face: still running, not late."""
    pixmap, painter = canvas()
    painter.setPen(QPen(QColor("#1565c0"), 1.6))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(2, 2, 12, 12))
    painter.drawLine(QPointF(8, 8), QPointF(8, 4.5))
    painter.drawLine(QPointF(8, 8), QPointF(10.5, 9.5))
    painter.end()
    return QIcon(pixmap)


@functools.cache
def snoozed_icon() -> QIcon:
    """A grey "z": put off until a later day."""
    pixmap, painter = canvas()
    mark(painter, "z", "#7a869a", 13)
    painter.end()
    return QIcon(pixmap)
