"""What a completed assessment proposes for the care plan: findings, each naming a care-plan library problem.

Proposals are suggestions: the care-plan screen shows them, and the nurse accepts, edits or dismisses each
with the member. This module only reads scores; ``app.services.proposals`` remembers the nurse's answer.

Thresholds (each a finding only on the newest completed response to its instrument):

- PHQ-9 band moderate (10–14), moderately severe (15–19) or severe (20–27) → depression; severe is urgent.
  Mild (5–9) is watched at the next contact, not planned for.
- GAD-7 band moderate (10–14) or severe (15–21) → anxiety.
- Katz ADL total 5 or less (dependent in at least one of six activities) → ADL impairment.
- Lawton IADL total 5 or less of 8 → IADL impairment. The instrument has no bands (a total is read against
  the member's own earlier ones), so we chose a fixed cut: needing help with three or more of the eight
  activities is when supports at home need planning; 6–7 is followed at the next reassessment.
- STEADI total 4 or more ("may be at risk of falling", CDC) → falls risk.
- AHC HRSN: each positive domain flag (housing, food, transportation, utilities, safety) → its social need;
  safety is urgent.
- Medication-taking check: band high concern (4–8), or a flag that needs action whatever the total
  (missed doses on 2+ days of 7, stopping or cutting a medicine, cost, access) → medication adherence.
  A knowledge gap alone ("somewhat sure") is teaching at the next contact.
- Caregiver check: the caregiver-strain flag → caregiver strain; band insufficient (6–8: no helper but needs
  help at home, or a helper rarely there) → not enough help at home.
- PHQ-2 proposes nothing: a positive PHQ-2 calls for a PHQ-9, which proposes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.careplan_library import problem
from app.model.enums import BarrierKind, CareDomain

PHQ9_BANDS = ("moderate", "moderately_severe", "severe")
GAD7_BANDS = ("moderate", "severe")
KATZ_ADL_IMPAIRED_AT_MOST = 5
LAWTON_IADL_LOW_AT_MOST = 5
STEADI_AT_RISK_FROM = 4
MED_ADHERENCE_ACTION_FLAGS = ("missed_doses", "self_adjusting", "cost_barrier", "access_barrier")

# Every finding key, and the care-plan library problem it proposes. A problem that came from a finding
# (source "assessment:<id>", decision recorded with this key) is recognised through this table.
LIBRARY_KEY_OF: Mapping[str, str] = {
    "phq9_moderate": "depression", "phq9_moderately_severe": "depression", "phq9_severe": "depression",
    "gad7_moderate": "anxiety", "gad7_severe": "anxiety",
    "adl_moderate_impairment": "adl_impairment", "adl_severe_impairment": "adl_impairment",
    "iadl_low": "iadl_impairment",
    "falls_risk": "falls_risk",
    "housing": "housing_instability", "food": "food_insecurity", "transportation": "transportation",
    "utilities": "utilities", "safety": "interpersonal_safety",
    "med_adherence": "medication_adherence",
    "caregiver_strain": "caregiver_strain", "caregiver_insufficient": "caregiver_support",
}


@dataclass(frozen=True, slots=True)
class Scored:
    """What a completed response found (as stored on ``assessment_response``)."""

    instrument_id: str
    total: int | None
    band: str
    flags: Sequence[str]


@dataclass(frozen=True, slots=True)
class Finding:
    key: str  # "phq9_moderate", "food"
    library_key: str  # the care-plan library problem it proposes
    finding: str  # English, for the screen: "PHQ-9 total 12 (moderate)"
    urgent: bool = False  # to act on today, not at the next care-plan review


def findings(scored: Scored) -> tuple[Finding, ...]:
    """The care-plan findings of one completed response, in the instrument's order; () when none."""
    rule = _RULES.get(scored.instrument_id)
    return rule(scored) if rule else ()


def _finding(key: str, text: str, urgent: bool = False) -> Finding:
    return Finding(key, LIBRARY_KEY_OF[key], text, urgent)


def _band(band: str) -> str:
    return band.replace("_", " ")


def _phq9(s: Scored) -> tuple[Finding, ...]:
    if s.band not in PHQ9_BANDS:
        return ()
    return (_finding(f"phq9_{s.band}", f"PHQ-9 total {s.total} ({_band(s.band)})", s.band == "severe"),)


