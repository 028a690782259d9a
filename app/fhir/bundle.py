"""A member's record as a FHIR R4 ``Bundle`` (type ``collection``), every resource checked by building
its ``fhir.resources.R4B`` model, with a Provenance for each resource written from a row.

Reads in the caller's session; tombstoned rows are left out; the export is audited (no PHI in details).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from fhir.resources.R4B import get_fhir_model_class
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.actor import Actor
from app.fhir import assessments, careplan, clinical, encounters, person
from app.fhir.common import (
    Collector,
    Written,
    coding,
    concept,
    derived_id,
    instant,
    ref,
)
from app.model.assessment import AssessmentResponse
from app.model.careplan import Barrier, CarePlan, Goal, Intervention, Problem, Referral
from app.model.clinical import Allergy, Condition, Consent, Medication
from app.model.encounter import Addendum, Encounter
from app.model.enums import AllergyStatus, AssessmentStatus, AuditAction, DataCategory
from app.model.member import CareTeamMember, Contact, Member, MemberStatusChange
from app.model.task import Task
from app.services import careplan as careplan_service
from app.services.records import live_member
from app.store import audit
from app.store.base import new_id, utcnow

PROVENANCE_ACTIVITY = "http://terminology.hl7.org/CodeSystem/v3-DataOperation"
PARTICIPANT_TYPE = "http://terminology.hl7.org/CodeSystem/provenance-participant-type"


def export_bundle(session: Session, actor: Actor, member_id: str) -> dict[str, Any]:
    """The member's record as a JSON-ready FHIR R4 collection Bundle. Raises NotFound for an unknown or
    deleted member."""
    member = live_member(session, member_id)
    c = Collector(patient_id=member.id)
    _write_record(session, c, member)
    _provenance(c)
    entries = [_checked(resource) for resource in c.resources.values()]
    bundle = {
        "resourceType": "Bundle", "id": new_id(), "type": "collection", "timestamp": instant(utcnow()),
        "entry": [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in entries],
    }
    checked = get_fhir_model_class("Bundle").model_validate(bundle)
    audit.record(session, actor, AuditAction.EXPORT, DataCategory.CHART, entity_type="member",
                 entity_id=member.id, member_id=member.id,
                 details={"format": "fhir-r4-bundle", "resources": resource_counts(bundle)})
    return dict(checked.model_dump(mode="json", exclude_none=True))


def resource_counts(bundle: dict[str, Any]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for entry in bundle.get("entry", []):
        kind = entry["resource"]["resourceType"]
        counts[kind] = counts.get(kind, 0) + 1
    return dict(sorted(counts.items()))


def _write_record(session: Session, c: Collector, member: Member) -> None:
    def live(model: type[Any], *order: Any) -> list[Any]:
        query = select(model).where(model.member_id == member.id, model.deleted.is_(False))
        return list(session.scalars(query.order_by(*order, model.id)))

    team = [t for t in live(CareTeamMember, CareTeamMember.created_at) if t.active]
    team_refs = {t.id: person.care_team_member(c, t) for t in team}
    pcp = next((team_refs[t.id] for t in team if t.is_medical_home), None)
    plan_org = c.organization(f"health-plan:{member.health_plan}", member.health_plan)
    nurse = c.user(member.assigned_nurse)
    person.patient(c, member, plan_org, pcp)
    contacts = live(Contact, Contact.created_at)
    for contact in contacts:
        person.related_person(c, contact)
    person.coverage(c, member, plan_org)
    episode = person.episode_of_care(c, member, live(MemberStatusChange, MemberStatusChange.changed_on),
                                     plan_org, nurse)
    team_ref = person.care_team(c, member, team, [k for k in contacts if k.is_primary_caregiver], nurse)
    _clinical(c, member, live)
    _encounters(session, c, live(Encounter, Encounter.started_at), episode)
    for response in live(AssessmentResponse, AssessmentResponse.completed_at):
        if response.status is AssessmentStatus.COMPLETED:
            assessments.assessment(c, response)
    tree = careplan_service.current(session, member.id)
    careplan.care_plan(c, tree, _plan_rows(session, tree), team_ref, episode)
    for task in live(Task, Task.due_on):
        careplan.task(c, task)


def _clinical(c: Collector, member: Member, live: Any) -> None:
    for row in live(Condition, Condition.created_at):
        clinical.condition(c, row)
    for row in live(Medication, Medication.created_at):
        clinical.medication_statement(c, row)
    allergies = live(Allergy, Allergy.created_at)
    for row in allergies:
        clinical.allergy(c, row)
    if member.no_known_allergies and not any(a.status is AllergyStatus.ACTIVE for a in allergies):
        clinical.no_known_allergies(c, member.id, member)
    for row in live(Consent, Consent.decided_on):
        clinical.consent(c, row)


def _encounters(session: Session, c: Collector, rows: Iterable[Encounter], episode: dict[str, str]) -> None:
    kept = [r for r in rows if r.status in encounters.EXPORTED]
    addenda: dict[str, list[Addendum]] = {}
    for addendum in session.scalars(
        select(Addendum).where(Addendum.encounter_id.in_([r.id for r in kept]), Addendum.deleted.is_(False),
                               Addendum.signed_at.is_not(None)).order_by(Addendum.signed_at)
    ):
        addenda.setdefault(addendum.encounter_id, []).append(addendum)
    for row in kept:
        if encounters.is_attempt(row):
            encounters.communication(c, row, addenda.get(row.id, []))
        else:
            encounters.encounter(c, row, addenda.get(row.id, []), episode)


def _plan_rows(session: Session, tree: careplan_service.PlanTree) -> dict[str, Any]:
    """The rows behind the plan's views, for who wrote them and when."""
    wanted: list[tuple[type[Any], Iterable[Any]]] = [
        (CarePlan, [tree.plan] if tree.plan else []), (Problem, tree.problems), (Goal, tree.goals),
        (Intervention, tree.interventions), (Barrier, tree.barriers), (Referral, tree.referrals),
    ]
    rows: dict[str, Any] = {}
    for model, views in wanted:
        ids = [v.id for v in views]
        rows |= {row.id: row for row in session.scalars(select(model).where(model.id.in_(ids)))}
    return rows


