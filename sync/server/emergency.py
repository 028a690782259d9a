"""Emergency (break-glass) access: a designated supervisor opens a chart outside her team for a while.

A grant puts the member in the supervisor's pull scope until it expires; then, like an ended assignment,
the member is named in ``removed_members`` and the supervisor's laptop purges the chart. Every grant is
kept (append-only ``emergency_grants``), written to the server's own audit chain, and announced to the
member's laptops by a synced ``emergency_access`` row (shown in the chart's Access log).

The clock is injectable: every function takes ``now``; the HTTP path and pull read ``clock()``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Annotated

from pydantic import Field, StringConstraints
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model.emergency import EmergencyAccess
from app.model.enums import AuditAction
from app.store.codec import full_row
from sync.protocol import Role, Strict
from sync.server import admin, server_audit
from sync.server.auth import Principal
from sync.server.db import next_seqs
from sync.server.models import EmergencyDesignation, EmergencyGrant, Record, User

TABLE = EmergencyAccess.__tablename__
MIN_MINUTES, MAX_MINUTES, DEFAULT_MINUTES = 1, 480, 60
MIN_REASON = 10


def _system_clock() -> datetime:
    return datetime.now(UTC)


clock: Callable[[], datetime] = _system_clock  # tests replace it; no sleeping


class EmergencyAccessRequest(Strict):
    member: str = Field(min_length=1, max_length=64)  # plan member ID or internal id
    reason: Annotated[str, StringConstraints(strip_whitespace=True, min_length=MIN_REASON, max_length=1000)]
    minutes: int = Field(default=DEFAULT_MINUTES, ge=MIN_MINUTES, le=MAX_MINUTES)


class EmergencyAccessResponse(Strict):
    member_id: str
    granted_to: str
    granted_at: str  # ISO-8601 UTC
    expires_at: str


class Refused(Exception):
    """The request is not allowed; the message (no PHI) says why."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code = status, code


@dataclass(frozen=True, slots=True)
class GrantView:
    member_id: str
    username: str
    granted_at: datetime
    expires_at: datetime
    ended_at: datetime | None


# ---- designation (the administrator's act) ------------------------------------------------------------


def designate(session: Session, username: str, on: bool, *, now: datetime | None = None) -> int:
    """Turn a supervisor's emergency access on or off. Off ends her active grants at once (their
    charts leave her laptops at her next sync); returns how many were ended."""
    now = now or clock()
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise admin.AdminError(f"No user {username}.")
    if on and user.role != Role.SUPERVISOR:
        raise admin.AdminError("Only a supervisor can be designated for emergency access.")
    held = session.get(EmergencyDesignation, username)
    if on and held is None:
        session.add(EmergencyDesignation(username=username, designated_at=now))
    elif not on and held is not None:
        session.delete(held)
    ended = _end(session, _open_grants(session, username), now) if not on else 0
    if (held is None) == on:
        server_audit.record(session, user=username, action=AuditAction.UPDATE,
                            entity_type="emergency_designation", entity_id=username,
                            details={"designated": on, "grants_ended": ended}, at=now)
    return ended


def designated(session: Session) -> list[str]:
    names = select(EmergencyDesignation.username).order_by(EmergencyDesignation.username)
    return list(session.scalars(names))


# ---- the grant (the supervisor's act) -----------------------------------------------------------------


def grant(session: Session, who: Principal, request: EmergencyAccessRequest,
          *, now: datetime | None = None) -> EmergencyAccessResponse:
    now = now or clock()
    _refuse_unless_designated(session, who)
    try:
        member_id = admin.resolve_member(session, request.member)
    except admin.AdminError:
        raise Refused(404, "not_found", "No such member on the server.") from None
    expires = now + timedelta(minutes=request.minutes)
    # Re-sequence the member's rows so the supervisor's next pull back-fills the whole chart (as assign does).
    rows = admin.chart_rows(session, member_id)
    notice = _notice(session, who, member_id, request.reason, now, expires)
    seqs = next_seqs(session, len(rows) + 2)
    admin.resequence(session, rows, seqs)
    _stamp(notice, seqs[-2])
    session.add(EmergencyGrant(member_id=member_id, username=who.username, device_id=who.device_id,
                               reason=request.reason, granted_at=now, expires_at=expires,
                               record_id=notice.id, seq=seqs[-1]))
    server_audit.record(session, user=who.username, action=AuditAction.EMERGENCY_ACCESS,
                        entity_type=TABLE, entity_id=notice.id, member_id=member_id, at=now,
                        details={"minutes": request.minutes, "expires_at": expires.isoformat(),
                                 "device": who.device_id})
    return EmergencyAccessResponse(member_id=member_id, granted_to=who.username, granted_at=now.isoformat(),
                                   expires_at=expires.isoformat())


