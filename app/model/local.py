"""Tables that live only on the laptop: the outbox, sync state, conflicts and drafts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.model.enums import ConflictStatus
from app.store.base import Base, enum_type, new_id, utcnow


class OutboxEntry(Base):
    """One local change waiting to be pushed: the changed fields with their new values."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    member_id: Mapped[str | None] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(6))  # insert | update | delete
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    base_version: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(40))
    device_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]

    __table_args__ = {"sqlite_autoincrement": True}


class SyncState(Base):
    """Small key/value facts about this device: its id, the pull cursor, the token, the HLC."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Conflict(Base):
    """The same field changed here and on the server: both values kept for the nurse to decide."""

    __tablename__ = "conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    member_id: Mapped[str | None] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60))
    local_value: Mapped[Any] = mapped_column(JSON)
    server_value: Mapped[Any] = mapped_column(JSON)
    local_hlc: Mapped[str] = mapped_column(String(40), default="")
    server_hlc: Mapped[str] = mapped_column(String(40), default="")
    detected_at: Mapped[datetime] = mapped_column(default=utcnow)
    status: Mapped[ConflictStatus] = mapped_column(enum_type(ConflictStatus), default=ConflictStatus.OPEN)
    resolution: Mapped[str] = mapped_column(String(20), default="")
    resolved_at: Mapped[datetime | None]
    resolved_by: Mapped[str] = mapped_column(String(64), default="")


class Draft(Base):
    """Autosaved unsigned work (an encounter note being typed) so a crash loses nothing."""

    __tablename__ = "draft"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(40))
    member_id: Mapped[str | None] = mapped_column(String(36), index=True)
    entity_id: Mapped[str | None] = mapped_column(String(36))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    saved_at: Mapped[datetime] = mapped_column(default=utcnow)
