"""The member and their people: Patient, RelatedPerson, Coverage, EpisodeOfCare and CareTeam."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.fhir.common import (
    LOCAL_SD,
    PLAN_MEMBER_SYSTEM,
    Collector,
    coding,
    concept,
    day,
    derived_id,
    local,
    local_concept,
    narrative,
    period,
    ref,
)
from app.model.enums import CareTeamRole, ClosureReason, ContactRole, MemberStatus
from app.model.member import CareTeamMember, Contact, Member, MemberStatusChange

V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
V2_0131 = "http://terminology.hl7.org/CodeSystem/v2-0131"
V3_ROLE_CODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
BCP47 = "urn:ietf:bcp:47"
INTERPRETER_REQUIRED = "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired"
NPI = "http://hl7.org/fhir/sid/us-npi"

EPISODE_STATUS = {
    MemberStatus.IDENTIFIED: "planned", MemberStatus.OUTREACH: "planned", MemberStatus.ENROLLED: "active",
    MemberStatus.DECLINED: "cancelled", MemberStatus.UNABLE_TO_REACH: "cancelled",
    MemberStatus.CLOSED: "finished",
}
# Standard codes only where they say the same thing; the local code always rides along.
CONTACT_ROLE_STANDARD = {
    ContactRole.EMERGENCY: coding(V2_0131, "C", "Emergency Contact"),
    ContactRole.FAMILY: coding(V3_ROLE_CODE, "FAMMEMB", "family member"),
}


def patient(c: Collector, member: Member, plan_org: dict[str, str] | None,
            pcp: dict[str, str] | None) -> dict[str, str]:
    names = [{"use": "official", "family": member.last_name,
              "given": [n for n in (member.first_name, member.middle_name) if n]}]
    if member.preferred_name:
        names.append({"use": "usual", "family": member.last_name, "given": [member.preferred_name]})
    return c.add(member.id, {
        "resourceType": "Patient",
        "identifier": [{"use": "usual", "type": concept(coding(V2_0203, "MB", "Member Number")),
                        "system": PLAN_MEMBER_SYSTEM, "value": member.plan_member_id,
                        "assigner": plan_org}],
        "active": member.status is not MemberStatus.CLOSED,
        "name": names,
        "telecom": _phones(member.phone_primary, member.phone_secondary) + _email(member.email),
        "gender": member.sex.value,
        "birthDate": day(member.dob),
        "deceasedBoolean": True if member.closure_reason is ClosureReason.DECEASED else None,
        "address": [_address(member)],
        "communication": [{"language": concept(coding(BCP47, member.preferred_language)), "preferred": True}],
        "extension": [{"url": INTERPRETER_REQUIRED, "valueBoolean": member.interpreter_needed}],
        "generalPractitioner": [pcp] if pcp else [],
        "managingOrganization": plan_org,
    }, member)


def related_person(c: Collector, contact: Contact) -> dict[str, str]:
    standard = CONTACT_ROLE_STANDARD.get(contact.role)
    role = concept(*([standard] if standard else []), local("contact-role", contact.role.value),
                   text=contact.relationship)
    return c.add(contact.id, {
        "resourceType": "RelatedPerson",
        "patient": c.patient,
        "relationship": [role],
        "name": [{"text": contact.name}],
        "telecom": _phones(contact.phone) + _email(contact.email),
        "address": [{"text": contact.address}] if contact.address else [],
        "communication": [{"language": concept(coding(BCP47, contact.preferred_language)), "preferred": True}]
        if contact.preferred_language else [],
        "text": narrative(contact.notes),
    }, contact)


def coverage(c: Collector, member: Member, plan_org: dict[str, str] | None) -> dict[str, str] | None:
    if plan_org is None:
        return None
    return c.add(derived_id("coverage", member.id), {
        "resourceType": "Coverage",
        "status": "cancelled" if member.status is MemberStatus.CLOSED else "active",
        "type": local_concept("line-of-business", member.line_of_business.value),
        "subscriberId": member.plan_member_id,
        "beneficiary": c.patient,
        "relationship": concept(coding("http://terminology.hl7.org/CodeSystem/subscriber-relationship",
                                       "self", "Self")),
        "payor": [plan_org],
        "class": [{"type": concept(coding("http://terminology.hl7.org/CodeSystem/coverage-class", "plan",
                                          "Plan")),
                   "value": member.line_of_business.value, "name": member.health_plan}],
    }, member)


def episode_of_care(c: Collector, member: Member, history: Sequence[MemberStatusChange],
                    plan_org: dict[str, str] | None, care_manager: dict[str, str] | None) -> dict[str, str]:
    steps = sorted(history, key=lambda h: (h.changed_on, h.created_at))
    status_history = [
        {"status": EPISODE_STATUS[step.to_status],
         "period": period(step.changed_on, nxt.changed_on if nxt else None)}
        for step, nxt in zip(steps, [*steps[1:], None], strict=True)
    ]
    ended = member.closed_on or member.declined_on or member.unable_to_reach_on
    return c.add(derived_id("episode", member.id), {
        "resourceType": "EpisodeOfCare",
        "status": EPISODE_STATUS[member.status],
        "statusHistory": status_history,
        "type": [local_concept("program", member.program.value)],
        "patient": c.patient,
        "managingOrganization": plan_org,
        "period": period(member.identified_on, ended if member.status in _ENDED else None),
        "careManager": care_manager,
        "extension": [{"url": f"{LOCAL_SD}/member-status",
                       "valueCoding": local("member-status", member.status.value)},
                      {"url": f"{LOCAL_SD}/risk-tier",
                       "valueCoding": local("risk-tier", member.risk_tier.value)}],
    }, member)


_ENDED = (MemberStatus.CLOSED, MemberStatus.DECLINED, MemberStatus.UNABLE_TO_REACH)


def care_team_member(c: Collector, row: CareTeamMember) -> dict[str, str]:
    """A Practitioner (an Organization for a community resource) for one care team row."""
    telecom = _phones(row.phone) + _email(row.email) + (
        [{"system": "fax", "value": row.fax}] if row.fax else [])
    if row.role is CareTeamRole.COMMUNITY_RESOURCE:
        return c.add(row.id, {"resourceType": "Organization", "name": row.name, "telecom": telecom}, row)
    return c.add(row.id, {
        "resourceType": "Practitioner",
        "identifier": [{"system": NPI, "value": row.npi}] if row.npi else [],
        "name": [{"text": row.name}],
        "telecom": telecom,
        "qualification": [{"code": {"text": row.specialty}}] if row.specialty else [],
    }, row)


def care_team(c: Collector, member: Member, team: Sequence[CareTeamMember], caregivers: Sequence[Contact],
              nurse: dict[str, str] | None) -> dict[str, str]:
    participants: list[dict[str, Any]] = []
    if nurse:
        participants.append({"role": [local_concept("care-team-role", "case_manager", "nurse case manager")],
                             "member": nurse})
    for row in team:
        org = c.organization(f"care-team:{row.id}", row.organization) if (
            row.organization and row.role is not CareTeamRole.COMMUNITY_RESOURCE) else None
        participants.append({"role": [local_concept("care-team-role", row.role.value)],
                             "member": ref(row.id), "onBehalfOf": org})
    participants += [{"role": [local_concept("care-team-role", "caregiver")], "member": ref(contact.id)}
                     for contact in caregivers]
    return c.add(derived_id("care-team", member.id), {
        "resourceType": "CareTeam", "status": "active", "subject": c.patient,
        "name": "Care team", "participant": participants,
    })


def _phones(*numbers: str) -> list[dict[str, Any]]:
    return [{"system": "phone", "value": n, "rank": rank} for rank, n in enumerate(numbers, 1) if n]


def _email(address: str) -> list[dict[str, str]]:
    return [{"system": "email", "value": address}] if address else []


def _address(member: Member) -> dict[str, Any]:
    return {"use": "home", "line": [x for x in (member.address_line1, member.address_line2) if x],
            "city": member.city, "state": member.state, "postalCode": member.postal_code}
