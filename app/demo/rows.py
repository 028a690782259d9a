"""Row plumbing for the demo generator: full table rows as dicts, deterministic ids, local clock times.

Every row carries every column of its table (defaults filled in), so a Core ``executemany`` insert
sees the same keys in each row and nothing is left to the database to guess.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import app.model  # noqa: F401  (registers every table on the metadata)
from app.store.base import SYNC_COLUMNS, Base

Row = dict[str, Any]

# Parents before children, so foreign keys hold at every insert.
TABLE_ORDER: tuple[str, ...] = (
    "member", "member_status_change", "closure_request", "contact", "care_team_member",
    "condition", "medication", "allergy", "utilization_event", "consent",
    "encounter", "addendum", "assessment_response", "safety_alert",
    "care_plan", "problem", "goal", "intervention", "barrier", "referral", "progress_review",
    "plan_agreement", "care_plan_version", "plan_proposal", "task",
)


@dataclass(frozen=True, slots=True)
class DemoData:
    """The rows of a demo caseload, per table, in insert order."""

    tables: dict[str, list[Row]] = field(default_factory=lambda: {name: [] for name in TABLE_ORDER})

    @property
    def members(self) -> list[Row]:
        return self.tables["member"]

    @property
    def row_count(self) -> int:
        return sum(len(rows) for rows in self.tables.values())

    def extend(self, other: DemoData) -> None:
        for name, rows in other.tables.items():
            self.tables[name].extend(rows)

    def non_empty(self) -> Iterator[tuple[str, list[Row]]]:
        return ((name, rows) for name, rows in self.tables.items() if rows)


@dataclass(frozen=True, slots=True)
class _Template:
    columns: frozenset[str]
    scalars: Row
    factories: tuple[tuple[str, Callable[[], Any]], ...]


@functools.cache
def _template(table: str) -> _Template:
    scalars: Row = {}
    factories: list[tuple[str, Callable[[], Any]]] = []
    for column in Base.metadata.tables[table].columns:
        default = column.default
        if column.key in SYNC_COLUMNS or column.key == "member_id":
            continue
        if default is not None and default.is_scalar:
            scalars[column.key] = default.arg
        elif default is not None and default.is_callable:
            factories.append((column.key, functools.partial(default.arg, None)))
        else:
            scalars[column.key] = None
    keys = frozenset(c.key for c in Base.metadata.tables[table].columns)
    return _Template(keys, scalars, tuple(factories))


def make_row(table: str, stamp: Row, values: Row) -> Row:
    """A complete row: column defaults, then the syncable stamp, then the given values."""
    template = _template(table)
    unknown = values.keys() - template.columns
    if unknown:
        raise KeyError(f"{table} has no column {sorted(unknown)[0]}")
    row = dict(template.scalars)
    for key, factory in template.factories:
        row[key] = factory()
    row.update(stamp)
    row.update(values)
    return row


def demo_id(rng: random.Random, at: datetime) -> str:
    """A UUIDv7-shaped id whose time part is when the row was made and whose random part is the rng's,
    so the same seed gives the same ids and ids still sort by creation time."""
    ms = int(at.timestamp() * 1000) & ((1 << 48) - 1)
    rand = rng.getrandbits(74)
    value = ms << 80 | 0x7 << 76 | ((rand >> 62) & 0xFFF) << 64 | 0b10 << 62 | rand & ((1 << 62) - 1)
    text = f"{value:032x}"  # what str(uuid.UUID(int=value)) gives, without the object
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


@functools.lru_cache(maxsize=4096)
def pacific_offset(day: date) -> int:
    """The nurse's UTC offset in minutes (California): daylight time from the second Sunday of March
    to the first Sunday of November."""
    march = date(day.year, 3, 8)
    start = march + timedelta(days=(6 - march.weekday()) % 7)
    november = date(day.year, 11, 1)
    end = november + timedelta(days=(6 - november.weekday()) % 7)
    return -420 if start <= day < end else -480


def local_moment(day: date, minute_of_day: int) -> datetime:
    """A UTC time for a local (California) wall-clock time on ``day``."""
    return _local_midnight(day) + timedelta(minutes=minute_of_day)


@functools.lru_cache(maxsize=4096)
def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), UTC) - timedelta(minutes=pacific_offset(day))


def shift_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