def _provenance(c: Collector) -> None:
    for resource_id, written in list(c.written.items()):
        provenance = _provenance_of(c, resource_id, written)
        if provenance["agent"]:  # a row nobody is named on (never from the app) cannot say who
            c.add(derived_id("provenance", resource_id), provenance)


def _provenance_of(c: Collector, resource_id: str, written: Written) -> dict[str, Any]:
    created = written.created_at == written.updated_at
    agents = [_agent(c, written.updated_by, "author")]
    if written.created_by and written.created_by != written.updated_by:
        agents.append(_agent(c, written.created_by, "enterer"))
    return {
        "resourceType": "Provenance",
        "target": [ref(resource_id)],
        "occurredPeriod": {"start": instant(written.created_at), "end": instant(written.updated_at)},
        "recorded": instant(written.updated_at),
        "activity": concept(coding(PROVENANCE_ACTIVITY, "CREATE" if created else "UPDATE")),
        "agent": [a for a in agents if a],
    }


def _agent(c: Collector, user: str, role: str) -> dict[str, Any] | None:
    who = c.user(user)
    if who is None:
        return None
    return {"type": concept(coding(PARTICIPANT_TYPE, role)), "who": who}


def _checked(resource: dict[str, Any]) -> dict[str, Any]:
    """The resource as its R4B model reads it back: a wrong field or type fails here, not at the reader."""
    model = get_fhir_model_class(resource["resourceType"]).model_validate(resource)
    return dict(model.model_dump(mode="json", exclude_none=True))
