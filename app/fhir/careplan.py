"""The care plan (``careplan.current``): CarePlan, its problems as health-concern Conditions, Goal,
referrals as ServiceRequest, and follow-up tasks as Task."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.fhir.clinical import CLINICAL, CONDITION_CATEGORY
from app.fhir.common import (
    SNOMED,
    Collector,
    annotation,
    coding,
    concept,
    day,
    extension,
    instant,
    local,
    local_concept,
    period,
    ref,
)
from app.model.enums import (
    CarePlanStatus,
    GoalStatus,
    InterventionStatus,
    ReferralStatus,
    TaskStatus,
)
from app.model.task import Task
from app.services.careplan import GoalView, InterventionView, PlanTree, ProblemView, ReferralView

PLAN_STATUS = {CarePlanStatus.DRAFT: "draft", CarePlanStatus.ACTIVE: "active",
               CarePlanStatus.CLOSED: "completed"}
GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement"
# lifecycleStatus, achievementStatus (None: not judged yet or no longer pursued)
GOAL_STATUS: dict[GoalStatus, tuple[str, str | None]] = {
    GoalStatus.NOT_STARTED: ("accepted", None),
    GoalStatus.IN_PROGRESS: ("active", "in-progress"),
    GoalStatus.PARTIALLY_MET: ("active", "improving"),
    GoalStatus.MET: ("completed", "achieved"),
    GoalStatus.NOT_MET: ("completed", "not-achieved"),
    GoalStatus.DISCONTINUED: ("cancelled", None),
}
ACTIVITY_STATUS = {InterventionStatus.PLANNED: "not-started", InterventionStatus.IN_PROGRESS: "in-progress",
                   InterventionStatus.COMPLETED: "completed", InterventionStatus.DISCONTINUED: "stopped"}
REFERRAL_STATUS = {ReferralStatus.PROPOSED: "draft", ReferralStatus.SENT: "active",
                   ReferralStatus.ACCEPTED: "active", ReferralStatus.COMPLETED: "completed",
                   ReferralStatus.DECLINED: "revoked", ReferralStatus.NO_SHOW: "active"}
TASK_STATUS = {TaskStatus.OPEN: "requested", TaskStatus.SNOOZED: "on-hold", TaskStatus.DONE: "completed",
               TaskStatus.CANCELLED: "cancelled"}
PROBLEM_STATUS = {"active": "active", "resolved": "resolved", "inactive": "inactive"}


def care_plan(c: Collector, tree: PlanTree, rows: Mapping[str, Any], care_team: dict[str, str] | None,
              episode: dict[str, str] | None) -> dict[str, str] | None:
    """Everything under the plan; ``rows`` maps each item's id to its row (for provenance)."""
    plan = tree.plan
    if plan is None:
        return None
    for problem in tree.problems:
        _problem(c, problem, rows[problem.id])
    for goal in tree.goals:
        _goal(c, tree, goal, rows[goal.id])
    for referral in tree.referrals:
        _referral(c, referral, rows[referral.id])
    notes = [("Self-management plan", plan.self_management_plan),
             ("Follow-up schedule", plan.follow_up_schedule),
             ("Caregiver involvement", plan.caregiver_involvement)]
    agreed = [f"Member agreement recorded {day(a.agreed_on)} ({a.method.value.replace('_', ' ')})"
              for a in tree.agreements]
    row = rows[plan.id]
    return c.add(plan.id, {
        "resourceType": "CarePlan",
        "status": PLAN_STATUS[plan.status],
        "intent": "plan",
        "category": [local_concept("care-plan-kind", "case_management", "case management")],
        "title": "Individualized care plan",
        "subject": c.patient,
        "period": period(plan.started_on),
        "created": instant(row.created_at),
        "author": c.user(row.created_by),
        "careTeam": [care_team] if care_team else [],
        "addresses": [ref(p.id) for p in tree.problems],
        "goal": [ref(g.id) for g in tree.goals],
        "activity": [_activity(i) for i in tree.interventions] + [{"reference": ref(r.id)}
                                                                  for r in tree.referrals],
        "note": [annotation(f"{label}: {text}") for label, text in notes if text]
        + [annotation(text) for text in agreed],
        "extension": [extension("episode-of-care", valueReference=episode)] if episode else [],
    }, row)


