"""The chart's timeline: everything that happened to a member in one list, newest first, filterable."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from app.model import AssessmentResponse
from app.services import clinical, encounters, lifecycle, outreach, timeline


def test_timeline_merges_every_kind_newest_first(store, actor, member):
    now = datetime.now().astimezone()
    with store.transaction(actor) as s:
        outreach.log_attempt(s, actor, member.id, "phone", "voicemail", at=now - timedelta(days=6))
        clinical.utilization.add(s, actor, member.id, kind="ed_visit", facility="County General",
                                 admitted_on=date.today() - timedelta(days=5))
        lifecycle.enroll(s, actor, member.id, on=date.today() - timedelta(days=4), consent_method="verbal")
        visit = encounters.create(s, actor, member.id, kind="home_visit", started_at=now - timedelta(days=3),
                                  minutes=60, note="Home visit after the ED stay.\nMore lines.")
        encounters.sign(s, actor, visit.id)
        s.add(AssessmentResponse(member_id=member.id, instrument_id="phq9", instrument_version="1.0",
                                 total=6, band="mild", status="completed",
                                 started_at=datetime.now(UTC) - timedelta(days=2, minutes=10),
                                 completed_at=datetime.now(UTC) - timedelta(days=2)))
        s.flush()
        entries = timeline.for_member(s, member.id)
        only_contacts = timeline.for_member(s, member.id, kinds={"encounter", "attempt"})
    assert [(e.kind, e.title) for e in entries] == [
        ("assessment", "phq9"), ("encounter", "home_visit"), ("status", "enrolled"),
        ("utilization", "ed_visit"), ("status", "outreach"), ("attempt", "contact_attempt"),
        ("status", "identified"),
    ]
    assert [e.at for e in entries] == sorted((e.at for e in entries), reverse=True)
    by_kind = {e.kind: e for e in entries}
    assert by_kind["encounter"].detail == "Home visit after the ED stay."
    assert by_kind["encounter"].ref_id == visit.id
    assert by_kind["attempt"].detail == "phone · voicemail" and by_kind["attempt"].status == "signed"
    assert by_kind["assessment"].detail == "mild (6)"
    assert by_kind["utilization"].detail == "County General"
    assert entries[2].status == "outreach"  # the status it moved from
    assert [e.kind for e in only_contacts] == ["encounter", "attempt"]


def test_date_only_events_show_on_their_own_day(store, actor, member):
    admitted = date.today() - timedelta(days=12)
    with store.transaction(actor) as s:
        clinical.utilization.add(s, actor, member.id, kind="admission", admitted_on=admitted)
        (entry,) = timeline.for_member(s, member.id, kinds={"utilization"})
    assert entry.at.tzinfo is not None and entry.at.astimezone().date() == admitted
