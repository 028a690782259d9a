"""The program lifecycle: dated steps with reasons, consent at enrollment, refused steps say why, and
closing for decline or unable-to-reach waits for a supervisor's approval."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.actor import Actor
from app.errors import IntegrityError, ValidationError
from app.model import MemberStatusChange
from app.services import clinical, lifecycle, members, outreach
from tests.conftest import SAMPLE_MEMBER

TODAY = date.today()


def history(store, member_id):
    with store.session() as s:
        rows = s.scalars(select(MemberStatusChange).where(MemberStatusChange.member_id == member_id)
                         .order_by(MemberStatusChange.created_at))
        return [(r.from_status, r.to_status, r.changed_on, r.reason) for r in rows]


def three_misses(store, actor, member_id):
    with store.transaction(actor) as s:
        for days_ago in (6, 4, 2):
            at = datetime.now().astimezone() - timedelta(days=days_ago)
            outreach.log_attempt(s, actor, member_id, "phone", "no_answer", at=at)


@pytest.fixture
def supervisor(store):
    return Actor(user="sam", device=store.device_id, role="supervisor")


def test_identified_to_outreach_to_enrolled_records_dates_and_consent(store, actor, member):
    started, joined = TODAY - timedelta(days=10), TODAY - timedelta(days=3)
    with store.transaction(actor) as s:
        lifecycle.start_outreach(s, actor, member.id, on=started)
        view = lifecycle.enroll(s, actor, member.id, on=joined, consent_method="verbal")
        consents = clinical.consents.list_for(s, member.id)
    assert (view.status, view.outreach_started_on, view.enrolled_on) == ("enrolled", started, joined)
    assert view.assigned_nurse == actor.user
    assert [(c.kind, c.decision, c.decided_on, c.method) for c in consents] == \
        [("program_participation", "given", joined, "verbal")]
    assert [step[:3] for step in history(store, member.id)] == [
        (None, "identified", member.identified_on), ("identified", "outreach", started),
        ("outreach", "enrolled", joined)]


@pytest.mark.parametrize(("steps", "message"), [
    (["enroll", "identified"], "enrolled to identified"),
    (["enroll", "outreach"], "enrolled to outreach"),
    (["enroll", "unable_to_reach"], "enrolled to unable_to_reach"),
    (["outreach", "outreach"], "already outreach"),
])
def test_invalid_transitions_are_refused_with_a_reason(store, actor, member, steps, message):
    from app.services.lifecycle_steps import transition
    from app.services.records import live_member

    first, then = steps
    with store.transaction(actor) as s:
        if first == "enroll":
            lifecycle.enroll(s, actor, member.id, on=TODAY, consent_method="written")
        else:
            lifecycle.start_outreach(s, actor, member.id, on=TODAY)
    with pytest.raises(IntegrityError) as refused, store.transaction(actor) as s:
        if then == "outreach":
            lifecycle.start_outreach(s, actor, member.id, on=TODAY)
        else:  # no service moves a member back to identified: the step itself must refuse it
            transition(s, actor, live_member(s, member.id), then, TODAY)
    assert message in str(refused.value) and refused.value.reason == "transition_not_allowed"


def test_unable_to_reach_needs_the_outreach_rule(store, actor, member):
    with store.transaction(actor) as s:
        outreach.log_attempt(s, actor, member.id, "phone", "no_answer")
    with pytest.raises(IntegrityError) as refused, store.transaction(actor) as s:
        lifecycle.mark_unable_to_reach(s, actor, member.id, on=TODAY)
    assert "1 of 3" in str(refused.value)
    three_misses(store, actor, member.id)
    with store.transaction(actor) as s:
        view = lifecycle.mark_unable_to_reach(s, actor, member.id, on=TODAY)
    assert (view.status, view.unable_to_reach_on) == ("unable_to_reach", TODAY)


def test_closing_for_unable_to_reach_needs_an_approved_request(store, actor, supervisor, member):
    with pytest.raises(IntegrityError) as refused, store.transaction(actor) as s:
        lifecycle.close(s, actor, member.id, on=TODAY, reason="unable_to_reach")  # identified → closed
    assert "approval" in str(refused.value)
    with pytest.raises(IntegrityError), store.transaction(actor) as s:
        lifecycle.request_closure(s, actor, member.id, reason="unable_to_reach")  # rule not met yet
    three_misses(store, actor, member.id)
    with store.transaction(actor) as s:
        lifecycle.mark_unable_to_reach(s, actor, member.id, on=TODAY)
        request = lifecycle.request_closure(s, actor, member.id, reason="unable_to_reach", note="ICT 11/20")
    assert (request.status, request.requested_by, request.requested_on) == ("pending", actor.user, TODAY)
    with pytest.raises(IntegrityError), store.transaction(actor) as s:
        lifecycle.request_closure(s, actor, member.id, reason="unable_to_reach")  # one is waiting
    with pytest.raises(IntegrityError) as nurse, store.transaction(actor) as s:
        lifecycle.decide_closure(s, actor, request.id, approve=True)
    assert "supervisor" in str(nurse.value)
    with store.transaction(supervisor) as s:
        assert [p.id for p in lifecycle.pending_closures(s)] == [request.id]
        decided = lifecycle.decide_closure(s, supervisor, request.id, approve=True, note="ICT agreed")
        rosa = members.peek(s, member.id)
        assert lifecycle.pending_closures(s) == []
    assert (decided.status, decided.decided_by, decided.decision_note) == ("approved", "sam", "ICT agreed")
    assert (rosa.status, rosa.closed_on, rosa.next_due_on) == ("closed", TODAY, None)
    assert history(store, member.id)[-1][:2] == ("unable_to_reach", "closed")
    with pytest.raises(IntegrityError), store.transaction(supervisor) as s:
        lifecycle.decide_closure(s, supervisor, request.id, approve=False)  # decided once


def test_a_denied_request_leaves_the_member_open(store, actor, supervisor, member):
    with store.transaction(actor) as s:
        lifecycle.decline(s, actor, member.id, on=TODAY, reason="Not interested at this time")
        request = lifecycle.request_closure(s, actor, member.id, reason="declined")
    with store.transaction(supervisor) as s:
        lifecycle.decide_closure(s, supervisor, request.id, approve=False, note="Try once more in a month")
        rosa = members.peek(s, member.id)
    assert (rosa.status, rosa.declined_on) == ("declined", TODAY)
    assert history(store, member.id)[-1][3] == "Not interested at this time"


def test_other_reasons_close_directly(store, actor, member):
    with store.transaction(actor) as s:
        view = lifecycle.close(s, actor, member.id, on=TODAY, reason="moved", note="Moved out of state")
    assert (view.status, view.closed_on) == ("closed", TODAY)
    with pytest.raises(IntegrityError) as refused, store.transaction(actor) as s:
        lifecycle.start_outreach(s, actor, member.id, on=TODAY)
    assert "closed" in str(refused.value)


def test_goals_met_needs_enrollment_and_the_programs_minimum(store, actor, member):
    with pytest.raises(IntegrityError), store.transaction(actor) as s:
        lifecycle.close(s, actor, member.id, on=TODAY, reason="goals_met")
    with store.transaction(actor) as s:
        bh = members.create(s, actor, **(SAMPLE_MEMBER | {"plan_member_id": "MCL-0077", "first_name": "Luz",
                                                          "program": "bh_complex_cm"}))
        lifecycle.enroll(s, actor, bh.id, on=TODAY - timedelta(days=30), consent_method="verbal")
    with pytest.raises(IntegrityError) as refused, store.transaction(actor) as s:
        lifecycle.close(s, actor, bh.id, on=TODAY, reason="goals_met")
    assert "90 days" in str(refused.value) and refused.value.reason == "minimum_participation"
    with store.transaction(actor) as s:
        lifecycle.enroll(s, actor, member.id, on=TODAY - timedelta(days=30), consent_method="verbal")
        assert lifecycle.close(s, actor, member.id, on=TODAY, reason="goals_met").status == "closed"


@pytest.mark.parametrize(("call", "field"), [
    (lambda s, a, m: lifecycle.start_outreach(s, a, m, on=TODAY + timedelta(days=1)), "on"),
    (lambda s, a, m: lifecycle.start_outreach(s, a, m, on=date(2026, 9, 1)), "on"),  # before identified
    (lambda s, a, m: lifecycle.enroll(s, a, m, on=TODAY, consent_method="telepathy"), "consent_method"),
    (lambda s, a, m: lifecycle.decline(s, a, m, on=TODAY, reason=" "), "reason"),
    (lambda s, a, m: lifecycle.close(s, a, m, on=TODAY, reason="bored"), "reason"),
])
def test_bad_lifecycle_input_names_the_field(store, actor, member, call, field):
    with pytest.raises(ValidationError) as caught, store.transaction(actor) as s:
        call(s, actor, member.id)
    assert caught.value.field == field
    with store.session() as s:
        assert members.peek(s, member.id).status == "identified"
