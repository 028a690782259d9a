"""What a valid encounter is: its fields, the rules across them, and the note templates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from app.errors import ValidationError
from app.model.enums import AddendumKind, Channel, ContactOutcome, Direction, EncounterKind
from app.services import fields as f
from app.services.vitals import parse_vitals

PARTICIPANTS = ("member", "caregiver", "interpreter", "family", "pcp", "other")
# A laptop clock and a time typed to the minute may disagree a little; more than this is the future.
FUTURE_TOLERANCE = timedelta(minutes=5)
MAX_MINUTES = 24 * 60
MAX_NOTE = 50_000

# Skeletons the nurse starts a note from. Stored notes keep whatever the nurse typed.
TEMPLATES: dict[str, str] = {
    "home_visit_soap": (
        "S (subjective): what the member and caregiver report — symptoms, concerns, goals.\n\n"
        "O (objective): vitals, appearance, home environment, medications reviewed.\n\n"
        "A (assessment): the nurse's conclusions — progress, risks, barriers.\n\n"
        "P (plan): interventions, education, referrals, next contact.\n"
    ),
    "telephonic_checkin": (
        "Reason for call:\n\n"
        "Member report (symptoms, medications, appointments):\n\n"
        "Concerns and barriers:\n\n"
        "Education given:\n\n"
        "Plan and next contact:\n"
    ),
    "case_conference": (
        "Attendees:\n\n"
        "Member's situation:\n\n"
        "Discussion:\n\n"
        "Decisions:\n\n"
        "Actions (who, what, by when):\n"
    ),
}


def refuse_future(moment: datetime, field: str) -> datetime:
    if _in_future(moment):
        raise ValidationError(field, "cannot be in the future")
    return moment


def _in_future(moment: datetime) -> bool:
    return moment > datetime.now(moment.tzinfo) + FUTURE_TOLERANCE


def _service_time(value: Any) -> datetime | None:
    moment = f.moment(value)
    if moment is not None and _in_future(moment):
        raise ValueError("cannot be in the future")
    return moment


def _direction(value: Any) -> Direction:
    return f.choice(Direction)(value) or Direction.OUTBOUND


def _participants(value: Any) -> list[str]:
    if value is None:
        return []
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list | tuple | set | frozenset):
        raise ValueError("must be a list")
    chosen = [str(item).strip().lower() for item in items if str(item).strip()]
    unknown = [item for item in chosen if item not in PARTICIPANTS]
    if unknown:
        raise ValueError(f"must each be one of: {', '.join(PARTICIPANTS)}")
    return list(dict.fromkeys(chosen))


def _language(value: Any) -> str:
    return "" if value is None else f.language(value)


def _template(value: Any) -> str:
    if value is None:
        return ""
    if value not in TEMPLATES:
        raise ValueError(f"must be one of: {', '.join(TEMPLATES)}")
    return str(value)


def _ids(value: Any) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list | tuple):
        raise ValueError("must be a list of record ids")
    if not all(isinstance(item, str) and 0 < len(item.strip()) <= 64 for item in value):
        raise ValueError("must be a list of record ids")
    return list(dict.fromkeys(item.strip() for item in value))


SPEC: dict[str, f.Field] = {
    "kind": f.Field(f.choice(EncounterKind), required=True),
    "direction": f.Field(_direction),
    "channel": f.Field(f.choice(Channel)),
    "started_at": f.Field(_service_time, required=True),
    "ended_at": f.Field(_service_time),
    "minutes": f.Field(f.integer(0, MAX_MINUTES)),
    "location": f.Field(f.text(200)),
    "outcome": f.Field(f.choice(ContactOutcome)),
    "participants": f.Field(_participants),
    "interpreter_language": f.Field(_language),
    "template": f.Field(_template),
    "note": f.Field(f.text(MAX_NOTE)),
    "vitals": f.Field(parse_vitals),
    "linked_items": f.Field(_ids),
}
ADDENDUM_SPEC: dict[str, f.Field] = {
    "kind": f.Field(f.choice(AddendumKind), required=True),
    "text": f.Field(f.text(20_000), required=True),
    "reason": f.Field(f.text(2000)),
    "service_date": f.Field(f.day(past_only=True)),
}


def complete(values: dict[str, Any], current: Any) -> dict[str, Any]:
    """Rules across fields, given the new values and the current row (or {} for a new encounter):
    the end is not before the start, minutes follow the times unless given, the offset is the start's."""
    def pick(name: str) -> Any:
        return values[name] if name in values else getattr(current, name, None)

    started, ended = pick("started_at"), pick("ended_at")
    if started and ended and ended < started:
        raise ValidationError("ended_at", "cannot be before the start")
    times_changed = {"started_at", "ended_at"} & values.keys()
    if values.get("minutes") is None and ("minutes" in values or times_changed or not current):
        values["minutes"] = _minutes_between(started, ended)
    if "started_at" in values:
        offset = values["started_at"].utcoffset()
        values["utc_offset_minutes"] = int(offset.total_seconds() // 60) if offset else 0
    for name in {"started_at", "ended_at"} & values.keys():
        if values[name] is not None:  # kept as the database gives it back: UTC, the offset beside it
            values[name] = values[name].astimezone(UTC)
    return values


def _minutes_between(started: datetime | None, ended: datetime | None) -> int:
    if not (started and ended):
        return 0
    minutes = round((ended - started).total_seconds() / 60)
    if minutes > MAX_MINUTES:
        raise ValidationError("ended_at", "an encounter cannot last more than 24 hours")
    return minutes
