"""What the selection in the plan tree allows: where a new item would go, what Insert adds, which
sibling a move swaps with. Plain functions over tree nodes (no Qt), so they read like the rules they are."""

from __future__ import annotations

from typing import Any

from ui.careplan.tree_model import MOVABLE, Node

ITEM_KINDS = ("problem", "goal", "intervention", "barrier", "referral")


def ancestor(node: Node | None, kind: str) -> Node | None:
    """``node`` itself or the nearest node above it of ``kind``."""
    while node is not None and node.kind != kind:
        node = node.parent
    return node


def parent_for(plan: Any, node: Node | None, kind: str) -> str | None:
    """The id an item of ``kind`` goes under, given the selected node (None: not possible here).
    Problems and referrals hang on the plan (a referral made from a goal is linked to it); a goal needs
    a problem selected (or something under one); an intervention or barrier a goal."""
    if plan is None:
        return None
    if kind in ("problem", "referral"):
        return str(plan.id)
    owner = ancestor(node, "problem" if kind == "goal" else "goal")
    return owner.id if owner is not None else None


def kind_like(node: Node | None) -> str:
    """What Insert adds: an item like the selected one; a problem on the plan row, a referral on the
    Referrals row."""
    if node is None or node.kind in ("plan", "problem"):
        return "problem"
    return "referral" if node.kind == "referrals" else node.kind


def neighbour(node: Node | None, step: int) -> Node | None:
    """The sibling of the same kind ``step`` places away, if the node can move there."""
    if node is None or node.kind not in MOVABLE:
        return None
    siblings = node.siblings()
    position = siblings.index(node) + step
    return siblings[position] if 0 <= position < len(siblings) else None


def descendants(node: Node) -> list[Node]:
    out = list(node.children)
    for child in node.children:
        out += descendants(child)
    return out
