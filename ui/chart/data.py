"""Everything a member chart shows, read in one transaction (one audited view) as frozen values.

Opening a chart goes through ``members.get``, which writes the ``view`` audit event. A later reload
of some parts (after the nurse's own change, itself audited, or a sync) reads without a second view.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.actor import Actor
from app.errors import NotFound
from app.services import audit_log, clinical, emergency_access, members, people
from app.services.audit_log import AccessEntry
from app.services.clinical import (
    AllergyView,
    ConditionView,
    ConsentView,
    MedicationView,
    UtilizationView,
)
from app.services.emergency_access import EmergencyAccessView
from app.services.members import MemberView
from app.services.people import CareTeamMemberView, ContactView
from app.services.records import RecordKind
from ui.context import Changes

# Chart part → the ``Changes`` kind that names it.
KIND_OF_PART = {
    "member": "member", "conditions": "condition", "medications": "medication", "allergies": "allergy",
    "utilization": "utilization", "contacts": "contact", "care_team": "care_team", "consents": "consent",
}
RECORD_KINDS: dict[str, RecordKind[Any]] = {
    "conditions": clinical.conditions, "medications": clinical.medications,
    "allergies": clinical.allergies, "utilization": clinical.utilization,
    "contacts": people.contacts, "care_team": people.care_team, "consents": clinical.consents,
}
ALL_PARTS = frozenset(KIND_OF_PART) | {"access_log"}


@dataclass(frozen=True, slots=True)
class ChartData:
    member: MemberView
    conditions: tuple[ConditionView, ...] = ()
    medications: tuple[MedicationView, ...] = ()
    allergies: tuple[AllergyView, ...] = ()
    utilization: tuple[UtilizationView, ...] = ()
    contacts: tuple[ContactView, ...] = ()
    care_team: tuple[CareTeamMemberView, ...] = ()
    consents: tuple[ConsentView, ...] = ()
    access_log: tuple[AccessEntry | EmergencyAccessView, ...] = ()  # newest first


def load_chart(session: Session, actor: Actor, member_id: str) -> ChartData:
    """Open a chart: the audited view first, so the access log read after it already shows it."""
    member = members.get(session, actor, member_id)
    parts = load_parts(session, member_id, ALL_PARTS - {"member"})
    return ChartData(member=member, **parts)


def load_parts(session: Session, member_id: str, parts: Iterable[str]) -> dict[str, Any]:
    """Fresh values for the named parts only (a reload after a change)."""
    out: dict[str, Any] = {}
    for part in parts:
        if part == "member":
            out[part] = members.peek(session, member_id)
        elif part == "access_log":
            out[part] = _access_log(session, member_id)
        else:
            out[part] = tuple(RECORD_KINDS[part].list_for(session, member_id))
    return out


def _access_log(session: Session, member_id: str) -> tuple[AccessEntry | EmergencyAccessView, ...]:
    """The audit trail with the server's emergency-access notices among it, newest first."""
    entries = [*audit_log.for_member(session, member_id), *emergency_access.for_member(session, member_id)]
    return tuple(sorted(entries, key=lambda entry: entry.at, reverse=True))


NOBODY = "00000000-0000-0000-0000-000000000000"  # no member has this id


def warm_up(session: Session) -> None:
    """Run a chart opening's reads for no one, so their SQL is compiled (and cached) before a nurse opens
    the first chart after unlocking: that chart then opens as fast as later ones. Reads no member's
    data and writes no audit event."""
    from ui.encounter.data import load_summary

    load_parts(session, NOBODY, ALL_PARTS - {"member"})
    for read in (lambda: members.peek(session, NOBODY), lambda: load_summary(session, NOBODY, date.today())):
        with suppress(NotFound):  # as expected: the statements are compiled by then
            read()


def parts_for(changes: Changes, member_id: str) -> set[str]:
    """Which parts of this chart ``changes`` names; any change here also adds to the access log."""
    if changes.everything:
        return set(ALL_PARTS)
    parts = {part for part, kind in KIND_OF_PART.items() if changes.touches(kind, member_id)}
    if parts:
        parts.add("access_log")
    return parts
