"""The end state every sync robustness test checks: laptop and server hold the same rows, field by
field, nothing is left to push, and each change was applied exactly once."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from app.model import MODEL_BY_TABLE, OutboxEntry
from app.store.codec import encode
from sync.server.models import AppliedChange, Record


def assert_laptop_matches_server(store: Any, server: Any, changes_made: int) -> dict[tuple[str, str], Any]:
    """Returns the laptop's rows by (table, id) for further checks."""
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0
        local = {(model.__tablename__, row.id): row for model in MODEL_BY_TABLE.values()
                 for row in s.scalars(select(model))}
    with server.admin() as s:
        remote = {(r.table_name, r.id): r for r in s.scalars(select(Record))}
        applied = s.scalar(select(func.count()).select_from(AppliedChange))
    assert applied == changes_made  # each change applied exactly once, none lost
    only_local, only_remote = local.keys() - remote.keys(), remote.keys() - local.keys()
    assert not only_local and not only_remote, (sorted(only_local)[:5], sorted(only_remote)[:5])
    for key, record in remote.items():
        row = local[key]
        assert row.version == record.seq, key
        for field, value in record.data.items():
            assert encode(getattr(row, field)) == value, (key, field)
    return local
