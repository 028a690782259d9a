"""Adding a care-plan library entry to a plan, in one transaction: the problem, the goals the nurse chose
(target date = today + the goal's months), their interventions and barriers, the entry's referral
(linked to the first chosen goal) and its line for the member's self-management plan.

No Qt here: this is service work the editor runs in a DbOp (it could live in app/services).
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app import careplan_library
from app.services import careplan


@dataclass
class LibraryResult:
    """What one library entry added: the items at the top (removing them removes the rest) and the
    self-management plan before and after its line was added."""

    plan_id: str
    problem: Any
    added: list[tuple[str, str]] = field(default_factory=list)
    self_management: tuple[str, str] | None = None  # (before, after)


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_from_library(session: Any, actor: Any, plan: Any, key: str, goal_keys: Sequence[str],
                     language: str, today: date) -> LibraryResult:
    entry = careplan_library.problem(key)
    problem = careplan.add(session, actor, "problem", plan.id, domain=entry.domain,
                           title=entry.title.text(language), description=entry.description.text(language),
                           source="library:" + key)
    result = LibraryResult(plan.id, problem, [("problem", problem.id)])
    goal_ids = [_add_goal(session, actor, problem.id, goal, language, today)
                for goal in entry.goals if goal.key in goal_keys]
    if entry.referral is not None:
        goal_id = goal_ids[0] if goal_ids else None
        referral = careplan.add(session, actor, "referral", plan.id, goal_id=goal_id,
                                resource_name=entry.referral.description.text(language),
                                resource_type=entry.referral.resource_type)
        if goal_id is None:
            result.added.append(("referral", referral.id))
    line = entry.self_management.text(language) if entry.self_management is not None else ""
    before = careplan.current(session, plan.member_id).plan.self_management_plan  # as stored now
    if line and line not in before:
        after = (before.rstrip() + "\n" + line) if before.strip() else line
        careplan.update_plan(session, actor, plan.id, self_management_plan=after)
        result.self_management = (before, after)
    return result


def _add_goal(session: Any, actor: Any, problem_id: str, goal: Any, language: str, today: date) -> str:
    view = careplan.add(session, actor, "goal", problem_id, text=goal.text.text(language), term=goal.term,
                        target_on=add_months(today, goal.months), measure=goal.measure.text(language),
                        target_value=goal.target_value.text(language))
    for item in goal.interventions:
        careplan.add(session, actor, "intervention", view.id, type=item.type, responsible=item.responsible,
                     description=item.description.text(language), frequency=item.frequency.text(language))
    for barrier in goal.barriers:
        careplan.add(session, actor, "barrier", view.id, kind=barrier.kind,
                     description=barrier.description.text(language),
                     plan_to_address=barrier.plan_to_address.text(language))
    return view.id
