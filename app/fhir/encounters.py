"""Signed encounters as Encounter (visits, calls, conferences) or Communication (contact attempts).

Drafts are not exported: an unsigned note is not part of the record yet. A signed note and its signed
addenda become the resource's narrative; an encounter entered in error keeps its status and loses its text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.fhir.common import (
    UCUM,
    V3_ACT_CODE,
    V3_PARTICIPATION,
    Collector,
    coding,
    concept,
    day,
    extension,
    instant,
    local,
    local_concept,
    narrative,
    period,
)
from app.model.encounter import Addendum, Encounter
from app.model.enums import Channel, Direction, EncounterKind, EncounterStatus

V3_MODE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationMode"
ENCOUNTER_CLASS = {EncounterKind.HOME_VISIT: ("HH", "home health")}
VIRTUAL = ("VR", "virtual")
MODE_OF = {Channel.PHONE: ("PHONE", "telephone"), Channel.VISIT: ("FACE", "face-to-face"),
           Channel.VIDEO: ("VIDEOCONF", "videoconferencing")}
EXPORTED = (EncounterStatus.SIGNED, EncounterStatus.AMENDED, EncounterStatus.ENTERED_IN_ERROR)


def is_attempt(row: Encounter) -> bool:
    return row.kind is EncounterKind.CONTACT_ATTEMPT


def encounter(c: Collector, row: Encounter, addenda: Sequence[Addendum],
              episode: dict[str, str] | None) -> dict[str, str]:
    code, display = ENCOUNTER_CLASS.get(row.kind, VIRTUAL)
    signer = c.user(row.signed_by)
    return c.add(row.id, {
        "resourceType": "Encounter",
        "status": "entered-in-error" if _in_error(row) else "finished",
        "class": coding(V3_ACT_CODE, code, display),
        "type": [local_concept("encounter-kind", row.kind.value)],
        "subject": c.patient,
        "episodeOfCare": [episode] if episode else [],
        "participant": [{"type": [concept(coding(V3_PARTICIPATION, "PPRF", "primary performer"))],
                         "individual": signer}] if signer else [],
        "period": period(row.started_at, row.ended_at),
        "length": {"value": row.minutes, "unit": "min", "system": UCUM, "code": "min"}
        if row.minutes else None,
        "text": None if _in_error(row) else narrative(row.note, *(_addendum_text(a) for a in addenda)),
        "extension": _extensions(row),
    }, row)


def communication(c: Collector, row: Encounter, addenda: Sequence[Addendum]) -> dict[str, str]:
    nurse = c.user(row.signed_by or row.created_by)
    inbound = row.direction is Direction.INBOUND
    mode = MODE_OF.get(row.channel) if row.channel else None
    medium = [concept(*([coding(V3_MODE, *mode)] if mode else []), local("channel", row.channel.value))
              ] if row.channel else []
    return c.add(row.id, {
        "resourceType": "Communication",
        "status": "entered-in-error" if _in_error(row) else "completed",
        "category": [local_concept("encounter-kind", row.kind.value)],
        "medium": medium,
        "subject": c.patient,
        "sent": instant(row.started_at),
        "recipient": [nurse] if inbound and nurse else [c.patient] if not inbound else [],
        "sender": c.patient if inbound else nurse,
        "payload": [] if _in_error(row) else [{"contentString": t} for t in
                                              (row.note, *(_addendum_text(a) for a in addenda)) if t],
        "extension": _extensions(row),
    }, row)


def _extensions(row: Encounter) -> list[dict[str, Any]]:
    found = [extension("direction", valueCode=row.direction.value)]
    if row.outcome:
        found.append(extension("contact-outcome", valueCoding=local("contact-outcome", row.outcome.value)))
    if row.interpreter_language:
        found.append(extension("interpreter-language", valueCode=row.interpreter_language))
    return found


def _in_error(row: Encounter) -> bool:
    return row.status is EncounterStatus.ENTERED_IN_ERROR


def _addendum_text(addendum: Addendum) -> str:
    about = f", about {day(addendum.service_date)}" if addendum.service_date else ""
    signed = f" signed {day(addendum.signed_at.date())}" if addendum.signed_at else ""
    return f"{addendum.kind.value.replace('_', ' ').capitalize()}{signed}{about}:\n{addendum.text}"
