"""The clinical record: Condition, MedicationStatement, AllergyIntolerance and Consent."""

from __future__ import annotations

from typing import Any

from app.fhir.common import (
    ICD10CM,
    LOINC,
    SNOMED,
    V3_ACT_CODE,
    V3_PARTICIPATION,
    Collector,
    annotation,
    coding,
    concept,
    day,
    derived_id,
    extension,
    instant,
    local,
    local_concept,
    narrative,
    period,
    ref,
    text_concept,
)
from app.model.clinical import Allergy, Condition, Consent, Medication
from app.model.enums import (
    AllergyCategory,
    AllergyStatus,
    ConsentDecision,
    ConsentKind,
    MedicationStatus,
    Severity,
)

CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category"
ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"
ALLERGY_VERIFICATION = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"
CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope"

MEDICATION_STATUS = {MedicationStatus.ACTIVE: "active", MedicationStatus.ON_HOLD: "on-hold",
                     MedicationStatus.STOPPED: "stopped"}
CONSENT_STATUS = {ConsentDecision.GIVEN: "active", ConsentDecision.DECLINED: "rejected",
                  ConsentDecision.REVOKED: "inactive"}
CONSENT_SCOPE_OF = {ConsentKind.PROGRAM_PARTICIPATION: "treatment", ConsentKind.TELEHEALTH: "treatment",
                    ConsentKind.HIPAA_AUTHORIZATION: "patient-privacy",
                    ConsentKind.INFORMATION_SHARING: "patient-privacy"}


def condition(c: Collector, row: Condition) -> dict[str, str]:
    return c.add(row.id, {
        "resourceType": "Condition",
        "clinicalStatus": concept(coding(CLINICAL, row.status.value)),
        "verificationStatus": concept(coding(VERIFICATION, "confirmed")),
        "category": [concept(coding(CONDITION_CATEGORY, "problem-list-item", "Problem List Item"))],
        "code": concept(coding(ICD10CM, row.icd10_code, row.description), text=row.description),
        "subject": c.patient,
        "onsetDateTime": day(row.onset_on),
        "recordedDate": instant(row.created_at),
        "note": [annotation(row.notes)] if row.notes else [],
        "extension": [extension("primary-condition", valueBoolean=True)] if row.is_primary else [],
    }, row)


def medication_statement(c: Collector, row: Medication) -> dict[str, str]:
    dosage_text = " ".join(x for x in (row.dose, row.frequency) if x)
    return c.add(row.id, {
        "resourceType": "MedicationStatement",
        "status": MEDICATION_STATUS[row.status],
        "statusReason": [text_concept(row.stop_reason)] if row.stop_reason else [],
        "medicationCodeableConcept": {"text": row.name},
        "subject": c.patient,
        "effectivePeriod": period(row.started_on, row.stopped_on),
        "dateAsserted": instant(row.last_reconciled_at or row.updated_at),
        "reasonCode": [text_concept(row.indication)] if row.indication else [],
        "note": [annotation(x) for x in (f"Prescriber: {row.prescriber}" if row.prescriber else "", row.notes)
                 if x],
        "dosage": [{"text": dosage_text, "route": local_concept("medication-route", row.route.value)}],
        "extension": [extension("medication-adherence", valueCoding=local("adherence", row.adherence.value))],
    }, row)


def allergy(c: Collector, row: Allergy) -> dict[str, str]:
    refuted = row.status is AllergyStatus.REFUTED
    reaction: dict[str, Any] = {"manifestation": [{"text": row.reaction}],
                                "severity": None if row.severity is Severity.UNKNOWN else row.severity.value}
    return c.add(row.id, {
        "resourceType": "AllergyIntolerance",
        "clinicalStatus": concept(coding(ALLERGY_CLINICAL, "inactive" if refuted else row.status.value)),
        "verificationStatus": concept(coding(ALLERGY_VERIFICATION, "refuted" if refuted else "confirmed")),
        "category": [] if row.category is AllergyCategory.OTHER else [row.category.value],
        "code": {"text": row.substance},
        "patient": c.patient,
        "recordedDate": day(row.noted_on),
        "reaction": [reaction] if row.reaction else [],
    }, row)


def no_known_allergies(c: Collector, member_id: str, row: Any) -> dict[str, str]:
    return c.add(derived_id("no-known-allergies", member_id), {
        "resourceType": "AllergyIntolerance",
        "clinicalStatus": concept(coding(ALLERGY_CLINICAL, "active")),
        "verificationStatus": concept(coding(ALLERGY_VERIFICATION, "confirmed")),
        "code": concept(coding(SNOMED, "716186003", "No known allergy"), text="No known allergies"),
        "patient": c.patient,
    }, row)


def consent(c: Collector, row: Consent) -> dict[str, str]:
    given = row.decision is ConsentDecision.GIVEN
    actor = [{"role": concept(coding(V3_PARTICIPATION, "IRCP", "information recipient")),
              "reference": ref(row.contact_id)}] if c.has(row.contact_id) else []
    return c.add(row.id, {
        "resourceType": "Consent",
        "status": CONSENT_STATUS[row.decision],
        "scope": concept(coding(CONSENT_SCOPE, CONSENT_SCOPE_OF[row.kind])),
        "category": [concept(coding(LOINC, "59284-0", "Consent Document"),
                             local("consent-kind", row.kind.value))],
        "patient": c.patient,
        "dateTime": day(row.decided_on),
        "policyRule": concept(coding(V3_ACT_CODE, "OPTIN" if given else "OPTOUT")),
        "provision": {"type": "permit" if given else "deny", "period": period(None, row.expires_on),
                      "actor": actor},
        "extension": [extension("consent-method", valueCoding=local("consent-method", row.method.value))],
        "text": narrative(row.notes),
    }, row)
