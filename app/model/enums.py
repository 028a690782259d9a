"""Controlled vocabularies. Values are stored as text and checked by the database too."""

from __future__ import annotations

from enum import StrEnum


class RiskTier(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class MemberStatus(StrEnum):
    IDENTIFIED = "identified"
    OUTREACH = "outreach"
    ENROLLED = "enrolled"
    DECLINED = "declined"
    UNABLE_TO_REACH = "unable_to_reach"
    CLOSED = "closed"


class ClosureReason(StrEnum):
    GOALS_MET = "goals_met"
    DECLINED = "declined"
    UNABLE_TO_REACH = "unable_to_reach"
    MOVED = "moved"
    DISENROLLED = "disenrolled"
    DECEASED = "deceased"
    OTHER = "other"


class Program(StrEnum):
    BASIC_CM = "basic_cm"
    COMPLEX_CM = "complex_cm"
    BH_COMPLEX_CM = "bh_complex_cm"
    TRANSPLANT = "transplant"
    HIGH_RISK_OB = "high_risk_ob"


class LineOfBusiness(StrEnum):
    MA = "ma"
    SNP = "snp"
    MEDI_CAL = "mcl"
    CMC = "cmc"
    COMMERCIAL = "commercial"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class ReferralSource(StrEnum):
    PROVIDER = "provider"
    SELF = "self"
    DISCHARGE_PLANNING = "discharge_planning"
    UTILIZATION_DATA = "utilization_data"


class ContactRole(StrEnum):
    CAREGIVER = "caregiver"
    FAMILY = "family"
    SURROGATE = "surrogate_decision_maker"
    EMERGENCY = "emergency_contact"
    OTHER = "other"


class CareTeamRole(StrEnum):
    PCP = "pcp"
    SPECIALIST = "specialist"
    BH_CLINICIAN = "bh_clinician"
    PHARMACIST = "pharmacist"
    SOCIAL_WORKER = "social_worker"
    COMMUNITY_RESOURCE = "community_resource"
    OTHER = "other"


class ConditionStatus(StrEnum):
    ACTIVE = "active"
    REMISSION = "remission"
    RESOLVED = "resolved"
    INACTIVE = "inactive"


class MedicationStatus(StrEnum):
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    STOPPED = "stopped"


class MedicationRoute(StrEnum):
    ORAL = "oral"
    SUBLINGUAL = "sublingual"
    INHALED = "inhaled"
    SUBCUTANEOUS = "subcutaneous"
    INTRAMUSCULAR = "intramuscular"
    INTRAVENOUS = "intravenous"
    TOPICAL = "topical"
    TRANSDERMAL = "transdermal"
    OPHTHALMIC = "ophthalmic"
    OTIC = "otic"
    NASAL = "nasal"
    RECTAL = "rectal"
    OTHER = "other"


class Adherence(StrEnum):
    ADHERENT = "adherent"
    PARTIAL = "partially_adherent"
    NON_ADHERENT = "non_adherent"
    UNKNOWN = "unknown"


class AllergyCategory(StrEnum):
    MEDICATION = "medication"
    FOOD = "food"
    ENVIRONMENT = "environment"
    OTHER = "other"


class Severity(StrEnum):
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"
    UNKNOWN = "unknown"


class AllergyStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    REFUTED = "refuted"


class UtilizationKind(StrEnum):
    ED_VISIT = "ed_visit"
    ADMISSION = "admission"
    READMISSION = "readmission"
    OBSERVATION = "observation"
    SNF_STAY = "snf_stay"


class ConsentKind(StrEnum):
    PROGRAM_PARTICIPATION = "program_participation"
    HIPAA_AUTHORIZATION = "hipaa_authorization"
    INFORMATION_SHARING = "information_sharing"
    TELEHEALTH = "telehealth"


class ConsentDecision(StrEnum):
    GIVEN = "given"
    DECLINED = "declined"
    REVOKED = "revoked"


class ConsentMethod(StrEnum):
    VERBAL = "verbal"
    WRITTEN = "written"
    ELECTRONIC = "electronic"


class EncounterKind(StrEnum):
    HOME_VISIT = "home_visit"
    TELEPHONIC = "telephonic"
    VIDEO = "video"
    CONTACT_ATTEMPT = "contact_attempt"
    CASE_CONFERENCE = "case_conference"
    PROVIDER_COMMUNICATION = "provider_communication"


class Direction(StrEnum):
    OUTBOUND = "outbound"
    INBOUND = "inbound"


class Channel(StrEnum):
    PHONE = "phone"
    TEXT = "text"
    MAIL = "mail"
    VISIT = "visit"
    VIDEO = "video"


class ContactOutcome(StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    VOICEMAIL = "voicemail"
    WRONG_NUMBER = "wrong_number"
    DECLINED = "declined"


class EncounterStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"
    AMENDED = "amended"
    ENTERED_IN_ERROR = "entered_in_error"


class AddendumKind(StrEnum):
    ADDENDUM = "addendum"
    LATE_ENTRY = "late_entry"
    CORRECTION = "correction"


class AssessmentStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"


class AlertStatus(StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"


class CarePlanStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    CLOSED = "closed"


class CareDomain(StrEnum):
    HEALTH_STATUS = "health_status"
    CLINICAL_HISTORY = "clinical_history"
    FUNCTIONAL = "functional"
    BEHAVIORAL = "behavioral"
    SOCIAL = "social"
    LIFE_PLANNING = "life_planning"
    CULTURAL_LINGUISTIC = "cultural_linguistic"
    VISION_HEARING = "vision_hearing"
    CAREGIVER = "caregiver"
    BENEFITS = "benefits"
    COMMUNITY = "community"


class ProblemStatus(StrEnum):
    ACTIVE = "active"
    RESOLVED = "resolved"
    INACTIVE = "inactive"


class GoalTerm(StrEnum):
    SHORT = "short"
    LONG = "long"


class GoalStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    MET = "met"
    PARTIALLY_MET = "partially_met"
    NOT_MET = "not_met"
    DISCONTINUED = "discontinued"


class InterventionType(StrEnum):
    EDUCATION = "education"
    COORDINATION = "coordination"
    REFERRAL = "referral"
    MONITORING = "monitoring"
    COUNSELING = "counseling"
    OTHER = "other"


class ResponsibleParty(StrEnum):
    NURSE = "nurse"
    MEMBER = "member"
    CAREGIVER = "caregiver"
    PCP = "pcp"
    SPECIALIST = "specialist"
    PHARMACIST = "pharmacist"
    SOCIAL_WORKER = "social_worker"
    COMMUNITY = "community"


class InterventionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    DISCONTINUED = "discontinued"


class BarrierKind(StrEnum):
    TRANSPORTATION = "transportation"
    COST = "cost"
    HEALTH_LITERACY = "health_literacy"
    LANGUAGE = "language"
    COGNITION = "cognition"
    MOTIVATION = "motivation"
    HOUSING = "housing"
    OTHER = "other"


class BarrierStatus(StrEnum):
    OPEN = "open"
    ADDRESSED = "addressed"
    RESOLVED = "resolved"


class ReferralStatus(StrEnum):
    PROPOSED = "proposed"
    SENT = "sent"
    ACCEPTED = "accepted"
    COMPLETED = "completed"
    DECLINED = "declined"
    NO_SHOW = "no_show"


class AgreementMethod(StrEnum):
    VERBAL = "verbal"
    WRITTEN = "written"
    E_SIGNATURE = "e_signature"


class ProposalDecision(StrEnum):
    """What the nurse did with a care-plan proposal an assessment made."""

    ACCEPTED = "accepted"
    DISMISSED = "dismissed"


class TaskKind(StrEnum):
    INITIAL_ASSESSMENT = "initial_assessment"
    CARE_PLAN = "care_plan"
    FOLLOW_UP_CONTACT = "follow_up_contact"
    REASSESSMENT = "reassessment"
    CARE_PLAN_REVIEW = "care_plan_review"
    REFERRAL_FOLLOW_UP = "referral_follow_up"
    PARTICIPATION_REVIEW = "participation_review"  # the program's minimum participation days are reached
    OUTREACH = "outreach"
    VISIT = "visit"
    MANUAL = "manual"


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    SNOOZED = "snoozed"
    CANCELLED = "cancelled"


class TaskOrigin(StrEnum):
    RULE = "rule"
    MANUAL = "manual"


class ReviewStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    DENIED = "denied"


class ConflictStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


class AuditAction(StrEnum):
    VIEW = "view"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    SIGN = "sign"
    PRINT = "print"
    EXPORT = "export"
    LOGIN = "login"
    UNLOCK = "unlock"
    FAILED_UNLOCK = "failed_unlock"
    LOCK = "lock"
    SYNC = "sync"
    CONFLICT_RESOLVED = "conflict_resolved"
    PASSPHRASE_CHANGED = "passphrase_changed"
    EMERGENCY_ACCESS = "emergency_access"


class DataCategory(StrEnum):
    """What kind of PHI an audited action touched (ONC §170.315(d)(2) wants it named)."""

    DEMOGRAPHICS = "demographics"
    CONTACTS = "contacts"
    CARE_TEAM = "care_team"
    CONDITIONS = "conditions"
    MEDICATIONS = "medications"
    ALLERGIES = "allergies"
    UTILIZATION = "utilization"
    CONSENTS = "consents"
    ENCOUNTERS = "encounters"
    ASSESSMENTS = "assessments"
    CARE_PLAN = "care_plan"
    TASKS = "tasks"
    CHART = "chart"
    SYSTEM = "system"
