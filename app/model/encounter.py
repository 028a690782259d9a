"""Encounters (visits, calls, attempts, conferences) and the addenda that amend signed ones."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.model.enums import (
    AddendumKind,
    Channel,
    ContactOutcome,
    Direction,
    EncounterKind,
    EncounterStatus,
)
from app.model.member import member_fk
from app.store.base import Base, Syncable, enum_type


class Encounter(Syncable, Base):
    member_id: Mapped[str] = member_fk()
    kind: Mapped[EncounterKind] = mapped_column(enum_type(EncounterKind))
    direction: Mapped[Direction] = mapped_column(enum_type(Direction), default=Direction.OUTBOUND)
    channel: Mapped[Channel | None] = mapped_column(enum_type(Channel))
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    # The offset the nurse was in when the service happened; times themselves are UTC.
    utc_offset_minutes: Mapped[int] = mapped_column(Integer, default=0)
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    location: Mapped[str] = mapped_column(String(200), default="")
    outcome: Mapped[ContactOutcome | None] = mapped_column(enum_type(ContactOutcome))
    participants: Mapped[list[Any]] = mapped_column(JSON, default=list)
    interpreter_language: Mapped[str] = mapped_column(String(16), default="")
    template: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    vitals: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    linked_items: Mapped[list[Any]] = mapped_column(JSON, default=list)
    status: Mapped[EncounterStatus] = mapped_column(enum_type(EncounterStatus), default=EncounterStatus.DRAFT)
    signed_at: Mapped[datetime | None]
    signed_by: Mapped[str] = mapped_column(String(64), default="")
    error_reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_encounter_member_started", "member_id", "started_at"),
        # Note search walks this newest first (app/services/encounter_reports.py).
        Index("ix_encounter_started_live", "started_at", sqlite_where=text("deleted = 0")),
    )


class Addendum(Syncable, Base):
    """New information, a late entry or a correction attached to a signed encounter."""

    member_id: Mapped[str] = member_fk()
    encounter_id: Mapped[str] = mapped_column(String(36), ForeignKey("encounter.id"), index=True)
    kind: Mapped[AddendumKind] = mapped_column(enum_type(AddendumKind))
    text: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")
    service_date: Mapped[date | None]  # for a late entry: the earlier date of service it is about
    signed_at: Mapped[datetime | None]
    signed_by: Mapped[str] = mapped_column(String(64), default="")
