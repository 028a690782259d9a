"""Turns every change to a syncable row into an outbox entry, in the same transaction.

A ``before_flush`` listener: inserts carry every column, updates only the changed fields, and a
tombstone (``deleted`` set) is a delete. Sessions flagged ``from_server`` bypass it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from app.model.local import OutboxEntry
from app.store.base import SYNC_COLUMNS, new_id, utcnow
from app.store.codec import encode

# Stamps the server owns or that the row carries elsewhere; never pushed as field changes.
_NOT_PUSHED = frozenset({"version"})


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)


def is_syncable(obj: object) -> bool:
    return getattr(type(obj), "__syncable__", False)


def _before_flush(session: Session, flush_context: Any, instances: Any) -> None:
    if session.info.get("from_server"):
        return
    for obj in list(session.new):
        if is_syncable(obj):
            _stamp_new(session, obj)
            session.add(_entry(session, obj, "insert", _all_fields(obj)))
    for obj in list(session.dirty):
        if is_syncable(obj) and session.is_modified(obj, include_collections=False):
            changed = _changed_fields(obj)
            if changed:
                _stamp_update(session, obj, changed)
                op = "delete" if changed.get("deleted") is True else "update"
                session.add(_entry(session, obj, op, changed))
    for obj in list(session.deleted):
        if is_syncable(obj):
            session.add(_entry(session, obj, "delete", {"deleted": True}))


def _actor_name(session: Session) -> str:
    actor = session.info.get("actor")
    return actor.user if actor is not None else ""


def _stamp_new(session: Session, obj: Any) -> None:
    now, who = utcnow(), _actor_name(session)
    obj.id = obj.id or new_id()
    if getattr(obj, "member_id", None) is None and type(obj).__tablename__ == "member":
        obj.member_id = obj.id
    obj.created_at = obj.created_at or now
    obj.updated_at = now
    obj.created_by = obj.created_by or who
    obj.updated_by = who
    obj.version = obj.version or 0
    obj.deleted = bool(obj.deleted)
    _fill_defaults(obj)


def _fill_defaults(obj: Any) -> None:
    """Apply scalar column defaults now, so the outbox records what the row will hold."""
    for column in inspect(type(obj)).columns:
        key = column.key
        if getattr(obj, key) is None and column.default is not None and column.default.is_scalar:
            setattr(obj, key, column.default.arg)
        elif getattr(obj, key) is None and column.default is not None and column.default.is_callable:
            setattr(obj, key, column.default.arg(None))


def _stamp_update(session: Session, obj: Any, changed: dict[str, Any]) -> None:
    obj.updated_at = utcnow()
    obj.updated_by = _actor_name(session)
    changed["updated_at"] = encode(obj.updated_at)
    changed["updated_by"] = obj.updated_by


def _all_fields(obj: Any) -> dict[str, Any]:
    columns = inspect(type(obj)).columns
    return {c.key: encode(getattr(obj, c.key)) for c in columns if c.key not in _NOT_PUSHED}


def _changed_fields(obj: Any) -> dict[str, Any]:
    state = inspect(obj)
    changed: dict[str, Any] = {}
    for column in inspect(type(obj)).columns:
        key = column.key
        if key in SYNC_COLUMNS - {"deleted"}:
            continue
        history = state.attrs[key].history
        if history.added and list(history.added) != list(history.deleted):
            changed[key] = encode(history.added[0])
    return changed


def _entry(session: Session, obj: Any, op: str, fields: dict[str, Any]) -> OutboxEntry:
    clock = session.info["clock"]
    return OutboxEntry(
        change_id=new_id(),
        table_name=type(obj).__tablename__,
        row_id=obj.id,
        member_id=getattr(obj, "member_id", None),
        op=op,
        fields=fields,
        base_version=obj.version or 0,
        hlc=clock.now(),
        device_id=clock.node,
        created_at=utcnow(),
    )
