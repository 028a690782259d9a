"""Reading the ingested audit trail for an administrator or privacy officer (``carefield-server audit``).

Events come back filtered and newest first, each with its device's chain status. A chain is checked again
from the stored events with the very check ingestion uses (``audit_ingest``), so an event altered in the
database after it arrived is caught as well as one a laptop sent broken.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from sync.protocol import AuditEventIn
from sync.server import admin, audit_ingest
from sync.server.models import AuditRecord, Device

GENESIS = "0" * 64


@dataclass(frozen=True, slots=True)
class ChainStatus:
    device_id: str
    username: str
    ok: bool
    through: int  # the highest event held
    problem: str  # "" when ok


@dataclass(frozen=True, slots=True)
class AuditEntry:
    device_id: str
    seq: int
    at: str  # ISO-8601 UTC, as the device wrote it
    user: str
    action: str
    category: str
    entity_type: str
    entity_id: str
    member_id: str | None
    details: dict[str, Any]
    chain_ok: bool  # this event's device chain


@dataclass(frozen=True, slots=True)
class AuditReport:
    events: list[AuditEntry]
    chains: list[ChainStatus]  # of every device with an event listed

    @property
    def broken(self) -> list[ChainStatus]:
        return [chain for chain in self.chains if not chain.ok]


def query(session: Session, *, member: str | None = None, user: str | None = None,
          since: date | datetime | None = None, until: date | datetime | None = None,
          action: str | None = None, limit: int | None = None) -> AuditReport:
    """``member`` is a plan member ID or an id; ``since`` is inclusive, ``until`` inclusive of a whole day
    when a date is given (exclusive when a time is given)."""
    stmt = (select(AuditRecord).where(*_conditions(session, member, user, since, until, action))
            .order_by(AuditRecord.at.desc(), AuditRecord.device_id, AuditRecord.seq.desc()))
    if limit is not None:
        stmt = stmt.limit(max(limit, 0))
    records = list(session.scalars(stmt))
    devices = sorted({record.device_id for record in records})
    chains = {device_id: chain_status(session, device_id) for device_id in devices}
    events = [_entry(record, chains[record.device_id].ok) for record in records]
    return AuditReport(events, list(chains.values()))


def chain_status(session: Session, device_id: str) -> ChainStatus:
    """Walk the device's stored events from the start, as ingestion walked them when they arrived."""
    device = session.get(Device, device_id)
    username = device.username if device else ""
    walker = Device(id=device_id, audit_through=0, audit_head=GENESIS)  # never added to the session
    problem = ""
    for record in session.scalars(select(AuditRecord).where(AuditRecord.device_id == device_id)
                                  .order_by(AuditRecord.seq)):
        problem = _problem(walker, record)
        if problem:
            break
        walker.audit_through, walker.audit_head = record.seq, str(record.body.get("hash", ""))
    if not problem and device is not None and not device.audit_chain_ok:
        problem = f"the device sent an event after #{device.audit_through} that broke its chain (refused)"
    return ChainStatus(device_id, username, not problem, walker.audit_through, problem)


def _problem(walker: Device, record: AuditRecord) -> str:
    try:
        event = AuditEventIn.model_validate(record.body)
    except ValueError:
        return f"event #{record.seq} is not a readable audit event"
    if event.seq != record.seq or event.member_id != record.member_id or event.user != record.username \
            or event.action != record.action or event.at != record.at:
        return f"event #{record.seq} does not match its indexed columns"
    return audit_ingest._problem(walker, event)  # the one chain check, shared on purpose


def _conditions(session: Session, member: str | None, user: str | None, since: date | datetime | None,
                until: date | datetime | None, action: str | None) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if member:
        out.append(AuditRecord.member_id == _member_id(session, member))
    if user:
        out.append(AuditRecord.username == user)
    if action:
        out.append(AuditRecord.action == action)
    if since is not None:
        out.append(AuditRecord.at >= _stamp(since))
    if until is not None:
        bound = until + timedelta(days=1) if not isinstance(until, datetime) else until
        out.append(AuditRecord.at < _stamp(bound))
    return out


def _member_id(session: Session, key: str) -> str:
    try:
        return admin.resolve_member(session, key)
    except admin.AdminError:
        return key  # the member may be gone from the server while their audit trail stays


def _stamp(moment: date | datetime) -> str:
    """The same text form devices write (UTC ISO-8601), so string order is time order."""
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, time(), tzinfo=UTC)
    elif moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _entry(record: AuditRecord, chain_ok: bool) -> AuditEntry:
    body = record.body
    return AuditEntry(record.device_id, record.seq, record.at, record.username, record.action,
                      str(body.get("category", "")), str(body.get("entity_type", "")),
                      str(body.get("entity_id", "")), record.member_id, dict(body.get("details") or {}),
                      chain_ok)


def parse_when(text: str) -> date | datetime:
    """A command-line date (YYYY-MM-DD) or time (ISO-8601; UTC when no offset is given)."""
    try:
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
    except ValueError:
        raise admin.AdminError(f"{text!r} is not a date (YYYY-MM-DD) or an ISO-8601 time.") from None
