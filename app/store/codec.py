"""Column values to and from JSON, for the outbox and the sync wire format."""

from __future__ import annotations

import base64
import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, LargeBinary

from app.store.base import ISODate, UTCDateTime


def encode(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return UTCDateTime().process_bind_param(value, None)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def decode(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    column_type = column.type
    if isinstance(column_type, UTCDateTime):
        return datetime.fromisoformat(value)
    if isinstance(column_type, ISODate):
        return date.fromisoformat(value)
    if isinstance(column_type, LargeBinary):
        return base64.b64decode(value)
    return value


def full_row(model: Any, values: dict[str, Any], *, author: str) -> dict[str, Any]:
    """Every column of a new row, defaults applied, encoded for the wire (rows made outside a session,
    e.g. a server-side import)."""
    from app.store.base import new_id, utcnow

    now = utcnow()
    row: dict[str, Any] = {"id": new_id(), "created_at": now, "updated_at": now, "created_by": author,
                           "updated_by": author, "version": 0, "deleted": False}
    row |= values
    for column in model.__table__.columns:
        if column.key in row:
            continue
        default = column.default
        if default is None:
            row[column.key] = None
        elif default.is_callable:
            row[column.key] = default.arg(None)
        else:
            row[column.key] = default.arg
    if model.__tablename__ == "member":
        row["member_id"] = row["id"]
    return {key: encode(value) for key, value in row.items() if key != "version"}