def _gad7(s: Scored) -> tuple[Finding, ...]:
    if s.band not in GAD7_BANDS:
        return ()
    return (_finding(f"gad7_{s.band}", f"GAD-7 total {s.total} ({_band(s.band)})"),)


def _katz(s: Scored) -> tuple[Finding, ...]:
    if s.total is None or s.total > KATZ_ADL_IMPAIRED_AT_MOST:
        return ()
    return (_finding(f"adl_{s.band}", f"Katz ADL {s.total} of 6 ({_band(s.band)})"),)


def _lawton(s: Scored) -> tuple[Finding, ...]:
    if s.total is None or s.total > LAWTON_IADL_LOW_AT_MOST:
        return ()
    return (_finding("iadl_low", f"Lawton IADL {s.total} of 8"),)


def _steadi(s: Scored) -> tuple[Finding, ...]:
    if s.total is None or s.total < STEADI_AT_RISK_FROM:
        return ()
    return (_finding("falls_risk", f"STEADI falls check {s.total} points (at risk)"),)


def _social_needs(s: Scored) -> tuple[Finding, ...]:
    return tuple(_finding(flag, f"Social needs screen: {need.label}", need.urgent)
                 for flag in s.flags if (need := SOCIAL_NEEDS.get(flag)) is not None)


def _med_adherence(s: Scored) -> tuple[Finding, ...]:
    acting = [flag for flag in MED_ADHERENCE_ACTION_FLAGS if flag in s.flags]
    if s.band != "high_concern" and not acting:
        return ()
    named = ", ".join(_band(flag) for flag in s.flags) or "no flags"
    return (_finding("med_adherence", f"Medication-taking check {s.total} of 8 ({_band(s.band)}: {named})"),)


def _caregiver(s: Scored) -> tuple[Finding, ...]:
    found = []
    if "caregiver_strain" in s.flags:
        found.append(_finding("caregiver_strain", "Caregiver check: the helper is under strain"))
    if s.band == "insufficient":
        text = f"Caregiver check {s.total} of 8 (insufficient support)"
        found.append(_finding("caregiver_insufficient", text))
    return tuple(found)


_RULES: dict[str, Callable[[Scored], tuple[Finding, ...]]] = {
    "phq9": _phq9, "gad7": _gad7, "katz_adl": _katz, "lawton_iadl": _lawton, "steadi": _steadi,
    "ahc_hrsn": _social_needs, "med_adherence": _med_adherence, "caregiver": _caregiver,
}


# ---- the social-needs screen's proposals, as the assessment service shows them right after completion

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
    label: str  # English, for the finding line
    barrier: BarrierKind | None = None
    urgent: bool = False


# The CMS AHC HRSN core domains (flags of the ahc_hrsn instrument). Titles, domains and referral types
# come from the care-plan library entry the flag proposes (LIBRARY_KEY_OF).
SOCIAL_NEEDS: dict[str, _Need] = {
    "housing": _Need("housing instability or unsafe housing", BarrierKind.HOUSING),
    "food": _Need("food insecurity"),
    "transportation": _Need("no reliable transportation", BarrierKind.TRANSPORTATION),
    "utilities": _Need("utilities shut off or threatened", BarrierKind.COST),
    "safety": _Need("interpersonal safety concern", urgent=True),
}


def social_need_proposals(response_id: str, flags: Iterable[str]) -> tuple[Proposal, ...]:
    """One proposal per positive social-needs domain, in the screen's order."""
    proposals = []
    for flag in flags:
        need = SOCIAL_NEEDS.get(flag)
        if need is None:
            continue
        entry = problem(LIBRARY_KEY_OF[flag])
        proposals.append(Proposal(
            need=flag, domain=entry.domain, problem=entry.title.text("en"),
            referral_type=entry.referral.resource_type if entry.referral else "", barrier=need.barrier,
            urgent=need.urgent, source=f"assessment:{response_id}"))
    return tuple(proposals)


def scored(row: Any) -> Scored:
    """The Scored of an ``assessment_response`` row or an ``AssessmentView``."""
    return Scored(row.instrument_id, row.total, row.band or "", tuple(row.flags or ()))
