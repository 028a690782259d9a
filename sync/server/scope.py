"""Who may see which member: nurses their assigned members, supervisors their team's (and, while an
emergency-access grant lasts, its member), admins none."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.protocol import Role
from sync.server import emergency
from sync.server.auth import Principal
from sync.server.models import Assignment, User


def visible_members(session: Session, who: Principal) -> set[str]:
    if who.role == Role.NURSE:
        nurses = [who.username]
    elif who.role == Role.SUPERVISOR:
        team = session.scalars(select(User.username).where(User.supervisor == who.username))
        nurses = [who.username, *team]
    else:
        return set()  # administrators manage accounts; they do not read charts
    rows = session.scalars(
        select(Assignment.member_id).where(Assignment.username.in_(nurses), Assignment.ended_at.is_(None))
    )
    if who.role == Role.SUPERVISOR:
        return set(rows) | emergency.active_members(session, who.username)
    return set(rows)


def may_write(session: Session, who: Principal, member_id: str) -> bool:
    return member_id in visible_members(session, who)
