"""What every FHIR builder shares: the bundle being filled, references, codes and dates.

Each entry's ``fullUrl`` is ``urn:uuid:<row id>`` (row ids are UUIDs), so a reference is that URN and
resolves inside the bundle. People and organizations that have no row of their own (the users who wrote
rows, a health plan, a care team member's organization) get a stable UUIDv5 from what names them.
"""

from __future__ import annotations

import html
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

LOCAL = "https://carefield.example/fhir"
LOCAL_CS = f"{LOCAL}/CodeSystem"
LOCAL_SD = f"{LOCAL}/StructureDefinition"
USER_SYSTEM = f"{LOCAL}/sid/user"
PLAN_MEMBER_SYSTEM = f"{LOCAL}/sid/plan-member-id"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
UCUM = "http://unitsofmeasure.org"
V3_ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
V3_PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
XHTML = "http://www.w3.org/1999/xhtml"

_NAMESPACE = uuid.UUID("6f1c3b0e-5d2a-4c84-9a51-2f7e0c9b8d31")  # Carefield's, for UUIDv5 ids


@dataclass
class Written:
    """Who wrote a row and when: what its Provenance says."""

    created_by: str
    updated_by: str
    created_at: datetime
    updated_at: datetime


@dataclass
class Collector:
    """The resources of one export, in the order they were made, with what each Provenance needs."""

    patient_id: str
    resources: dict[str, dict[str, Any]] = field(default_factory=dict)
    written: dict[str, Written] = field(default_factory=dict)

    def add(self, resource_id: str, resource: dict[str, Any], row: Any = None) -> dict[str, str]:
        resource["id"] = resource_id
        self.resources[resource_id] = _pruned(resource)
        if row is not None:
            self.written[resource_id] = Written(
                row.created_by, row.updated_by, row.created_at, row.updated_at)
        return ref(resource_id)

    def has(self, resource_id: str | None) -> bool:
        return resource_id is not None and resource_id in self.resources

    @property
    def patient(self) -> dict[str, str]:
        return ref(self.patient_id)

    def user(self, name: str) -> dict[str, str] | None:
        """A Practitioner for a Carefield account (a nurse, a supervisor), made the first time it is named."""
        if not name:
            return None
        user_id = derived_id("user", name)
        if user_id not in self.resources:
            self.add(user_id, {
                "resourceType": "Practitioner",
                "identifier": [{"system": USER_SYSTEM, "value": name}],
                "name": [{"text": name}],
            })
        return ref(user_id)

    def organization(self, key: str, name: str, **fields: Any) -> dict[str, str] | None:
        if not name:
            return None
        org_id = derived_id("organization", key)
        if org_id not in self.resources:
            self.add(org_id, {"resourceType": "Organization", "name": name, **fields})
        return ref(org_id)


def derived_id(kind: str, key: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{kind}:{key}"))


def ref(resource_id: str) -> dict[str, str]:
    return {"reference": f"urn:uuid:{resource_id}"}


def coding(system: str, code: str, display: str = "") -> dict[str, str]:
    return {"system": system, "code": code, **({"display": display} if display else {})}


def concept(*codings: dict[str, str], text: str = "") -> dict[str, Any]:
    return {"coding": list(codings), **({"text": text} if text else {})}


def local(name: str, code: str, display: str = "") -> dict[str, str]:
    """A code from one of Carefield's own code systems (``…/CodeSystem/<name>``)."""
    return coding(f"{LOCAL_CS}/{name}", str(code), display or str(code).replace("_", " "))


def local_concept(name: str, code: str, display: str = "") -> dict[str, Any]:
    return concept(local(name, code, display))


def text_concept(text: str) -> dict[str, Any] | None:
    return {"text": text} if text else None


def extension(name: str, **value: Any) -> dict[str, Any]:
    return {"url": f"{LOCAL_SD}/{name}", **value}


def day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def instant(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:  # stored times are UTC; never guess an offset for a naive one
        value = value.replace(tzinfo=UTC)
    return value.isoformat()


def period(start: Any = None, end: Any = None) -> dict[str, str] | None:
    def text(value: Any) -> str | None:
        return instant(value) if isinstance(value, datetime) else day(value)

    found = {k: v for k, v in (("start", text(start)), ("end", text(end))) if v}
    return found or None


def annotation(text: str, **fields: Any) -> dict[str, Any]:
    return {"text": text, **fields}


def narrative(*paragraphs: str) -> dict[str, str] | None:
    """Free text as XHTML narrative (escaped; line breaks kept), status ``additional``."""
    kept = [p for p in paragraphs if p and p.strip()]
    if not kept:
        return None
    body = "".join(f"<p>{html.escape(p.strip(), quote=False).replace(chr(10), '<br/>')}</p>" for p in kept)
    return {"status": "additional", "div": f'<div xmlns="{XHTML}">{body}</div>'}


def _pruned(value: Any) -> Any:
    """Drop None, empty strings, lists and dicts: FHIR forbids empty elements."""
    if isinstance(value, dict):
        pruned = {k: _pruned(v) for k, v in value.items()}
        return {k: v for k, v in pruned.items() if v not in (None, "", [], {})}
    if isinstance(value, list):
        return [v for v in (_pruned(v) for v in value) if v not in (None, "", [], {})]
    return value
