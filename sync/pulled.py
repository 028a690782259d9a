"""Storing pulled rows on the laptop, inside the encrypted store: upserts in bulk (Core executemany, no
outbox), never over a field with an unsent change, parents before children, and rows whose parent has
not arrived yet held back for the next page. No network here, no Qt."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, datetime
from functools import cache, lru_cache, partial
from typing import Any

from pydantic_core import to_json
from sqlalchemy import JSON, Column, LargeBinary, MetaData, String, Table, select, text
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from app.model import MODEL_BY_TABLE, OutboxEntry
from app.store.base import ISODate, UTCDateTime
from app.store.codec import decode
from sync.protocol import Row

# Parents and children may arrive in one page in any order; check references at commit instead.
DEFER_FKS = text("PRAGMA defer_foreign_keys = ON")
CANONICAL_UTC_LENGTH = len("2026-01-01T00:00:00.000000+00:00")  # UTCDateTime's stored text
CANONICAL_DATE_LENGTH = len("2026-01-01")


def apply_rows(session: Session, rows: Iterable[Row]) -> list[Row]:
    """Upsert pulled rows (Core executemany, no outbox). Fields the nurse changed since and not yet
    pushed are kept: such rows (rare) are upserted one by one without those fields.

    Returns the rows held back: each names a parent row that is neither on the laptop nor in ``rows``.
    Pages follow the server's sequence, and a parent changed after its child comes later (a member's row
    moves on with every visit): the caller offers the held rows again with the next page."""
    session.execute(DEFER_FKS)
    decoded = [(row, _decoded(row)) for row in _latest(rows) if row.table in MODEL_BY_TABLE]
    waiting = _waiting_for_parent(session, decoded)
    ready = [(row, values) for row, values in decoded if (row.table, row.id) not in waiting]
    pending = _pending_fields(session, [row.id for row, _ in ready])
    batches: dict[tuple[str, frozenset[str], frozenset[str]], list[dict[str, Any]]] = defaultdict(list)
    for row, values in ready:
        keep = frozenset(pending.get(row.id, ()))
        batches[(row.table, frozenset(values), keep)].append(values)
    # Parents first: while a child waits for its parent in the same transaction, SQLite looks for the
    # children of every parent row stored after it, by scanning the child tables (some have no index on
    # the reference). Stored in this order, nothing ever waits.
    for table, keys, keep in sorted(batches, key=lambda batch: DEPTH[batch[0]]):
        session.connection().execute(_upsert(table, keys, keep), batches[(table, keys, keep)])
    return [row for row, _ in decoded if (row.table, row.id) in waiting]


def resume_cursor(next_cursor: int, held: list[Row]) -> int:
    """Where the next pull starts: before the oldest held row, so stopping now loses none of them."""
    return min([next_cursor, *(row.version - 1 for row in held)])


def _latest(rows: Iterable[Row]) -> list[Row]:
    """One row per (table, id), the newest version (a held row may come again in a later page)."""
    newest: dict[tuple[str, str], Row] = {}
    for row in rows:
        known = newest.get((row.table, row.id))
        if known is None or row.version >= known.version:
            newest[(row.table, row.id)] = row
    return list(newest.values())


@lru_cache(maxsize=512)
def _upsert(table: str, keys: frozenset[str], keep: frozenset[str]) -> Any:
    stmt = insert(_wire_table(table))
    changing = {k: stmt.excluded[k] for k in sorted(keys) if k != "id" and k not in keep}
    return stmt.on_conflict_do_update(index_elements=["id"], set_=changing)


def _parents(model: Any) -> tuple[tuple[str, str], ...]:
    return tuple((column.key, fk.column.table.name) for column in model.__table__.columns
                 for fk in column.foreign_keys)


# Per synced table, the columns naming a parent row and the parent's table (all within one member's chart).
PARENTS: dict[str, tuple[tuple[str, str], ...]] = {table: _parents(m) for table, m in MODEL_BY_TABLE.items()}


def _depth(table: str) -> int:
    """0 for a table naming no parent (member), else one more than its deepest parent."""
    parents = [parent for _, parent in PARENTS[table] if parent != table]
    return 1 + max(map(_depth, parents)) if parents else 0


DEPTH: dict[str, int] = {table: _depth(table) for table in MODEL_BY_TABLE}


def _waiting_for_parent(session: Session, decoded: list[tuple[Row, dict[str, Any]]]) -> set[tuple[str, str]]:
    """(table, id) of the rows that cannot be stored yet: a parent they name is missing, or waits itself."""
    here = {(row.table, row.id) for row, _ in decoded}
    named: dict[str, set[str]] = defaultdict(set)
    for row, values in decoded:
        for column, parent in PARENTS[row.table]:
            if values.get(column) is not None and (parent, values[column]) not in here:
                named[parent].add(values[column])
    blocked = {(parent, ref) for parent, refs in named.items()
               for ref in refs - _stored(session, parent, refs)}
    if not blocked:
        return set()
    waiting: set[tuple[str, str]] = set()
    grew = True
    while grew:  # a goal waiting for its problem holds back the goal's barriers too
        grew = False
        for row, values in decoded:
            key = (row.table, row.id)
            if key not in waiting and any((parent, values.get(column)) in blocked
                                          for column, parent in PARENTS[row.table]):
                waiting.add(key)
                blocked.add(key)
                grew = True
    return waiting


def _stored(session: Session, table: str, ids: set[str]) -> set[str]:
    model, wanted, found = MODEL_BY_TABLE[table], sorted(ids), set()
    for start in range(0, len(wanted), 500):
        found.update(session.scalars(select(model.id).where(model.id.in_(wanted[start:start + 500]))))
    return found


def _decoded(row: Row) -> dict[str, Any]:
    """The row's values as the laptop stores them (see _wire_table); fields this laptop's schema does not
    have are left out."""
    columns, readers = _columns(row.table)
    values = dict(row.fields)
    if not values.keys() <= columns:
        values = {key: value for key, value in values.items() if key in columns}
    for key, read in readers:
        if key in values:
            values[key] = read(values[key])
    values.update(id=row.id, version=row.version, deleted=row.deleted)
    if row.member_id is not None and "member_id" in columns:
        values["member_id"] = row.member_id
    return values


def _utc_text(value: str | None) -> str | None:
    """A UTC time as stored: the canonical text is checked and kept, anything else goes the long way
    (parsed, refused if naive, converted to UTC)."""
    if value is None:
        return None
    if len(value) == CANONICAL_UTC_LENGTH and value.endswith("+00:00") and value[19] == ".":
        datetime.fromisoformat(value)  # raises on anything that is not a time
        return value
    return UTCDateTime().process_bind_param(datetime.fromisoformat(value), None)


def _date_text(value: str | None) -> str | None:
    if value is None:
        return None
    parsed = date.fromisoformat(value)
    return value if len(value) == CANONICAL_DATE_LENGTH else parsed.isoformat()


def _json_text(value: Any) -> str:
    """A JSON column's stored text (None is JSON null, as the column type stores it)."""
    return to_json(value).decode()


