"""What an operator does: accounts, assignments, devices, imports. Used by the admin CLI."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from app.store.hlc import format_hlc
from sync.protocol import Role
from sync.server.auth import hash_password
from sync.server.db import next_seqs
from sync.server.models import Assignment, Device, Record, User

SERVER_NODE = "server"  # the device named in the field records of rows the server writes


class AdminError(Exception):
    """An operator mistake, told in one sentence."""


@dataclass(frozen=True, slots=True)
class DeviceStatus:
    device_id: str
    name: str
    username: str
    last_sync_at: datetime | None
    pending_changes: int | None
    revoked: bool
    stale: bool  # not synced in 24 h


def add_user(
    session: Session, username: str, password: str, role: str, supervisor: str | None = None
) -> None:
    if not username.strip() or len(username) > 64:
        raise AdminError("A user name is 1–64 characters.")
    if role not in {r.value for r in Role}:
        raise AdminError("The role must be nurse, supervisor or admin.")
    if len(password) < 12:
        raise AdminError("A password has at least 12 characters.")
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise AdminError(f"User {username} already exists.")
    session.add(User(username=username, password_hash=hash_password(password), role=role,
                     supervisor=supervisor))


def list_users(session: Session) -> list[tuple[str, str, str | None, bool]]:
    users = session.scalars(select(User).order_by(User.username))
    return [(u.username, u.role, u.supervisor, u.active) for u in users]


def resolve_member(session: Session, key: str) -> str:
    """A member's id from their internal id or plan member ID."""
    if session.get(Record, ("member", key)) is not None:
        return key
    for record in session.scalars(select(Record).where(Record.table_name == "member")):
        if str(record.data.get("plan_member_id", "")).upper() == key.strip().upper():
            return record.id
    raise AdminError(f"No member {key} on the server.")


def _user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise AdminError(f"No user {username}.")
    return user


def assign(session: Session, member_key: str, username: str) -> str:
    """Assign, and re-sequence the member's rows so the nurse's next pull back-fills their whole history."""
    _user(session, username)
    member_id = resolve_member(session, member_key)
    active = session.scalar(select(Assignment).where(
        Assignment.member_id == member_id, Assignment.username == username, Assignment.ended_at.is_(None)))
    if active is not None:
        raise AdminError(f"Member {member_key} is already assigned to {username}.")
    rows = chart_rows(session, member_id)
    seqs = next_seqs(session, len(rows) + 1)
    resequence(session, rows, seqs)
    session.add(Assignment(member_id=member_id, username=username, seq=seqs[-1]))
    return member_id


def chart_rows(session: Session, member_id: str) -> list[tuple[str, str]]:
    """The (table, id) of a member's rows, locked, in their order of change: re-sequenced in that order,
    a pull brings parents before their children wherever it can."""
    return [(table, row_id) for table, row_id in session.execute(
        select(Record.table_name, Record.id).where(Record.member_id == member_id).order_by(Record.seq)
        .with_for_update())]


def resequence(session: Session, rows: list[tuple[str, str]], seqs: range) -> None:
    """Give ``rows`` the first of ``seqs`` (one bulk update by primary key, not one flush per row)."""
    if rows:
        session.execute(update(Record), [{"table_name": table, "id": row_id, "seq": seq}
                                         for (table, row_id), seq in zip(rows, seqs, strict=False)])


def unassign(session: Session, member_key: str, username: str) -> str:
    member_id = resolve_member(session, member_key)
    active = session.scalar(select(Assignment).where(
        Assignment.member_id == member_id, Assignment.username == username, Assignment.ended_at.is_(None)))
    if active is None:
        raise AdminError(f"Member {member_key} is not assigned to {username}.")
    active.ended_at = datetime.now(UTC)
    (active.seq,) = next_seqs(session)
    return member_id


def server_clock() -> str:
    """A clock time for rows the server itself writes."""
    return format_hlc(int(time.time() * 1000), 0, SERVER_NODE)


def server_written(fields: Any, seq: int, hlc: str) -> dict[str, dict[str, Any]]:
    """A record's ``field_meta`` and ``field_hlc`` when the server wrote every field of it (change ``seq``,
    time ``hlc``)."""
    return {"field_meta": {name: {"v": seq, "hlc": hlc, "dev": SERVER_NODE} for name in fields},
            "field_hlc": dict.fromkeys(fields, hlc)}


def server_rows(session: Session, rows: list[tuple[str, dict[str, Any]]]) -> None:
    """Rows that originate on the server (an import, a demo caseload), stored as if pushed."""
    hlc = server_clock()
    seqs = next_seqs(session, len(rows))
    records = [{"table_name": table, "id": data["id"], "member_id": data.get("member_id"), "seq": seq,
                "deleted": bool(data.get("deleted")), "data": data, **server_written(data, seq, hlc)}
               for (table, data), seq in zip(rows, seqs, strict=True)]
    for start in range(0, len(records), 2000):  # one bulk insert per slice, not one flush per row
        session.execute(insert(Record), records[start:start + 2000])


def devices(session: Session) -> list[DeviceStatus]:
    day_ago = datetime.now(UTC) - timedelta(hours=24)
    rows = session.scalars(select(Device).order_by(Device.username, Device.name))
    return [
        DeviceStatus(d.id, d.name, d.username, d.last_sync_at, d.pending_changes, d.revoked_at is not None,
                     stale=d.last_sync_at is None or _aware(d.last_sync_at) < day_ago)
        for d in rows
    ]


def revoke_device(session: Session, device_id: str) -> None:
    device = session.get(Device, device_id)
    if device is None:
        raise AdminError(f"No device {device_id}.")
    # Tokens stay valid on purpose: the device may still push what it holds, then is told to wipe itself.
    device.revoked_at = datetime.now(UTC)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
