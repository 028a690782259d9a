"""The text behind each stored enum value, marked for translation where lupdate finds it.

Kept apart from ``labels.py`` because it is data: one line per value.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.model import enums as e

LABELS: dict[type[enum.StrEnum], dict[str, str]] = {
    e.RiskTier: {
        "high": QT_TRANSLATE_NOOP("Labels", "High"),
        "medium": QT_TRANSLATE_NOOP("Labels", "Medium"),
        "low": QT_TRANSLATE_NOOP("Labels", "Low"),
    },
    e.MemberStatus: {
        "identified": QT_TRANSLATE_NOOP("Labels", "Identified"),
        "outreach": QT_TRANSLATE_NOOP("Labels", "Outreach"),
        "enrolled": QT_TRANSLATE_NOOP("Labels", "Enrolled"),
        "declined": QT_TRANSLATE_NOOP("Labels", "Declined"),
        "unable_to_reach": QT_TRANSLATE_NOOP("Labels", "Unable to reach"),
        "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    },
    e.Program: {
        "basic_cm": QT_TRANSLATE_NOOP("Labels", "Basic case management"),
        "complex_cm": QT_TRANSLATE_NOOP("Labels", "Complex case management"),
        "bh_complex_cm": QT_TRANSLATE_NOOP("Labels", "Behavioral health complex CM"),
        "transplant": QT_TRANSLATE_NOOP("Labels", "Transplant"),
        "high_risk_ob": QT_TRANSLATE_NOOP("Labels", "High-risk OB"),
    },
    e.LineOfBusiness: {
        "ma": QT_TRANSLATE_NOOP("Labels", "Medicare Advantage"),
        "snp": QT_TRANSLATE_NOOP("Labels", "Special needs plan"),
        "mcl": QT_TRANSLATE_NOOP("Labels", "Medi-Cal"),
        "cmc": QT_TRANSLATE_NOOP("Labels", "Cal MediConnect"),
        "commercial": QT_TRANSLATE_NOOP("Labels", "Commercial"),
    },
    e.Sex: {
        "female": QT_TRANSLATE_NOOP("Labels", "Female"),
        "male": QT_TRANSLATE_NOOP("Labels", "Male"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
        "unknown": QT_TRANSLATE_NOOP("Labels", "Unknown"),
    },
    e.ReferralSource: {
        "provider": QT_TRANSLATE_NOOP("Labels", "Provider referral"),
        "self": QT_TRANSLATE_NOOP("Labels", "Self-referral"),
        "discharge_planning": QT_TRANSLATE_NOOP("Labels", "Discharge planning"),
        "utilization_data": QT_TRANSLATE_NOOP("Labels", "Utilization data"),
    },
    e.ContactRole: {
        "caregiver": QT_TRANSLATE_NOOP("Labels", "Caregiver"),
        "family": QT_TRANSLATE_NOOP("Labels", "Family"),
        "surrogate_decision_maker": QT_TRANSLATE_NOOP("Labels", "Surrogate decision-maker"),
        "emergency_contact": QT_TRANSLATE_NOOP("Labels", "Emergency contact"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    e.CareTeamRole: {
        "pcp": QT_TRANSLATE_NOOP("Labels", "PCP"),
        "specialist": QT_TRANSLATE_NOOP("Labels", "Specialist"),
        "bh_clinician": QT_TRANSLATE_NOOP("Labels", "Behavioral health clinician"),
        "pharmacist": QT_TRANSLATE_NOOP("Labels", "Pharmacist"),
        "social_worker": QT_TRANSLATE_NOOP("Labels", "Social worker"),
        "community_resource": QT_TRANSLATE_NOOP("Labels", "Community resource"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    e.ConditionStatus: {
        "active": QT_TRANSLATE_NOOP("Labels", "Active"),
        "remission": QT_TRANSLATE_NOOP("Labels", "In remission"),
        "resolved": QT_TRANSLATE_NOOP("Labels", "Resolved"),
        "inactive": QT_TRANSLATE_NOOP("Labels", "Inactive"),
    },
    e.MedicationStatus: {
        "active": QT_TRANSLATE_NOOP("Labels", "Active"),
        "on_hold": QT_TRANSLATE_NOOP("Labels", "On hold"),
        "stopped": QT_TRANSLATE_NOOP("Labels", "Stopped"),
    },
    e.MedicationRoute: {
        "oral": QT_TRANSLATE_NOOP("Labels", "Oral"),
        "sublingual": QT_TRANSLATE_NOOP("Labels", "Sublingual"),
        "inhaled": QT_TRANSLATE_NOOP("Labels", "Inhaled"),
        "subcutaneous": QT_TRANSLATE_NOOP("Labels", "Subcutaneous"),
        "intramuscular": QT_TRANSLATE_NOOP("Labels", "Intramuscular"),
        "intravenous": QT_TRANSLATE_NOOP("Labels", "Intravenous"),
        "topical": QT_TRANSLATE_NOOP("Labels", "Topical"),
        "transdermal": QT_TRANSLATE_NOOP("Labels", "Transdermal"),
        "ophthalmic": QT_TRANSLATE_NOOP("Labels", "Eye (ophthalmic)"),
        "otic": QT_TRANSLATE_NOOP("Labels", "Ear (otic)"),
        "nasal": QT_TRANSLATE_NOOP("Labels", "Nasal"),
        "rectal": QT_TRANSLATE_NOOP("Labels", "Rectal"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    e.Adherence: {
        "adherent": QT_TRANSLATE_NOOP("Labels", "Takes as prescribed"),
        "partially_adherent": QT_TRANSLATE_NOOP("Labels", "Sometimes misses"),
        "non_adherent": QT_TRANSLATE_NOOP("Labels", "Not taking"),
        "unknown": QT_TRANSLATE_NOOP("Labels", "Not assessed"),
    },
    e.AllergyCategory: {
        "medication": QT_TRANSLATE_NOOP("Labels", "Medication"),
        "food": QT_TRANSLATE_NOOP("Labels", "Food"),
        "environment": QT_TRANSLATE_NOOP("Labels", "Environment"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    e.Severity: {
        "mild": QT_TRANSLATE_NOOP("Labels", "Mild"),
        "moderate": QT_TRANSLATE_NOOP("Labels", "Moderate"),
        "severe": QT_TRANSLATE_NOOP("Labels", "Severe"),
        "unknown": QT_TRANSLATE_NOOP("Labels", "Unknown"),
    },
    e.AllergyStatus: {
        "active": QT_TRANSLATE_NOOP("Labels", "Active"),
        "inactive": QT_TRANSLATE_NOOP("Labels", "Inactive"),
        "refuted": QT_TRANSLATE_NOOP("Labels", "Refuted"),
    },
    e.UtilizationKind: {
        "ed_visit": QT_TRANSLATE_NOOP("Labels", "ED visit"),
        "admission": QT_TRANSLATE_NOOP("Labels", "Inpatient admission"),
        "readmission": QT_TRANSLATE_NOOP("Labels", "Readmission"),
        "observation": QT_TRANSLATE_NOOP("Labels", "Observation stay"),
        "snf_stay": QT_TRANSLATE_NOOP("Labels", "SNF stay"),
    },
    e.ConsentKind: {
        "program_participation": QT_TRANSLATE_NOOP("Labels", "Program participation"),
        "hipaa_authorization": QT_TRANSLATE_NOOP("Labels", "HIPAA authorization"),
        "information_sharing": QT_TRANSLATE_NOOP("Labels", "Information sharing"),
        "telehealth": QT_TRANSLATE_NOOP("Labels", "Telehealth"),
    },
    e.ConsentDecision: {
        "given": QT_TRANSLATE_NOOP("Labels", "Given"),
        "declined": QT_TRANSLATE_NOOP("Labels", "Declined"),
        "revoked": QT_TRANSLATE_NOOP("Labels", "Revoked"),
    },
    e.ConsentMethod: {
        "verbal": QT_TRANSLATE_NOOP("Labels", "Verbal"),
        "written": QT_TRANSLATE_NOOP("Labels", "Written"),
        "electronic": QT_TRANSLATE_NOOP("Labels", "Electronic"),
    },
    e.AuditAction: {
        "view": QT_TRANSLATE_NOOP("Labels", "Viewed"),
        "create": QT_TRANSLATE_NOOP("Labels", "Added"),
        "update": QT_TRANSLATE_NOOP("Labels", "Changed"),
        "delete": QT_TRANSLATE_NOOP("Labels", "Removed"),
        "sign": QT_TRANSLATE_NOOP("Labels", "Signed"),
        "print": QT_TRANSLATE_NOOP("Labels", "Printed"),
        "export": QT_TRANSLATE_NOOP("Labels", "Exported"),
        "emergency_access": QT_TRANSLATE_NOOP("Labels", "Emergency access"),
        "conflict_resolved": QT_TRANSLATE_NOOP("Labels", "Conflict resolved"),
        "sync": QT_TRANSLATE_NOOP("Labels", "Synced"),
    },
    e.AssessmentStatus: {
        "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
        "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
    },
    e.DataCategory: {
        "demographics": QT_TRANSLATE_NOOP("Labels", "Demographics"),
        "contacts": QT_TRANSLATE_NOOP("Labels", "Contacts"),
        "care_team": QT_TRANSLATE_NOOP("Labels", "Care team"),
        "conditions": QT_TRANSLATE_NOOP("Labels", "Conditions"),
        "medications": QT_TRANSLATE_NOOP("Labels", "Medications"),
        "allergies": QT_TRANSLATE_NOOP("Labels", "Allergies"),
        "utilization": QT_TRANSLATE_NOOP("Labels", "Utilization"),
        "consents": QT_TRANSLATE_NOOP("Labels", "Consents"),
        "encounters": QT_TRANSLATE_NOOP("Labels", "Encounters"),
        "assessments": QT_TRANSLATE_NOOP("Labels", "Assessments"),
        "care_plan": QT_TRANSLATE_NOOP("Labels", "Care plan"),
        "tasks": QT_TRANSLATE_NOOP("Labels", "Tasks"),
        "chart": QT_TRANSLATE_NOOP("Labels", "Chart"),
        "system": QT_TRANSLATE_NOOP("Labels", "System"),
    },
}

# Tables are narrow: programs by the names nurses use among themselves.
SHORT: dict[type[enum.StrEnum], dict[str, str]] = {
    e.Program: {
        "basic_cm": QT_TRANSLATE_NOOP("Labels", "Basic CM"),
        "complex_cm": QT_TRANSLATE_NOOP("Labels", "Complex CM"),
        "bh_complex_cm": QT_TRANSLATE_NOOP("Labels", "BH complex CM"),
        "transplant": QT_TRANSLATE_NOOP("Labels", "Transplant"),
        "high_risk_ob": QT_TRANSLATE_NOOP("Labels", "High-risk OB"),
    },
}

# Language names for the languages a California caseload meets most (labels.COMMON_LANGUAGES):
# Qt names languages in English only, so these are marked for translation. Others fall back to Qt's name.
LANGUAGE_NAMES: dict[str, str] = {
    "en": QT_TRANSLATE_NOOP("Languages", "English"),
    "es": QT_TRANSLATE_NOOP("Languages", "Spanish"),
    "zh": QT_TRANSLATE_NOOP("Languages", "Chinese"),
    "vi": QT_TRANSLATE_NOOP("Languages", "Vietnamese"),
    "tl": QT_TRANSLATE_NOOP("Languages", "Filipino"),
    "ko": QT_TRANSLATE_NOOP("Languages", "Korean"),
    "ru": QT_TRANSLATE_NOOP("Languages", "Russian"),
    "hy": QT_TRANSLATE_NOOP("Languages", "Armenian"),
    "fa": QT_TRANSLATE_NOOP("Languages", "Persian"),
    "ar": QT_TRANSLATE_NOOP("Languages", "Arabic"),
    "km": QT_TRANSLATE_NOOP("Languages", "Khmer"),
    "pa": QT_TRANSLATE_NOOP("Languages", "Punjabi"),
    "pt": QT_TRANSLATE_NOOP("Languages", "Portuguese"),
    "ja": QT_TRANSLATE_NOOP("Languages", "Japanese"),
}
