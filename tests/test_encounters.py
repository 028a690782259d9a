"""Encounters as a nurse documents them: drafts, signing, a signed note that only grows, vitals,
autosaved drafts, note search and minutes per month."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from app.errors import IntegrityError, ValidationError
from app.model import AuditEvent, Encounter, OutboxEntry
from app.services import encounters, members

PACIFIC = timezone(timedelta(hours=-8))


def visit_at(hours_ago: float = 3, minutes: int = 50) -> dict:
    start = datetime.now(PACIFIC) - timedelta(hours=hours_ago)
    return {"kind": "home_visit", "started_at": start, "ended_at": start + timedelta(minutes=minutes),
            "location": "Member's home", "participants": ["member", "caregiver"]}


@pytest.fixture
def signed(store, actor, member):
    with store.transaction(actor) as s:
        draft = encounters.create(s, actor, member.id, note="BP 150/92. Reviewed metformin.", **visit_at())
        return encounters.sign(s, actor, draft.id)


def test_a_draft_computes_minutes_and_keeps_the_offset(store, actor, member):
    with store.transaction(actor) as s:
        made = encounters.create(s, actor, member.id, **visit_at(minutes=47))
        edited = encounters.update(s, actor, made.id, minutes=55, note="Edited while still a draft.")
    assert (made.status, made.minutes, made.utc_offset_minutes) == ("draft", 47, -480)
    assert made.started_at.utcoffset() == timedelta(0)  # stored in UTC …
    assert made.local_started_at.hour == (datetime.now(PACIFIC) - timedelta(hours=3)).hour  # … shown local
    assert (edited.minutes, edited.note) == (55, "Edited while still a draft.")


@pytest.mark.parametrize(("change", "field"), [
    ({"kind": "teleport"}, "kind"),
    ({"started_at": datetime.now(PACIFIC) + timedelta(days=1)}, "started_at"),
    ({"started_at": "2026-11-01T10:00"}, "started_at"),  # no offset: refused, not guessed
    ({"participants": ["member", "neighbour"]}, "participants"),
    ({"template": "freestyle"}, "template"),
])
def test_bad_encounter_input_names_the_field(store, actor, member, change, field):
    with pytest.raises(ValidationError) as caught, store.transaction(actor) as s:
        encounters.create(s, actor, member.id, **(visit_at() | change))
    assert caught.value.field == field


def test_the_end_cannot_come_before_the_start(store, actor, member):
    fields = visit_at()
    fields["ended_at"] = fields["started_at"] - timedelta(minutes=5)
    with pytest.raises(ValidationError) as caught, store.transaction(actor) as s:
        encounters.create(s, actor, member.id, **fields)
    assert caught.value.field == "ended_at"


def test_signing_needs_a_note_and_sets_the_last_contact(store, actor, member):
    with store.transaction(actor) as s:
        draft = encounters.create(s, actor, member.id, **visit_at())
    with pytest.raises(ValidationError) as caught, store.transaction(actor) as s:
        encounters.sign(s, actor, draft.id)
    assert caught.value.field == "note"
    with store.transaction(actor) as s:
        encounters.update(s, actor, draft.id, note="Visit done.")
        view = encounters.sign(s, actor, draft.id)
        rosa = members.peek(s, member.id)
    assert view.status == "signed" and view.signed_by == actor.user and view.signed_at is not None
    assert rosa.last_contact_at == view.started_at
    assert rosa.next_due_on == view.started_at.date() + timedelta(days=14)  # complex CM, high tier


def test_a_signed_note_cannot_be_edited_or_signed_again(store, actor, signed):
    for attempt in (lambda s: encounters.update(s, actor, signed.id, note="Rewritten."),
                    lambda s: encounters.sign(s, actor, signed.id)):
        with pytest.raises(IntegrityError) as refused, store.transaction(actor) as s:
            attempt(s)
        assert "addendum" in str(refused.value)
    with store.session() as s:
        assert s.get(Encounter, signed.id).note == "BP 150/92. Reviewed metformin."


def test_addenda_chain_and_the_original_stays_visible(store, actor, signed):
    two_days_ago = date.today() - timedelta(days=2)
    with store.transaction(actor) as s:
        encounters.add_addendum(s, actor, signed.id, "addendum", "PCP appointment moved to Tuesday.")
        encounters.add_addendum(s, actor, signed.id, "late_entry", "Caregiver called about sleep.",
                                service_date=two_days_ago)
        view = encounters.add_addendum(s, actor, signed.id, "correction", "BP was 140/92.",
                                       reason="Transposed digits")
    assert view.status == "amended"
    assert view.note == "BP 150/92. Reviewed metformin."  # never rewritten
    assert [a.kind for a in view.addenda] == ["addendum", "late_entry", "correction"]
    assert view.addenda[1].service_date == two_days_ago
    assert view.addenda[2].reason == "Transposed digits"
    assert all(a.signed_by == actor.user and a.encounter_id == signed.id for a in view.addenda)
    with store.session() as s:
        (listed,) = encounters.list_for(s, signed.member_id)
    assert listed.addenda == view.addenda


@pytest.mark.parametrize(("kind", "extra", "field"), [
    ("correction", {}, "reason"),
    ("late_entry", {}, "service_date"),
    ("late_entry", {"service_date": date.today()}, "service_date"),  # a late entry is about an earlier day
    ("late_entry", {"service_date": date.today() + timedelta(days=1)}, "service_date"),
    ("addendum", {"service_date": date.today() - timedelta(days=1)}, "service_date"),
])
def test_addenda_rules(store, actor, signed, kind, extra, field):
    with pytest.raises(ValidationError) as caught, store.transaction(actor) as s:
        encounters.add_addendum(s, actor, signed.id, kind, "Text.", **extra)
    assert caught.value.field == field


def test_an_addendum_needs_a_signed_note(store, actor, member):
    with store.transaction(actor) as s:
        draft = encounters.create(s, actor, member.id, **visit_at())
    with pytest.raises(IntegrityError), store.transaction(actor) as s:
        encounters.add_addendum(s, actor, draft.id, "addendum", "Too early.")


def test_entered_in_error_hides_nothing(store, actor, member, signed):
    with pytest.raises(ValidationError) as caught, store.transaction(actor) as s:
        encounters.mark_entered_in_error(s, actor, signed.id, "  ")
    assert caught.value.field == "reason"
    with store.transaction(actor) as s:
        encounters.mark_entered_in_error(s, actor, signed.id, "Documented in the wrong chart")
        (listed,) = encounters.list_for(s, member.id)
        rosa = members.peek(s, member.id)
    assert listed.status == "entered_in_error" and listed.error_reason == "Documented in the wrong chart"
    assert listed.note == "BP 150/92. Reviewed metformin."
    assert rosa.last_contact_at is None  # a note in error is no longer a contact
    with pytest.raises(IntegrityError), store.transaction(actor) as s:
        encounters.add_addendum(s, actor, signed.id, "addendum", "More.")


@pytest.mark.parametrize(("vitals", "field"), [
    ({"systolic": 1200, "diastolic": 80}, "vitals.systolic"),
    ({"systolic": 120, "diastolic": 80, "heart_rate": 0}, "vitals.heart_rate"),
    ({"spo2": 101}, "vitals.spo2"),
    ({"temperature_f": "hot"}, "vitals.temperature_f"),
    ({"pain": 11}, "vitals.pain"),
    ({"systolic": 80, "diastolic": 95}, "vitals.diastolic"),
    ({"blood_type": 1}, "vitals.blood_type"),
])
def test_impossible_vitals_are_refused_naming_the_field(store, actor, member, vitals, field):
    with pytest.raises(ValidationError) as caught, store.transaction(actor) as s:
        encounters.create(s, actor, member.id, vitals=vitals, **visit_at())
    assert caught.value.field == field
    assert "1200" not in caught.value.message  # the rule, not the value typed


def test_abnormal_vitals_are_kept_and_flagged(store, actor, member):
    vitals = {"systolic": "168", "diastolic": 96, "heart_rate": 72, "temperature_f": "98.6", "spo2": 91,
              "weight_lb": 212.4, "glucose_mg_dl": 250, "pain": ""}
    with store.transaction(actor) as s:
        view = encounters.create(s, actor, member.id, vitals=vitals, **visit_at())
    assert view.vitals == {"systolic": 168, "diastolic": 96, "heart_rate": 72, "temperature_f": 98.6,
                           "spo2": 91, "weight_lb": 212.4, "glucose_mg_dl": 250}
    assert view.abnormal == ("systolic", "diastolic", "spo2", "glucose_mg_dl")


def test_templates_exist_for_the_common_notes():
    assert {"home_visit_soap", "telephonic_checkin", "case_conference"} <= encounters.TEMPLATES.keys()
    assert "S (subjective)" in encounters.TEMPLATES["home_visit_soap"]


def test_drafts_save_list_and_discard_without_syncing_or_flooding_the_audit(store, actor, member):
    def counts(s):
        return s.scalar(select(func.count()).select_from(OutboxEntry)), \
            s.scalar(select(func.count()).select_from(AuditEvent))

    with store.transaction(actor) as s:
        before = counts(s)
        first = encounters.save_draft(s, actor, member.id, {"note": "Rosa rep"})
        after_create = counts(s)
        for typed in ("Rosa reports", "Rosa reports dizziness", "Rosa reports dizziness on standing"):
            saved = encounters.save_draft(s, actor, member.id, {"note": typed}, draft_id=first.id)
        assert counts(s) == after_create  # keystroke saves: no outbox entry, no audit event
    assert after_create == (before[0], before[1] + 1)  # local-only; audited once when created
    with store.session() as s:
        (listed,) = encounters.list_drafts(s, member_id=member.id)
    assert listed.id == first.id and listed.payload == {"note": "Rosa reports dizziness on standing"}
    assert listed.kind == "encounter" and saved.saved_at >= first.saved_at
    with store.transaction(actor) as s:
        encounters.discard_draft(s, actor, first.id)
        assert encounters.list_drafts(s) == []
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == before[0]


def test_note_search_finds_prefixes_with_a_snippet(store, actor, member, signed):
    with store.session() as s:
        hits = encounters.search_notes(s, "metf")
        elsewhere = encounters.search_notes(s, "metf", member_id="someone-else")
        nothing = encounters.search_notes(s, '"*')
    assert [(h.encounter_id, h.kind) for h in hits] == [(signed.id, "home_visit")]
    assert "[metformin]" in hits[0].snippet.lower()
    assert elsewhere == [] and nothing == []


def test_minutes_by_month_sum_per_member_and_month(store, actor, member):
    from tests.conftest import SAMPLE_MEMBER

    with store.transaction(actor) as s:
        other = members.create(s, actor, **(SAMPLE_MEMBER | {"plan_member_id": "MCL-0099",
                                                             "first_name": "Ana", "dob": "1960-01-01"}))
        # 23:30 Pacific on 31 October is 07:30 UTC on 1 November: it counts for October, where it happened.
        halloween = datetime(2026, 10, 31, 23, 30, tzinfo=PACIFIC)
        spec = [(member.id, halloween, 20), (member.id, datetime(2026, 10, 5, 9, tzinfo=PACIFIC), 40),
                (member.id, datetime(2026, 11, 3, 9, tzinfo=PACIFIC), 15), (other.id, halloween, 30)]
        for who, start, minutes in spec:
            made = encounters.create(s, actor, who, kind="telephonic", started_at=start, minutes=minutes,
                                     note="Call.")
            encounters.sign(s, actor, made.id)
        encounters.create(s, actor, member.id, kind="telephonic", started_at=halloween, minutes=99)  # draft
        report = encounters.minutes_by_month(s)
        mine = encounters.minutes_by_month(s, member.id)
    by_key = {(r.member_id, r.month): (r.minutes, r.contacts) for r in report}
    assert by_key == {(member.id, "2026-10"): (60, 2), (member.id, "2026-11"): (15, 1),
                      (other.id, "2026-10"): (30, 1)}
    assert {r.member_id for r in mine} == {member.id}


CRASHING_EDITOR = """
import os, signal, sys
from app.services import access, encounters
store = access.unlock(sys.argv[1], sys.argv[2])
actor = store.actor()
with store.transaction(actor) as s:
    draft = encounters.save_draft(s, actor, sys.argv[3], {"note": "Rosa reports"})
with store.transaction(actor) as s:
    encounters.save_draft(s, actor, sys.argv[3], {"note": "Rosa reports dizziness"}, draft_id=draft.id)
os.kill(os.getpid(), signal.SIGKILL)  # no lock, no close: the process just dies
"""


def test_a_draft_survives_the_process_being_killed(data_dir, member):
    import subprocess
    import sys

    from app.services import access
    from tests.conftest import PASSPHRASE

    child = subprocess.run([sys.executable, "-c", CRASHING_EDITOR, str(data_dir), PASSPHRASE, member.id],
                           capture_output=True, timeout=60)
    assert child.returncode == -9, child.stderr.decode()
    reopened = access.unlock(data_dir, PASSPHRASE)
    try:
        with reopened.session() as s:
            (kept,) = encounters.list_drafts(s, member_id=member.id)
    finally:
        reopened.close()
    assert kept.payload == {"note": "Rosa reports dizziness"}
