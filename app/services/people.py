"""The member's people: contacts (caregivers, family, surrogates) and the care team."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.errors import ValidationError
from app.model.enums import CareTeamRole, ContactRole, DataCategory
from app.model.member import CareTeamMember, Contact
from app.services import fields as f
from app.services.records import RecordKind


@dataclass(frozen=True, slots=True)
class ContactView:
    id: str
    member_id: str
    name: str
    role: ContactRole
    relationship: str
    phone: str
    email: str
    address: str
    preferred_language: str
    is_primary_caregiver: bool
    hipaa_authorized: bool
    hipaa_authorized_on: date | None
    notes: str


def _check_contact(values: dict[str, Any]) -> None:
    if values.get("hipaa_authorized") and not values.get("hipaa_authorized_on"):
        raise ValidationError("hipaa_authorized_on", "is required when a HIPAA authorization is on file")
    if not (values.get("phone") or values.get("email") or values.get("address")):
        raise ValidationError("phone", "a phone, e-mail or address is needed to reach this contact")


contacts = RecordKind(
    model=Contact,
    view=ContactView,
    category=DataCategory.CONTACTS,
    spec={
        "name": f.Field(f.name(200), required=True),
        "role": f.Field(f.choice(ContactRole), required=True),
        "relationship": f.Field(f.text(60)),
        "phone": f.Field(f.phone),
        "email": f.Field(f.email),
        "address": f.Field(f.text(1000)),
        "preferred_language": f.Field(f.language),
        "is_primary_caregiver": f.Field(f.flag),
        "hipaa_authorized": f.Field(f.flag),
        "hipaa_authorized_on": f.Field(f.day(past_only=True)),
        "notes": f.Field(f.text(2000)),
    },
    check=_check_contact,
)


@dataclass(frozen=True, slots=True)
class CareTeamMemberView:
    id: str
    member_id: str
    role: CareTeamRole
    name: str
    organization: str
    specialty: str
    npi: str
    phone: str
    fax: str
    email: str
    is_medical_home: bool
    active: bool


def _check_care_team(values: dict[str, Any]) -> None:
    if values.get("is_medical_home") and values.get("role") != CareTeamRole.PCP:
        raise ValidationError("is_medical_home", "only the PCP can be the medical home")


care_team = RecordKind(
    model=CareTeamMember,
    view=CareTeamMemberView,
    category=DataCategory.CARE_TEAM,
    spec={
        "role": f.Field(f.choice(CareTeamRole), required=True),
        "name": f.Field(f.name(200), required=True),
        "organization": f.Field(f.text(200)),
        "specialty": f.Field(f.text(100)),
        "npi": f.Field(f.npi),
        "phone": f.Field(f.phone),
        "fax": f.Field(f.phone),
        "email": f.Field(f.email),
        "is_medical_home": f.Field(f.flag),
        "active": f.Field(f.flag),
    },
    check=_check_care_team,
)
