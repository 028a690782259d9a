"""Outreach: one call logs an attempt; the program's rule decides when a member is unable to reach."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from app.errors import ValidationError
from app.programs import rules_for
from app.services import encounters, members, outreach

PACIFIC = timezone(timedelta(hours=-8))


def at(days_ago: int, hour: int = 10) -> datetime:
    day = datetime.now(PACIFIC).date() - timedelta(days=days_ago)
    return datetime(day.year, day.month, day.day, hour, tzinfo=PACIFIC)


def log(store, actor, member, *attempts: tuple[int, str], hour: int = 10) -> outreach.OutreachStatus:
    with store.transaction(actor) as s:
        for days_ago, outcome in attempts:
            outreach.log_attempt(s, actor, member.id, "phone", outcome, at=at(days_ago, hour))
        return outreach.status(s, member.id, as_of=datetime.now(PACIFIC).date())


def test_program_rules_come_from_the_program_files():
    complex_cm, bh = rules_for("complex_cm"), rules_for("bh_complex_cm")
    assert (complex_cm.outreach_attempts_required, complex_cm.outreach_distinct_days,
            complex_cm.outreach_window_days, complex_cm.initial_assessment_due_days) == (3, True, 30, 30)
    assert (complex_cm.minimum_participation_days, bh.minimum_participation_days) == (0, 90)
    assert complex_cm.contact_cadence_days["high"] == 14


def test_an_attempt_is_a_signed_encounter_and_starts_outreach(store, actor, member):
    with store.transaction(actor) as s:
        logged = outreach.log_attempt(s, actor, member.id, "phone", "voicemail", at=at(2))
        rosa = members.peek(s, member.id)
    assert (logged.kind, logged.channel, logged.outcome, logged.status) == \
        ("contact_attempt", "phone", "voicemail", "signed")
    assert logged.minutes == 5 and logged.utc_offset_minutes == -480
    assert (rosa.status, rosa.outreach_started_on) == ("outreach", at(2).date())
    assert rosa.last_contact_at is None  # a voicemail is not a contact


def test_three_failed_attempts_on_different_days_make_a_candidate(store, actor, member):
    status = log(store, actor, member, (9, "no_answer"), (5, "voicemail"), (1, "wrong_number"))
    assert status.unable_to_reach_candidate
    assert (status.attempts, status.distinct_days, status.required) == (3, 3, 3)
    assert status.window_start == at(9).date()


def test_three_attempts_on_the_same_day_do_not(store, actor, member):
    with store.transaction(actor) as s:
        for hour in (9, 12, 16):
            outreach.log_attempt(s, actor, member.id, "phone", "no_answer", at=at(1, hour))
        status = outreach.status(s, member.id)
    assert not status.unable_to_reach_candidate
    assert (status.attempts, status.distinct_days) == (3, 1)
    assert "1 of 3" in status.reason


def test_days_are_the_nurses_local_days(store, actor, member):
    # 17:00 and 20:00 Pacific on one day are two different UTC days, but one day of outreach.
    status = log(store, actor, member, (3, "no_answer"), (2, "no_answer"), hour=17)
    status = log(store, actor, member, (2, "voicemail"), hour=20)
    assert not status.unable_to_reach_candidate and status.distinct_days == 2


def test_attempts_spread_beyond_the_window_do_not(store, actor, member):
    status = log(store, actor, member, (45, "no_answer"), (25, "no_answer"), (2, "no_answer"))
    assert not status.unable_to_reach_candidate
    assert status.distinct_days == 2  # the two that still count today


def test_reaching_the_member_resets_the_count(store, actor, member):
    status = log(store, actor, member, (9, "no_answer"), (7, "voicemail"), (5, "reached"), (3, "no_answer"))
    assert not status.unable_to_reach_candidate and status.attempts == 1
    with store.session() as s:
        rosa = members.peek(s, member.id)
    assert rosa.last_contact_at == at(5)


def test_a_note_entered_in_error_no_longer_counts(store, actor, member):
    log(store, actor, member, (9, "no_answer"), (5, "voicemail"), (1, "wrong_number"))
    with store.transaction(actor) as s:
        latest = encounters.list_for(s, member.id)[0]
        encounters.mark_entered_in_error(s, actor, latest.id, "Called the wrong member")
        assert not outreach.status(s, member.id).unable_to_reach_candidate


def test_as_of_looks_back_in_time(store, actor, member):
    log(store, actor, member, (9, "no_answer"), (5, "voicemail"), (1, "wrong_number"))
    with store.session() as s:
        then = outreach.status(s, member.id, as_of=at(3).date())
    assert not then.unable_to_reach_candidate and then.attempts == 2


def test_a_declined_outcome_does_not_decline_the_member(store, actor, member):
    log(store, actor, member, (1, "declined"))
    with store.session() as s:
        assert members.peek(s, member.id).status == "outreach"


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"channel": "pigeon", "outcome": "reached"}, "channel"),
    ({"channel": "phone", "outcome": "maybe"}, "outcome"),
    ({"channel": "phone", "outcome": "reached", "at": datetime.now(PACIFIC) + timedelta(hours=2)}, "at"),
    ({"channel": "phone", "outcome": "reached", "at": datetime(2026, 11, 1, 10)}, "at"),  # no offset
])
def test_bad_attempts_are_refused(store, actor, member, kwargs, field):
    with pytest.raises(ValidationError) as caught, store.transaction(actor) as s:
        outreach.log_attempt(s, actor, member.id, **kwargs)
    assert caught.value.field == field
    with store.session() as s:
        assert encounters.list_for(s, member.id) == []


def test_default_time_is_now(store, actor, member):
    with store.transaction(actor) as s:
        logged = outreach.log_attempt(s, actor, member.id, "text", "no_answer")
    assert abs(logged.started_at - datetime.now(PACIFIC)) < timedelta(minutes=1)
    assert logged.minutes == 2 and logged.started_at.date() <= date.today()
