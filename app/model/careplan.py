"""The individualized care plan: problems → goals → interventions, barriers, referrals, reviews."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.model.enums import (
    AgreementMethod,
    BarrierKind,
    BarrierStatus,
    CareDomain,
    CarePlanStatus,
    GoalStatus,
    GoalTerm,
    InterventionStatus,
    InterventionType,
    ProblemStatus,
    ProposalDecision,
    ReferralStatus,
    ResponsibleParty,
)
from app.model.member import member_fk
from app.store.base import Base, Syncable, enum_type


def parent_fk(table: str) -> Mapped[str]:
    return mapped_column(String(36), ForeignKey(f"{table}.id"), index=True)


class CarePlan(Syncable, Base):
    member_id: Mapped[str] = member_fk()
    status: Mapped[CarePlanStatus] = mapped_column(enum_type(CarePlanStatus), default=CarePlanStatus.DRAFT)
    started_on: Mapped[date]
    review_due_on: Mapped[date | None]
    last_reviewed_on: Mapped[date | None]
    self_management_plan: Mapped[str] = mapped_column(Text, default="")
    follow_up_schedule: Mapped[str] = mapped_column(Text, default="")
    caregiver_involvement: Mapped[str] = mapped_column(Text, default="")
    communicated_to_pcp_on: Mapped[date | None]


class Problem(Syncable, Base):
    member_id: Mapped[str] = member_fk()
    care_plan_id: Mapped[str] = parent_fk("care_plan")
    domain: Mapped[CareDomain] = mapped_column(enum_type(CareDomain))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[ProblemStatus] = mapped_column(enum_type(ProblemStatus), default=ProblemStatus.ACTIVE)
    # manual, library:<key> or assessment:<id>
    source: Mapped[str] = mapped_column(String(60), default="manual")


class Goal(Syncable, Base):
    member_id: Mapped[str] = member_fk()
    problem_id: Mapped[str] = parent_fk("problem")
    text: Mapped[str] = mapped_column(Text)
    member_words: Mapped[str] = mapped_column(Text, default="")
    term: Mapped[GoalTerm] = mapped_column(enum_type(GoalTerm), default=GoalTerm.SHORT)
    target_on: Mapped[date | None]
    measure: Mapped[str] = mapped_column(String(200), default="")
    baseline: Mapped[str] = mapped_column(String(100), default="")
    target_value: Mapped[str] = mapped_column(String(100), default="")
    priority: Mapped[int] = mapped_column(Integer, default=0)
    member_priority: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[GoalStatus] = mapped_column(enum_type(GoalStatus), default=GoalStatus.NOT_STARTED)


class Intervention(Syncable, Base):
    member_id: Mapped[str] = member_fk()
    goal_id: Mapped[str] = parent_fk("goal")
    type: Mapped[InterventionType] = mapped_column(enum_type(InterventionType))
    description: Mapped[str] = mapped_column(Text)
    responsible: Mapped[ResponsibleParty] = mapped_column(enum_type(ResponsibleParty))
    frequency: Mapped[str] = mapped_column(String(100), default="")
    due_on: Mapped[date | None]
    status: Mapped[InterventionStatus] = mapped_column(
        enum_type(InterventionStatus), default=InterventionStatus.PLANNED
    )
    completed_on: Mapped[date | None]


class Barrier(Syncable, Base):
    member_id: Mapped[str] = member_fk()
    goal_id: Mapped[str] = parent_fk("goal")
    kind: Mapped[BarrierKind] = mapped_column(enum_type(BarrierKind))
    description: Mapped[str] = mapped_column(Text, default="")
    plan_to_address: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[BarrierStatus] = mapped_column(enum_type(BarrierStatus), default=BarrierStatus.OPEN)


class Referral(Syncable, Base):
    """A referral to a community resource, and whether the member acted on it."""

    member_id: Mapped[str] = member_fk()
    care_plan_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("care_plan.id"))
    goal_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("goal.id"))
    resource_name: Mapped[str] = mapped_column(String(200))
    resource_type: Mapped[str] = mapped_column(String(60), default="")
    resource_contact: Mapped[str] = mapped_column(Text, default="")
    referred_on: Mapped[date | None]
    status: Mapped[ReferralStatus] = mapped_column(enum_type(ReferralStatus), default=ReferralStatus.PROPOSED)
    follow_up_on: Mapped[date | None]
    outcome: Mapped[str] = mapped_column(Text, default="")


class ProgressReview(Syncable, Base):
    member_id: Mapped[str] = member_fk()
    goal_id: Mapped[str] = parent_fk("goal")
    reviewed_on: Mapped[date]
    note: Mapped[str] = mapped_column(Text, default="")
    status_before: Mapped[GoalStatus | None] = mapped_column(enum_type(GoalStatus))
    status_after: Mapped[GoalStatus | None] = mapped_column(enum_type(GoalStatus))


class PlanAgreement(Syncable, Base):
    """The member's agreement to the plan; the signature image stays inside the encrypted database."""

    member_id: Mapped[str] = member_fk()
    care_plan_id: Mapped[str] = parent_fk("care_plan")
    agreed_on: Mapped[date]
    method: Mapped[AgreementMethod] = mapped_column(enum_type(AgreementMethod))
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    caregiver_participated: Mapped[bool] = mapped_column(default=False)
    caregiver_name: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class CarePlanVersion(Syncable, Base):
    """The whole plan as it stood (problems, goals, interventions, barriers, referrals, plan fields), as
    JSON. One row per editing session (successive edits by the same person on the same device within a
    short window update the latest row) and one per milestone (review, agreement, restore)."""

    member_id: Mapped[str] = member_fk()
    care_plan_id: Mapped[str] = parent_fk("care_plan")
    number: Mapped[int] = mapped_column(Integer)
    taken_at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(String(20), default="edit")  # edit, review, agreement, restore
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)


class PlanProposal(Syncable, Base):
    """The nurse's decision on a problem an assessment proposed, so a dismissed one is not offered again."""

    member_id: Mapped[str] = member_fk()
    source: Mapped[str] = mapped_column(String(60))  # "assessment:<response id>"
    key: Mapped[str] = mapped_column(String(60))  # the finding, e.g. "phq9_moderate", "food"
    decision: Mapped[ProposalDecision] = mapped_column(enum_type(ProposalDecision))
    decided_on: Mapped[date]
    problem_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("problem.id"))
    note: Mapped[str] = mapped_column(Text, default="")
