"""All ORM classes, importable from one place; importing this registers every table on Base.metadata."""

from app.model.assessment import AssessmentResponse, SafetyAlert
from app.model.audit import AuditEvent
from app.model.careplan import (
    Barrier,
    CarePlan,
    CarePlanVersion,
    Goal,
    Intervention,
    PlanAgreement,
    PlanProposal,
    Problem,
    ProgressReview,
    Referral,
)
from app.model.clinical import Allergy, Condition, Consent, Medication, UtilizationEvent
from app.model.emergency import EmergencyAccess
from app.model.encounter import Addendum, Encounter
from app.model.local import Conflict, Draft, OutboxEntry, SyncState
from app.model.member import CareTeamMember, ClosureRequest, Contact, Member, MemberStatusChange
from app.model.task import Task
from app.store.base import Base

SYNCABLE_MODELS = tuple(
    m.class_ for m in Base.registry.mappers if getattr(m.class_, "__syncable__", False)
)
MODEL_BY_TABLE = {m.__tablename__: m for m in SYNCABLE_MODELS}

__all__ = [
    "MODEL_BY_TABLE",
    "SYNCABLE_MODELS",
    "Addendum",
    "Allergy",
    "AssessmentResponse",
    "AuditEvent",
    "Barrier",
    "Base",
    "CarePlan",
    "CarePlanVersion",
    "CareTeamMember",
    "ClosureRequest",
    "Condition",
    "Conflict",
    "Consent",
    "Contact",
    "Draft",
    "EmergencyAccess",
    "Encounter",
    "Goal",
    "Intervention",
    "Medication",
    "Member",
    "MemberStatusChange",
    "OutboxEntry",
    "PlanAgreement",
    "PlanProposal",
    "Problem",
    "ProgressReview",
    "Referral",
    "SafetyAlert",
    "SyncState",
    "Task",
    "UtilizationEvent",
]
