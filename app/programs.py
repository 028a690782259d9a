"""Program rules as data: one TOML file per program in resources/programs/.

A health plan tunes outreach, deadlines and contact cadence by editing the file, not the code.
Files are read once per process and checked as they are read, so a typo fails loudly at first use
rather than quietly changing when a member becomes unable to reach.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any

from app.model.enums import Program, RiskTier
from app.resources import resource_path


@dataclass(frozen=True, slots=True)
class ProgramRules:
    program: Program
    name: str
    outreach_attempts_required: int
    outreach_distinct_days: bool
    outreach_window_days: int
    initial_assessment_due_days: int
    care_plan_due_days_after_assessment: int
    minimum_participation_days: int
    contact_cadence_days: Mapping[RiskTier, int]
    reassessment_months: int
    reassessment_grace_months: int
    care_plan_review_days: int
    referral_follow_up_days: int


class ProgramRulesError(ValueError):
    """A program file is missing or malformed (a packaging or configuration error, not user input)."""


def rules_for(program: Program | str) -> ProgramRules:
    return _load(Program(program))


@cache
def _load(program: Program) -> ProgramRules:
    path = resource_path("programs", f"{program.value}.toml")
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ProgramRulesError(f"program rules for {program.value} cannot be read: {exc}") from None
    try:
        return _parse(program, data)
    except (KeyError, TypeError, ValueError) as exc:
        raise ProgramRulesError(f"program rules for {program.value} are not valid: {exc}") from None


def _parse(program: Program, data: dict[str, Any]) -> ProgramRules:
    if data["program"] != program.value:
        raise ValueError(f"the file names program {data['program']!r}")
    outreach, deadlines = data["outreach"], data["deadlines"]
    cadence = {RiskTier(tier): _days(days) for tier, days in data["contact_cadence_days"].items()}
    if set(cadence) != set(RiskTier):
        raise ValueError("contact_cadence_days must give every risk tier")
    return ProgramRules(
        program=program,
        name=str(data["name"]),
        outreach_attempts_required=_days(outreach["attempts_required"]),
        outreach_distinct_days=bool(outreach["distinct_days"]),
        outreach_window_days=_days(outreach["window_days"]),
        initial_assessment_due_days=_days(deadlines["initial_assessment_due_days"]),
        care_plan_due_days_after_assessment=_days(deadlines["care_plan_due_days_after_assessment"]),
        minimum_participation_days=_days(data["participation"]["minimum_days"], low=0),
        contact_cadence_days=MappingProxyType(cadence),
        reassessment_months=_days(deadlines["reassessment_months"]),
        reassessment_grace_months=_days(deadlines["reassessment_grace_months"], low=0),
        care_plan_review_days=_days(deadlines["care_plan_review_days"]),
        referral_follow_up_days=_days(deadlines["referral_follow_up_days"]),
    )


def _days(value: Any, *, low: int = 1) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise ValueError(f"expected a whole number of at least {low}")
    return value
