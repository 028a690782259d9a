"""Pull: the rows of the members a user may see, in server-sequence order, one page at a time.

The cursor is a sequence number. Sequence numbers are taken under the counter's row lock at the end
of each writing transaction, so they commit in order; the committed counter value is therefore a
safe cursor (no smaller number can still commit after we read it).

A page is written out as JSON straight from the stored documents: a row's fields and its fields' clock
times are already JSON in the database, so they are copied into the answer as they are, not decoded into
Python and encoded again (that round trip was most of the server's work in a first sync). The answer is a
``PullResponse``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from json.encoder import encode_basestring_ascii as _string  # a JSON string literal, quoted

from sqlalchemy import Row, Text, cast, select
from sqlalchemy.orm import Session

from sync.server import emergency
from sync.server.auth import Principal
from sync.server.db import committed_seq
from sync.server.models import Assignment, Record
from sync.server.scope import visible_members

# The stored JSON as text: the cast keeps the driver from decoding it (psycopg decodes json columns).
_ROWS = select(Record.seq, Record.table_name, Record.id, Record.member_id, Record.deleted,
               cast(Record.data, Text).label("data"), cast(Record.field_hlc, Text).label("field_hlc"))


@dataclass(frozen=True, slots=True)
class Page:
    rows: list[Row]  # of _ROWS
    removed_members: list[str]
    next_cursor: int
    has_more: bool

    def to_json(self) -> bytes:
        """The page as a PullResponse document."""
        rows = ",".join(_row_json(row) for row in self.rows)
        return (f'{{"rows":[{rows}],"removed_members":{json.dumps(self.removed_members)},'
                f'"next_cursor":{self.next_cursor},"has_more":{json.dumps(self.has_more)}}}').encode()


def pull(session: Session, who: Principal, cursor: int, limit: int) -> Page:
    emergency.end_due(session, who.username)  # an expired grant's end takes its number before `high` is read
    high = committed_seq(session)
    visible = visible_members(session, who)
    rows = session.execute(
        _ROWS.where(Record.seq > cursor, Record.seq <= high, Record.member_id.in_(visible))
        .order_by(Record.seq)
        .limit(limit + 1)
    ).all() if visible else []
    has_more = len(rows) > limit
    page = rows[:limit]
    next_cursor = page[-1].seq if has_more else high
    return Page(
        rows=page,
        removed_members=_removed(session, who, cursor, next_cursor, visible),
        next_cursor=max(next_cursor, cursor),
        has_more=has_more,
    )


def _row_json(row: Row) -> str:
    """One Row of the contract: ``fields`` and ``field_hlc`` are the stored documents themselves."""
    member = "null" if row.member_id is None else _string(row.member_id)
    return (f'{{"table":{_string(row.table_name)},"id":{_string(row.id)},"member_id":{member},'
            f'"version":{int(row.seq)},"deleted":{"true" if row.deleted else "false"},"fields":{row.data},'
            f'"field_hlc":{row.field_hlc}}}')


def _removed(session: Session, who: Principal, low: int, high: int, visible: set[str]) -> list[str]:
    ended = session.scalars(
        select(Assignment.member_id).where(
            Assignment.username == who.username, Assignment.ended_at.is_not(None),
            Assignment.seq > low, Assignment.seq <= high,
        )
    )
    return sorted((set(ended) | emergency.ended_members(session, who.username, low, high)) - visible)
