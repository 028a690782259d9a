"""From assessment to plan: what completed assessments propose for the care plan, and the nurse's answer.

CONTRACT (issue 7) — bodies are being written. Findings (PHQ-9 moderate or worse, GAD-7 moderate or
worse, ADL or IADL impairment, falls risk, each positive social-needs domain …) propose a problem from the
care-plan library with its suggested goals. Accepting adds them to the plan (starting a draft plan if the
member has none); dismissing is remembered (``plan_proposal``) so the same finding is not offered again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from app.actor import Actor
from app.model.enums import CareDomain
from app.services.careplan import ProblemView


@dataclass(frozen=True, slots=True)
class ProposalView:
    source: str  # "assessment:<response id>"
    key: str  # the finding, e.g. "phq9_moderate", "food"
    response_id: str
    instrument_id: str
    completed_at: datetime
    finding: str  # English, for the UI to show, e.g. "PHQ-9 total 12 (moderate)"
    library_key: str  # the care-plan library problem it proposes, e.g. "depression"
    domain: CareDomain
    title: str  # the library problem's title in English
    goal_keys: tuple[str, ...]  # the library goals it suggests
    referral_type: str  # a community resource type to refer to, "" when none
    urgent: bool


def pending(session: Session, member_id: str) -> tuple[ProposalView, ...]:
    """Proposals from the member's completed assessments that have not been accepted or dismissed,
    newest assessment first; a finding already covered by an active problem from the same library key
    is not proposed again."""
    raise NotImplementedError


def accept(
    session: Session, actor: Actor, member_id: str, source: str, key: str, *, language: str = "en",
    goal_keys: Sequence[str] | None = None,
) -> ProblemView:
    """Add the proposed problem, its goals (all suggested ones unless ``goal_keys`` picks), their
    interventions and barrier, and a proposed referral, in ``language`` (en or es)."""
    raise NotImplementedError


def dismiss(session: Session, actor: Actor, member_id: str, source: str, key: str, *, note: str = "") -> None:
    raise NotImplementedError
