"""Emergency (break-glass) access to a chart, as the server granted it: made only by the server and
pulled to every laptop that carries the member, so the assigned nurse sees who opened her chart and why."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.model.member import member_fk
from app.store.base import Base, Syncable


class EmergencyAccess(Syncable, Base):
    """Read-only on the laptop: the server refuses pushes to this table (it is not in SYNCED_TABLES)."""

    member_id: Mapped[str] = member_fk()
    granted_to: Mapped[str] = mapped_column(String(64))  # the supervisor's user name
    reason: Mapped[str] = mapped_column(String(1000))
    granted_at: Mapped[datetime]
    expires_at: Mapped[datetime]
