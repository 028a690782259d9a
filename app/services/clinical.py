"""The clinical record: conditions, medications (with reconciliation), allergies, utilization, consents."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from app.actor import Actor
from app.errors import ValidationError
from app.model.clinical import Allergy, Condition, Consent, Medication, UtilizationEvent
from app.model.enums import (
    Adherence,
    AllergyCategory,
    AllergyStatus,
    AuditAction,
    ConditionStatus,
    ConsentDecision,
    ConsentKind,
    ConsentMethod,
    DataCategory,
    MedicationRoute,
    MedicationStatus,
    Severity,
    UtilizationKind,
)
from app.services import fields as f
from app.services import icd10
from app.services.records import RecordKind, live_member, view_of
from app.store import audit
from app.store.base import utcnow


def _after(first: str, second: str) -> Any:
    def check(values: dict[str, Any]) -> None:
        start, end = values.get(first), values.get(second)
        if start and end and end < start:
            raise ValidationError(second, f"cannot be before {first.replace('_', ' ')}")

    return check


@dataclass(frozen=True, slots=True)
class ConditionView:
    id: str
    member_id: str
    icd10_code: str
    description: str
    onset_on: date | None
    status: ConditionStatus
    is_primary: bool
    notes: str


class _Conditions(RecordKind[ConditionView]):
    """A code's description defaults to the ICD-10-CM text."""

    def add(self, session: Session, actor: Actor, member_id: str, **fields: Any) -> ConditionView:
        if fields.get("icd10_code") and not fields.get("description"):
            try:
                fields["description"] = icd10.describe(icd10.parse_code(fields["icd10_code"]))
            except ValueError as exc:
                raise ValidationError("icd10_code", str(exc)) from None
        return super().add(session, actor, member_id, **fields)


conditions = _Conditions(
    model=Condition,
    view=ConditionView,
    category=DataCategory.CONDITIONS,
    spec={
        "icd10_code": f.Field(icd10.parse_code, required=True),
        "description": f.Field(f.text(300), required=True),
        "onset_on": f.Field(f.day(past_only=True)),
        "status": f.Field(f.choice(ConditionStatus)),
        "is_primary": f.Field(f.flag),
        "notes": f.Field(f.text(2000)),
    },
)


@dataclass(frozen=True, slots=True)
class MedicationView:
    id: str
    member_id: str
    name: str
    dose: str
    route: MedicationRoute
    frequency: str
    indication: str
    prescriber: str
    started_on: date | None
    stopped_on: date | None
    stop_reason: str
    status: MedicationStatus
    adherence: Adherence
    last_reconciled_at: datetime | None
    last_reconciled_by: str
    notes: str


def _check_medication(values: dict[str, Any]) -> None:
    _after("started_on", "stopped_on")(values)
    if values.get("status") == MedicationStatus.STOPPED and not values.get("stopped_on"):
        raise ValidationError("stopped_on", "is required for a stopped medication")


class _Medications(RecordKind[MedicationView]):
    def stop(
        self, session: Session, actor: Actor, record_id: str, *, on: date, reason: str
    ) -> MedicationView:
        if not reason.strip():
            raise ValidationError("stop_reason", "is required when stopping a medication")
        return self.update(session, actor, record_id, status=MedicationStatus.STOPPED,
                           stopped_on=on, stop_reason=reason)

    def reconcile(
        self, session: Session, actor: Actor, member_id: str, adherence: Mapping[str, Adherence | str]
    ) -> list[MedicationView]:
        """Record that the nurse reviewed every active medication with the member, with adherence for each.

        ``adherence`` must name every active medication, so nothing is marked reviewed unseen.
        """
        live_member(session, member_id)
        active = [m for m in self.list_for(session, member_id) if m.status != MedicationStatus.STOPPED]
        missing = [m.name for m in active if m.id not in adherence]
        if missing:
            raise ValidationError("adherence", f"{len(missing)} active medication(s) were not reviewed")
        now = utcnow()
        for med in active:
            row = self.get_row(session, med.id)
            row.adherence = f.choice(Adherence)(adherence[med.id])
            row.last_reconciled_at, row.last_reconciled_by = now, actor.user
        session.flush()
        audit.record(session, actor, AuditAction.UPDATE, DataCategory.MEDICATIONS, entity_type="medication",
                     member_id=member_id, details={"reconciled": len(active)})
        return [m for m in self.list_for(session, member_id) if m.status != MedicationStatus.STOPPED]


