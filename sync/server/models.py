"""The central server's tables (SQLite for one machine, PostgreSQL in production).

Synced rows are stored as documents: one ``record`` per (table, id) with the field values, and per
field the version, HLC and device of its last change — what the field-level merge needs.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, ForeignKey, Index, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# BIGINT on PostgreSQL; INTEGER on SQLite, where only INTEGER PRIMARY KEY autoincrements.
BIG_INT = BigInteger().with_variant(Integer, "sqlite")


def utcnow() -> datetime:
    return datetime.now(UTC)


class ServerBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: DateTime(timezone=True), dict[str, Any]: JSON, int: BIG_INT}


class User(ServerBase):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    supervisor: Mapped[str | None] = mapped_column(String(64))  # the supervisor whose team this nurse is on
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_login_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Device(ServerBase):
    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # made by the client
    username: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime | None]
    last_sync_at: Mapped[datetime | None]
    pending_changes: Mapped[int | None] = mapped_column(Integer)
    revoked_at: Mapped[datetime | None]
    audit_through: Mapped[int] = mapped_column(Integer, default=0)
    audit_head: Mapped[str] = mapped_column(String(64), default="0" * 64)
    audit_chain_ok: Mapped[bool] = mapped_column(Boolean, default=True)


class Token(ServerBase):
    __tablename__ = "tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256 of the bearer token
    username: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(64), ForeignKey("devices.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class Assignment(ServerBase):
    """Which nurse carries which member. Ending one purges the member from that nurse's laptops."""

    __tablename__ = "assignments"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    member_id: Mapped[str] = mapped_column(String(64), index=True)
    username: Mapped[str] = mapped_column(String(64), index=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None]
    seq: Mapped[int] = mapped_column(BIG_INT, default=0, index=True)  # when it last changed


class Record(ServerBase):
    __tablename__ = "records"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    member_id: Mapped[str | None] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(BIG_INT)  # the row's version: the server sequence of its last change
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    field_meta: Mapped[dict[str, Any]] = mapped_column(JSON)  # field -> {"v": seq, "hlc": str, "dev": str}
    # field -> its "hlc" in field_meta, written with it: what each pull sends, kept, not derived per read
    field_hlc: Mapped[dict[str, str]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        Index("ix_records_member_seq", "member_id", "seq"),
        Index("ix_records_seq", "seq"),
    )


def clock_times(field_meta: dict[str, Any]) -> dict[str, str]:
    """A record's ``field_hlc`` from its ``field_meta``."""
    return {name: meta["hlc"] for name, meta in field_meta.items()}


class AppliedChange(ServerBase):
    """Idempotency: a retried change returns the result it got the first time."""

    __tablename__ = "applied_changes"

    change_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(64))
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ServerConflict(ServerBase):
    __tablename__ = "conflicts"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(64))
    member_id: Mapped[str | None] = mapped_column(String(64), index=True)
    field: Mapped[str] = mapped_column(String(60))
    values: Mapped[dict[str, Any]] = mapped_column(JSON)  # {"client": …, "server": …, "kept": …}
    device_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditRecord(ServerBase):
    """Each device's audit events, append-only, with the device's own hash chain."""

    __tablename__ = "audit_events"

    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(BIG_INT, primary_key=True)
    event_id: Mapped[str] = mapped_column(String(64))
    member_id: Mapped[str | None] = mapped_column(String(64), index=True)
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    at: Mapped[str] = mapped_column(String(40))
    body: Mapped[dict[str, Any]] = mapped_column(JSON)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class Counter(ServerBase):
    """The server sequence. Its row lock is taken last in a transaction, so sequence order is commit order."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(20), primary_key=True)
    value: Mapped[int] = mapped_column(BIG_INT, default=0)


class EmergencyDesignation(ServerBase):
    """Supervisors an administrator has designated for emergency (break-glass) access."""

    __tablename__ = "emergency_designations"

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    designated_at: Mapped[datetime] = mapped_column(default=utcnow)


class EmergencyGrant(ServerBase):
    """Each break-glass grant, append-only: its facts never change; its end is stamped once (at expiry or
    when the designation is withdrawn) with the sequence number that purges the chart from the laptops."""

    __tablename__ = "emergency_grants"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    member_id: Mapped[str] = mapped_column(String(64), index=True)
    username: Mapped[str] = mapped_column(String(64), index=True)
    device_id: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(1000))
    granted_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    record_id: Mapped[str] = mapped_column(String(64))  # the synced emergency_access row the nurse sees
    seq: Mapped[int] = mapped_column(BIG_INT)
    ended_at: Mapped[datetime | None]
    ended_seq: Mapped[int | None] = mapped_column(BIG_INT, index=True)
