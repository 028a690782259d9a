"""Declarative base, column types and the syncable mixin shared by every table.

Times are stored as UTC ISO-8601 text; enums as their string values with a CHECK constraint, so a bad
value fails both in Python (validate_strings) and in the database.
"""

from __future__ import annotations

import enum
import os
import time
import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Boolean, Enum, Integer, MetaData, String, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    """A UUIDv7 (time-ordered, RFC 9562) as text: rows made offline on many laptops never collide,
    and ids sort roughly by creation time, which keeps B-tree inserts local."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= ((rand >> 62) & 0xFFF) << 64
    value |= 0b10 << 62
    value |= rand & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime stored as UTC text; naive values are refused, not guessed."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: Carefield stores only timezone-aware times")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(value).astimezone(UTC)


class ISODate(TypeDecorator[date]):
    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value: date | None, dialect: Any) -> str | None:
        return None if value is None else value.isoformat()

    def process_result_value(self, value: str | None, dialect: Any) -> date | None:
        return None if value is None else date.fromisoformat(value)


def enum_type(enum_cls: type[enum.StrEnum]) -> Enum:
    """A VARCHAR with a CHECK constraint named per column by the naming convention."""
    column_type = Enum(
        enum_cls,
        native_enum=False,
        create_constraint=True,
        validate_strings=True,
        values_callable=lambda e: [m.value for m in e],
        length=max(len(m.value) for m in enum_cls),
    )
    column_type.name = None  # else every column of one enum shares a constraint name
    return column_type


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), date: ISODate(), str: String()}


class Syncable:
    """Columns every synced row carries (DESIGN.md §3).

    ``member_id`` scopes the row to a member's chart (null only for caseload-independent rows);
    ``version`` is the server's version, 0 until the server has accepted the row.
    """

    __syncable__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    updated_by: Mapped[str] = mapped_column(String(64), default="")
    version: Mapped[int] = mapped_column(Integer, default=0)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)

    @declared_attr.directive
    def __tablename__(cls) -> str:
        name = cls.__name__
        return "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")


SYNC_COLUMNS = frozenset({"id", "created_at", "updated_at", "created_by", "updated_by", "version", "deleted"})
