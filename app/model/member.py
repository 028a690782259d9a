"""The member aggregate: the member, their people (contacts, care team) and status history."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.model.enums import (
    CareTeamRole,
    ClosureReason,
    ContactRole,
    LineOfBusiness,
    MemberStatus,
    Program,
    ReferralSource,
    ReviewStatus,
    RiskTier,
    Sex,
)
from app.store.base import Base, Syncable, enum_type


def member_fk() -> Mapped[str]:
    return mapped_column(String(36), ForeignKey("member.id", ondelete="CASCADE"), index=True)


class Member(Syncable, Base):
    # For the member row itself member_id == id, so every syncable row scopes the same way.
    member_id: Mapped[str] = mapped_column(String(36), index=True)
    plan_member_id: Mapped[str] = mapped_column(String(32), unique=True)
    first_name: Mapped[str] = mapped_column(String(100))
    middle_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100))
    preferred_name: Mapped[str] = mapped_column(String(100), default="")
    dob: Mapped[date]
    sex: Mapped[Sex] = mapped_column(enum_type(Sex), default=Sex.UNKNOWN)
    gender_identity: Mapped[str] = mapped_column(String(60), default="")
    pronouns: Mapped[str] = mapped_column(String(30), default="")
    preferred_language: Mapped[str] = mapped_column(String(16), default="en")
    interpreter_needed: Mapped[bool] = mapped_column(default=False)
    vision_needs: Mapped[str] = mapped_column(Text, default="")
    hearing_needs: Mapped[str] = mapped_column(Text, default="")
    cultural_notes: Mapped[str] = mapped_column(Text, default="")
    phone_primary: Mapped[str] = mapped_column(String(32), default="")
    phone_secondary: Mapped[str] = mapped_column(String(32), default="")
    phone_digits: Mapped[str] = mapped_column(String(80), default="")  # kept for search, derived
    email: Mapped[str] = mapped_column(String(200), default="")
    address_line1: Mapped[str] = mapped_column(String(200), default="")
    address_line2: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    state: Mapped[str] = mapped_column(String(2), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    confidential_address: Mapped[str] = mapped_column(Text, default="")
    preferred_contact_times: Mapped[str] = mapped_column(String(200), default="")
    health_plan: Mapped[str] = mapped_column(String(100), default="")
    line_of_business: Mapped[LineOfBusiness] = mapped_column(enum_type(LineOfBusiness))
    program: Mapped[Program] = mapped_column(enum_type(Program))
    risk_tier: Mapped[RiskTier] = mapped_column(enum_type(RiskTier))
    status: Mapped[MemberStatus] = mapped_column(enum_type(MemberStatus), default=MemberStatus.IDENTIFIED)
    referral_source: Mapped[ReferralSource | None] = mapped_column(enum_type(ReferralSource))
    referral_reason: Mapped[str] = mapped_column(Text, default="")
    identified_on: Mapped[date]
    outreach_started_on: Mapped[date | None]
    enrolled_on: Mapped[date | None]
    declined_on: Mapped[date | None]
    unable_to_reach_on: Mapped[date | None]
    closed_on: Mapped[date | None]
    closure_reason: Mapped[ClosureReason | None] = mapped_column(enum_type(ClosureReason))
    assigned_nurse: Mapped[str] = mapped_column(String(64), default="")
    no_known_allergies: Mapped[bool] = mapped_column(default=False)
    # Denormalised for the caseload list; the encounter and task services keep them current.
    last_contact_at: Mapped[datetime | None]
    next_due_on: Mapped[date | None]

    __table_args__ = (
        Index("ix_member_caseload", "deleted", "status", "risk_tier", "program"),
        Index("ix_member_name_dob", "last_name", "first_name", "dob"),
    )

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class MemberStatusChange(Syncable, Base):
    """One step of the program lifecycle: what changed, when, and why."""

    member_id: Mapped[str] = member_fk()
    from_status: Mapped[MemberStatus | None] = mapped_column(enum_type(MemberStatus))
    to_status: Mapped[MemberStatus] = mapped_column(enum_type(MemberStatus))
    changed_on: Mapped[date]
    reason: Mapped[str] = mapped_column(Text, default="")
    closure_reason: Mapped[ClosureReason | None] = mapped_column(enum_type(ClosureReason))


class ClosureRequest(Syncable, Base):
    """An ICT review request: closing for unable-to-reach or decline needs a supervisor's approval."""

    member_id: Mapped[str] = member_fk()
    reason: Mapped[ClosureReason] = mapped_column(enum_type(ClosureReason))
    note: Mapped[str] = mapped_column(Text, default="")
    requested_on: Mapped[date]
    status: Mapped[ReviewStatus] = mapped_column(enum_type(ReviewStatus), default=ReviewStatus.PENDING)
    decided_at: Mapped[datetime | None]
    decided_by: Mapped[str] = mapped_column(String(64), default="")
    decision_note: Mapped[str] = mapped_column(Text, default="")


class Contact(Syncable, Base):
    """A caregiver, family member, surrogate decision-maker or emergency contact."""

    member_id: Mapped[str] = member_fk()
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[ContactRole] = mapped_column(enum_type(ContactRole))
    relationship: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    preferred_language: Mapped[str] = mapped_column(String(16), default="")
    is_primary_caregiver: Mapped[bool] = mapped_column(default=False)
    hipaa_authorized: Mapped[bool] = mapped_column(default=False)
    hipaa_authorized_on: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")


class CareTeamMember(Syncable, Base):
    member_id: Mapped[str] = member_fk()
    role: Mapped[CareTeamRole] = mapped_column(enum_type(CareTeamRole))
    name: Mapped[str] = mapped_column(String(200))
    organization: Mapped[str] = mapped_column(String(200), default="")
    specialty: Mapped[str] = mapped_column(String(100), default="")
    npi: Mapped[str] = mapped_column(String(10), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    fax: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    is_medical_home: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
