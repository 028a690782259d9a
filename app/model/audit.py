"""The append-only, hash-chained audit trail (DESIGN.md §6)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.model.enums import AuditAction, DataCategory
from app.store.base import Base, enum_type, new_id, utcnow


class AuditEvent(Base):
    """One audited act. Not a Syncable row: it is never updated, so it syncs by its ``seq`` watermark."""

    __tablename__ = "audit_event"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    user: Mapped[str] = mapped_column(String(64))
    device: Mapped[str] = mapped_column(String(64))
    action: Mapped[AuditAction] = mapped_column(enum_type(AuditAction))
    entity_type: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[str] = mapped_column(String(36), default="")
    member_id: Mapped[str | None] = mapped_column(String(36), index=True)
    category: Mapped[DataCategory] = mapped_column(enum_type(DataCategory))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # never PHI: ids, field names
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = {"sqlite_autoincrement": True}
