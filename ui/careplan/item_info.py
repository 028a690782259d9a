"""The lines above an item's form: its kind as a title, and facts the form does not edit (when the plan
started, its last review and agreement; a goal's reviews; where a problem came from)."""

from __future__ import annotations

from typing import Any

from app.model import enums as e
from ui.i18n import arg
from ui.widgets.dates import format_date
from ui.widgets.labels import label
from ui.widgets.text import translate


def kind_title(kind: str) -> str:
    titles = {
        "plan": translate("CarePlanInfo", "Care plan"), "problem": translate("CarePlanInfo", "Problem"),
        "goal": translate("CarePlanInfo", "Goal"), "intervention": translate("CarePlanInfo", "Intervention"),
        "barrier": translate("CarePlanInfo", "Barrier"), "referral": translate("CarePlanInfo", "Referral"),
    }
    return titles.get(kind, "")


def info_text(kind: str, view: Any, tree: Any) -> str:
    if view is None or tree is None:
        return ""
    if kind == "plan":
        return _plan_info(view, tree)
    if kind == "goal":
        return _goal_info(tree.reviews_of(view.id))
    if kind == "problem":
        if view.source.startswith("library:"):
            return translate("CarePlanInfo", "Added from the care-plan library.")
        if view.source.startswith("assessment:"):
            return translate("CarePlanInfo", "Proposed by an assessment.")
    return ""


def _plan_info(plan: Any, tree: Any) -> str:
    lines = [arg(translate("CarePlanInfo", "Started %1"), format_date(plan.started_on))]
    if plan.last_reviewed_on:
        lines.append(arg(translate("CarePlanInfo", "Last reviewed %1"), format_date(plan.last_reviewed_on)))
    else:
        lines.append(translate("CarePlanInfo", "Not reviewed yet"))
    if tree.agreements:
        latest = tree.agreements[0]
        agreed = translate("CarePlanInfo", "Agreed with the member on %1 (%2)")
        lines.append(arg(agreed, format_date(latest.agreed_on), label(latest.method, e.AgreementMethod)))
    else:
        lines.append(translate("CarePlanInfo", "Not yet agreed with the member"))
    return "\n".join(lines)


def _goal_info(reviews: tuple[Any, ...]) -> str:
    if not reviews:
        return translate("CarePlanInfo", "No progress reviews yet (Ctrl+R reviews this goal).")
    return arg(translate("CarePlanInfo", "%1 progress reviews, the last on %2"), len(reviews),
               format_date(reviews[0].reviewed_on))
