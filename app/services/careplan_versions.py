"""Versions of a care plan: the whole plan as JSON after each editing session and each milestone
(review, agreement, restore), reloaded as a PlanTree, and compared item by item.

A version is saved after every write, so the newest one always equals the plan as it stands. Successive
edits by one person within ``EDITING_SESSION`` update the newest "edit" version in place instead of
piling up a version per keystroke-sized change.
"""

from __future__ import annotations

import enum
import typing
from dataclasses import fields
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.actor import Actor
from app.errors import NotFound
from app.model.careplan import CarePlan, CarePlanVersion
from app.services import careplan as cp
from app.store.base import utcnow

EDITING_SESSION = timedelta(minutes=30)
COLLECTIONS: dict[str, str] = {
    "problem": "problems", "goal": "goals", "intervention": "interventions", "barrier": "barriers",
    "referral": "referrals",
}


def now() -> datetime:
    """The clock versions are stamped with (tests replace it to step through editing sessions)."""
    return utcnow()


def items(tree: cp.PlanTree, kind: str) -> tuple[Any, ...]:
    return tuple(getattr(tree, COLLECTIONS[kind]))


# ---- saving ---------------------------------------------------------------------------------------------


def baseline(session: Session, actor: Actor, plan: CarePlan) -> None:
    """Before the first write to a plan that has no version (made by the demo or synced in), keep the
    state it had as version 1, so nothing before that first edit is lost."""
    if _newest(session, plan.id) is None:
        _append(session, actor, plan, 1, "baseline", snapshot(cp.tree_of(session, plan)))


def save(session: Session, actor: Actor, plan: CarePlan, reason: str) -> None:
    """Make the plan's newest version equal its current state."""
    state = snapshot(cp.tree_of(session, plan))
    newest = _newest(session, plan.id)
    if newest is not None and reason == "edit":
        if newest.snapshot == state:
            return
        same_session = newest.updated_by == actor.user and now() - newest.taken_at < EDITING_SESSION
        if newest.reason == "edit" and same_session:
            newest.snapshot = state
            newest.taken_at = now()
            session.flush()
            return
    _append(session, actor, plan, (newest.number if newest else 0) + 1, reason, state)


def _append(
    session: Session, actor: Actor, plan: CarePlan, number: int, reason: str, state: dict[str, Any],
) -> None:
    session.add(CarePlanVersion(
        member_id=plan.member_id, care_plan_id=plan.id, number=number, taken_at=now(), reason=reason,
        snapshot=state, created_by=actor.user, updated_by=actor.user,
    ))
    session.flush()


def _newest(session: Session, plan_id: str) -> CarePlanVersion | None:
    return session.scalar(_of_plan(plan_id).order_by(CarePlanVersion.number.desc()).limit(1))


def _of_plan(plan_id: str) -> Any:
    return select(CarePlanVersion).where(
        CarePlanVersion.care_plan_id == plan_id, CarePlanVersion.deleted.is_(False))


# ---- reading --------------------------------------------------------------------------------------------


def versions(session: Session, plan_id: str) -> tuple[cp.VersionView, ...]:
    rows = session.scalars(
        _of_plan(plan_id).order_by(CarePlanVersion.number.desc(), CarePlanVersion.taken_at.desc()))
    return tuple(
        cp.VersionView(id=r.id, care_plan_id=r.care_plan_id, number=r.number, taken_at=r.taken_at,
                       taken_by=r.updated_by, reason=r.reason)
        for r in rows
    )


def version_row(session: Session, version_id: str) -> CarePlanVersion:
    row = session.get(CarePlanVersion, version_id) if version_id else None
    if row is None or row.deleted:
        raise NotFound("care_plan_version", version_id or "")
    return row


# ---- snapshot <-> tree ----------------------------------------------------------------------------------


