"""The individualized care plan: one open plan per member, a tree of problems → goals → interventions,
barriers against goals, referrals to community resources, progress reviews, the member's agreement,
and every past version of the plan.

CONTRACT (issue 7) — the views and signatures below are what the UI builds on; bodies are being written.
Writes are audited (DataCategory.CARE_PLAN) and each one leaves the plan's newest version current;
reads are not audited on their own (the chart open that shows them is).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Any, Literal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.actor import Actor
from app.errors import IntegrityError, NotFound, ValidationError
from app.model.careplan import (
    Barrier,
    CarePlan,
    Goal,
    Intervention,
    PlanAgreement,
    Problem,
    ProgressReview,
    Referral,
)
from app.model.enums import (
    AgreementMethod,
    AuditAction,
    BarrierKind,
    BarrierStatus,
    CareDomain,
    CarePlanStatus,
    DataCategory,
    GoalStatus,
    GoalTerm,
    InterventionStatus,
    InterventionType,
    ProblemStatus,
    ReferralStatus,
    ResponsibleParty,
)
from app.programs import rules_for
from app.services import careplan_versions as history
from app.services.fields import Field, choice, clean, day, flag, integer, text
from app.services.records import live_member, view_of
from app.store import audit

ItemKind = Literal["problem", "goal", "intervention", "barrier", "referral"]
ITEM_KINDS: tuple[ItemKind, ...] = ("problem", "goal", "intervention", "barrier", "referral")


@dataclass(frozen=True, slots=True)
class PlanView:
    id: str
    member_id: str
    status: CarePlanStatus
    started_on: date
    review_due_on: date | None
    last_reviewed_on: date | None
    self_management_plan: str
    follow_up_schedule: str
    caregiver_involvement: str
    communicated_to_pcp_on: date | None


@dataclass(frozen=True, slots=True)
class ProblemView:
    id: str
    member_id: str
    care_plan_id: str
    domain: CareDomain
    title: str
    description: str
    priority: int
    status: ProblemStatus
    source: str  # manual, library:<key> or assessment:<response id>


@dataclass(frozen=True, slots=True)
class GoalView:
    id: str
    member_id: str
    problem_id: str
    text: str
    member_words: str
    term: GoalTerm
    target_on: date | None
    measure: str
    baseline: str
    target_value: str
    priority: int
    member_priority: int | None
    status: GoalStatus


@dataclass(frozen=True, slots=True)
class InterventionView:
    id: str
    member_id: str
    goal_id: str
    type: InterventionType
    description: str
    responsible: ResponsibleParty
    frequency: str
    due_on: date | None
    status: InterventionStatus
    completed_on: date | None


@dataclass(frozen=True, slots=True)
class BarrierView:
    id: str
    member_id: str
    goal_id: str
    kind: BarrierKind
    description: str
    plan_to_address: str
    status: BarrierStatus


@dataclass(frozen=True, slots=True)
class ReferralView:
    id: str
    member_id: str
    care_plan_id: str | None
    goal_id: str | None
    resource_name: str
    resource_type: str
    resource_contact: str
    referred_on: date | None
    status: ReferralStatus
    follow_up_on: date | None
    outcome: str


@dataclass(frozen=True, slots=True)
class ReviewView:
    id: str
    member_id: str
    goal_id: str
    reviewed_on: date
    note: str
    status_before: GoalStatus | None
    status_after: GoalStatus | None
    created_by: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class AgreementView:
    id: str
    member_id: str
    care_plan_id: str
    agreed_on: date
    method: AgreementMethod
    signer_name: str
    has_signature: bool
    caregiver_participated: bool
    caregiver_name: str
    notes: str
    created_by: str


@dataclass(frozen=True, slots=True)
class VersionView:
    id: str
    care_plan_id: str
    number: int
    taken_at: datetime
    taken_by: str
    reason: str  # edit, review, agreement, restore


@dataclass(frozen=True, slots=True)
class PlanChange:
    """One line of "what changed": an item added, removed, or changed (naming the fields)."""

    kind: str  # "plan" or an ItemKind
    item_id: str
    title: str  # the item's title/text/description as it reads now (or last read, if removed)
    change: Literal["added", "removed", "changed"]
    fields: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PlanTree:
    """A member's plan and everything under it. Items are ordered by priority within their parent."""

    plan: PlanView | None = None
    problems: tuple[ProblemView, ...] = ()
    goals: tuple[GoalView, ...] = ()
    interventions: tuple[InterventionView, ...] = ()
    barriers: tuple[BarrierView, ...] = ()
    referrals: tuple[ReferralView, ...] = ()
    reviews: tuple[ReviewView, ...] = ()  # newest first
    agreements: tuple[AgreementView, ...] = ()  # newest first
    extra: dict[str, Any] = field(default_factory=dict)

    def goals_of(self, problem_id: str) -> tuple[GoalView, ...]:
        return tuple(g for g in self.goals if g.problem_id == problem_id)

    def interventions_of(self, goal_id: str) -> tuple[InterventionView, ...]:
        return tuple(i for i in self.interventions if i.goal_id == goal_id)

    def barriers_of(self, goal_id: str) -> tuple[BarrierView, ...]:
        return tuple(b for b in self.barriers if b.goal_id == goal_id)

    def referrals_of(self, goal_id: str | None) -> tuple[ReferralView, ...]:
        return tuple(r for r in self.referrals if r.goal_id == goal_id)

    def reviews_of(self, goal_id: str) -> tuple[ReviewView, ...]:
        return tuple(r for r in self.reviews if r.goal_id == goal_id)


