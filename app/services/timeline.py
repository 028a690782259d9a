"""One chronological list of what happened to a member: encounters, contact attempts, assessments,
utilization (ED visits, admissions …) and lifecycle steps, newest first.

Titles are stored enum values (the UI shows them through its translated labels); details are short
free text. Not audited on its own: it is read inside the chart, whose opening is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model.assessment import AssessmentResponse
from app.model.clinical import UtilizationEvent
from app.model.encounter import Encounter
from app.model.enums import EncounterKind
from app.model.member import MemberStatusChange

KINDS = frozenset({"encounter", "attempt", "assessment", "utilization", "status"})
DETAIL_CHARS = 160


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    at: datetime
    kind: str  # encounter | attempt | assessment | utilization | status
    title: str
    detail: str
    ref_id: str
    status: str


def for_member(s: Session, member_id: str, *, kinds: set[str] | None = None) -> list[TimelineEntry]:
    """Everything on the member's timeline, newest first; ``kinds`` keeps only those kinds."""
    wanted = KINDS if kinds is None else KINDS & set(kinds)
    readers: dict[str, Callable[[Session, str], Iterable[TimelineEntry]]] = {
        "encounter": _encounters, "assessment": _assessments, "utilization": _utilization, "status": _status,
    }
    entries: list[TimelineEntry] = []
    for name, read in readers.items():
        if name in wanted or (name == "encounter" and "attempt" in wanted):
            entries += [e for e in read(s, member_id) if e.kind in wanted]
    return sorted(entries, key=lambda e: (e.at, e.kind), reverse=True)


def _encounters(s: Session, member_id: str) -> Iterable[TimelineEntry]:
    rows = s.execute(select(Encounter.id, Encounter.kind, Encounter.started_at, Encounter.channel,
                            Encounter.outcome, Encounter.note, Encounter.status)
                     .where(Encounter.member_id == member_id, Encounter.deleted.is_(False)))
    for row in rows:
        attempt = row.kind == EncounterKind.CONTACT_ATTEMPT
        detail = _first_line(row.note)
        if attempt:
            said = " · ".join(str(v) for v in (row.channel, row.outcome) if v)
            detail = f"{said} — {detail}" if detail else said
        yield TimelineEntry(row.started_at, "attempt" if attempt else "encounter", str(row.kind), detail,
                            row.id, str(row.status))


def _assessments(s: Session, member_id: str) -> Iterable[TimelineEntry]:
    rows = s.execute(select(AssessmentResponse.id, AssessmentResponse.instrument_id, AssessmentResponse.band,
                            AssessmentResponse.total, AssessmentResponse.status,
                            AssessmentResponse.started_at, AssessmentResponse.completed_at)
                     .where(AssessmentResponse.member_id == member_id, AssessmentResponse.deleted.is_(False)))
    for row in rows:
        scored = f"{row.band} ({row.total})" if row.band and row.total is not None else row.band or ""
        yield TimelineEntry(row.completed_at or row.started_at, "assessment", row.instrument_id, scored,
                            row.id, str(row.status))


def _utilization(s: Session, member_id: str) -> Iterable[TimelineEntry]:
    rows = s.execute(select(UtilizationEvent.id, UtilizationEvent.kind, UtilizationEvent.facility,
                            UtilizationEvent.admitted_on, UtilizationEvent.created_at)
                     .where(UtilizationEvent.member_id == member_id, UtilizationEvent.deleted.is_(False)))
    for row in rows:
        yield TimelineEntry(_on_day(row.admitted_on, row.created_at), "utilization", str(row.kind),
                            row.facility, row.id, "")


def _status(s: Session, member_id: str) -> Iterable[TimelineEntry]:
    change = MemberStatusChange
    rows = s.execute(select(change.id, change.from_status, change.to_status, change.changed_on, change.reason,
                            change.created_at)
                     .where(change.member_id == member_id, change.deleted.is_(False)))
    for row in rows:
        yield TimelineEntry(_on_day(row.changed_on, row.created_at), "status", str(row.to_status),
                            _first_line(row.reason), row.id, str(row.from_status or ""))


def _on_day(day: date, stamp: datetime) -> datetime:
    """A date-only event sits at the time it was written down when that was the same local day, else
    at the end of its day: after what happened that day (the attempt that started outreach, the call
    that enrolled the member), and on the right day when shown in local time."""
    local = stamp.astimezone()
    if local.date() == day:
        return local
    return datetime.combine(day, time(23, 59, 59)).astimezone()


def _first_line(note: str) -> str:
    line = next((part.strip() for part in (note or "").splitlines() if part.strip()), "")
    return line if len(line) <= DETAIL_CHARS else line[: DETAIL_CHARS - 1] + "…"


__all__ = ["KINDS", "TimelineEntry", "for_member"]
