"""Utilization before and after enrollment: the outcome a case management program is judged on.

For each enrolled member, ED visits and inpatient admissions (``admission`` and ``readmission`` events;
observation stays and SNF stays are neither) are counted in the 6 and 12 months before ``enrolled_on``
and in the 6 and 12 months from it. An after-window counts only once it has fully elapsed on ``as_of``;
until then the member's count is partial and stays out of the caseload's totals, so a member enrolled
last month does not make the program look better than it is. The caseload compares, for each window
length, the same members (those whose after-window is over) before and after.

Windows are half-open: before = [enrolled - N months, enrolled), after = [enrolled, enrolled + N months).
An event counts on the day it began (``admitted_on``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.dates import add_months
from app.errors import NotFound
from app.model.clinical import UtilizationEvent
from app.model.enums import UtilizationKind
from app.model.member import Member

WINDOWS = (6, 12)  # months
_ONE_DAY = timedelta(days=1)
ED = frozenset({UtilizationKind.ED_VISIT})
INPATIENT = frozenset({UtilizationKind.ADMISSION, UtilizationKind.READMISSION})


@dataclass(frozen=True, slots=True)
class WindowCounts:
    """One member's counts for one window length."""

    months: int
    ed_before: int
    ip_before: int
    ed_after: int  # so far, when the window is not over
    ip_after: int
    complete: bool  # the after-window has fully elapsed on the report date
    ends_on: date  # the first day after the after-window


@dataclass(frozen=True, slots=True)
class MemberOutcome:
    member_id: str
    first_name: str
    last_name: str
    plan_member_id: str
    enrolled_on: date
    windows: tuple[WindowCounts, ...]  # one per WINDOWS entry

    def window(self, months: int) -> WindowCounts:
        return next(w for w in self.windows if w.months == months)


@dataclass(frozen=True, slots=True)
class CohortTotals:
    """The caseload's totals for one window length, over the members whose after-window is over."""

    months: int
    members: int
    ed_before: int
    ip_before: int
    ed_after: int
    ip_after: int
    waiting: int  # enrolled members whose after-window is not over yet (not counted)

    def per_thousand(self, count: int) -> float | None:
        return count * 1000 / self.members if self.members else None

    @staticmethod
    def change(before: int, after: int) -> float | None:
        """After against before as a fraction (-0.25 = 25% fewer); None when there was nothing before."""
        return (after - before) / before if before else None


def member_outcomes(session: Session, as_of: date,
                    member_ids: list[str] | None = None) -> list[MemberOutcome]:
    """Outcomes of the enrolled members (all, or ``member_ids``), by last name. A named member who is
    not on file raises NotFound; one never enrolled is left out."""
    query = select(Member.id, Member.first_name, Member.last_name, Member.plan_member_id, Member.enrolled_on)
    query = query.where(Member.deleted.is_(False))
    if member_ids is not None:
        query = query.where(Member.id.in_(member_ids))
    rows = session.execute(query.order_by(func.lower(Member.last_name), func.lower(Member.first_name))).all()
    if member_ids is not None and len(rows) < len(set(member_ids)):
        raise NotFound("member", "")
    enrolled = [row for row in rows if row.enrolled_on is not None]
    events = _events(session, [row.id for row in enrolled])
    return [MemberOutcome(row.id, row.first_name, row.last_name, row.plan_member_id, row.enrolled_on,
                          tuple(count_window(events.get(row.id, []), row.enrolled_on, months, as_of)
                                for months in WINDOWS))
            for row in enrolled]


def count_window(events: list[tuple[UtilizationKind, date]], enrolled_on: date, months: int,
                 as_of: date) -> WindowCounts:
    """One member's counts for one window length (pure)."""
    start, end = add_months(enrolled_on, -months), add_months(enrolled_on, months)
    after_until = min(end, as_of + _ONE_DAY)  # nothing after the report date counts yet

    def count(kinds: frozenset[UtilizationKind], low: date, high: date) -> int:
        return sum(1 for kind, day in events if kind in kinds and low <= day < high)

    return WindowCounts(months, count(ED, start, enrolled_on), count(INPATIENT, start, enrolled_on),
                        count(ED, enrolled_on, after_until), count(INPATIENT, enrolled_on, after_until),
                        complete=end <= as_of + _ONE_DAY, ends_on=end)


def cohort_totals(outcomes: list[MemberOutcome], months: int) -> CohortTotals:
    windows = [o.window(months) for o in outcomes]
    done = [w for w in windows if w.complete]
    return CohortTotals(months, len(done), sum(w.ed_before for w in done), sum(w.ip_before for w in done),
                        sum(w.ed_after for w in done), sum(w.ip_after for w in done),
                        waiting=len(windows) - len(done))


def _events(session: Session, member_ids: list[str]) -> dict[str, list[tuple[UtilizationKind, date]]]:
    found: dict[str, list[tuple[UtilizationKind, date]]] = defaultdict(list)
    for first in range(0, len(member_ids), 500):  # well under SQLite's bound-parameter limit
        chunk = member_ids[first:first + 500]
        query = select(UtilizationEvent.member_id, UtilizationEvent.kind, UtilizationEvent.admitted_on).where(
            UtilizationEvent.deleted.is_(False), UtilizationEvent.member_id.in_(chunk),
            UtilizationEvent.kind.in_(ED | INPATIENT))
        for member_id, kind, day in session.execute(query):
            found[member_id].append((UtilizationKind(kind), day))
    return found

