"""The care-plan library: starter problems, goals, interventions, barriers and referrals, in English and
Spanish, read from resources/careplan_library.toml. The nurse picks an entry and edits it for the member.

CONTRACT (issue 7) — bodies are being written. Texts are dicts by language ("en", "es"); ``text(lang)``
falls back to English.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.model.enums import BarrierKind, CareDomain, GoalTerm, InterventionType, ResponsibleParty

LANGUAGES = ("en", "es")


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


def library() -> tuple[LibraryProblem, ...]:
    """Every entry, in the file's order (read once, checked as read)."""
    raise NotImplementedError


def problem(key: str) -> LibraryProblem:
    """One entry by key (KeyError when unknown)."""
    raise NotImplementedError
