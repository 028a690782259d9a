"""Reading across many encounters: full-text search of notes and minutes per member per month.

Neither is audited on its own (lists, not a chart); opening a hit goes through the audited chart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Integer, String, text
from sqlalchemy.orm import Session

from app.model.enums import EncounterKind, EncounterStatus
from app.store.base import UTCDateTime
from app.text import snippet

# Newest matching notes first. The date index is walked newest first and each entry is checked against the
# set of matching rowids, so a common word stops after ``limit`` rows instead of sorting every match (a
# word in half of 100,000 notes: ~300 ms the other way). INDEXED BY: SQLite would otherwise look each match
# up by rowid and sort. Snippets are made in Python for the rows shown: FTS5's snippet() re-reads a
# prefix's whole doclist per row.
_SEARCH = """
SELECT e.id AS encounter_id, e.member_id AS member_id, e.started_at AS started_at, e.kind AS kind,
       e.note AS note
FROM encounter AS e INDEXED BY {index}
WHERE e.deleted = 0 {member_filter}
  AND e.rowid IN (SELECT rowid FROM note_fts WHERE note_fts MATCH :query)
ORDER BY e.started_at DESC LIMIT :limit
"""
# The month of service where the service happened: UTC time shifted by the offset recorded with it.
_MINUTES = """
SELECT member_id, strftime('%Y-%m', started_at, printf('%+d minutes', utc_offset_minutes)) AS month,
       sum(minutes) AS minutes, count(*) AS contacts
FROM encounter
WHERE deleted = 0 AND status IN ({statuses}) {member_filter}
GROUP BY member_id, month ORDER BY member_id, month
"""
_COUNTED = (EncounterStatus.SIGNED, EncounterStatus.AMENDED)


@dataclass(frozen=True, slots=True)
class NoteHit:
    encounter_id: str
    member_id: str
    started_at: datetime
    kind: EncounterKind
    snippet: str


@dataclass(frozen=True, slots=True)
class MonthMinutes:
    member_id: str
    month: str  # "YYYY-MM", local to where the service happened
    minutes: int
    contacts: int


def search_notes(s: Session, query: str, *, member_id: str | None = None, limit: int = 50) -> list[NoteHit]:
    """Notes matching every word (each a prefix), newest first, with the matches bracketed."""
    words = re.findall(r"\w+", query, flags=re.UNICODE)
    if not words:
        return []
    if member_id:  # one chart: its own (member, date) index
        sql = _SEARCH.format(index="ix_encounter_member_started",
                             member_filter="AND e.member_id = :member_id")
    else:
        sql = _SEARCH.format(index="ix_encounter_started_live", member_filter="")
    statement = text(sql).columns(started_at=UTCDateTime(), kind=String())
    params: dict[str, object] = {"query": " AND ".join(f'"{word}"*' for word in words), "limit": limit}
    if member_id:
        params["member_id"] = member_id
    return [NoteHit(r.encounter_id, r.member_id, r.started_at, EncounterKind(r.kind), snippet(r.note, words))
            for r in s.execute(statement, params)]


def minutes_by_month(s: Session, member_id: str | None = None) -> list[MonthMinutes]:
    """Signed time per member per month (drafts and notes entered in error do not count)."""
    statement = text(_MINUTES.format(
        statuses=", ".join(f"'{status.value}'" for status in _COUNTED),
        member_filter="AND member_id = :member_id" if member_id else "",
    )).columns(minutes=Integer(), contacts=Integer())
    params = {"member_id": member_id} if member_id else {}
    return [MonthMinutes(r.member_id, r.month, r.minutes, r.contacts) for r in s.execute(statement, params)]
