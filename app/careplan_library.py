"""The care-plan library: starter problems, goals, interventions, barriers and referrals, in English and
Spanish, read from resources/careplan_library.toml. The nurse picks an entry and edits it for the member.

Texts are dicts by language ("en", "es"); ``text(lang)`` falls back to English. The file is read once per
process and checked as it is read: a missing Spanish text, an enum value that is not in
``app.model.enums``, a duplicate key or a text too long for its column fails loudly (``LibraryError``,
naming the entry and the field) at first use, rather than reaching a member's plan half-translated.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from app.instruments.loader import available as available_instruments
from app.model.careplan import Goal, Intervention, Problem, Referral
from app.model.enums import BarrierKind, CareDomain, GoalTerm, InterventionType, ResponsibleParty
from app.resources import resource_path

LANGUAGES = ("en", "es")
FILE_NAME = "careplan_library.toml"
GOALS_PER_PROBLEM = (1, 3)
INTERVENTIONS_PER_GOAL = (2, 4)
MONTHS = (1, 24)
_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}")
E = TypeVar("E", bound=StrEnum)


class LibraryError(ValueError):
    """The library file is missing or malformed (a packaging error, not user input)."""


@dataclass(frozen=True, slots=True)
class Text:
    by_language: Mapping[str, str]

    def text(self, language: str = "en") -> str:
        return self.by_language.get(language) or self.by_language["en"]


@dataclass(frozen=True, slots=True)
class LibraryIntervention:
    type: InterventionType
    responsible: ResponsibleParty
    description: Text
    frequency: Text


@dataclass(frozen=True, slots=True)
class LibraryBarrier:
    kind: BarrierKind
    description: Text
    plan_to_address: Text


@dataclass(frozen=True, slots=True)
class LibraryGoal:
    key: str  # unique within its problem, e.g. "a1c"
    text: Text
    term: GoalTerm
    months: int  # suggested time frame: target date = today + months
    measure: Text
    target_value: Text
    interventions: tuple[LibraryIntervention, ...]
    barriers: tuple[LibraryBarrier, ...] = ()
    score_of: str = ""  # the instrument whose total this goal measures ("phq9"): its score is the baseline


@dataclass(frozen=True, slots=True)
class LibraryReferral:
    resource_type: str  # e.g. "food", "transportation"
    description: Text  # what kind of resource, e.g. "Local food bank or pantry"


@dataclass(frozen=True, slots=True)
class LibraryProblem:
    key: str  # e.g. "diabetes", "food_insecurity"
    domain: CareDomain
    title: Text
    description: Text
    goals: tuple[LibraryGoal, ...]
    referral: LibraryReferral | None = None
    self_management: Text | None = None  # a plain-language line for the member's self-management plan

    def goal(self, key: str) -> LibraryGoal:
        """One of this problem's goals by key (KeyError when unknown)."""
        for goal in self.goals:
            if goal.key == key:
                return goal
        raise KeyError(key)


def library() -> tuple[LibraryProblem, ...]:
    """Every entry, in the file's order (read once, checked as read)."""
    return _bundled()


def problem(key: str) -> LibraryProblem:
    """One entry by key (KeyError when unknown)."""
    return _index()[key]


