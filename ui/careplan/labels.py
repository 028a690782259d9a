"""Words for the care plan's stored values ("partially_met" → "Partially met", "pcp" → "PCP") and how each
status reads at a glance (its mark: done, active, waiting, attention, problem, stopped).

The texts use the "Labels" context of ``ui/widgets/label_texts.py`` and are registered into its table on
import (only for enums it does not list yet), so ``label()``, ``choices()`` and ``ChoiceEdit`` show them
everywhere. They belong in label_texts.py; moving them there changes nothing else.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.model import enums as e
from ui.widgets.label_texts import LABELS

CARE_PLAN_LABELS: dict[type[enum.StrEnum], dict[str, str]] = {
    e.CarePlanStatus: {
        "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
        "active": QT_TRANSLATE_NOOP("Labels", "Active"),
        "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    },
    e.CareDomain: {
        "health_status": QT_TRANSLATE_NOOP("Labels", "Health status"),
        "clinical_history": QT_TRANSLATE_NOOP("Labels", "Clinical history and medications"),
        "functional": QT_TRANSLATE_NOOP("Labels", "Daily activities (ADL/IADL)"),
        "behavioral": QT_TRANSLATE_NOOP("Labels", "Behavioral health"),
        "social": QT_TRANSLATE_NOOP("Labels", "Social needs"),
        "life_planning": QT_TRANSLATE_NOOP("Labels", "Life planning"),
        "cultural_linguistic": QT_TRANSLATE_NOOP("Labels", "Culture and language"),
        "vision_hearing": QT_TRANSLATE_NOOP("Labels", "Vision and hearing"),
        "caregiver": QT_TRANSLATE_NOOP("Labels", "Caregiver support"),
        "benefits": QT_TRANSLATE_NOOP("Labels", "Benefits"),
        "community": QT_TRANSLATE_NOOP("Labels", "Community resources"),
    },
    e.ProblemStatus: {
        "active": QT_TRANSLATE_NOOP("Labels", "Active"),
        "resolved": QT_TRANSLATE_NOOP("Labels", "Resolved"),
        "inactive": QT_TRANSLATE_NOOP("Labels", "Inactive"),
    },
    e.GoalTerm: {
        "short": QT_TRANSLATE_NOOP("Labels", "Short-term"),
        "long": QT_TRANSLATE_NOOP("Labels", "Long-term"),
    },
    e.GoalStatus: {
        "not_started": QT_TRANSLATE_NOOP("Labels", "Not started"),
        "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
        "met": QT_TRANSLATE_NOOP("Labels", "Met"),
        "partially_met": QT_TRANSLATE_NOOP("Labels", "Partially met"),
        "not_met": QT_TRANSLATE_NOOP("Labels", "Not met"),
        "discontinued": QT_TRANSLATE_NOOP("Labels", "Discontinued"),
    },
    e.InterventionType: {
        "education": QT_TRANSLATE_NOOP("Labels", "Education"),
        "coordination": QT_TRANSLATE_NOOP("Labels", "Care coordination"),
        "referral": QT_TRANSLATE_NOOP("Labels", "Referral"),
        "monitoring": QT_TRANSLATE_NOOP("Labels", "Monitoring"),
        "counseling": QT_TRANSLATE_NOOP("Labels", "Counseling"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    e.ResponsibleParty: {
        "nurse": QT_TRANSLATE_NOOP("Labels", "Nurse case manager"),
        "member": QT_TRANSLATE_NOOP("Labels", "Member"),
        "caregiver": QT_TRANSLATE_NOOP("Labels", "Caregiver"),
        "pcp": QT_TRANSLATE_NOOP("Labels", "PCP"),
        "specialist": QT_TRANSLATE_NOOP("Labels", "Specialist"),
        "pharmacist": QT_TRANSLATE_NOOP("Labels", "Pharmacist"),
        "social_worker": QT_TRANSLATE_NOOP("Labels", "Social worker"),
        "community": QT_TRANSLATE_NOOP("Labels", "Community resource"),
    },
    e.InterventionStatus: {
        "planned": QT_TRANSLATE_NOOP("Labels", "Planned"),
        "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
        "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
        "discontinued": QT_TRANSLATE_NOOP("Labels", "Discontinued"),
    },
    e.BarrierKind: {
        "transportation": QT_TRANSLATE_NOOP("Labels", "Transportation"),
        "cost": QT_TRANSLATE_NOOP("Labels", "Cost"),
        "health_literacy": QT_TRANSLATE_NOOP("Labels", "Health literacy"),
        "language": QT_TRANSLATE_NOOP("Labels", "Language"),
        "cognition": QT_TRANSLATE_NOOP("Labels", "Cognition"),
        "motivation": QT_TRANSLATE_NOOP("Labels", "Motivation"),
        "housing": QT_TRANSLATE_NOOP("Labels", "Housing"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    e.BarrierStatus: {
        "open": QT_TRANSLATE_NOOP("Labels", "Open"),
        "addressed": QT_TRANSLATE_NOOP("Labels", "Being addressed"),
        "resolved": QT_TRANSLATE_NOOP("Labels", "Resolved"),
    },
    e.ReferralStatus: {
        "proposed": QT_TRANSLATE_NOOP("Labels", "Proposed"),
        "sent": QT_TRANSLATE_NOOP("Labels", "Sent"),
        "accepted": QT_TRANSLATE_NOOP("Labels", "Accepted"),
        "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
        "declined": QT_TRANSLATE_NOOP("Labels", "Declined"),
        "no_show": QT_TRANSLATE_NOOP("Labels", "Did not go"),
    },
    e.AgreementMethod: {
        "verbal": QT_TRANSLATE_NOOP("Labels", "Verbal"),
        "written": QT_TRANSLATE_NOOP("Labels", "Written"),
        "e_signature": QT_TRANSLATE_NOOP("Labels", "Electronic signature"),
    },
}

for _cls, _texts in CARE_PLAN_LABELS.items():
    LABELS.setdefault(_cls, _texts)

# How a status reads at a glance; ui.careplan.marks draws one mark per tone (shape and colour differ).
DONE, ACTIVE, WAITING = "done", "active", "waiting"
ATTENTION, PROBLEM, STOPPED = "attention", "problem", "stopped"
TONES: dict[type[enum.StrEnum], dict[str, str]] = {
    e.CarePlanStatus: {"draft": WAITING, "active": ACTIVE, "closed": STOPPED},
    e.ProblemStatus: {"active": ACTIVE, "resolved": DONE, "inactive": STOPPED},
    e.GoalStatus: {"not_started": WAITING, "in_progress": ACTIVE, "met": DONE, "partially_met": ATTENTION,
                   "not_met": PROBLEM, "discontinued": STOPPED},
    e.InterventionStatus: {"planned": WAITING, "in_progress": ACTIVE, "completed": DONE,
                           "discontinued": STOPPED},
    e.BarrierStatus: {"open": ATTENTION, "addressed": ACTIVE, "resolved": DONE},
    e.ReferralStatus: {"proposed": WAITING, "sent": ACTIVE, "accepted": ACTIVE, "completed": DONE,
                       "declined": PROBLEM, "no_show": PROBLEM},
}


def tone(value: enum.StrEnum | str, enum_cls: type[enum.StrEnum]) -> str:
    return TONES.get(enum_cls, {}).get(str(value), WAITING)
