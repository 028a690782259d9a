"""What the chart's notes, timeline and outreach parts show, read on the DB thread.

The summary (the banner's outreach line, "Minutes this month" on the Overview) is read when the chart
opens; the lists (Notes and Timeline) when one of those tabs is first shown.

Listing functions are not audited individually: opening the chart already wrote the view event, and
opening one note (``encounters.get``) writes its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.errors import NotFound
from app.services import encounters, members, outreach, timeline
from ui.context import Changes

# Changes that alter what these parts show.
KINDS = ("encounter", "member", "utilization", "assessment")
REVIEWABLE_LIMIT = 20


@dataclass(frozen=True, slots=True)
class EncounterSummary:
    member: Any  # MemberView, as it is now (the status menu offers the steps from its status)
    outreach: Any = None  # OutreachStatus
    minutes_this_month: int = 0
    contacts_this_month: int = 0


@dataclass(frozen=True, slots=True)
class EncounterData:
    encounters: tuple[Any, ...] = ()  # EncounterView, newest first
    timeline: tuple[Any, ...] = ()  # TimelineEntry, newest first


def load_summary(session: Session, member_id: str, today: date) -> EncounterSummary:
    month = today.strftime("%Y-%m")
    minutes = [m for m in encounters.minutes_by_month(session, member_id) if m.month == month]
    return EncounterSummary(
        member=members.peek(session, member_id),
        outreach=outreach.status(session, member_id, as_of=today),
        minutes_this_month=sum(m.minutes for m in minutes),
        contacts_this_month=sum(m.contacts for m in minutes),
    )


def load(session: Session, member_id: str) -> EncounterData:
    return EncounterData(
        encounters=tuple(encounters.list_for(session, member_id)),
        timeline=tuple(timeline.for_member(session, member_id)),
    )


def touched(changes: Changes, member_id: str) -> bool:
    return any(changes.touches(kind, member_id) for kind in KINDS)


def reviewable(session: Session, member_id: str) -> list[Any]:
    """The member's recent assessments (TimelineEntry), newest first, for the "reviewed" checklist."""
    return timeline.for_member(session, member_id, kinds={"assessment"})[:REVIEWABLE_LIMIT]


def drafts_with_names(session: Session) -> list[tuple[Any, str]]:
    """Every unfinished note with its member's name (not audited: no clinical content is read)."""
    out = []
    for draft in encounters.list_drafts(session):
        name = ""
        if draft.member_id:
            try:
                member = members.peek(session, draft.member_id)
            except NotFound:  # the member was removed by a sync; the text is still offered back
                member = None
            if member is not None:
                name = " ".join(p for p in (member.first_name, member.last_name) if p)
        out.append((draft, name))
    return out