def load(path: Path) -> tuple[LibraryProblem, ...]:
    """Read and check a library file (uncached; ``library()`` reads the bundled one once)."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LibraryError(f"care-plan library {path.name} cannot be read: {exc}") from None
    try:
        return _problems(data)
    except _Invalid as exc:
        raise LibraryError(f"care-plan library {path.name} is not valid: {exc}") from None


@cache
def _bundled() -> tuple[LibraryProblem, ...]:
    return load(resource_path(FILE_NAME))


@cache
def _index() -> Mapping[str, LibraryProblem]:
    return MappingProxyType({p.key: p for p in _bundled()})


class _Invalid(Exception):
    """A rule of the file broken at ``where`` (e.g. "problem 'diabetes', goal 'a1c', title")."""


def _problems(data: dict[str, Any]) -> tuple[LibraryProblem, ...]:
    _fields(data, "the file", required={"problem"})
    raw = _list(data["problem"], "problem", "the file", (1, 1000))
    problems: list[LibraryProblem] = []
    for number, entry in enumerate(raw, start=1):
        where = f"problem #{number}"
        if isinstance(entry, dict) and isinstance(entry.get("key"), str):
            where = f"problem {entry['key']!r}"
        parsed = _problem(_table(entry, where), where)
        if any(p.key == parsed.key for p in problems):
            raise _Invalid(f"{where}: the key is used by an earlier entry")
        problems.append(parsed)
    return tuple(problems)


def _problem(raw: dict[str, Any], where: str) -> LibraryProblem:
    _fields(raw, where, required={"key", "domain", "title", "description", "goal"},
            optional={"referral", "self_management"})
    goals: list[LibraryGoal] = []
    for number, entry in enumerate(_list(raw["goal"], "goal", where, GOALS_PER_PROBLEM), start=1):
        goal_where = f"{where}, goal #{number}"
        if isinstance(entry, dict) and isinstance(entry.get("key"), str):
            goal_where = f"{where}, goal {entry['key']!r}"
        goal = _goal(_table(entry, goal_where), goal_where)
        if any(g.key == goal.key for g in goals):
            raise _Invalid(f"{goal_where}: the key is used by an earlier goal of this problem")
        goals.append(goal)
    referral = raw.get("referral")
    return LibraryProblem(
        key=_key(raw["key"], where, "key"),
        domain=_enum(CareDomain, raw["domain"], where, "domain"),
        title=_text(raw, "title", where, _limit(Problem.title)),
        description=_text(raw, "description", where),
        goals=tuple(goals),
        referral=None if referral is None else _referral(_table(referral, f"{where}, referral"), where),
        self_management=_text(raw, "self_management", where) if "self_management" in raw else None,
    )


def _goal(raw: dict[str, Any], where: str) -> LibraryGoal:
    _fields(raw, where, required={"key", "text", "term", "months", "measure", "target_value", "intervention"},
            optional={"barrier", "score_of"})
    interventions = _list(raw["intervention"], "intervention", where, INTERVENTIONS_PER_GOAL)
    barriers = _list(raw.get("barrier", []), "barrier", where, (0, 4))
    return LibraryGoal(
        key=_key(raw["key"], where, "key"),
        text=_text(raw, "text", where),
        term=_enum(GoalTerm, raw["term"], where, "term"),
        months=_months(raw["months"], where),
        measure=_text(raw, "measure", where, _limit(Goal.measure)),
        target_value=_text(raw, "target_value", where, _limit(Goal.target_value)),
        interventions=tuple(_intervention(item, f"{where}, intervention #{n}")
                            for n, item in enumerate(interventions, start=1)),
        barriers=tuple(_barrier(item, f"{where}, barrier #{n}") for n, item in enumerate(barriers, start=1)),
        score_of=_score_of(raw.get("score_of", ""), where),
    )


def _intervention(item: Any, where: str) -> LibraryIntervention:
    raw = _table(item, where)
    _fields(raw, where, required={"type", "responsible", "description", "frequency"})
    return LibraryIntervention(
        type=_enum(InterventionType, raw["type"], where, "type"),
        responsible=_enum(ResponsibleParty, raw["responsible"], where, "responsible"),
        description=_text(raw, "description", where),
        frequency=_text(raw, "frequency", where, _limit(Intervention.frequency)),
    )


def _barrier(item: Any, where: str) -> LibraryBarrier:
    raw = _table(item, where)
    _fields(raw, where, required={"kind", "description", "plan_to_address"})
    return LibraryBarrier(
        kind=_enum(BarrierKind, raw["kind"], where, "kind"),
        description=_text(raw, "description", where),
        plan_to_address=_text(raw, "plan_to_address", where),
    )


def _referral(raw: dict[str, Any], where: str) -> LibraryReferral:
    where = f"{where}, referral"
    _fields(raw, where, required={"type", "description"})
    resource_type = _key(raw["type"], where, "type")
    if len(resource_type) > _limit(Referral.resource_type):
        raise _Invalid(f"{where}, type: longer than {_limit(Referral.resource_type)} characters")
    return LibraryReferral(resource_type, _text(raw, "description", where, _limit(Referral.resource_name)))


def _fields(raw: dict[str, Any], where: str, *, required: set[str], optional: set[str] | None = None) -> None:
    missing = sorted(required - raw.keys())
    if missing:
        raise _Invalid(f"{where}: missing {', '.join(repr(m) for m in missing)}")
    unknown = sorted(raw.keys() - required - (optional or set()))
    if unknown:
        raise _Invalid(f"{where}: unknown field {', '.join(repr(u) for u in unknown)}")


def _table(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Invalid(f"{where}: must be a table")
    return value


def _list(value: Any, name: str, where: str, bounds: tuple[int, int]) -> list[Any]:
    low, high = bounds
    if not isinstance(value, list) or not low <= len(value) <= high:
        raise _Invalid(f"{where}: needs {low} to {high} [[{name}]] entries")
    return value


def _text(raw: dict[str, Any], name: str, where: str, max_length: int = 4000) -> Text:
    value = raw[name]
    if not isinstance(value, dict):
        raise _Invalid(f"{where}, {name}: must be a table of texts by language ({', '.join(LANGUAGES)})")
    unknown = sorted(value.keys() - set(LANGUAGES))
    if unknown:
        raise _Invalid(f"{where}, {name}: unknown language {', '.join(repr(u) for u in unknown)}")
    texts: dict[str, str] = {}
    for language in LANGUAGES:
        text = value.get(language)
        if not isinstance(text, str) or not text.strip():
            raise _Invalid(f"{where}, {name}: no text in {_LANGUAGE_NAMES[language]} ({language!r})")
        if len(text.strip()) > max_length:
            raise _Invalid(f"{where}, {name} ({language}): longer than {max_length} characters")
        texts[language] = text.strip()
    return Text(MappingProxyType(texts))


_LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}


def _enum(kind: type[E], value: Any, where: str, name: str) -> E:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise _Invalid(f"{where}, {name}: {value!r} is not one of: {allowed}") from None


def _key(value: Any, where: str, name: str) -> str:
    if not isinstance(value, str) or not _KEY.fullmatch(value):
        raise _Invalid(f"{where}, {name}: must be lower-case letters, digits and underscores (at most 40)")
    return value


def _months(value: Any, where: str) -> int:
    low, high = MONTHS
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _Invalid(f"{where}, months: must be a whole number from {low} to {high}")
    return value


def _score_of(value: Any, where: str) -> str:
    if value and value not in available_instruments():
        raise _Invalid(f"{where}, score_of: {value!r} is not an installed instrument")
    return str(value)


def _limit(column: Any) -> int:
    """The column's length, so a library text always fits the field it fills."""
    return int(column.property.columns[0].type.length)
