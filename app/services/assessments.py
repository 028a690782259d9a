"""Assessments: start one, save answers as they come, complete it (then it never changes), and act on
what it found — the safety alert a PHQ-9 item 9 raises, and the care-plan proposals social needs make.

A response names the instrument version it answered. Embedded instruments of the initial assessment are
responses of their own, started with the same ``encounter_id``. Reads are not audited on their own: the
chart open that shows them is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.actor import Actor
from app.errors import IntegrityError, NotFound, ValidationError
from app.instruments import Instrument, load
from app.instruments.proposals import Proposal, social_need_proposals
from app.model.assessment import AssessmentResponse, SafetyAlert
from app.model.encounter import Encounter
from app.model.enums import AlertStatus, AssessmentStatus, AuditAction, CareDomain, DataCategory
from app.services.records import live_member
from app.store import audit
from app.store.base import utcnow

ALERT_FLAGS = frozenset({"self_harm_risk"})  # flags that need a person to act and say what they did
SOCIAL_NEEDS_INSTRUMENTS = frozenset({"ahc_hrsn"})
CONCLUSION_SUFFIX = ".conclusion"  # "<domain>.conclusion" items fill the per-domain conclusions
MAX_TEXT = 4000


@dataclass(frozen=True, slots=True)
class AssessmentView:
    id: str
    member_id: str
    instrument_id: str
    instrument_version: str
    encounter_id: str | None
    language: str
    answers: Mapping[str, Any]
    total: int | None
    band: str
    flags: tuple[str, ...]
    subscores: Mapping[str, Any]
    conclusions: Mapping[str, str]
    status: AssessmentStatus
    started_at: datetime
    completed_at: datetime | None
    completed_by: str


@dataclass(frozen=True, slots=True)
class AlertView:
    id: str
    member_id: str
    kind: str
    source_id: str | None
    raised_at: datetime
    status: AlertStatus
    acknowledged_at: datetime | None
    acknowledged_by: str
    action_taken: str


@dataclass(frozen=True, slots=True)
class Completed:
    assessment: AssessmentView
    alerts: tuple[AlertView, ...]  # raised by this completion, still open


@dataclass(frozen=True, slots=True)
class HistoryPoint:
    id: str
    completed_at: datetime
    instrument_version: str
    total: int | None
    band: str
    flags: tuple[str, ...]
    change: int | None  # total minus the previous completed total; None for the first or without totals


def start(
    session: Session, actor: Actor, member_id: str, instrument_id: str, *,
    encounter_id: str | None = None, language: str = "en",
) -> AssessmentView:
    live_member(session, member_id)
    instrument = load(instrument_id)
    if language not in instrument.languages:
        raise ValidationError("language", f"must be one of: {', '.join(instrument.languages)}")
    if encounter_id is not None:
        _check_encounter(session, encounter_id, member_id)
    row = AssessmentResponse(
        member_id=member_id, instrument_id=instrument.id, instrument_version=instrument.version,
        encounter_id=encounter_id, language=language, answers={}, flags=[], subscores={}, conclusions={},
        band="", status=AssessmentStatus.IN_PROGRESS, started_at=utcnow(),
    )
    session.add(row)
    session.flush()
    _audit(session, actor, AuditAction.CREATE, row, {"instrument": instrument.id})
    return _view(row)


def save_answers(
    session: Session, actor: Actor, response_id: str, answers: Mapping[str, Any], *,
    conclusions: Mapping[str, str] | None = None,
) -> AssessmentView:
    """Merge ``answers`` into an assessment in progress (None clears one). Values are checked now;
    missing answers are not asked for until completion."""
    row, instrument = _editable(session, response_id)
    row.answers = instrument.check({**row.answers, **answers}, partial=True)
    if conclusions is not None:
        row.conclusions = {**row.conclusions, **_clean_conclusions(conclusions)}
    session.flush()
    _audit(session, actor, AuditAction.UPDATE, row, {"fields": ["answers", "conclusions"]})
    return _view(row)


def complete(
    session: Session, actor: Actor, response_id: str, *,
    answers: Mapping[str, Any] | None = None, conclusions: Mapping[str, str] | None = None,
) -> Completed:
    """Score and close the assessment; from now on it cannot change. Refused, with every missing or bad
    answer named, until it is whole. Flags in ``ALERT_FLAGS`` open a safety alert each."""
    row, instrument = _editable(session, response_id)
    cleaned = instrument.check({**row.answers, **(answers or {})})
    score = instrument.score(cleaned)
    kept = instrument.kept(cleaned)
    now = utcnow()
    row.answers, row.total, row.band = kept, score.total, score.band or ""
    row.flags, row.subscores = list(score.flags), dict(score.subscores)
    given = _clean_conclusions(conclusions or {})
    row.conclusions = {**row.conclusions, **given, **_domain_conclusions(kept)}
    row.status, row.completed_at, row.completed_by = AssessmentStatus.COMPLETED, now, actor.user
    session.flush()
    _audit(session, actor, AuditAction.UPDATE, row, {"status": "completed", "instrument": row.instrument_id})
    alerts = tuple(_raise_alert(session, actor, row, flag, now)
                   for flag in score.flags if flag in ALERT_FLAGS)
    return Completed(_view(row), alerts)


def discard(session: Session, actor: Actor, response_id: str) -> None:
    """Remove an assessment started by mistake (a tombstone). A completed one stays."""
    row, _ = _editable(session, response_id)
    row.deleted = True
    session.flush()
    _audit(session, actor, AuditAction.DELETE, row, None)


def get(session: Session, response_id: str) -> AssessmentView:
    return _view(_row(session, response_id))


def in_progress(session: Session, member_id: str) -> tuple[AssessmentView, ...]:
    """Assessments to resume, oldest first."""
    return _views(session, AssessmentResponse.member_id == member_id,
                  AssessmentResponse.status == AssessmentStatus.IN_PROGRESS)


def for_encounter(session: Session, encounter_id: str) -> tuple[AssessmentView, ...]:
    """Everything assessed during one encounter (an initial assessment and its embedded instruments)."""
    return _views(session, AssessmentResponse.encounter_id == encounter_id)


def history(session: Session, member_id: str, instrument_id: str) -> tuple[HistoryPoint, ...]:
    """Completed responses to one instrument, oldest first, each with its change since the one before."""
    views = _views(session, AssessmentResponse.member_id == member_id,
                   AssessmentResponse.instrument_id == instrument_id,
                   AssessmentResponse.status == AssessmentStatus.COMPLETED)
    ordered = sorted(views, key=lambda v: v.completed_at or v.started_at)
    points: list[HistoryPoint] = []
    for view in ordered:
        before = points[-1].total if points else None
        change = view.total - before if view.total is not None and before is not None else None
        points.append(HistoryPoint(view.id, view.completed_at or view.started_at, view.instrument_version,
                                   view.total, view.band, view.flags, change))
    return tuple(points)


def proposals(session: Session, response_id: str) -> tuple[Proposal, ...]:
    """Care-plan problems and referrals a completed social-needs screen proposes (one per positive domain)."""
    row = _row(session, response_id)
    if row.status != AssessmentStatus.COMPLETED:
        raise IntegrityError("Proposals come from a completed assessment.", reason="in_progress")
    if row.instrument_id not in SOCIAL_NEEDS_INSTRUMENTS:
        return ()
    return social_need_proposals(row.id, row.flags)


def open_alerts(session: Session, member_id: str | None = None) -> tuple[AlertView, ...]:
    """Alerts not yet acknowledged, oldest first; for one member or the whole caseload (Today)."""
    query = select(SafetyAlert).where(SafetyAlert.status == AlertStatus.OPEN, SafetyAlert.deleted.is_(False))
    if member_id is not None:
        query = query.where(SafetyAlert.member_id == member_id)
    return tuple(_alert_view(a) for a in session.scalars(query.order_by(SafetyAlert.raised_at)))


def acknowledge_alert(session: Session, actor: Actor, alert_id: str, action_taken: str) -> AlertView:
    """Close an alert with what was done about it (e.g. "988 crisis line given; PCP notified")."""
    action = (action_taken or "").strip()
    if not action:
        raise ValidationError("action_taken", "is required")  # what was done, e.g. "988 crisis line given"
    if len(action) > MAX_TEXT:
        raise ValidationError("action_taken", f"must be at most {MAX_TEXT} characters")
    alert = session.get(SafetyAlert, alert_id)
    if alert is None or alert.deleted:
        raise NotFound("safety alert", alert_id)
    if alert.status != AlertStatus.OPEN:
        raise IntegrityError("This alert was already acknowledged.", reason="acknowledged")
    alert.status, alert.acknowledged_at = AlertStatus.ACKNOWLEDGED, utcnow()
    alert.acknowledged_by, alert.action_taken = actor.user, action
    session.flush()
    audit.record(session, actor, AuditAction.UPDATE, DataCategory.ASSESSMENTS, entity_type="safety_alert",
                 entity_id=alert.id, member_id=alert.member_id, details={"alert": alert.id})
    return _alert_view(alert)


def _raise_alert(
    session: Session, actor: Actor, row: AssessmentResponse, kind: str, now: datetime
) -> AlertView:
    alert = SafetyAlert(member_id=row.member_id, kind=kind, source_id=row.id, raised_at=now,
                        status=AlertStatus.OPEN, acknowledged_by="", action_taken="")
    session.add(alert)
    session.flush()
    audit.record(session, actor, AuditAction.CREATE, DataCategory.ASSESSMENTS, entity_type="safety_alert",
                 entity_id=alert.id, member_id=row.member_id, details={"kind": kind, "source": row.id})
    return _alert_view(alert)


def _row(session: Session, response_id: str) -> AssessmentResponse:
    row = session.get(AssessmentResponse, response_id)
    if row is None or row.deleted:
        raise NotFound("assessment", response_id)
    return row


def _editable(session: Session, response_id: str) -> tuple[AssessmentResponse, Instrument]:
    row = _row(session, response_id)
    if row.status == AssessmentStatus.COMPLETED:
        raise IntegrityError("A completed assessment cannot be changed.", reason="completed")
    instrument = load(row.instrument_id)
    if instrument.version != row.instrument_version:
        raise IntegrityError(
            f"This assessment was started on version {row.instrument_version} of {row.instrument_id}, "
            f"which is no longer installed (now {instrument.version}).", reason="version")
    return row, instrument


def _check_encounter(session: Session, encounter_id: str, member_id: str) -> None:
    encounter = session.get(Encounter, encounter_id)
    if encounter is None or encounter.deleted or encounter.member_id != member_id:
        raise NotFound("encounter", encounter_id)  # another member's encounter is not in this chart


def _clean_conclusions(conclusions: Mapping[str, str]) -> dict[str, str]:
    domains = {d.value for d in CareDomain}
    cleaned: dict[str, str] = {}
    for domain, text in conclusions.items():
        if domain not in domains:
            raise ValidationError(f"conclusions.{domain}", "is not valid")
        if not isinstance(text, str):
            raise ValidationError(f"conclusions.{domain}", "must be text")
        if len(text) > MAX_TEXT:
            raise ValidationError(f"conclusions.{domain}", f"must be at most {MAX_TEXT} characters")
        if text.strip():
            cleaned[domain] = text.strip()
    return cleaned


def _domain_conclusions(answers: Mapping[str, Any]) -> dict[str, str]:
    return {k.removesuffix(CONCLUSION_SUFFIX): str(v).strip() for k, v in answers.items()
            if k.endswith(CONCLUSION_SUFFIX)}


def _audit(session: Session, actor: Actor, action: AuditAction, row: AssessmentResponse,
           details: dict[str, Any] | None) -> None:
    audit.record(session, actor, action, DataCategory.ASSESSMENTS, entity_type="assessment_response",
                 entity_id=row.id, member_id=row.member_id, details=details)


def _views(session: Session, *where: Any) -> tuple[AssessmentView, ...]:
    rows = session.scalars(select(AssessmentResponse).where(AssessmentResponse.deleted.is_(False), *where)
                           .order_by(AssessmentResponse.started_at))
    return tuple(_view(r) for r in rows)


def _view(row: AssessmentResponse) -> AssessmentView:
    return AssessmentView(
        id=row.id, member_id=row.member_id, instrument_id=row.instrument_id,
        instrument_version=row.instrument_version, encounter_id=row.encounter_id, language=row.language,
        answers=dict(row.answers or {}), total=row.total, band=row.band or "", flags=tuple(row.flags or ()),
        subscores=dict(row.subscores or {}), conclusions=dict(row.conclusions or {}),
        status=AssessmentStatus(row.status), started_at=row.started_at, completed_at=row.completed_at,
        completed_by=row.completed_by or "",
    )


def _alert_view(alert: SafetyAlert) -> AlertView:
    return AlertView(
        id=alert.id, member_id=alert.member_id, kind=alert.kind, source_id=alert.source_id,
        raised_at=alert.raised_at, status=AlertStatus(alert.status), acknowledged_at=alert.acknowledged_at,
        acknowledged_by=alert.acknowledged_by or "", action_taken=alert.action_taken or "",
    )
