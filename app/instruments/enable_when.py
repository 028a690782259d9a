"""Which items show, given the answers so far (FHIR ``enableWhen`` / ``enableBehavior``).

An item shows when its group shows and its conditions hold (all of them, or any with
``enableBehavior: any``). A hidden question counts as unanswered for the items that depend on it, so
hiding cascades. Operators follow FHIR R4: ``exists`` compares "is answered" with a boolean; ``=`` holds
when some answer equals the value; ``!=`` when no answer does (so also when there is no answer yet);
``>``, ``<``, ``>=``, ``<=`` when some answer compares so, never when there is none.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from typing import Any

from app.instruments.model import Condition, DefinitionError, Item

_ORDERED: dict[str, Callable[[Any, Any], bool]] = {
    ">": operator.gt, "<": operator.lt, ">=": operator.ge, "<=": operator.le,
}
OPERATORS = frozenset({"exists", "=", "!=", *_ORDERED})


def is_answered(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | tuple):
        return bool(value)
    return True


def enabled_ids(
    items: tuple[Item, ...], parents: Mapping[str, str | None], answers: Mapping[str, Any]
) -> frozenset[str]:
    """The linkIds of every item that shows. ``parents`` maps each linkId to its group's (or None)."""
    by_id = {item.link_id: item for top in items for item in top.walk()}
    memo: dict[str, bool] = {}
    pending: set[str] = set()

    def shows(link_id: str) -> bool:
        if link_id in memo:
            return memo[link_id]
        if link_id in pending:
            raise DefinitionError(f"enableWhen loops back to {link_id}")
        pending.add(link_id)
        item, parent = by_id[link_id], parents.get(link_id)
        result = (parent is None or shows(parent)) and _conditions_hold(item, answer_of)
        pending.discard(link_id)
        memo[link_id] = result
        return result

    def answer_of(question: str) -> Any:
        if question not in by_id:
            raise DefinitionError(f"enableWhen names an unknown item {question}")
        return answers.get(question) if shows(question) else None

    return frozenset(link_id for link_id in by_id if shows(link_id))


def _conditions_hold(item: Item, answer_of: Callable[[str], Any]) -> bool:
    if not item.enable_when:
        return True
    results = (holds(c, answer_of(c.question)) for c in item.enable_when)
    return any(results) if item.enable_any else all(results)


def holds(condition: Condition, value: Any) -> bool:
    if condition.operator == "exists":
        return is_answered(value) == bool(condition.answer)
    values = _values(value)
    if condition.operator == "=":
        return any(v == condition.answer for v in values)
    if condition.operator == "!=":
        return all(v != condition.answer for v in values)
    compare = _ORDERED[condition.operator]
    return any(_comparable(v, condition.answer) and compare(v, condition.answer) for v in values)


def _values(value: Any) -> list[Any]:
    if not is_answered(value):
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def _comparable(a: Any, b: Any) -> bool:
    numbers = (int, float)
    return (isinstance(a, numbers) and isinstance(b, numbers)) or type(a) is type(b)
