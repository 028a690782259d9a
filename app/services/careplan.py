"""The individualized care plan: one open plan per member, a tree of problems → goals → interventions,
barriers against goals, referrals to community resources, progress reviews, the member's agreement,
and every past version of the plan.

CONTRACT (issue 7) — the views and signatures below are what the UI builds on; bodies are being written.
Writes are audited (DataCategory.CARE_PLAN) and each one leaves the plan's newest version current;
reads are not audited on their own (the chart open that shows them is).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from sqlalchemy.orm import Session

from app.actor import Actor
from app.model.enums import (
    AgreementMethod,
    BarrierKind,
    BarrierStatus,
    CareDomain,
    CarePlanStatus,
    GoalStatus,
    GoalTerm,
    InterventionStatus,
    InterventionType,
    ProblemStatus,
    ReferralStatus,
    ResponsibleParty,
)

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


def current(session: Session, member_id: str) -> PlanTree:
    """The member's plan: the open one (draft or active), else the most recent closed one; an empty
    tree (plan None) when the member has none."""
    raise NotImplementedError


def create_plan(session: Session, actor: Actor, member_id: str, **fields: Any) -> PlanView:
    """Start a plan (status draft). ``started_on`` defaults to today; ``review_due_on`` to started_on plus
    the program's ``care_plan_review_days``. Refused (IntegrityError) while the member has an open plan."""
    raise NotImplementedError


def update_plan(session: Session, actor: Actor, plan_id: str, **changes: Any) -> PlanView:
    """Plan fields: status, review_due_on, self_management_plan, follow_up_schedule,
    caregiver_involvement, communicated_to_pcp_on. Status goes draft → active → closed (and active →
    draft is refused); active needs at least one problem with a goal (ValidationError names what
    is missing)."""
    raise NotImplementedError


def add(session: Session, actor: Actor, kind: ItemKind, parent_id: str, **fields: Any) -> Any:
    """Add an item under its parent: a problem or referral under the plan (``parent_id`` = plan id; a
    referral may name ``goal_id``), a goal under a problem, an intervention or barrier under a goal.
    The new item goes last among its siblings. Returns the item's view."""
    raise NotImplementedError


def update(session: Session, actor: Actor, kind: ItemKind, item_id: str, **changes: Any) -> Any:
    """Change an item's fields (validated like ``add``); returns the item's view."""
    raise NotImplementedError


def remove(session: Session, actor: Actor, kind: ItemKind, item_id: str) -> tuple[tuple[str, str], ...]:
    """Remove an item and everything under it (tombstones). Returns the (kind, id) pairs removed, which
    ``restore`` takes to undo the removal exactly."""
    raise NotImplementedError


def restore(session: Session, actor: Actor, removed: Sequence[tuple[str, str]]) -> None:
    """Bring back items ``remove`` took away (undo)."""
    raise NotImplementedError


def reorder(session: Session, actor: Actor, kind: ItemKind, ordered_ids: Sequence[str]) -> None:
    """Set the priority of siblings (one parent) to their position in ``ordered_ids`` (1 = first)."""
    raise NotImplementedError


def add_review(
    session: Session, actor: Actor, goal_id: str, *, reviewed_on: date, note: str,
    status_after: GoalStatus | str | None = None,
) -> ReviewView:
    """A dated progress note on a goal, optionally changing its status. Sets the plan's last_reviewed_on
    and moves review_due_on to reviewed_on + the program's care_plan_review_days (when that is later)."""
    raise NotImplementedError


def record_agreement(
    session: Session, actor: Actor, plan_id: str, *, agreed_on: date, method: AgreementMethod | str,
    signer_name: str = "", signature_png: bytes | None = None, caregiver_participated: bool = False,
    caregiver_name: str = "", notes: str = "",
) -> AgreementView:
    """The member's agreement to the plan. An e-signature needs ``signature_png`` (a PNG, at most 512 KB),
    kept inside the encrypted database; a caregiver who took part is named."""
    raise NotImplementedError


def signature(session: Session, agreement_id: str) -> bytes | None:
    raise NotImplementedError


def versions(session: Session, plan_id: str) -> tuple[VersionView, ...]:
    """Every saved version of the plan, newest first."""
    raise NotImplementedError


def version_tree(session: Session, version_id: str) -> PlanTree:
    """The plan exactly as that version stored it (reviews and agreements are not part of a version)."""
    raise NotImplementedError


def restore_version(session: Session, actor: Actor, version_id: str) -> PlanTree:
    """Make the plan equal to a past version again (items added since are removed, removed ones come
    back, changed ones get their old values). The restore is itself a new version."""
    raise NotImplementedError


def changes_since_review(session: Session, plan_id: str) -> tuple[PlanChange, ...]:
    """What changed since the last progress review (since the plan's first version when never reviewed)."""
    raise NotImplementedError


def diff(old: PlanTree, new: PlanTree) -> tuple[PlanChange, ...]:
    raise NotImplementedError
