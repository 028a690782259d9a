"""Pull: the rows of the members a user may see, in server-sequence order, one page at a time.

The cursor is a sequence number. Sequence numbers are taken under the counter's row lock at the end
of each writing transaction, so they commit in order; the committed counter value is therefore a
safe cursor (no smaller number can still commit after we read it).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.protocol import PullResponse, Row
from sync.server import emergency
from sync.server.auth import Principal
from sync.server.db import committed_seq
from sync.server.models import Assignment, Record
from sync.server.scope import visible_members


def pull(session: Session, who: Principal, cursor: int, limit: int) -> PullResponse:
    emergency.end_due(session, who.username)  # an expired grant's end takes its number before `high` is read
    high = committed_seq(session)
    visible = visible_members(session, who)
    records = session.scalars(
        select(Record)
        .where(Record.seq > cursor, Record.seq <= high, Record.member_id.in_(visible))
        .order_by(Record.seq)
        .limit(limit + 1)
    ).all() if visible else []
    has_more = len(records) > limit
    page = records[:limit]
    next_cursor = page[-1].seq if has_more else high
    return PullResponse(
        rows=[_row(record) for record in page],
        removed_members=_removed(session, who, cursor, next_cursor, visible),
        next_cursor=max(next_cursor, cursor),
        has_more=has_more,
    )


def _row(record: Record) -> Row:
    return Row(
        table=record.table_name, id=record.id, member_id=record.member_id, version=record.seq,
        deleted=record.deleted, fields=record.data,
        field_hlc={name: meta["hlc"] for name, meta in record.field_meta.items()},
    )


def _removed(session: Session, who: Principal, low: int, high: int, visible: set[str]) -> list[str]:
    ended = session.scalars(
        select(Assignment.member_id).where(
            Assignment.username == who.username, Assignment.ended_at.is_not(None),
            Assignment.seq > low, Assignment.seq <= high,
        )
    )
    return sorted((set(ended) | emergency.ended_members(session, who.username, low, high)) - visible)
