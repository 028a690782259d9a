"""The shared shape of a chart's sub-records (conditions, medications, contacts …).

Each kind is a ``RecordKind``: its model, its view dataclass, its field spec and its audit category.
Adding, editing, removing (a tombstone) and listing work the same for all of them, are validated by
the spec, and are audited; a kind's own module adds what is special about it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.actor import Actor
from app.errors import NotFound
from app.model.enums import AuditAction, DataCategory
from app.model.member import Member
from app.services.fields import Field, clean
from app.store import audit

V = TypeVar("V")


def view_of(view_cls: type[V], row: Any) -> V:
    """Copy a row's columns into a frozen view dataclass (fields matched by name)."""
    return view_cls(**{f.name: getattr(row, f.name) for f in dataclasses.fields(view_cls)})  # type: ignore[arg-type]


def live_member(session: Session, member_id: str) -> Member:
    member = session.get(Member, member_id)
    if member is None or member.deleted:
        raise NotFound("member", member_id)
    return member


@dataclass(frozen=True)
class RecordKind(Generic[V]):
    model: type[Any]
    view: type[V]
    spec: Mapping[str, Field]
    category: DataCategory
    check: Callable[[dict[str, Any]], None] = lambda values: None  # rules across fields

    @property
    def entity(self) -> str:
        return self.model.__tablename__

    def add(self, session: Session, actor: Actor, member_id: str, **fields: Any) -> V:
        live_member(session, member_id)
        values = clean(self.spec, fields)
        self.check(values)
        row = self.model(member_id=member_id, **values)
        session.add(row)
        session.flush()
        self._audit(session, actor, AuditAction.CREATE, row, sorted(values))
        return view_of(self.view, row)

    def update(self, session: Session, actor: Actor, record_id: str, **changes: Any) -> V:
        row = self.get_row(session, record_id)
        values = clean(self.spec, changes, partial=True)
        merged = {name: getattr(row, name) for name in self.spec} | values
        self.check(merged)
        for name, value in values.items():
            setattr(row, name, value)
        session.flush()
        self._audit(session, actor, AuditAction.UPDATE, row, sorted(values))
        return view_of(self.view, row)

    def remove(self, session: Session, actor: Actor, record_id: str) -> None:
        row = self.get_row(session, record_id)
        row.deleted = True
        session.flush()
        self._audit(session, actor, AuditAction.DELETE, row, [])

    def list_for(self, session: Session, member_id: str) -> list[V]:
        """Not audited on its own: the chart open that shows it is. Only the view's columns are read, as
        rows rather than ORM objects (every chart opening reads all seven kinds)."""
        names = [f.name for f in dataclasses.fields(self.view)]  # type: ignore[arg-type]
        rows = session.execute(
            select(*(getattr(self.model, name) for name in names))
            .where(self.model.member_id == member_id, self.model.deleted.is_(False))
            .order_by(self.model.created_at)
        )
        return [self.view(*row) for row in rows]

    def get_row(self, session: Session, record_id: str) -> Any:
        row = session.get(self.model, record_id)
        if row is None or row.deleted:
            raise NotFound(self.entity, record_id)
        return row

    def _audit(
        self, session: Session, actor: Actor, action: AuditAction, row: Any, fields: list[str]
    ) -> None:
        audit.record(
            session, actor, action, self.category,
            entity_type=self.entity, entity_id=row.id, member_id=row.member_id,
            details={"fields": fields} if fields else None,
        )
