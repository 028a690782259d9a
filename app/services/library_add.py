"""Adding a care-plan library entry to a plan in one transaction: the problem, the chosen goals (target date
= today + the goal's months), their interventions and barriers, the entry's referral (proposed, linked to
the first chosen goal) and its line for the member's self-management plan. The editor's "Add from library"
and an accepted assessment proposal both come through here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.actor import Actor
from app.careplan_library import LibraryGoal, LibraryProblem
from app.dates import add_months
from app.model.enums import ReferralStatus
from app.services import careplan


@dataclass
class LibraryResult:
    """What one entry added: the items at the top (removing them removes the rest), and the
    self-management plan before and after its line was added (None when it was left alone)."""

    plan_id: str
    problem: Any  # careplan.ProblemView
    added: list[tuple[str, str]] = field(default_factory=list)
    self_management: tuple[str, str] | None = None


def add_entry(
    session: Session, actor: Actor, plan: Any, entry: LibraryProblem, goals: Sequence[LibraryGoal], *,
    language: str, today: date, source: str, baselines: dict[str, str] | None = None,
) -> LibraryResult:
    """``baselines`` gives a goal's baseline by instrument (a goal measured by the PHQ-9 starts at the score
    that proposed it)."""
    problem = careplan.add(session, actor, "problem", plan.id, domain=entry.domain,
                           title=entry.title.text(language), description=entry.description.text(language),
                           source=source)
    result = LibraryResult(plan.id, problem, [("problem", problem.id)])
    goal_ids = [_add_goal(session, actor, problem.id, goal, language, today, baselines or {})
                for goal in goals]
    if entry.referral is not None:
        goal_id = goal_ids[0] if goal_ids else None
        referral = careplan.add(session, actor, "referral", plan.id, goal_id=goal_id,
                                resource_name=entry.referral.description.text(language),
                                resource_type=entry.referral.resource_type, status=ReferralStatus.PROPOSED)
        if goal_id is None:
            result.added.append(("referral", referral.id))
    if entry.self_management is not None:
        result.self_management = _add_self_management(session, actor, plan.id, plan.member_id,
                                                      entry.self_management.text(language))
    return result


def _add_goal(session: Session, actor: Actor, problem_id: str, goal: LibraryGoal, language: str, today: date,
              baselines: dict[str, str]) -> str:
    view = careplan.add(session, actor, "goal", problem_id, text=goal.text.text(language), term=goal.term,
                        target_on=add_months(today, goal.months), measure=goal.measure.text(language),
                        baseline=baselines.get(goal.score_of or "", ""),
                        target_value=goal.target_value.text(language))
    for item in goal.interventions:
        careplan.add(session, actor, "intervention", view.id, type=item.type, responsible=item.responsible,
                     description=item.description.text(language), frequency=item.frequency.text(language))
    for barrier in goal.barriers:
        careplan.add(session, actor, "barrier", view.id, kind=barrier.kind,
                     description=barrier.description.text(language),
                     plan_to_address=barrier.plan_to_address.text(language))
    return str(view.id)


def _add_self_management(session: Session, actor: Actor, plan_id: str, member_id: str,
                         line: str) -> tuple[str, str] | None:
    """The line joins the member's self-management plan once (a plan already too long is the nurse's to
    edit)."""
    plan = careplan.current(session, member_id).plan
    before = plan.self_management_plan if plan is not None else ""
    if not line or line in before:
        return None
    after = f"{before.rstrip()}\n{line}" if before.strip() else line
    if len(after) > careplan.LONG_TEXT:
        return None
    careplan.update_plan(session, actor, plan_id, self_management_plan=after)
    return before, after