medications = _Medications(
    model=Medication,
    view=MedicationView,
    category=DataCategory.MEDICATIONS,
    spec={
        "name": f.Field(f.text(200), required=True),
        "dose": f.Field(f.text(100)),
        "route": f.Field(f.choice(MedicationRoute)),
        "frequency": f.Field(f.text(100)),
        "indication": f.Field(f.text(200)),
        "prescriber": f.Field(f.text(200)),
        "started_on": f.Field(f.day(past_only=True)),
        "stopped_on": f.Field(f.day(past_only=True)),
        "stop_reason": f.Field(f.text(500)),
        "status": f.Field(f.choice(MedicationStatus)),
        "adherence": f.Field(f.choice(Adherence)),
        "notes": f.Field(f.text(2000)),
    },
    check=_check_medication,
)


@dataclass(frozen=True, slots=True)
class AllergyView:
    id: str
    member_id: str
    substance: str
    category: AllergyCategory
    reaction: str
    severity: Severity
    status: AllergyStatus
    noted_on: date | None


allergies = RecordKind(
    model=Allergy,
    view=AllergyView,
    category=DataCategory.ALLERGIES,
    spec={
        "substance": f.Field(f.text(200), required=True),
        "category": f.Field(f.choice(AllergyCategory), required=True),
        "reaction": f.Field(f.text(200)),
        "severity": f.Field(f.choice(Severity)),
        "status": f.Field(f.choice(AllergyStatus)),
        "noted_on": f.Field(f.day(past_only=True)),
    },
)


@dataclass(frozen=True, slots=True)
class UtilizationView:
    id: str
    member_id: str
    kind: UtilizationKind
    facility: str
    admitted_on: date
    discharged_on: date | None
    diagnosis_code: str
    diagnosis_text: str
    notes: str


utilization = RecordKind(
    model=UtilizationEvent,
    view=UtilizationView,
    category=DataCategory.UTILIZATION,
    spec={
        "kind": f.Field(f.choice(UtilizationKind), required=True),
        "facility": f.Field(f.text(200)),
        "admitted_on": f.Field(f.day(past_only=True), required=True),
        "discharged_on": f.Field(f.day(past_only=True)),
        "diagnosis_code": f.Field(icd10.parse_code),
        "diagnosis_text": f.Field(f.text(300)),
        "notes": f.Field(f.text(2000)),
    },
    check=_after("admitted_on", "discharged_on"),
)


@dataclass(frozen=True, slots=True)
class ConsentView:
    id: str
    member_id: str
    kind: ConsentKind
    decision: ConsentDecision
    decided_on: date
    method: ConsentMethod
    expires_on: date | None
    contact_id: str | None
    notes: str


consents = RecordKind(
    model=Consent,
    view=ConsentView,
    category=DataCategory.CONSENTS,
    spec={
        "kind": f.Field(f.choice(ConsentKind), required=True),
        "decision": f.Field(f.choice(ConsentDecision), required=True),
        "decided_on": f.Field(f.day(past_only=True), required=True),
        "method": f.Field(f.choice(ConsentMethod), required=True),
        "expires_on": f.Field(f.day()),
        "contact_id": f.Field(f.text(36)),
        "notes": f.Field(f.text(2000)),
    },
    check=_after("decided_on", "expires_on"),
)

__all__ = ["allergies", "conditions", "consents", "medications", "utilization", "view_of"]
