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
