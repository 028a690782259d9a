"""What a positive social-needs screen proposes for the care plan: a problem and a referral per domain.

Proposals are suggestions: the care-plan screen shows them, and the nurse accepts, edits or dismisses each
with the member. Titles are English source text; the UI translates them like any other string.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.model.enums import BarrierKind, CareDomain


@dataclass(frozen=True, slots=True)
class Proposal:
    need: str  # the flag that raised it, e.g. "food"
    domain: CareDomain  # where the care-plan problem belongs
    problem: str  # a title for the care-plan Problem
    referral_type: str  # the kind of community resource to refer to (Referral.resource_type)
    barrier: BarrierKind | None  # the barrier to record against the member's goals, if any
    urgent: bool  # to act on today, not at the next care-plan review
    source: str  # Problem.source: "assessment:<response id>"


@dataclass(frozen=True, slots=True)
class _Need:
    problem: str
    referral_type: str
    barrier: BarrierKind | None = None
    urgent: bool = False


# The CMS AHC HRSN core domains (flags of the ahc_hrsn instrument).
SOCIAL_NEEDS: dict[str, _Need] = {
    "housing": _Need("Housing instability or unsafe housing conditions", "housing", BarrierKind.HOUSING),
    "food": _Need("Food insecurity", "food"),
    "transportation": _Need("No reliable transportation to care and daily needs", "transportation",
                            BarrierKind.TRANSPORTATION),
    "utilities": _Need("Utilities shut off or threatened with shut-off", "utilities", BarrierKind.COST),
    "safety": _Need("Interpersonal safety concern", "interpersonal_safety", urgent=True),
}


def social_need_proposals(response_id: str, flags: Iterable[str]) -> tuple[Proposal, ...]:
    """One proposal per positive social-needs domain, in the screen's order."""
    return tuple(
        Proposal(need=flag, domain=CareDomain.SOCIAL, problem=need.problem, referral_type=need.referral_type,
                 barrier=need.barrier, urgent=need.urgent, source=f"assessment:{response_id}")
        for flag in flags
        if (need := SOCIAL_NEEDS.get(flag)) is not None
    )
