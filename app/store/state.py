"""The laptop's own key/value settings in the encrypted database (``sync_state``): server address, device
token, cursors, the last full integrity check. Local only, never synced."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.model.local import SyncState


def state(session: Session, key: str, default: str = "") -> str:
    row = session.get(SyncState, key)
    return row.value if row else default


def set_state(session: Session, key: str, value: str) -> None:
    session.merge(SyncState(key=key, value=value))
