"""The reports the Reports screen offers (from ``app.reports.kinds.KINDS``), with the words the nurse reads
in Carefield's language, and the calls that make them (on the database thread, audited there)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy.orm import Session

from app.actor import Actor
from app.reports import caseload_data
from app.reports.kinds import KINDS, export, render
from ui.reports.options import ReportRequest

CASELOAD = "caseload"
_C = "ReportKinds"


class Scope(Enum):
    MEMBER = "member"  # about one member: a member must be chosen
    CASELOAD = "caseload"  # about the caseload: no member
    EITHER = "either"  # the caseload, or one member when one is chosen


@dataclass(frozen=True, slots=True)
class ReportChoice:
    name: str  # the registry key
    title: str
    description: str
    scope: Scope
    file_name: str  # the suggested file name: the kind of report only, never a member


# key: (title, description, file name); the order is the list's order. Kinds the registry has and this
# table does not are offered under their key, after these.
_KNOWN: dict[str, tuple[str, str, str]] = {
    "careplan": (
        QT_TRANSLATE_NOOP("ReportKinds", "Care plan (member’s copy)"),
        QT_TRANSLATE_NOOP("ReportKinds",
                          "The member’s own copy of the care plan, in plain words and their language."),
        "care-plan.pdf"),
    "provider-letter": (
        QT_TRANSLATE_NOOP("ReportKinds", "Provider letter"),
        QT_TRANSLATE_NOOP("ReportKinds", "A care coordination letter to the member’s primary care provider."),
        "provider-letter.pdf"),
    "visit-summary": (
        QT_TRANSLATE_NOOP("ReportKinds", "Visit summary"),
        QT_TRANSLATE_NOOP("ReportKinds", "The member’s most recent signed visit or call."),
        "visit-summary.pdf"),
    "outreach-log": (
        QT_TRANSLATE_NOOP("ReportKinds", "Outreach log"),
        QT_TRANSLATE_NOOP("ReportKinds",
                          "Every contact and attempt with the member, with minutes and outcomes."),
        "outreach-log.pdf"),
    "assessment": (
        QT_TRANSLATE_NOOP("ReportKinds", "Assessment history"),
        QT_TRANSLATE_NOOP("ReportKinds",
                          "Scores of the member’s most recent assessment instrument over time."),
        "assessment-history.pdf"),
    CASELOAD: (
        QT_TRANSLATE_NOOP("ReportKinds", "Caseload and compliance (supervisor)"),
        QT_TRANSLATE_NOOP("ReportKinds",
                          "Every member with their compliance clocks, and counts by risk tier and by clock."),
        "caseload-report.pdf"),
    "outcomes": (
        QT_TRANSLATE_NOOP("ReportKinds", "Utilization outcomes"),
        QT_TRANSLATE_NOOP("ReportKinds", "ED visits and admissions in the 6 and 12 months before and after "
                          "enrollment, for the caseload or one member."),
        "utilization-outcomes.pdf"),
    "audit-log": (
        QT_TRANSLATE_NOOP("ReportKinds", "Audit log (privacy officer)"),
        QT_TRANSLATE_NOOP("ReportKinds",
                          "Every view, change, print and export of member information on this computer."),
        "audit-log.pdf"),
}
_EITHER = frozenset({"outcomes"})  # caseload reports that can also be made for one member


def report_choices() -> list[ReportChoice]:
    keys = [k for k in _KNOWN if k in KINDS] + sorted(k for k in KINDS if k not in _KNOWN)
    return [_choice(key) for key in keys]


def _choice(key: str) -> ReportChoice:
    title, description, file_name = _KNOWN.get(key, (key, "", f"{key}.pdf"))
    if key in _KNOWN:
        title = QCoreApplication.translate(_C, title)
        description = QCoreApplication.translate(_C, description)
    scope = Scope.MEMBER if KINDS[key].needs_member else Scope.EITHER if key in _EITHER else Scope.CASELOAD
    return ReportChoice(key, title, description, scope, file_name)


def _arguments(request: ReportRequest) -> dict[str, object]:
    options: dict[str, object] = {}
    if request.status:
        options["status"] = request.status
    if request.nurse:
        options["nurse"] = request.nurse
    return dict(member_id=request.member_id, lang=request.language, large_print=request.large_print,
                password=request.password, **options)


def save_pdf(session: Session, actor: Actor, request: ReportRequest, path: str) -> Path:
    """Write the report to ``path`` (the save dialog already asked before replacing a file)."""
    return export(session, actor, request.kind, Path(path), overwrite=True, **_arguments(request))


def printable_pdf(session: Session, actor: Actor, request: ReportRequest) -> bytes:
    return render(session, actor, request.kind, **_arguments(request))  # type: ignore[arg-type]


def nurses(session: Session) -> list[str]:
    return caseload_data.nurses(session)
