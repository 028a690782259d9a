"""Emergency (break-glass) access to a chart, as the server announced it: read-only on the laptop."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model.emergency import EmergencyAccess


@dataclass(frozen=True, slots=True)
class EmergencyAccessView:
    id: str
    member_id: str
    granted_to: str
    reason: str
    granted_at: datetime
    expires_at: datetime

    @property
    def at(self) -> datetime:  # when it happened, so it sorts among audit events
        return self.granted_at

    def active(self, now: datetime) -> bool:
        return self.granted_at <= now < self.expires_at


def for_member(session: Session, member_id: str) -> tuple[EmergencyAccessView, ...]:
    """Newest first."""
    rows = session.scalars(select(EmergencyAccess).where(EmergencyAccess.member_id == member_id,
                                                         EmergencyAccess.deleted.is_(False))
                           .order_by(EmergencyAccess.granted_at.desc()))
    return tuple(EmergencyAccessView(r.id, r.member_id, r.granted_to, r.reason, r.granted_at, r.expires_at)
                 for r in rows)