# ---- rules --------------------------------------------------------------------------------------------

LONG_TEXT = 4000
SIGNATURE_MAX_BYTES = 512 * 1024
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
OPEN_STATUSES = (CarePlanStatus.DRAFT, CarePlanStatus.ACTIVE)


def _optional_id(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("must be an id")
    return value.strip() or None


@dataclass(frozen=True, slots=True)
class ItemRules:
    """What an item kind is: its table, view, field rules, defaults, and where it hangs in the tree."""

    model: type[Any]
    view: type[Any]
    spec: Mapping[str, Field]
    defaults: Mapping[str, Any]
    parent: str  # the column naming the parent
    parent_kind: str  # "plan", "problem" or "goal"
    ordered: bool = False  # siblings carry a priority the nurse sets

    @property
    def entity(self) -> str:
        return str(self.model.__tablename__)


KINDS: dict[str, ItemRules] = {
    "problem": ItemRules(
        Problem, ProblemView,
        {"domain": Field(choice(CareDomain), required=True), "title": Field(text(200), required=True),
         "description": Field(text(LONG_TEXT)), "status": Field(choice(ProblemStatus), required=True),
         "source": Field(text(60))},
        {"status": ProblemStatus.ACTIVE, "source": "manual"}, "care_plan_id", "plan", ordered=True,
    ),
    "goal": ItemRules(
        Goal, GoalView,
        {"text": Field(text(LONG_TEXT), required=True), "member_words": Field(text(LONG_TEXT)),
         "term": Field(choice(GoalTerm), required=True), "target_on": Field(day()),
         "measure": Field(text(200)), "baseline": Field(text(100)), "target_value": Field(text(100)),
         "member_priority": Field(integer(1, 5)), "status": Field(choice(GoalStatus), required=True)},
        {"term": GoalTerm.SHORT, "status": GoalStatus.NOT_STARTED}, "problem_id", "problem", ordered=True,
    ),
    "intervention": ItemRules(
        Intervention, InterventionView,
        {"type": Field(choice(InterventionType), required=True),
         "description": Field(text(LONG_TEXT), required=True),
         "responsible": Field(choice(ResponsibleParty), required=True), "frequency": Field(text(100)),
         "due_on": Field(day()), "status": Field(choice(InterventionStatus), required=True),
         "completed_on": Field(day(past_only=True))},
        {"status": InterventionStatus.PLANNED}, "goal_id", "goal",
    ),
    "barrier": ItemRules(
        Barrier, BarrierView,
        {"kind": Field(choice(BarrierKind), required=True), "description": Field(text(LONG_TEXT)),
         "plan_to_address": Field(text(LONG_TEXT)), "status": Field(choice(BarrierStatus), required=True)},
        {"status": BarrierStatus.OPEN}, "goal_id", "goal",
    ),
    "referral": ItemRules(
        Referral, ReferralView,
        {"resource_name": Field(text(200), required=True), "resource_type": Field(text(60)),
         "resource_contact": Field(text(1000)), "referred_on": Field(day()),
         "status": Field(choice(ReferralStatus), required=True), "follow_up_on": Field(day()),
         "outcome": Field(text(LONG_TEXT)), "goal_id": Field(_optional_id)},
        {"status": ReferralStatus.PROPOSED}, "care_plan_id", "plan",
    ),
}
_MODELS: dict[str, type[Any]] = {"plan": CarePlan, "problem": Problem, "goal": Goal}

_PLAN_TEXT = {name: Field(text(LONG_TEXT)) for name in (
    "self_management_plan", "follow_up_schedule", "caregiver_involvement")}
_PLAN_SPEC: dict[str, Field] = {
    "started_on": Field(day(past_only=True)), "review_due_on": Field(day()),
    "communicated_to_pcp_on": Field(day(past_only=True)), **_PLAN_TEXT,
}
_PLAN_UPDATE_SPEC: dict[str, Field] = {
    "status": Field(choice(CarePlanStatus), required=True), "review_due_on": Field(day()),
    "communicated_to_pcp_on": Field(day(past_only=True)), **_PLAN_TEXT,
}
_REVIEW_SPEC: dict[str, Field] = {
    "reviewed_on": Field(day(past_only=True), required=True), "note": Field(text(LONG_TEXT), required=True),
    "status_after": Field(choice(GoalStatus)),
}
_AGREEMENT_SPEC: dict[str, Field] = {
    "agreed_on": Field(day(past_only=True), required=True),
    "method": Field(choice(AgreementMethod), required=True), "signer_name": Field(text(200)),
    "caregiver_participated": Field(flag), "caregiver_name": Field(text(200)),
    "notes": Field(text(LONG_TEXT)),
}


# ---- reading --------------------------------------------------------------------------------------------


def current(session: Session, member_id: str) -> PlanTree:
    """The member's plan: the open one (draft or active), else the most recent closed one; an empty
    tree (plan None) when the member has none."""
    live_member(session, member_id)
    plans = session.scalars(
        select(CarePlan).where(CarePlan.member_id == member_id, CarePlan.deleted.is_(False)))
    chosen = max(plans, key=lambda p: (p.status in OPEN_STATUSES, p.started_on, p.created_at), default=None)
    return PlanTree() if chosen is None else tree_of(session, chosen)


def tree_of(session: Session, plan: CarePlan) -> PlanTree:
    """One plan's tree, read from its rows (tombstones left out)."""

    def live(model: type[Any], *where: Any) -> list[Any]:
        return list(session.scalars(select(model).where(model.deleted.is_(False), *where)))

    problems = live(Problem, Problem.care_plan_id == plan.id)
    goals = live(Goal, Goal.problem_id.in_([p.id for p in problems]))
    goal_ids = [g.id for g in goals]
    return arrange(
        view_of(PlanView, plan),
        [view_of(ProblemView, r) for r in problems],
        [view_of(GoalView, r) for r in goals],
        [view_of(InterventionView, r) for r in live(Intervention, Intervention.goal_id.in_(goal_ids))],
        [view_of(BarrierView, r) for r in live(Barrier, Barrier.goal_id.in_(goal_ids))],
        [view_of(ReferralView, r) for r in live(
            Referral, or_(Referral.care_plan_id == plan.id, Referral.goal_id.in_(goal_ids)))],
        reviews=[view_of(ReviewView, r) for r in live(ProgressReview, ProgressReview.goal_id.in_(goal_ids))],
        agreements=[_agreement_view(r) for r in live(PlanAgreement, PlanAgreement.care_plan_id == plan.id)],
    )


def arrange(
    plan: PlanView | None, problems: Sequence[ProblemView], goals: Sequence[GoalView],
    interventions: Sequence[InterventionView], barriers: Sequence[BarrierView],
    referrals: Sequence[ReferralView], *, reviews: Sequence[ReviewView] = (),
    agreements: Sequence[AgreementView] = (),
) -> PlanTree:
    """Put items in tree order (by priority within their parent, then creation); items whose parent
    is not in the tree are left out. Live reads and stored versions both go through here."""
    problems = sorted(problems, key=lambda p: (p.priority, p.id))
    problem_at = {p.id: n for n, p in enumerate(problems)}
    goals = sorted((g for g in goals if g.problem_id in problem_at),
                   key=lambda g: (problem_at[g.problem_id], g.priority, g.id))
    goal_at = {g.id: n for n, g in enumerate(goals)}

    def under_goal(items: Sequence[Any]) -> tuple[Any, ...]:
        kept = (i for i in items if i.goal_id in goal_at)
        return tuple(sorted(kept, key=lambda i: (goal_at[i.goal_id], i.id)))

    return PlanTree(
        plan=plan, problems=tuple(problems), goals=tuple(goals),
        interventions=under_goal(interventions), barriers=under_goal(barriers),
        referrals=tuple(sorted((r for r in referrals if r.goal_id is None or r.goal_id in goal_at),
                               key=lambda r: (-1 if r.goal_id is None else goal_at[r.goal_id], r.id))),
        reviews=tuple(sorted(under_goal(reviews), key=lambda r: (r.reviewed_on, r.created_at), reverse=True)),
        agreements=tuple(sorted(agreements, key=lambda a: (a.agreed_on, a.id), reverse=True)),
    )


def plan_items(tree: PlanTree) -> tuple[Any, ...]:
    """What a version holds: the plan and its items (no reviews or agreements), for comparing trees."""
    return (tree.plan, tree.problems, tree.goals, tree.interventions, tree.barriers, tree.referrals)


def _agreement_view(row: PlanAgreement) -> AgreementView:
    return AgreementView(
        id=row.id, member_id=row.member_id, care_plan_id=row.care_plan_id, agreed_on=row.agreed_on,
        method=row.method, signer_name=row.signer_name, has_signature=bool(row.signature_png),
        caregiver_participated=row.caregiver_participated, caregiver_name=row.caregiver_name,
        notes=row.notes, created_by=row.created_by,
    )


# ---- the plan -------------------------------------------------------------------------------------------


def create_plan(session: Session, actor: Actor, member_id: str, **fields: Any) -> PlanView:
    """Start a plan (status draft). ``started_on`` defaults to today; ``review_due_on`` to started_on plus
    the program's ``care_plan_review_days``. Refused (IntegrityError) while the member has an open plan."""
    member = live_member(session, member_id)
    values = clean(_PLAN_SPEC, fields)
    values["started_on"] = values.get("started_on") or date.today()
    if values.get("review_due_on") is None:
        values["review_due_on"] = values["started_on"] + _review_interval(member.program)
    _check_review_due(values["started_on"], values["review_due_on"])
    open_plan = session.scalar(select(CarePlan.id).where(
        CarePlan.member_id == member_id, CarePlan.deleted.is_(False), CarePlan.status.in_(OPEN_STATUSES)))
    if open_plan is not None:
        raise IntegrityError("the member already has an open care plan", reason="open_plan_exists")
    plan = CarePlan(member_id=member_id, status=CarePlanStatus.DRAFT, **values)
    session.add(plan)
    session.flush()
    _audit(session, actor, AuditAction.CREATE, plan, values)
    history.save(session, actor, plan, "edit")
    return view_of(PlanView, plan)


def update_plan(session: Session, actor: Actor, plan_id: str, **changes: Any) -> PlanView:
    """Plan fields: status, review_due_on, self_management_plan, follow_up_schedule,
    caregiver_involvement, communicated_to_pcp_on. Status goes draft → active → closed (and active →
    draft is refused); active needs at least one problem with a goal (ValidationError names what
    is missing)."""
    plan = _writable(_live(session, CarePlan, plan_id))
    values = clean(_PLAN_UPDATE_SPEC, changes, partial=True)
    _check_review_due(plan.started_on, values.get("review_due_on", plan.review_due_on))
    if values.get("status", plan.status) != plan.status:
        _check_transition(session, plan, values["status"])
    changed = {name: value for name, value in values.items() if getattr(plan, name) != value}
    if changed:
        history.baseline(session, actor, plan)
        for name, value in changed.items():
            setattr(plan, name, value)
        session.flush()
        _audit(session, actor, AuditAction.UPDATE, plan, changed)
        history.save(session, actor, plan, "edit")
    return view_of(PlanView, plan)


def _review_interval(program: Any) -> timedelta:
    return timedelta(days=rules_for(program).care_plan_review_days)


def _check_review_due(started_on: date, review_due_on: date | None) -> None:
    if review_due_on is not None and review_due_on < started_on:
        raise ValidationError("review_due_on", "cannot be before the plan starts")


def _check_transition(session: Session, plan: CarePlan, status: CarePlanStatus) -> None:
    if status == CarePlanStatus.DRAFT:
        raise IntegrityError("an active care plan cannot go back to draft", reason="active_to_draft")
    if status == CarePlanStatus.ACTIVE:
        _check_ready(session, plan)


def _check_ready(session: Session, plan: CarePlan) -> None:
    """An active plan has at least one problem with a goal."""
    problem_ids = list(session.scalars(select(Problem.id).where(
        Problem.care_plan_id == plan.id, Problem.deleted.is_(False))))
    if not problem_ids:
        raise ValidationError("problems", "an active care plan needs at least one problem")
    goal = session.scalar(select(Goal.id).where(Goal.problem_id.in_(problem_ids), Goal.deleted.is_(False)))
    if goal is None:
        raise ValidationError("goals", "an active care plan needs at least one problem with a goal")


def _writable(plan: CarePlan) -> CarePlan:
    if plan.status == CarePlanStatus.CLOSED:
        raise IntegrityError("the care plan is closed and cannot change", reason="plan_closed")
    return plan


# ---- items ---------------------------------------------------------------------------------------------


def add(session: Session, actor: Actor, kind: ItemKind, parent_id: str, /, **fields: Any) -> Any:
    """Add an item under its parent: a problem or referral under the plan (``parent_id`` = plan id; a
    referral may name ``goal_id``), a goal under a problem, an intervention or barrier under a goal.
    The new item goes last among its siblings. Returns the item's view.

    The leading arguments are positional-only, so a barrier's own ``kind`` field can be passed by name:
    ``add(s, actor, "barrier", goal_id, kind="cost")``."""
    rules = _rules(kind)
    if kind == "referral" and session.get(CarePlan, parent_id) is None:
        fields = {"goal_id": parent_id, **fields}  # a goal named as the parent: the referral serves it
        parent_id = _plan_for(session, "goal", _live(session, Goal, parent_id)).id
    parent = _live(session, _MODELS[rules.parent_kind], parent_id)
    plan = _writable(parent if rules.parent_kind == "plan" else _plan_for(session, rules.parent_kind, parent))
    values = _check(session, kind, plan, None, clean(rules.spec, _with_defaults(kind, fields)))
    history.baseline(session, actor, plan)
    row = rules.model(member_id=plan.member_id, **{rules.parent: parent.id}, **values)
    if rules.ordered:
        row.priority = _next_priority(session, rules, parent.id)
    session.add(row)
    session.flush()
    _audit(session, actor, AuditAction.CREATE, row, values)
    history.save(session, actor, plan, "edit")
    return view_of(rules.view, row)


def update(session: Session, actor: Actor, kind: ItemKind, item_id: str, /, **changes: Any) -> Any:
    """Change an item's fields (validated like ``add``; leading arguments positional-only, as there);
    returns the item's view."""
    rules = _rules(kind)
    row = _live(session, rules.model, item_id)
    plan = _writable(_plan_for(session, kind, row))
    values = _check(session, kind, plan, row, clean(rules.spec, changes, partial=True))
    changed = {name: value for name, value in values.items() if getattr(row, name) != value}
    if changed:
        history.baseline(session, actor, plan)
        for name, value in changed.items():
            setattr(row, name, value)
        session.flush()
        _audit(session, actor, AuditAction.UPDATE, row, changed)
        history.save(session, actor, plan, "edit")
    return view_of(rules.view, row)


def remove(session: Session, actor: Actor, kind: ItemKind, item_id: str) -> tuple[tuple[str, str], ...]:
    """Remove an item and everything under it (tombstones). Returns the (kind, id) pairs removed, which
    ``restore`` takes to undo the removal exactly."""
    row = _live(session, _rules(kind).model, item_id)
    plan = _writable(_plan_for(session, kind, row))
    history.baseline(session, actor, plan)
    removed = [(kind, row), *_descendants(session, kind, row)]
    for _, item in removed:
        item.deleted = True
    session.flush()
    for _, item in removed:
        _audit(session, actor, AuditAction.DELETE, item, ())
    history.save(session, actor, plan, "edit")
    return tuple((item_kind, item.id) for item_kind, item in removed)


def restore(session: Session, actor: Actor, removed: Sequence[tuple[str, str]]) -> None:
    """Bring back items ``remove`` took away (undo)."""
    rows: list[tuple[str, Any]] = []
    for kind, item_id in removed:
        row = session.get(_rules(kind).model, item_id)
        if row is None:
            raise NotFound(_rules(kind).entity, item_id)
        rows.append((kind, row))
    if not rows:
        return
    coming_back = {row.id for _, row in rows}
    owners = (_plan_for(session, kind, row, spare=coming_back) for kind, row in rows)
    plans = {plan.id: plan for plan in owners}
    if len(plans) != 1:
        raise ValidationError("removed", "must all come from one care plan")
    plan = _writable(next(iter(plans.values())))
    history.baseline(session, actor, plan)
    restored = [row for _, row in rows if row.deleted]
    for row in restored:
        row.deleted = False
    session.flush()
    for row in restored:
        _audit(session, actor, AuditAction.UPDATE, row, ("deleted",))
    history.save(session, actor, plan, "edit")


def reorder(session: Session, actor: Actor, kind: ItemKind, ordered_ids: Sequence[str],
            priorities: Sequence[int] | None = None) -> None:
    """Set the priority of siblings (one parent) to their position in ``ordered_ids`` (1 = first), or to
    ``priorities`` (rising, one per id) — what undo uses to put back numbers exactly as they were."""
    rules = _rules(kind)
    if not rules.ordered:
        raise ValidationError("kind", "only problems and goals are put in order")
    ids = list(ordered_ids)
    if not ids or len(set(ids)) != len(ids):
        raise ValidationError("ordered_ids", "must name each item once")
    numbers = list(priorities) if priorities is not None else list(range(1, len(ids) + 1))
    if len(numbers) != len(ids) or any(not isinstance(n, int) or n < 1 for n in numbers) \
            or any(a >= b for a, b in pairwise(numbers)):
        raise ValidationError("priorities", "must be rising whole numbers, one per item")
    rows = [_live(session, rules.model, item_id) for item_id in ids]
    parents = {getattr(row, rules.parent) for row in rows}
    siblings = set(session.scalars(select(rules.model.id).where(
        getattr(rules.model, rules.parent).in_(parents), rules.model.deleted.is_(False))))
    if len(parents) != 1 or siblings != set(ids):
        raise ValidationError("ordered_ids", "must list every item under one parent, and only those")
    plan = _writable(_plan_for(session, kind, rows[0]))
    moved = [(position, row) for position, row in zip(numbers, rows, strict=True) if row.priority != position]
    if not moved:
        return
    history.baseline(session, actor, plan)
    for position, row in moved:
        row.priority = position
    session.flush()
    for _, row in moved:
        _audit(session, actor, AuditAction.UPDATE, row, ("priority",))
    history.save(session, actor, plan, "edit")


def _rules(kind: str) -> ItemRules:
    if kind not in KINDS:
        raise ValidationError("kind", f"must be one of: {', '.join(ITEM_KINDS)}")
    return KINDS[kind]


def _with_defaults(kind: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    if kind == "goal" and fields.get("status") not in (None, "", GoalStatus.NOT_STARTED):
        raise ValidationError("status", "a new goal starts not started; a review or an edit moves it on")
    data = dict(fields)
    for name, value in KINDS[kind].defaults.items():
        if data.get(name) in (None, ""):
            data[name] = value
    return data


def _check(session: Session, kind: str, plan: CarePlan, row: Any, values: dict[str, Any]) -> dict[str, Any]:
    """Rules across fields and against the plan; fills in what follows (a completion date)."""
    merged = ({name: getattr(row, name) for name in KINDS[kind].spec} if row is not None else {}) | values
    if kind == "goal" and merged.get("target_on") and merged["target_on"] < plan.started_on:
        raise ValidationError("target_on", "cannot be before the care plan starts")
    if kind == "intervention":
        _check_completion(merged, values)
    if kind == "referral":
        goal_id = values.get("goal_id")
        if goal_id is not None and _plan_for(session, "goal", _live(session, Goal, goal_id)) is not plan:
            raise NotFound("goal", goal_id)
        follow_up, referred = merged.get("follow_up_on"), merged.get("referred_on")
        if follow_up and referred and follow_up < referred:
            raise ValidationError("follow_up_on", "cannot be before the referral date")
    return values


def _check_completion(merged: Mapping[str, Any], values: dict[str, Any]) -> None:
    """A completed intervention has a completion date (today unless given); any other status has none."""
    if merged["status"] == InterventionStatus.COMPLETED:
        if merged.get("completed_on") is None:
            values["completed_on"] = date.today()
        return
    if values.get("completed_on") is not None:
        raise ValidationError("completed_on", "is set only when the intervention is completed")
    if merged.get("completed_on") is not None:
        values["completed_on"] = None


def _next_priority(session: Session, rules: ItemRules, parent_id: str) -> int:
    highest = session.scalar(select(rules.model.priority).where(
        getattr(rules.model, rules.parent) == parent_id, rules.model.deleted.is_(False),
    ).order_by(rules.model.priority.desc()).limit(1))
    return (highest or 0) + 1


def _descendants(session: Session, kind: str, row: Any) -> list[tuple[str, Any]]:
    """The live items under ``row``, parents before children."""

    def live(model: type[Any], column: Any, *order: Any) -> list[Any]:
        query = select(model).where(column == row.id, model.deleted.is_(False)).order_by(*order)
        return list(session.scalars(query))

    if kind == "problem":
        out: list[tuple[str, Any]] = []
        for goal in live(Goal, Goal.problem_id, Goal.priority, Goal.id):
            out += [("goal", goal), *_descendants(session, "goal", goal)]
        return out
    if kind == "goal":
        return ([("intervention", r) for r in live(Intervention, Intervention.goal_id, Intervention.id)]
                + [("barrier", r) for r in live(Barrier, Barrier.goal_id, Barrier.id)]
                + [("referral", r) for r in live(Referral, Referral.goal_id, Referral.id)])
    return []


def _plan_for(session: Session, kind: str, row: Any, *, spare: Set[str] = frozenset()) -> CarePlan:
    """The plan an item belongs to, through its live ancestors (``spare`` names tombstoned ones that are
    coming back). A missing or removed ancestor is NotFound."""
    while kind != "plan":
        rules = KINDS[kind]
        parent_kind, parent_id = rules.parent_kind, getattr(row, rules.parent)
        if kind == "referral" and row.goal_id is not None:
            parent_kind, parent_id = "goal", row.goal_id
        model = _MODELS[parent_kind]
        parent = session.get(model, parent_id) if parent_id else None
        if parent is None or (parent.deleted and parent.id not in spare):
            raise NotFound(model.__tablename__, parent_id or "")
        kind, row = parent_kind, parent
    return row


def _live(session: Session, model: type[Any], row_id: str) -> Any:
    row = session.get(model, row_id) if row_id else None
    if row is None or row.deleted:
        raise NotFound(model.__tablename__, row_id or "")
    return row


def _audit(
    session: Session, actor: Actor, action: AuditAction, row: Any, fields: Mapping[str, Any] | Sequence[str],
    **extra: Any,
) -> None:
    audit.record(
        session, actor, action, DataCategory.CARE_PLAN, entity_type=row.__tablename__, entity_id=row.id,
        member_id=row.member_id, details={"fields": sorted(fields), **extra},
    )


# ---- reviews and agreement -----------------------------------------------------------------------------


def add_review(
    session: Session, actor: Actor, goal_id: str, *, reviewed_on: date, note: str,
    status_after: GoalStatus | str | None = None,
) -> ReviewView:
    """A dated progress note on a goal, optionally changing its status. Sets the plan's last_reviewed_on
    and moves review_due_on to reviewed_on + the program's care_plan_review_days (when that is later)."""
    goal = _live(session, Goal, goal_id)
    plan = _writable(_plan_for(session, "goal", goal))
    values = clean(_REVIEW_SPEC, {"reviewed_on": reviewed_on, "note": note, "status_after": status_after})
    if values["reviewed_on"] < plan.started_on:
        raise ValidationError("reviewed_on", "cannot be before the care plan starts")
    history.baseline(session, actor, plan)
    review = ProgressReview(member_id=plan.member_id, goal_id=goal.id, status_before=goal.status,
                            created_by=actor.user, **values)
    session.add(review)
    goal_changed = values["status_after"] is not None and values["status_after"] != goal.status
    if goal_changed:
        goal.status = values["status_after"]
    plan_changed = _reviewed(session, plan, values["reviewed_on"])
    session.flush()
    _audit(session, actor, AuditAction.CREATE, review, values)
    if goal_changed:
        _audit(session, actor, AuditAction.UPDATE, goal, ("status",))
    if plan_changed:
        _audit(session, actor, AuditAction.UPDATE, plan, plan_changed)
    history.save(session, actor, plan, "review")
    return view_of(ReviewView, review)


def _reviewed(session: Session, plan: CarePlan, reviewed_on: date) -> list[str]:
    """Move the plan's review dates forward (never back: a late-entered older review changes nothing)."""
    member = live_member(session, plan.member_id)
    due = reviewed_on + _review_interval(member.program)
    wanted = {"last_reviewed_on": max(plan.last_reviewed_on or reviewed_on, reviewed_on),
              "review_due_on": max(plan.review_due_on or due, due)}
    changed = [name for name, value in wanted.items() if getattr(plan, name) != value]
    for name in changed:
        setattr(plan, name, wanted[name])
    return changed


def record_agreement(
    session: Session, actor: Actor, plan_id: str, *, agreed_on: date, method: AgreementMethod | str,
    signer_name: str = "", signature_png: bytes | None = None, caregiver_participated: bool = False,
    caregiver_name: str = "", notes: str = "",
) -> AgreementView:
    """The member's agreement to the plan. An e-signature needs ``signature_png`` (a PNG, at most 512 KB),
    kept inside the encrypted database; a caregiver who took part is named."""
    plan = _writable(_live(session, CarePlan, plan_id))
    values = clean(_AGREEMENT_SPEC, {
        "agreed_on": agreed_on, "method": method, "signer_name": signer_name, "notes": notes,
        "caregiver_participated": caregiver_participated, "caregiver_name": caregiver_name})
    if values["agreed_on"] < plan.started_on:
        raise ValidationError("agreed_on", "cannot be before the care plan starts")
    if values["caregiver_participated"] and not values["caregiver_name"]:
        raise ValidationError("caregiver_name", "is required when a caregiver took part")
    png = _checked_signature(values["method"], signature_png)
    activate = plan.status == CarePlanStatus.DRAFT
    if activate:
        _check_ready(session, plan)
    history.baseline(session, actor, plan)
    row = PlanAgreement(member_id=plan.member_id, care_plan_id=plan.id, signature_png=png,
                        created_by=actor.user, **values)
    session.add(row)
    if activate:
        plan.status = CarePlanStatus.ACTIVE
    session.flush()
    _audit(session, actor, AuditAction.CREATE, row, [*values, *(["signature_png"] if png else [])])
    if activate:
        _audit(session, actor, AuditAction.UPDATE, plan, ("status",))
    history.save(session, actor, plan, "agreement")
    return _agreement_view(row)


def _checked_signature(method: AgreementMethod, png: bytes | None) -> bytes | None:
    if not png:
        if method == AgreementMethod.E_SIGNATURE:
            raise ValidationError("signature_png", "is required for an electronic signature")
        return None
    if not isinstance(png, bytes | bytearray | memoryview) or not bytes(png[:8]) == PNG_MAGIC:
        raise ValidationError("signature_png", "must be a PNG image")
    if len(png) > SIGNATURE_MAX_BYTES:
        raise ValidationError("signature_png", "must be at most 512 KB")
    return bytes(png)


def signature(session: Session, agreement_id: str) -> bytes | None:
    return _live(session, PlanAgreement, agreement_id).signature_png


# ---- versions ------------------------------------------------------------------------------------------


def versions(session: Session, plan_id: str) -> tuple[VersionView, ...]:
    """Every saved version of the plan, newest first."""
    return history.versions(session, _live(session, CarePlan, plan_id).id)


def version_tree(session: Session, version_id: str) -> PlanTree:
    """The plan exactly as that version stored it (reviews and agreements are not part of a version)."""
    return history.tree_from(history.version_row(session, version_id).snapshot)


def restore_version(session: Session, actor: Actor, version_id: str) -> PlanTree:
    """Make the plan equal to a past version again (items added since are removed, removed ones come
    back, changed ones get their old values). The restore is itself a new version."""
    version = history.version_row(session, version_id)
    plan = _writable(_live(session, CarePlan, version.care_plan_id))
    wanted, now = history.tree_from(version.snapshot), tree_of(session, plan)
    history.baseline(session, actor, plan)
    touched: list[tuple[AuditAction, Any, list[str]]] = []
    if wanted.plan is not None:
        touched.append((AuditAction.UPDATE, plan, _assign(plan, wanted.plan, skip=("id", "member_id"))))
    for kind, rules in KINDS.items():
        keep = {item.id: item for item in history.items(wanted, kind)}
        for item in keep.values():
            row = session.get(rules.model, item.id)
            if row is None:  # never seen on this laptop: make it again from the version
                row = rules.model(id=item.id)
                session.add(row)
            fields = _assign(row, item, skip=("id",))
            if row.deleted:
                row.deleted = False
                fields.append("deleted")
            touched.append((AuditAction.UPDATE, row, fields))
        for item in history.items(now, kind):
            if item.id not in keep:
                row = session.get(rules.model, item.id)
                row.deleted = True
                touched.append((AuditAction.DELETE, row, []))
    session.flush()
    for action, row, fields in touched:
        if fields or action == AuditAction.DELETE:
            _audit(session, actor, action, row, fields, restored_version=version.number)
    history.save(session, actor, plan, "restore")
    return tree_of(session, plan)


def _assign(row: Any, view: Any, *, skip: Sequence[str]) -> list[str]:
    changed = []
    for name in view.__dataclass_fields__:
        value = getattr(view, name)
        if name not in skip and getattr(row, name, None) != value:
            setattr(row, name, value)
            changed.append(name)
    return changed


def changes_since_review(session: Session, plan_id: str) -> tuple[PlanChange, ...]:
    """What changed since the last progress review (since the plan's first version when never reviewed)."""
    plan = _live(session, CarePlan, plan_id)
    return history.changes_since_review(session, plan, tree_of(session, plan))


def diff(old: PlanTree, new: PlanTree) -> tuple[PlanChange, ...]:
    return history.diff(old, new)
