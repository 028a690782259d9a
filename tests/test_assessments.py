"""The assessments service: completing a PHQ-9 with item 9 above 0 raises an alert that must be
acknowledged with the action taken (audited); a completed response never changes; history and proposals."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from app.errors import IntegrityError, NotFound, ValidationError
from app.instruments import InvalidAnswers
from app.model.assessment import AssessmentResponse
from app.model.audit import AuditEvent
from app.model.encounter import Encounter
from app.model.enums import (
    AlertStatus,
    AssessmentStatus,
    AuditAction,
    CareDomain,
    DataCategory,
    EncounterKind,
)
from app.services import assessments, members
from app.store.base import utcnow
from tests.conftest import SAMPLE_MEMBER

ACTION = "Safety plan reviewed; 988 crisis line given; PCP notified the same day."


def phq9(total_of_first_eight: int = 5, item9: int = 0) -> dict[str, int]:
    answers, left = {}, total_of_first_eight
    for n in range(1, 9):
        answers[f"phq9-{n}"] = min(3, left)
        left -= answers[f"phq9-{n}"]
    return answers | {"phq9-9": item9}


def complete_phq9(store: Any, actor: Any, member_id: str, **kw: int) -> assessments.Completed:
    with store.transaction(actor) as s:
        started = assessments.start(s, actor, member_id, "phq9")
        return assessments.complete(s, actor, started.id, answers=phq9(**kw))


def audit_events(store: Any, entity_id: str) -> list[AuditEvent]:
    with store.transaction() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.entity_id == entity_id).order_by(AuditEvent.seq))
        return [s.expunge(r) or r for r in rows]  # type: ignore[func-returns-value]


def test_phq9_with_item_9_above_zero_raises_an_open_alert(store, actor, member):
    done = complete_phq9(store, actor, member.id, total_of_first_eight=5, item9=1)
    view = done.assessment
    assert (view.status, view.total, view.band, view.flags) == (AssessmentStatus.COMPLETED, 6, "mild",
                                                                  ("self_harm_risk",))
    assert view.instrument_version == "1.0" and view.completed_by == actor.user and view.completed_at
    [alert] = done.alerts
    assert (alert.kind, alert.status, alert.source_id, alert.member_id) == (
        "self_harm_risk", AlertStatus.OPEN, view.id, member.id)
    with store.transaction(actor) as s:
        assert [a.id for a in assessments.open_alerts(s, member.id)] == [alert.id]
        assert [a.id for a in assessments.open_alerts(s)] == [alert.id]


def test_phq9_without_item_9_raises_no_alert(store, actor, member):
    done = complete_phq9(store, actor, member.id, total_of_first_eight=20, item9=0)
    assert (done.assessment.band, done.alerts) == ("severe", ())
    with store.transaction(actor) as s:
        assert assessments.open_alerts(s, member.id) == ()


@pytest.mark.parametrize("action", ["", "   ", None])
def test_acknowledging_needs_the_action_taken(store, actor, member, action):
    [alert] = complete_phq9(store, actor, member.id, item9=2).alerts
    with pytest.raises(ValidationError) as caught, store.transaction(actor) as s:
        assessments.acknowledge_alert(s, actor, alert.id, action)
    assert caught.value.field == "action_taken"
    with store.transaction(actor) as s:
        assert [a.id for a in assessments.open_alerts(s, member.id)] == [alert.id]


def test_acknowledging_is_recorded_and_audited(store, actor, member):
    [alert] = complete_phq9(store, actor, member.id, item9=3).alerts
    with store.transaction(actor) as s:
        done = assessments.acknowledge_alert(s, actor, alert.id, f"  {ACTION}  ")
    assert (done.status, done.action_taken) == (AlertStatus.ACKNOWLEDGED, ACTION)
    assert done.acknowledged_by == actor.user
    assert done.acknowledged_at is not None
    events = audit_events(store, alert.id)
    assert [(e.action, e.category, e.details) for e in events] == [
        (AuditAction.CREATE, DataCategory.ASSESSMENTS, {"kind": "self_harm_risk", "source": alert.source_id}),
        (AuditAction.UPDATE, DataCategory.ASSESSMENTS, {"alert": alert.id}),
    ]
    assert events[-1].member_id == member.id and events[-1].user == actor.user
    with store.transaction(actor) as s:
        assert assessments.open_alerts(s, member.id) == ()
    with pytest.raises(IntegrityError), store.transaction(actor) as s:
        assessments.acknowledge_alert(s, actor, alert.id, "again")
    with pytest.raises(NotFound), store.transaction(actor) as s:
        assessments.acknowledge_alert(s, actor, "no-such-alert", ACTION)


def test_a_completed_response_cannot_be_changed(store, actor, member):
    view = complete_phq9(store, actor, member.id).assessment
    attempts = [
        lambda s: assessments.save_answers(s, actor, view.id, {"phq9-1": 0}),
        lambda s: assessments.save_answers(s, actor, view.id, {}, conclusions={"behavioral": "changed"}),
        lambda s: assessments.complete(s, actor, view.id, answers={"phq9-9": 3}),
        lambda s: assessments.discard(s, actor, view.id),
    ]
    for attempt in attempts:
        with pytest.raises(IntegrityError, match="completed assessment cannot be changed"), \
                store.transaction(actor) as s:
            attempt(s)
    with store.transaction(actor) as s:
        assert assessments.get(s, view.id) == view
        assert assessments.open_alerts(s, member.id) == ()


def test_answers_are_saved_in_progress_and_completion_names_what_is_missing(store, actor, member):
    with store.transaction(actor) as s:
        started = assessments.start(s, actor, member.id, "phq9", language="es")
        saved = assessments.save_answers(s, actor, started.id, {"phq9-1": 2, "phq9-2": "LA6569-3"})
    assert saved.answers == {"phq9-1": "LA6570-1", "phq9-2": "LA6569-3"} and saved.language == "es"
    with pytest.raises(InvalidAnswers) as caught, store.transaction(actor) as s:
        assessments.complete(s, actor, started.id)
    assert caught.value.link_ids == tuple(f"phq9-{n}" for n in range(3, 10))
    with pytest.raises(InvalidAnswers) as bad, store.transaction(actor) as s:
        assessments.save_answers(s, actor, started.id, {"phq9-3": 7, "phq9-4": 1})
    assert bad.value.problems == (("phq9-3", "must be one of: 0, 1, 2, 3"),)
    with store.transaction(actor) as s:
        [resume] = assessments.in_progress(s, member.id)
        assert resume.answers == saved.answers and resume.status == AssessmentStatus.IN_PROGRESS
        cleared = assessments.save_answers(s, actor, started.id, {"phq9-2": None})  # None clears an answer
        assert cleared.answers == {"phq9-1": "LA6570-1"}


def test_hidden_answers_are_dropped_on_completion(store, actor, member):
    with store.transaction(actor) as s:
        started = assessments.start(s, actor, member.id, "med_adherence")
        assessments.save_answers(s, actor, started.id, {"madh-1": 1, "madh-2": 3})
        done = assessments.complete(s, actor, started.id, answers={"madh-1": 0})
    assert done.assessment.answers == {"madh-1": "LA32-8"}
    assert (done.assessment.total, done.assessment.band) == (None, "not_applicable")


def test_history_shows_the_change_since_last_time(store, actor, member):
    for first_eight in (14, 9, 3):
        complete_phq9(store, actor, member.id, total_of_first_eight=first_eight)
    with store.transaction(actor) as s:
        assessments.start(s, actor, member.id, "phq9")  # in progress: not history yet
        complete_gad7 = assessments.start(s, actor, member.id, "gad7")
        assessments.complete(s, actor, complete_gad7.id, answers={f"gad7-{n}": 1 for n in range(1, 8)})
        points = assessments.history(s, member.id, "phq9")
    assert [(p.total, p.band, p.change) for p in points] == [(14, "moderate", None), (9, "mild", -5),
                                                             (3, "minimal", -6)]
    assert points[0].completed_at < points[1].completed_at < points[2].completed_at


def test_the_initial_assessment_and_its_instruments_share_the_encounter(store, actor, member):
    with store.transaction(actor) as s:
        visit = Encounter(member_id=member.id, kind=EncounterKind.HOME_VISIT, started_at=utcnow())
        s.add(visit)
        s.flush()
        ia = assessments.start(s, actor, member.id, "initial_assessment", encounter_id=visit.id)
        screen = assessments.start(s, actor, member.id, "phq2", encounter_id=visit.id)
        assessments.complete(s, actor, screen.id, answers={"phq2-1": 0, "phq2-2": 1})
        linked = assessments.for_encounter(s, visit.id)
        assert {v.instrument_id for v in linked} == {"initial_assessment", "phq2"}
    with pytest.raises(InvalidAnswers) as caught, store.transaction(actor) as s:
        assessments.complete(s, actor, ia.id, answers=initial_findings())
    assert caught.value.link_ids == ("community.conclusion",)
    with store.transaction(actor) as s:
        done = assessments.complete(s, actor, ia.id, answers=initial_findings() | {
            "community.conclusion": "No community resources needed now; revisit at 90 days."})
    assert set(done.assessment.conclusions) == {d.value for d in CareDomain}
    assert done.assessment.conclusions["life_planning"].startswith("Deferred")
    assert "life_planning.surrogate" not in done.assessment.answers  # hidden by "deferred"


def test_start_checks_member_instrument_language_and_encounter(store, actor, member):
    with store.transaction(actor) as s:
        other = members.create(s, actor, **(SAMPLE_MEMBER | {"plan_member_id": "MCL-0099",
                                                             "first_name": "Ana"}))
        theirs = Encounter(member_id=other.id, kind=EncounterKind.TELEPHONIC, started_at=utcnow())
        s.add(theirs)
    cases = [
        (dict(member_id="nobody", instrument_id="phq9"), NotFound),
        (dict(member_id=member.id, instrument_id="zarit"), NotFound),
        (dict(member_id=member.id, instrument_id="phq9", language="fr"), ValidationError),
        (dict(member_id=member.id, instrument_id="phq9", encounter_id="no-such-visit"), NotFound),
        (dict(member_id=member.id, instrument_id="phq9", encounter_id=theirs.id), NotFound),
    ]
    for kwargs, error in cases:
        with pytest.raises(error), store.transaction(actor) as s:
            assessments.start(s, actor, **kwargs)
    with store.transaction(actor) as s:
        assert s.scalars(select(AssessmentResponse)).all() == []


def test_positive_social_needs_propose_problems_and_referrals(store, actor, member):
    answers = {"ahc-1": 0, "ahc-2": ["ahc-home-none"], "ahc-3": "LA6729-3", "ahc-4": 0, "ahc-5": 1,
               "ahc-6": 0, "ahc-7": 1, "ahc-8": 1, "ahc-9": 1, "ahc-10": 1}
    with store.transaction(actor) as s:
        started = assessments.start(s, actor, member.id, "ahc_hrsn")
        with pytest.raises(IntegrityError):
            assessments.proposals(s, started.id)
        done = assessments.complete(s, actor, started.id, answers=answers)
        proposed = assessments.proposals(s, started.id)
    assert (done.assessment.band, done.assessment.flags) == ("need", ("food", "transportation"))
    assert done.alerts == ()
    assert [(p.need, p.domain, p.referral_type, p.source) for p in proposed] == [
        ("food", CareDomain.SOCIAL, "food", f"assessment:{started.id}"),
        ("transportation", CareDomain.SOCIAL, "transportation", f"assessment:{started.id}"),
    ]


def test_discarding_an_assessment_in_progress(store, actor, member):
    with store.transaction(actor) as s:
        started = assessments.start(s, actor, member.id, "gad7")
        assessments.discard(s, actor, started.id)
        assert assessments.in_progress(s, member.id) == ()
        with pytest.raises(NotFound):
            assessments.get(s, started.id)
    assert [e.action for e in audit_events(store, started.id)] == [AuditAction.CREATE, AuditAction.DELETE]


def initial_findings() -> dict[str, Any]:
    """Every required finding and every conclusion but the community one."""
    conclusions = {f"{d.value}.conclusion": f"Reviewed {d.value}; no change to plan." for d in CareDomain
                   if d is not CareDomain.COMMUNITY}
    conclusions["life_planning.conclusion"] = "Deferred: member wants to talk with her daughter first."
    return conclusions | {
        "health_status.self_rated": "health-fair", "health_status.conditions": "Type 2 diabetes, CHF",
        "health_status.pain": 3, "clinical_history.admissions": 1, "clinical_history.ed_visits": 2,
        "clinical_history.medications_reviewed": "LA33-6", "functional.help_needed": "help-some",
        "behavioral.cognition": "cognition-none", "behavioral.substance_use": "LA32-8",
        "social.screening": "screening-today", "life_planning.status": "life-planning-deferred",
        "life_planning.surrogate": "LA33-6",
        "cultural_linguistic.language": "Spanish", "cultural_linguistic.interpreter": "LA33-6",
        "cultural_linguistic.forms_confidence": "confidence-little",
        "vision_hearing.vision": "LA32-8", "vision_hearing.hearing": "LA32-8",
        "caregiver.involvement": "caregiver-involved", "benefits.reviewed": "LA33-6",
        "community.uses_resources": "LA32-8",
    }