def _reader(column: Column[Any]) -> Callable[[Any], Any] | None:
    if isinstance(column.type, UTCDateTime):
        return _utc_text
    if isinstance(column.type, ISODate):
        return _date_text
    if isinstance(column.type, JSON):
        return _json_text
    if isinstance(column.type, LargeBinary):
        return partial(decode, column)
    return None  # stored as it comes (the column's type still checks it: enums, booleans)


@cache
def _columns(table: str) -> tuple[frozenset[str], tuple[tuple[str, Callable[[Any], Any]], ...]]:
    """The table's column keys, and those whose wire value needs reading (with how)."""
    columns = MODEL_BY_TABLE[table].__table__.columns
    readers = tuple((column.key, read) for column in columns if (read := _reader(column)) is not None)
    return frozenset(column.key for column in columns), readers


TEXT_READERS = (_utc_text, _date_text, _json_text)


@cache
def _wire_table(table: str) -> Table:
    """``table`` as pulled rows fill it: times, dates and JSON documents are text columns, given the text
    the laptop stores. Decoding times to datetime only for the column type to encode them back (and
    re-encoding JSON with the slow standard encoder) was a quarter of the time a first sync spends storing
    rows. Used for writing, never for DDL."""
    source = MODEL_BY_TABLE[table].__table__
    return Table(source.name, MetaData(), *(
        Column(column.name, String() if _reader(column) in TEXT_READERS else column.type,
               key=column.key, primary_key=column.primary_key)
        for column in source.columns))


def _pending_fields(session: Session, row_ids: list[str]) -> dict[str, set[str]]:
    pending: dict[str, set[str]] = defaultdict(set)
    if session.scalar(select(OutboxEntry.seq).limit(1)) is None:
        return pending  # nothing unsent (a first sync): no lookups
    for start in range(0, len(row_ids), 500):
        chunk = row_ids[start:start + 500]
        for row_id, fields in session.execute(
            select(OutboxEntry.row_id, OutboxEntry.fields).where(OutboxEntry.row_id.in_(chunk))
        ):
            pending[row_id].update(fields)
    return pending
