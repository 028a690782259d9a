"""Writing the shown audit rows as CSV: UTF-8 with a byte-order mark (so Excel reads accents), one header
row, owner-readable only (0600) like every file Carefield writes, and the export audited."""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from app.actor import Actor
from app.services import audit_log
from app.services.audit_log import AuditFilter


def write_csv(path: str | Path, header: Sequence[str], rows: Sequence[Sequence[str]]) -> Path:
    """Replace ``path`` (the save dialog already asked) with the header and rows."""
    out = Path(path)
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return out


def save_csv(session: Session, actor: Actor, path: str | Path, header: Sequence[str],
             rows: Sequence[Sequence[str]], wanted: AuditFilter) -> Path:
    """Write the file, then audit it (EXPORT of system data: the filter and the count, no names)."""
    out = write_csv(path, header, rows)
    audit_log.record_export(session, actor, wanted, file_format="csv", rows=len(rows))
    return out


def suggested_name(extension: str, today: date | None = None) -> str:
    """"audit-log-2026-11-20.csv": what the file is and when, never who."""
    return f"audit-log-{(today or date.today()).isoformat()}.{extension}"