def _refuse_unless_designated(session: Session, who: Principal) -> None:
    if who.revoked:
        raise Refused(403, "revoked", "This device has been revoked.")
    if who.role != Role.SUPERVISOR:
        raise Refused(403, "forbidden", "Emergency access is only for designated supervisors.")
    if session.get(EmergencyDesignation, who.username) is None:
        raise Refused(403, "forbidden",
                      "You are not designated for emergency access; an administrator can designate you.")


def _notice(session: Session, who: Principal, member_id: str, reason: str, now: datetime,
            expires: datetime) -> Record:
    """The member-scoped row every laptop carrying the member pulls (the nurse's Access log)."""
    data = full_row(EmergencyAccess, {"member_id": member_id, "granted_to": who.username, "reason": reason,
                                      "granted_at": now, "expires_at": expires}, author=who.username)
    notice = Record(table_name=TABLE, id=data["id"], member_id=member_id, deleted=False, data=data,
                    field_meta={}, field_hlc={}, seq=0)  # numbered and stamped last (_stamp)
    session.add(notice)
    return notice


def _stamp(notice: Record, seq: int) -> None:
    written = admin.server_written(notice.data, seq, admin.server_clock())
    notice.seq, notice.field_meta, notice.field_hlc = seq, written["field_meta"], written["field_hlc"]


# ---- scope and expiry (read by pull) ------------------------------------------------------------------


def active_members(session: Session, username: str, *, now: datetime | None = None) -> set[str]:
    """Members in this supervisor's scope by an unexpired, unended grant."""
    now = now or clock()
    rows = session.scalars(select(EmergencyGrant.member_id).where(
        EmergencyGrant.username == username, EmergencyGrant.ended_at.is_(None),
        EmergencyGrant.expires_at > now))
    return set(rows)


def end_due(session: Session, username: str, *, now: datetime | None = None) -> int:
    """Stamp the end of this user's expired grants. Called by pull before it reads the committed
    sequence, so the end's number falls in the page that tells the laptop to purge."""
    now = now or clock()
    due = (EmergencyGrant.username == username, EmergencyGrant.ended_at.is_(None),
           EmergencyGrant.expires_at <= now)
    if session.scalar(select(EmergencyGrant.id).where(*due).limit(1)) is None:
        return 0  # the usual case: no lock taken, nothing written
    return _end(session, list(session.scalars(select(EmergencyGrant).where(*due).with_for_update())), now)


def ended_members(session: Session, username: str, low: int, high: int) -> set[str]:
    """Members whose grant to this user ended in the sequence range (low, high]: purge them."""
    rows = session.scalars(select(EmergencyGrant.member_id).where(
        EmergencyGrant.username == username, EmergencyGrant.ended_seq > low,
        EmergencyGrant.ended_seq <= high))
    return set(rows)


def grants(session: Session, *, member_id: str | None = None) -> list[GrantView]:
    stmt = select(EmergencyGrant).order_by(EmergencyGrant.granted_at.desc(), EmergencyGrant.id.desc())
    if member_id is not None:
        stmt = stmt.where(EmergencyGrant.member_id == member_id)
    return [GrantView(g.member_id, g.username, _aware(g.granted_at), _aware(g.expires_at),
                      _aware(g.ended_at) if g.ended_at else None) for g in session.scalars(stmt)]


def _open_grants(session: Session, username: str) -> list[EmergencyGrant]:
    return list(session.scalars(select(EmergencyGrant).where(
        EmergencyGrant.username == username, EmergencyGrant.ended_at.is_(None)).with_for_update()))


def _end(session: Session, grants_to_end: list[EmergencyGrant], now: datetime) -> int:
    if not grants_to_end:
        return 0
    for grant_row, seq in zip(grants_to_end, next_seqs(session, len(grants_to_end)), strict=True):
        grant_row.ended_at, grant_row.ended_seq = min(now, _aware(grant_row.expires_at)), seq
    return len(grants_to_end)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

