"""Structured assessments and the safety alerts they raise."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.model.enums import AlertStatus, AssessmentStatus
from app.model.member import member_fk
from app.store.base import Base, Syncable, enum_type


class AssessmentResponse(Syncable, Base):
    member_id: Mapped[str] = member_fk()
    instrument_id: Mapped[str] = mapped_column(String(40))
    instrument_version: Mapped[str] = mapped_column(String(20))
    encounter_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("encounter.id"))
    language: Mapped[str] = mapped_column(String(16), default="en")
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    total: Mapped[int | None] = mapped_column(Integer)
    band: Mapped[str] = mapped_column(String(40), default="")
    flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    subscores: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    conclusions: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # per-domain, by the nurse
    status: Mapped[AssessmentStatus] = mapped_column(
        enum_type(AssessmentStatus), default=AssessmentStatus.IN_PROGRESS
    )
    started_at: Mapped[datetime]
    completed_at: Mapped[datetime | None]
    completed_by: Mapped[str] = mapped_column(String(64), default="")

    __table_args__ = (Index("ix_assessment_response_member_instrument", "member_id", "instrument_id"),)


class SafetyAlert(Syncable, Base):
    """A flag that must be acknowledged with the action taken (e.g. PHQ-9 item 9 > 0)."""

    member_id: Mapped[str] = member_fk()
    kind: Mapped[str] = mapped_column(String(40))
    source_id: Mapped[str | None] = mapped_column(String(36))
    raised_at: Mapped[datetime]
    status: Mapped[AlertStatus] = mapped_column(enum_type(AlertStatus), default=AlertStatus.OPEN)
    acknowledged_at: Mapped[datetime | None]
    acknowledged_by: Mapped[str] = mapped_column(String(64), default="")
    action_taken: Mapped[str] = mapped_column(Text, default="")
