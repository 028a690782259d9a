"""How each plan item reads in the tree: its kind in words before its own text, and a details line."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.model import enums as e
from ui.i18n import arg
from ui.widgets.dates import format_date
from ui.widgets.labels import label
from ui.widgets.text import translate

SEPARATOR = " · "


def item_text(node: Any) -> str:
    kind, view = node.kind, node.view
    if kind == "plan":
        return translate("CarePlanTree", "Care plan")
    if kind == "problem":
        number = node.siblings().index(node) + 1
        return arg(translate("CarePlanTree", "%1. %2"), number, view.title)
    if kind == "goal":
        return arg(translate("CarePlanTree", "Goal: %1"), view.text)
    if kind == "intervention":
        return arg(translate("CarePlanTree", "Intervention: %1"), view.description)
    if kind == "barrier":
        kind_label = label(view.kind, e.BarrierKind)
        if not view.description:
            return arg(translate("CarePlanTree", "Barrier: %1"), kind_label)
        return arg(translate("CarePlanTree", "Barrier (%1): %2"), kind_label, view.description)
    if kind == "referral":
        return arg(translate("CarePlanTree", "Referral: %1"), view.resource_name)
    return translate("CarePlanTree", "Referrals not linked to a goal")


def details_text(node: Any, today: date | None = None) -> str:
    kind, view = node.kind, node.view
    if kind == "plan":
        return _plan_details(view, today or date.today())
    if kind == "problem":
        return label(view.domain, e.CareDomain)
    if kind == "goal":
        parts = [label(view.term, e.GoalTerm)]
        if view.target_on:
            parts.append(arg(translate("CarePlanTree", "by %1"), format_date(view.target_on)))
        if view.member_priority:
            parts.append(arg(translate("CarePlanTree", "member's priority %1"), view.member_priority))
        return SEPARATOR.join(parts)
    if kind == "intervention":
        parts = [label(view.responsible, e.ResponsibleParty), view.frequency]
        if view.due_on:
            parts.append(arg(translate("CarePlanTree", "due %1"), format_date(view.due_on)))
        return SEPARATOR.join(p for p in parts if p)
    if kind == "barrier":
        if not view.plan_to_address:
            return ""
        return arg(translate("CarePlanTree", "Plan: %1"), view.plan_to_address)
    if kind == "referral":
        parts = [view.resource_type]
        if view.follow_up_on:
            parts.append(arg(translate("CarePlanTree", "follow up %1"), format_date(view.follow_up_on)))
        return SEPARATOR.join(p for p in parts if p)
    if len(node.children) == 1:
        return translate("CarePlanTree", "1 referral")
    return arg(translate("CarePlanTree", "%1 referrals"), len(node.children))


def _plan_details(plan: Any, today: date) -> str:
    parts = [arg(translate("CarePlanTree", "started %1"), format_date(plan.started_on))]
    if plan.review_due_on and plan.review_due_on < today and plan.status != e.CarePlanStatus.CLOSED:
        parts.append("⚠ " + arg(translate("CarePlanTree", "review overdue since %1"),
                                format_date(plan.review_due_on)))
    elif plan.review_due_on:
        parts.append(arg(translate("CarePlanTree", "review due %1"), format_date(plan.review_due_on)))
    return SEPARATOR.join(parts)