def _problem(c: Collector, problem: ProblemView, row: Any) -> None:
    c.add(problem.id, {
        "resourceType": "Condition",
        "clinicalStatus": concept(coding(CLINICAL, PROBLEM_STATUS[problem.status.value])),
        "category": [concept(coding(CONDITION_CATEGORY, "health-concern", "Health Concern")),
                     local_concept("care-domain", problem.domain.value)],
        "code": {"text": problem.title},
        "subject": c.patient,
        "recordedDate": instant(row.created_at),
        "note": [annotation(problem.description)] if problem.description else [],
    }, row)


def _goal(c: Collector, tree: PlanTree, goal: GoalView, row: Any) -> None:
    lifecycle, achievement = GOAL_STATUS[goal.status]
    reviews = tree.reviews_of(goal.id)
    target = {"measure": {"text": goal.measure} if goal.measure else None,
              "detailString": goal.target_value if goal.measure and goal.target_value else None,
              "dueDate": day(goal.target_on)}
    notes = [annotation(f"In the member's words: {goal.member_words}", authorReference=c.patient)
             ] if goal.member_words else []
    notes += [annotation(f"Baseline: {goal.baseline}")] if goal.baseline else []
    notes += [annotation(f"Barrier ({b.kind.value.replace('_', ' ')}, {b.status.value}): "
                         + "; ".join(x for x in (b.description, b.plan_to_address) if x))
              for b in tree.barriers_of(goal.id)]
    c.add(goal.id, {
        "resourceType": "Goal",
        "lifecycleStatus": lifecycle,
        "achievementStatus": concept(coding(GOAL_ACHIEVEMENT, achievement)) if achievement else None,
        "category": [local_concept("goal-term", goal.term.value, f"{goal.term.value}-term")],
        "priority": local_concept("member-priority", str(goal.member_priority))
        if goal.member_priority else None,
        "description": {"text": goal.text},
        "subject": c.patient,
        "target": [target] if target["measure"] or target["dueDate"] else [],
        "statusDate": day(reviews[0].reviewed_on) if reviews else None,
        "expressedBy": c.patient if goal.member_words else None,
        "addresses": [ref(goal.problem_id)],
        "note": notes,
        "extension": [extension("goal-status", valueCoding=local("goal-status", goal.status.value))],
    }, row)


def _activity(intervention: InterventionView) -> dict[str, Any]:
    schedule: dict[str, Any] = ({"scheduledString": intervention.frequency} if intervention.frequency
                                else {"scheduledPeriod": period(None, intervention.due_on)})
    return {"detail": {
        "kind": "Task",
        "code": local_concept("intervention-type", intervention.type.value),
        "status": ACTIVITY_STATUS[intervention.status],
        "description": intervention.description,
        "goal": [ref(intervention.goal_id)],
        **schedule,
        "extension": [extension("responsible-party",
                                valueCoding=local("responsible-party", intervention.responsible.value))],
    }}


def _referral(c: Collector, referral: ReferralView, row: Any) -> None:
    org = c.organization(f"referral:{referral.id}", referral.resource_name)
    notes = [("How to reach", referral.resource_contact), ("Outcome", referral.outcome),
             ("Follow up on", day(referral.follow_up_on) or "")]
    c.add(referral.id, {
        "resourceType": "ServiceRequest",
        "status": REFERRAL_STATUS[referral.status],
        "intent": "proposal" if referral.status is ReferralStatus.PROPOSED else "order",
        "category": [concept(coding(SNOMED, "3457005", "Patient referral"))],
        "code": {"text": referral.resource_type or "Community resource"},
        "subject": c.patient,
        "authoredOn": day(referral.referred_on),
        "requester": c.user(row.created_by),
        "performer": [org] if org else [],
        "supportingInfo": [ref(referral.goal_id)] if c.has(referral.goal_id) else [],
        "note": [annotation(f"{label}: {text}") for label, text in notes if text],
        "extension": [extension("referral-status",
                                valueCoding=local("referral-status", referral.status.value))],
    }, row)


def task(c: Collector, row: Task) -> dict[str, str]:
    return c.add(row.id, {
        "resourceType": "Task",
        "status": TASK_STATUS[row.status],
        "intent": "plan",
        "code": local_concept("task-kind", row.kind.value),
        "description": row.title,
        "for": c.patient,
        "authoredOn": instant(row.created_at),
        "lastModified": instant(row.updated_at),
        "owner": c.user(row.assigned_to),
        "restriction": {"period": period(None, row.due_on)},
        "executionPeriod": period(None, row.completed_at),
        "note": [annotation(x) for x in (row.snooze_reason, row.notes) if x],
        "extension": [extension("task-origin", valueCode=row.origin.value)]
        + ([extension("snoozed-until", valueDate=day(row.snoozed_until))] if row.snoozed_until else []),
    }, row)
