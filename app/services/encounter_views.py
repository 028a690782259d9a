"""What an encounter looks like outside the database: frozen views with their addenda."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model.encounter import Addendum, Encounter
from app.model.enums import AddendumKind, Channel, ContactOutcome, Direction, EncounterKind, EncounterStatus
from app.services.vitals import abnormal


@dataclass(frozen=True, slots=True)
class AddendumView:
    id: str
    encounter_id: str
    kind: AddendumKind
    text: str
    reason: str
    service_date: date | None
    signed_at: datetime
    signed_by: str


@dataclass(frozen=True, slots=True)
class EncounterView:
    id: str
    member_id: str
    kind: EncounterKind
    direction: Direction
    channel: Channel | None
    started_at: datetime
    ended_at: datetime | None
    utc_offset_minutes: int
    minutes: int
    location: str
    outcome: ContactOutcome | None
    participants: tuple[str, ...]
    interpreter_language: str
    template: str
    note: str
    vitals: Mapping[str, float]
    abnormal: tuple[str, ...]
    linked_items: tuple[str, ...]
    status: EncounterStatus
    signed_at: datetime | None
    signed_by: str
    error_reason: str
    created_by: str
    addenda: tuple[AddendumView, ...]

    @property
    def local_started_at(self) -> datetime:
        """The time of service as the nurse saw it (the offset in force where the service happened)."""
        return self.started_at + timedelta(minutes=self.utc_offset_minutes)


def addenda_for(
    s: Session, encounter_ids: list[str], *, member_id: str | None = None
) -> dict[str, tuple[AddendumView, ...]]:
    if not encounter_ids:
        return {}
    query = select(Addendum).where(Addendum.deleted.is_(False))
    query = query.where(Addendum.member_id == member_id) if member_id else \
        query.where(Addendum.encounter_id.in_(encounter_ids))
    grouped: dict[str, list[AddendumView]] = defaultdict(list)
    for a in s.scalars(query.order_by(Addendum.signed_at, Addendum.created_at)):
        grouped[a.encounter_id].append(AddendumView(a.id, a.encounter_id, a.kind, a.text, a.reason,
                                                    a.service_date, a.signed_at, a.signed_by))
    return {key: tuple(views) for key, views in grouped.items()}


def to_view(row: Encounter, addenda: tuple[AddendumView, ...]) -> EncounterView:
    vitals = dict(row.vitals or {})
    return EncounterView(
        id=row.id, member_id=row.member_id, kind=row.kind, direction=row.direction, channel=row.channel,
        started_at=row.started_at, ended_at=row.ended_at, utc_offset_minutes=row.utc_offset_minutes,
        minutes=row.minutes, location=row.location, outcome=row.outcome,
        participants=tuple(row.participants or ()), interpreter_language=row.interpreter_language,
        template=row.template, note=row.note, vitals=vitals, abnormal=abnormal(vitals),
        linked_items=tuple(row.linked_items or ()), status=row.status, signed_at=row.signed_at,
        signed_by=row.signed_by, error_reason=row.error_reason, created_by=row.created_by, addenda=addenda,
    )
