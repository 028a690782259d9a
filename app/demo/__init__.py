"""A synthetic demo caseload: realistic, clearly fake (DEMO- plan IDs, 555-01XX phones, "(demo)" plans),
deterministic for a seed, with years of history, loaded in bulk.

``build`` is pure (rows as dicts per table, no database); ``generate`` writes them into a store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.actor import Actor
from app.demo.compose import member_chart
from app.demo.rows import TABLE_ORDER, DemoData, Row
from app.errors import ValidationError
from app.model.enums import AuditAction, DataCategory
from app.model.member import Member
from app.store import audit
from app.store.base import Base
from app.store.store import Store

CHUNK = 50  # members built and inserted at a time; progress is reported after each chunk
INSERT_BATCH = 2000  # rows per executemany
BULK_CACHE_SIZE = -262144  # PRAGMA cache_size while loading; negative means KiB, so 256 MiB
DEFAULT_NURSE = "local"

__all__ = ["TABLE_ORDER", "DemoData", "DemoSummary", "Row", "build", "generate"]


@dataclass(frozen=True, slots=True)
class DemoSummary:
    members: int
    rows: int  # rows inserted across all tables


def build(
    seed: int, members: int, today: date, history_years: int = 3, *, nurse: str = DEFAULT_NURSE
) -> DemoData:
    """The demo caseload as rows per table. Same arguments, same rows (ids included)."""
    _check(members, history_years)
    return _build_range(seed, range(members), today, history_years, nurse)


def generate(
    store: Store,
    actor: Actor,
    *,
    members: int = 60,
    seed: int = 1,
    today: date | None = None,
    history_years: int = 3,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Insert a demo caseload in one transaction, audited once. Refuses if demo members are already there.

    Rows go in through Core ``executemany`` as if they came from the server: no outbox entries, since demo
    data is never pushed.
    """
    _check(members, history_years)
    today = today or date.today()
    rows = 0
    with store.transaction(actor, from_server=True) as s, _roomy_cache(s):
        _refuse_second_load(s)
        for first in range(0, members, CHUNK):
            chunk = range(first, min(first + CHUNK, members))
            rows += _insert(s, _build_range(seed, chunk, today, history_years, actor.user))
            if progress:
                progress(chunk.stop, members)
        audit.record(s, actor, AuditAction.CREATE, DataCategory.SYSTEM,
                     details={"demo_members": members, "demo_rows": rows, "seed": seed})
    return DemoSummary(members=members, rows=rows)


def _check(members: int, history_years: int) -> None:
    if members < 0:
        raise ValidationError("members", "must be zero or more")
    if history_years < 1:
        raise ValidationError("history_years", "must be at least 1")


def _build_range(seed: int, indexes: range, today: date, history_years: int, nurse: str) -> DemoData:
    data = DemoData()
    for index in indexes:
        data.extend(member_chart(seed, index, today, history_years, nurse))
    return data


def _refuse_second_load(session: Session) -> None:
    demo = select(func.count()).select_from(Member).where(Member.plan_member_id.like("DEMO-%"))
    if session.scalar(demo):
        raise ValidationError("members", "demo members are already loaded in this vault")


@contextmanager
def _roomy_cache(session: Session) -> Iterator[None]:
    """A bigger page cache while the rows go in: index pages of a large load stay in memory instead of
    spilling mid-transaction. Set on the driver connection so a failed insert cannot mask its own error."""
    raw = session.connection().connection.driver_connection
    before = raw.execute("PRAGMA cache_size").fetchone()[0]
    raw.execute(f"PRAGMA cache_size = {BULK_CACHE_SIZE}")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA cache_size = {int(before)}")


def _insert(session: Session, data: DemoData) -> int:
    count = 0
    for name, rows in data.non_empty():
        table = Base.metadata.tables[name]
        for start in range(0, len(rows), INSERT_BATCH):
            session.execute(insert(table), rows[start:start + INSERT_BATCH])
        count += len(rows)
    return count
