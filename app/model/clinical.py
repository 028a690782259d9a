"""The clinical record: conditions, medications, allergies, utilization and consents."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.model.enums import (
    Adherence,
    AllergyCategory,
    AllergyStatus,
    ConditionStatus,
    ConsentDecision,
    ConsentKind,
    ConsentMethod,
    MedicationRoute,
    MedicationStatus,
    Severity,
    UtilizationKind,
)
from app.model.member import member_fk
from app.store.base import Base, Syncable, enum_type


class Condition(Syncable, Base):
    member_id: Mapped[str] = member_fk()
    icd10_code: Mapped[str] = mapped_column(String(8))
    description: Mapped[str] = mapped_column(String(300))
    onset_on: Mapped[date | None]
    status: Mapped[ConditionStatus] = mapped_column(
        enum_type(ConditionStatus), default=ConditionStatus.ACTIVE
    )
    is_primary: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class Medication(Syncable, Base):
    member_id: Mapped[str] = member_fk()
    name: Mapped[str] = mapped_column(String(200))
    dose: Mapped[str] = mapped_column(String(100), default="")
    route: Mapped[MedicationRoute] = mapped_column(enum_type(MedicationRoute), default=MedicationRoute.ORAL)
    frequency: Mapped[str] = mapped_column(String(100), default="")
    indication: Mapped[str] = mapped_column(String(200), default="")
    prescriber: Mapped[str] = mapped_column(String(200), default="")
    started_on: Mapped[date | None]
    stopped_on: Mapped[date | None]
    stop_reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[MedicationStatus] = mapped_column(
        enum_type(MedicationStatus), default=MedicationStatus.ACTIVE
    )
    adherence: Mapped[Adherence] = mapped_column(enum_type(Adherence), default=Adherence.UNKNOWN)
    last_reconciled_at: Mapped[datetime | None]
    last_reconciled_by: Mapped[str] = mapped_column(String(64), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Allergy(Syncable, Base):
    member_id: Mapped[str] = member_fk()
    substance: Mapped[str] = mapped_column(String(200))
    category: Mapped[AllergyCategory] = mapped_column(enum_type(AllergyCategory))
    reaction: Mapped[str] = mapped_column(String(200), default="")
    severity: Mapped[Severity] = mapped_column(enum_type(Severity), default=Severity.UNKNOWN)
    status: Mapped[AllergyStatus] = mapped_column(enum_type(AllergyStatus), default=AllergyStatus.ACTIVE)
    noted_on: Mapped[date | None]


class UtilizationEvent(Syncable, Base):
    """An ED visit, admission, readmission, observation or SNF stay."""

    member_id: Mapped[str] = member_fk()
    kind: Mapped[UtilizationKind] = mapped_column(enum_type(UtilizationKind))
    facility: Mapped[str] = mapped_column(String(200), default="")
    admitted_on: Mapped[date]
    discharged_on: Mapped[date | None]
    diagnosis_code: Mapped[str] = mapped_column(String(8), default="")
    diagnosis_text: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_utilization_event_member_date", "member_id", "admitted_on"),)


class Consent(Syncable, Base):
    member_id: Mapped[str] = member_fk()
    kind: Mapped[ConsentKind] = mapped_column(enum_type(ConsentKind))
    decision: Mapped[ConsentDecision] = mapped_column(enum_type(ConsentDecision))
    decided_on: Mapped[date]
    method: Mapped[ConsentMethod] = mapped_column(enum_type(ConsentMethod))
    expires_on: Mapped[date | None]
    contact_id: Mapped[str | None] = mapped_column(String(36))  # whom a disclosure authorization names
    notes: Mapped[str] = mapped_column(Text, default="")