def snapshot(tree: cp.PlanTree) -> dict[str, Any]:
    """The plan and its live items as JSON: dates as ISO text, enums as their values."""
    state: dict[str, Any] = {"plan": None if tree.plan is None else _encode(tree.plan)}
    for kind in cp.ITEM_KINDS:
        state[COLLECTIONS[kind]] = [_encode(item) for item in items(tree, kind)]
    return state


def tree_from(state: dict[str, Any]) -> cp.PlanTree:
    plan = _decode(cp.PlanView, state["plan"]) if state.get("plan") else None
    loaded = {kind: [_decode(cp.KINDS[kind].view, data) for data in state.get(COLLECTIONS[kind], [])]
              for kind in cp.ITEM_KINDS}
    return cp.arrange(plan, loaded["problem"], loaded["goal"], loaded["intervention"], loaded["barrier"],
                      loaded["referral"])


def _encode(view: Any) -> dict[str, Any]:
    return {f.name: _plain(getattr(view, f.name)) for f in fields(view)}


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value


def _decode(view_cls: type[Any], data: dict[str, Any]) -> Any:
    hints = _hints(view_cls)
    return view_cls(**{name: _typed(hint, data.get(name)) for name, hint in hints.items()})


@cache
def _hints(view_cls: type[Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(view_cls)
    return {f.name: hints[f.name] for f in fields(view_cls)}


def _typed(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    for option in typing.get_args(hint) or (hint,):
        if isinstance(option, type) and issubclass(option, enum.Enum):
            return option(value)
        if option is date:
            return date.fromisoformat(value)
    return value


# ---- comparing ------------------------------------------------------------------------------------------


def changes_since_review(
    session: Session, plan: CarePlan, now_tree: cp.PlanTree,
) -> tuple[cp.PlanChange, ...]:
    """Against the newest "review" version, else the first one; nothing when the plan has no version."""
    rows = list(session.scalars(_of_plan(plan.id).order_by(CarePlanVersion.number)))
    if not rows:
        return ()
    since = next((row for row in reversed(rows) if row.reason == "review"), rows[0])
    return diff(tree_from(since.snapshot), now_tree)


def diff(old: cp.PlanTree, new: cp.PlanTree) -> tuple[cp.PlanChange, ...]:
    """Items added, removed and changed (naming the fields), matched by id; plan field changes first."""
    changes: list[cp.PlanChange] = []
    if old.plan != new.plan:
        changes.append(_plan_change(old.plan, new.plan))
    for kind in cp.ITEM_KINDS:
        before = {item.id: item for item in items(old, kind)}
        after = {item.id for item in items(new, kind)}
        for item in items(new, kind):
            prev = before.get(item.id)
            if prev is None:
                changes.append(cp.PlanChange(kind, item.id, title(kind, item), "added"))
            elif prev != item:
                fields_changed = _changed(prev, item)
                changes.append(cp.PlanChange(kind, item.id, title(kind, item), "changed", fields_changed))
        changes += [cp.PlanChange(kind, item.id, title(kind, item), "removed")
                    for item in items(old, kind) if item.id not in after]
    return tuple(changes)


def title(kind: str, item: Any) -> str:
    """How an item reads in a list of changes."""
    if kind == "problem":
        return str(item.title)
    if kind == "goal":
        return str(item.text)
    if kind == "intervention":
        return str(item.description)
    if kind == "barrier":
        return str(item.description or item.kind.value)
    return str(item.resource_name)


def _plan_change(old: cp.PlanView | None, new: cp.PlanView | None) -> cp.PlanChange:
    if old is None or new is None:
        plan = typing.cast(cp.PlanView, new or old)
        return cp.PlanChange("plan", plan.id, "", "added" if old is None else "removed")
    return cp.PlanChange("plan", new.id, "", "changed", _changed(old, new))


def _changed(old: Any, new: Any) -> tuple[str, ...]:
    return tuple(f.name for f in fields(new) if getattr(old, f.name) != getattr(new, f.name))
