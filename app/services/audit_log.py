"""Reading the audit trail: who viewed or changed a chart (the chart's Access log), and the whole trail
filtered for a supervisor or privacy officer (the Audit log window and report).

Member names are never in the trail; ``query`` looks them up in the member table as it reads, so a
row shows the member as the chart names them today. Reading the whole trail is itself audited
(``review``), and so is writing it out (``record_export``) — with filters and counts, never names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app.actor import Actor
from app.model.audit import AuditEvent
from app.model.enums import AuditAction, DataCategory
from app.model.member import Member
from app.store import audit

ACCESS_LOG_LIMIT = 1000


@dataclass(frozen=True, slots=True)
class AccessEntry:
    at: datetime
    user: str
    action: AuditAction
    category: DataCategory
    entity_type: str


def for_member(session: Session, member_id: str, *, limit: int = ACCESS_LOG_LIMIT) -> tuple[AccessEntry, ...]:
    """Newest first. Reading the log is part of viewing the chart, which is itself audited."""
    rows = session.execute(
        select(AuditEvent.at, AuditEvent.user, AuditEvent.action, AuditEvent.category, AuditEvent.entity_type)
        .where(AuditEvent.member_id == member_id)
        .order_by(AuditEvent.seq.desc())
        .limit(limit)
    )
    return tuple(AccessEntry(*row) for row in rows)


# ---- the whole trail ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """Which events to read. ``since`` is inclusive, ``until`` exclusive (both timezone-aware)."""

    since: datetime | None = None
    until: datetime | None = None
    user: str | None = None
    member_id: str | None = None
    action: AuditAction | None = None
    category: DataCategory | None = None

    def described(self) -> dict[str, str]:
        """The filter for an audit event's details: times, staff names, ids and codes — no PHI."""
        out = {"since": self.since.isoformat() if self.since else "",
               "until": self.until.isoformat() if self.until else "",
               "user": self.user or "", "member_id": self.member_id or "",
               "action": str(self.action or ""), "category": str(self.category or "")}
        return {key: value for key, value in out.items() if value}

    def criteria(self) -> dict[str, Any]:
        """The filter as ``query`` / ``count`` keyword arguments."""
        return {"since": self.since, "until": self.until, "user": self.user, "member_id": self.member_id,
                "action": self.action, "category": self.category}

    def narrowed(self) -> bool:
        return any(value is not None for value in self.criteria().values())


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One audited act, with the member as the member table names them now ("" when not on this laptop)."""

    seq: int
    at: datetime  # UTC
    user: str
    device: str
    action: AuditAction
    category: DataCategory
    entity_type: str
    entity_id: str
    member_id: str | None
    plan_member_id: str
    member_name: str  # "Last, First"
    details: tuple[tuple[str, str], ...]  # sorted (key, value) pairs

    @property
    def id(self) -> str:  # the table model's ID_ROLE
        return str(self.seq)

    @property
    def details_text(self) -> str:
        return ", ".join(f"{key}: {value}" for key, value in self.details)


@dataclass(frozen=True, slots=True)
class AuditMember:
    """A member named in the trail, for the member filter."""

    id: str
    plan_member_id: str
    name: str  # "Last, First"


def query(session: Session, *, since: datetime | None = None, until: datetime | None = None,
          user: str | None = None, member_id: str | None = None, action: AuditAction | str | None = None,
          category: DataCategory | str | None = None, limit: int | None = None) -> list[AuditRow]:
    """Events matching every given criterion, newest first; at most ``limit`` (the newest ones).

    Walks the primary key backwards, so a limited read stops early; ``member_id`` uses its index."""
    wanted = _filter(since, until, user, member_id, action, category)
    stmt = (select(AuditEvent.seq, AuditEvent.at, AuditEvent.user, AuditEvent.device, AuditEvent.action,
                   AuditEvent.category, AuditEvent.entity_type, AuditEvent.entity_id, AuditEvent.member_id,
                   Member.plan_member_id, Member.last_name, Member.first_name, AuditEvent.details)
            .outerjoin(Member, Member.id == AuditEvent.member_id)
            .where(*_conditions(wanted)).order_by(AuditEvent.seq.desc()))
    if limit is not None:
        stmt = stmt.limit(max(limit, 0))
    return [_row(*row) for row in session.execute(stmt)]


def count(session: Session, *, since: datetime | None = None, until: datetime | None = None,
          user: str | None = None, member_id: str | None = None, action: AuditAction | str | None = None,
          category: DataCategory | str | None = None) -> int:
    """How many events match (whatever ``query``'s limit)."""
    wanted = _filter(since, until, user, member_id, action, category)
    stmt = select(func.count()).select_from(AuditEvent).where(*_conditions(wanted))
    return session.execute(stmt).scalar_one()


def read(session: Session, wanted: AuditFilter, *, limit: int | None = None) -> tuple[list[AuditRow], int]:
    """The rows matching ``wanted`` (newest first, at most ``limit``) and how many match in all."""
    criteria = wanted.criteria()
    rows = query(session, **criteria, limit=limit)
    total = len(rows) if limit is None or len(rows) < limit else count(session, **criteria)
    return rows, total


def review(session: Session, actor: Actor, wanted: AuditFilter, *, limit: int | None = None
           ) -> tuple[list[AuditRow], int]:
    """``read`` for the Audit log window, audited as a VIEW of SYSTEM data naming the filter."""
    rows, total = read(session, wanted, limit=limit)
    audit.record(session, actor, AuditAction.VIEW, DataCategory.SYSTEM, entity_type="audit_log",
                 details={"filter": wanted.described(), "rows": len(rows), "total": total})
    return rows, total


def record_export(session: Session, actor: Actor, wanted: AuditFilter, *, file_format: str, rows: int
                  ) -> None:
    """Writing the trail to a file is an EXPORT of SYSTEM data: the format, the filter, how many rows."""
    audit.record(session, actor, AuditAction.EXPORT, DataCategory.SYSTEM, entity_type="audit_log",
                 details={"format": file_format, "filter": wanted.described(), "rows": rows})


def users(session: Session) -> list[str]:
    """Everyone who appears in the trail, sorted."""
    return sorted(session.execute(select(AuditEvent.user).distinct()).scalars(), key=str.casefold)


def members_seen(session: Session) -> list[AuditMember]:
    """Members on this laptop that the trail names (deleted charts included: their history stays)."""
    seen = select(AuditEvent.member_id).where(AuditEvent.member_id.is_not(None)).distinct().scalar_subquery()
    rows = session.execute(select(Member.id, Member.plan_member_id, Member.last_name, Member.first_name)
                           .where(Member.id.in_(seen)).order_by(Member.last_name, Member.first_name))
    return [AuditMember(mid, plan_id, _name(last, first)) for mid, plan_id, last, first in rows]


def member(session: Session, member_id: str) -> AuditMember | None:
    """The member with this id as the filter names them (None when not on this laptop)."""
    row = session.execute(select(Member.id, Member.plan_member_id, Member.last_name, Member.first_name)
                          .where(Member.id == member_id)).first()
    return None if row is None else AuditMember(row[0], row[1], _name(row[2], row[3]))


def local_days(first: date | None, last: date | None) -> tuple[datetime | None, datetime | None]:
    """The ``since`` / ``until`` bounds covering whole local days ``first`` through ``last``."""
    return _local_midnight(first), _local_midnight(last + timedelta(days=1) if last else None)


def _local_midnight(day: date | None) -> datetime | None:
    return None if day is None else datetime.combine(day, time()).astimezone().astimezone(UTC)


def _filter(since: datetime | None, until: datetime | None, user: str | None, member_id: str | None,
            action: AuditAction | str | None, category: DataCategory | str | None) -> AuditFilter:
    return AuditFilter(since, until, user or None, member_id or None,
                       AuditAction(action) if action else None, DataCategory(category) if category else None)


def _conditions(wanted: AuditFilter) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if wanted.since is not None:
        out.append(AuditEvent.at >= wanted.since)
    if wanted.until is not None:
        out.append(AuditEvent.at < wanted.until)
    if wanted.user is not None:
        out.append(AuditEvent.user == wanted.user)
    if wanted.member_id is not None:
        out.append(AuditEvent.member_id == wanted.member_id)
    if wanted.action is not None:
        out.append(AuditEvent.action == wanted.action)
    if wanted.category is not None:
        out.append(AuditEvent.category == wanted.category)
    return out


def _row(seq: int, at: datetime, user: str, device: str, action: AuditAction, category: DataCategory,
         entity_type: str, entity_id: str, member_id: str | None, plan_id: str | None, last: str | None,
         first: str | None, details: Mapping[str, Any] | None) -> AuditRow:
    pairs = tuple(sorted((str(k), _detail(v)) for k, v in (details or {}).items()))
    return AuditRow(seq, at, user, device, action, category, entity_type or "", entity_id or "", member_id,
                    plan_id or "", _name(last, first) if plan_id else "", pairs)


def _detail(value: Any) -> str:
    if isinstance(value, Mapping):
        return "; ".join(f"{k}={_detail(v)}" for k, v in sorted(value.items()))
    if isinstance(value, list | tuple):
        return ", ".join(_detail(v) for v in value)
    return str(value)


def _name(last: str | None, first: str | None) -> str:
    return ", ".join(part for part in (last or "", first or "") if part)
