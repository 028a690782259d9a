"""What the supervisor's caseload report shows, gathered without rendering: one line per member with their
compliance clocks, and the counts a supervisor reads first (members by tier, clocks met/late/open by kind).

Pure reads: the render that uses them records the export in the audit.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.model.enums import MemberStatus, Program, RiskTier, TaskKind
from app.model.member import Member
from app.services.compliance import CLOCK_KINDS, Clock, ClockState, caseload_clocks
from app.services.compliance_facts import local_day

# The columns of the clock part of the table, in the order a member's year runs.
CLOCK_ORDER: tuple[TaskKind, ...] = (
    TaskKind.INITIAL_ASSESSMENT, TaskKind.CARE_PLAN, TaskKind.FOLLOW_UP_CONTACT, TaskKind.CARE_PLAN_REVIEW,
    TaskKind.REASSESSMENT, TaskKind.REFERRAL_FOLLOW_UP, TaskKind.PARTICIPATION_REVIEW,
)
assert set(CLOCK_ORDER) == CLOCK_KINDS


@dataclass(frozen=True, slots=True)
class CaseloadLine:
    member_id: str
    first_name: str
    last_name: str
    plan_member_id: str
    program: Program
    risk_tier: RiskTier
    status: MemberStatus
    assigned_nurse: str
    last_contact_on: date | None
    next_due_on: date | None
    clocks: tuple[Clock, ...]

    def clocks_of(self, kind: TaskKind) -> tuple[Clock, ...]:
        return tuple(c for c in self.clocks if c.kind == kind)


@dataclass(frozen=True, slots=True)
class ClockTally:
    kind: TaskKind
    met: int
    late: int
    open: int

    @property
    def total(self) -> int:
        return self.met + self.late + self.open

    def share(self, state: ClockState) -> float | None:
        """The fraction of this kind's clocks in ``state`` (None when there are none)."""
        count = {ClockState.MET: self.met, ClockState.LATE: self.late, ClockState.OPEN: self.open}[state]
        return count / self.total if self.total else None


@dataclass(frozen=True, slots=True)
class CaseloadSummary:
    members: int
    by_tier: tuple[tuple[RiskTier, int], ...]
    by_status: tuple[tuple[MemberStatus, int], ...]
    clocks: tuple[ClockTally, ...]  # one per kind in CLOCK_ORDER, kinds with no clocks included


def caseload_lines(session: Session, as_of: date, *, status: MemberStatus | None = None,
                   nurse: str = "") -> list[CaseloadLine]:
    """Every member on the laptop (or those with ``status`` / assigned to ``nurse``), by last name."""
    query = select(
        Member.id, Member.first_name, Member.last_name, Member.plan_member_id, Member.program,
        Member.risk_tier, Member.status, Member.assigned_nurse, Member.last_contact_at, Member.next_due_on,
    ).where(Member.deleted.is_(False))
    if status:
        query = query.where(Member.status == MemberStatus(status))
    if nurse.strip():
        query = query.where(func.lower(Member.assigned_nurse) == nurse.strip().lower())
    query = query.order_by(func.lower(Member.last_name), func.lower(Member.first_name), Member.plan_member_id)
    rows = session.execute(query).all()
    clocks = caseload_clocks(session, as_of) if rows else {}
    return [CaseloadLine(row.id, row.first_name, row.last_name, row.plan_member_id, row.program,
                         row.risk_tier, row.status, row.assigned_nurse, _day(row.last_contact_at),
                         row.next_due_on, clocks.get(row.id, ())) for row in rows]


def summarize(lines: list[CaseloadLine]) -> CaseloadSummary:
    tiers = Counter(line.risk_tier for line in lines)
    statuses = Counter(line.status for line in lines)
    states: Counter[tuple[TaskKind, ClockState]] = Counter(
        (clock.kind, clock.state) for line in lines for clock in line.clocks)
    tallies = tuple(ClockTally(kind, states[kind, ClockState.MET], states[kind, ClockState.LATE],
                               states[kind, ClockState.OPEN]) for kind in CLOCK_ORDER)
    return CaseloadSummary(
        members=len(lines),
        by_tier=tuple((tier, tiers[tier]) for tier in RiskTier),
        by_status=tuple((s, statuses[s]) for s in MemberStatus if statuses[s]),
        clocks=tallies,
    )


def nurses(session: Session) -> list[str]:
    """The nurses members are assigned to, for the report's filter."""
    query = select(Member.assigned_nurse).where(Member.deleted.is_(False), Member.assigned_nurse != "")
    return sorted(set(session.scalars(query)), key=str.lower)


def _day(moment: datetime | None) -> date | None:
    return None if moment is None else local_day(moment)
