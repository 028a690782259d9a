"""The registry of printable reports, and ``render`` / ``export`` over it.

Both audit one event (PRINT for bytes handed to a viewer or printer, EXPORT for a file written) naming
the report kind and the member, never PHI. Nothing touches the disk but the file ``export`` is asked for.
"""

from __future__ import annotations

import importlib
import logging
import os
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

from pypdf import PdfReader, PdfWriter
from sqlalchemy.orm import Session

from app.actor import Actor
from app.errors import ValidationError
from app.model.enums import AuditAction
from app.reports.base import ReportKind, ReportRequest
from app.reports.messages import LANGUAGES
from app.store import audit

log = logging.getLogger(__name__)

# Each module defines ``KIND = ReportKind(...)``.
_MODULES = ("care_plan", "provider_letter", "visit_summary", "outreach_log", "assessment", "caseload",
            "outcomes", "audit_report")


def _load() -> dict[str, ReportKind]:
    kinds: dict[str, ReportKind] = {}
    for name in _MODULES:
        try:
            module = importlib.import_module(f"app.reports.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"app.reports.{name}":
                raise
            log.warning("Report module %s is not installed", name)
            continue
        kind: ReportKind = module.KIND
        kinds[kind.key] = kind
    return kinds


KINDS: dict[str, ReportKind] = _load()


def render(session: Session, actor: Actor, kind: str, *, member_id: str | None = None,
           lang: str | None = None, large_print: bool = False, password: str | None = None,
           today: date | None = None, **options: Any) -> bytes:
    """The PDF of one report, in memory, audited as printed.

    ``lang`` None: the member's preferred language for reports written to the member (the care plan),
    else English. ``password``: AES-256 encrypted, the password needed to open it. ``options`` are the
    kind's own (``encounter_id`` for visit-summary, ``instrument_id`` for assessment …).
    """
    pdf, spec, request = _build(session, actor, kind, member_id, lang, large_print, password, today, options)
    _audit(session, actor, AuditAction.PRINT, spec, request, encrypted=password is not None)
    return pdf


def export(session: Session, actor: Actor, kind: str, out_path: Path, *, member_id: str | None = None,
           lang: str | None = None, large_print: bool = False, password: str | None = None,
           today: date | None = None, overwrite: bool = False, **options: Any) -> Path:
    """Write the report to ``out_path`` (refusing an existing file unless ``overwrite``), audited as exported.

    The file is created owner-readable only (0600): it holds PHI."""
    out_path = Path(out_path)
    if out_path.exists() and not overwrite:
        raise ValidationError("out_path", "already exists")
    pdf, spec, request = _build(session, actor, kind, member_id, lang, large_print, password, today, options)
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | (0 if overwrite else os.O_EXCL)
    with os.fdopen(os.open(out_path, flags, 0o600), "wb") as handle:
        handle.write(pdf)
    _audit(session, actor, AuditAction.EXPORT, spec, request, encrypted=password is not None)
    return out_path


def protect(pdf: bytes, password: str) -> bytes:
    """The same document, AES-256 encrypted: readers ask for ``password`` before showing anything."""
    if not password:
        raise ValidationError("password", "must not be empty")
    writer = PdfWriter(clone_from=PdfReader(BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def _build(session: Session, actor: Actor, kind: str, member_id: str | None, lang: str | None,
           large_print: bool, password: str | None, today: date | None, options: dict[str, Any]
           ) -> tuple[bytes, ReportKind, ReportRequest]:
    spec = _kind(kind)
    if spec.needs_member and not member_id:
        raise ValidationError("member", "is required for this report")
    unknown = sorted(set(options) - set(spec.options))
    if unknown:
        raise ValidationError(unknown[0], "is not an option of this report")
    request = ReportRequest(session, actor, member_id, _language(session, spec, member_id, lang), large_print,
                            today or date.today(), {k: v for k, v in options.items() if v is not None})
    pdf = spec.build(request).to_pdf()
    return (protect(pdf, password) if password is not None else pdf), spec, request


def _kind(key: str) -> ReportKind:
    if key not in KINDS:
        raise ValidationError("kind", f"must be one of {', '.join(sorted(KINDS))}")
    return KINDS[key]


def _language(session: Session, spec: ReportKind, member_id: str | None, lang: str | None) -> str:
    if lang is not None:
        if lang not in LANGUAGES:
            raise ValidationError("lang", f"must be one of {', '.join(LANGUAGES)}")
        return lang
    if spec.member_language and member_id:
        from app.services import members

        preferred = members.peek(session, member_id).preferred_language
        return preferred if preferred in LANGUAGES else "en"
    return "en"


def _audit(session: Session, actor: Actor, action: AuditAction, spec: ReportKind, request: ReportRequest, *,
           encrypted: bool) -> None:
    details: dict[str, Any] = {"report": spec.key, "lang": request.lang, "large_print": request.large_print,
                               "encrypted": encrypted}
    audit.record(session, actor, action, spec.category,
                 entity_type="member" if request.member_id else "report", entity_id=request.member_id or "",
                 member_id=request.member_id, details=details)
