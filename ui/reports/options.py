"""The choices a report is made with, read off the Reports screen and checked before anything runs."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True, slots=True)
class ReportRequest:
    kind: str  # a registry name: "caseload", "outcomes", "careplan" …
    member_id: str | None  # None: the whole caseload
    language: str | None  # "en" / "es"; None: the member's preferred language
    large_print: bool
    password: str | None
    status: str = ""  # caseload report: only members with this status ("" = all)
    nurse: str = ""  # caseload report: only members assigned to this nurse ("" = all)


def password_problem(protect: bool, password: str, confirm: str) -> str:
    """Why the password fields cannot be used yet ("" when they can)."""
    if not protect:
        return ""
    if not password:
        return QCoreApplication.translate("Reports", "Type a password to protect the PDF with.")
    if password != confirm:
        return QCoreApplication.translate("Reports", "The passwords do not match.")
    return ""
