"""Checking answers against an instrument's items, and the error that names every bad one.

A choice answer is an option's code, or a whole number standing for the option with that score
(``2`` for "More than half the days"); both are stored as the code. A question that repeats takes a list.
Problems never repeat the value given (it may be about a member); they say what the item accepts, in the
services' wording ("is required", "must be one of: 0, 1, 2, 3") so the UI's translations apply.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from app.errors import ValidationError
from app.instruments.model import Item

MISSING = "is required"
UNKNOWN = "is not an item of this instrument"


class InvalidAnswers(ValidationError):
    """Answers an instrument cannot take; ``problems`` holds (linkId, problem) pairs in item order."""

    def __init__(self, instrument_id: str, problems: Iterable[tuple[str, str]]) -> None:
        self.problems = tuple(problems)
        self.instrument_id = instrument_id
        super().__init__("answers", "; ".join(f"{link_id} {problem}" for link_id, problem in self.problems))

    @property
    def link_ids(self) -> tuple[str, ...]:
        return tuple(link_id for link_id, _ in self.problems)


class Problem(Exception):
    """One answer's problem, raised by ``clean`` and collected into ``InvalidAnswers``."""


def clean(item: Item, value: Any) -> Any:
    """The stored form of ``value`` for ``item``, or ``Problem``. Blank answers come back as None."""
    if not item.answerable:
        raise Problem("takes no answer")
    if value is None or (isinstance(value, str) and not value.strip()) or value == []:
        return None
    if item.type == "choice":
        return _choice(item, value)
    return _CHECKS[item.type](item, value)


def _choice(item: Item, value: Any) -> Any:
    if not item.repeats:
        if isinstance(value, list | tuple):
            raise Problem("takes one answer")
        return _option_code(item, value)
    values = value if isinstance(value, list | tuple) else [value]
    codes = list(dict.fromkeys(_option_code(item, v) for v in values))
    exclusive = [o for o in item.options if o.exclusive and o.code in codes]
    if exclusive and len(codes) > 1:
        raise Problem(f"cannot combine “{exclusive[0].text.en}” with other answers")
    return codes


def _option_code(item: Item, value: Any) -> str:
    if isinstance(value, str) and item.option(value):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        option = item.option_scored(value)
        if option is not None:
            return option.code
    if not item.scored:
        raise Problem("is not valid")
    scores = sorted({o.score for o in item.options if o.score is not None})
    raise Problem(f"must be one of: {', '.join(map(str, scores))}")


def _boolean(item: Item, value: Any) -> bool:
    if not isinstance(value, bool):
        raise Problem("must be yes or no")
    return value


def _integer(item: Item, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise Problem("must be a whole number")
    low, high = item.min_value, item.max_value
    if (low is not None and value < low) or (high is not None and value > high):
        raise Problem(f"must be between {_or_open(low)} and {_or_open(high)}")
    return value


def _or_open(bound: int | None) -> str:
    return "…" if bound is None else str(bound)


def _decimal(item: Item, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Problem("must be a number")
    return value


def _text(item: Item, value: Any) -> str:
    if not isinstance(value, str):
        raise Problem("must be text")
    if item.max_length is not None and len(value) > item.max_length:
        raise Problem(f"must be at most {item.max_length} characters")
    return value


def _date(item: Item, value: Any) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        raise Problem("must be a date as YYYY-MM-DD") from None


_CHECKS = {
    "boolean": _boolean, "integer": _integer, "decimal": _decimal,
    "string": _text, "text": _text, "date": _date,
}
