"""Note search: newest first whatever order the notes were written in, a page at a time, deleted notes
left out, accents and case ignored, the matched words bracketed in a snippet cut around the first match."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import update

from app.model import Encounter
from app.services import encounters
from app.text import snippet

PACIFIC = timezone(timedelta(hours=-8))


def _note(s, actor, member_id, days_ago: int, note: str):
    start = datetime(2026, 11, 1, 10, tzinfo=PACIFIC) - timedelta(days=days_ago)
    return encounters.create(s, actor, member_id, kind="telephonic", started_at=start,
                             ended_at=start + timedelta(minutes=10), note=note)


def test_hits_come_newest_first_a_page_at_a_time_without_deleted_notes(store, actor, member):
    with store.transaction(actor) as s:
        # Written out of date order, as a laptop receives back-filled history.
        made = {days: _note(s, actor, member.id, days, f"Called about the refill, day {days}.")
                for days in (30, 2, 400, 9, 120)}
        _note(s, actor, member.id, 1, "Nothing about medicines here.")
        s.execute(update(Encounter).where(Encounter.id == made[9].id).values(deleted=True))
    with store.session() as s:
        hits = encounters.search_notes(s, "refill")
        page = encounters.search_notes(s, "REFI", limit=2)
        mine = encounters.search_notes(s, "refill", member_id=member.id)
    assert [h.encounter_id for h in hits] == [made[d].id for d in (2, 30, 120, 400)]
    assert [h.encounter_id for h in page] == [made[2].id, made[30].id]
    assert [h.encounter_id for h in mine] == [h.encounter_id for h in hits]


def test_accents_and_case_are_ignored_and_every_word_must_match(store, actor, member):
    with store.transaction(actor) as s:
        both = _note(s, actor, member.id, 3, "Spoke with Ramón Peña about the pharmacy refill.")
        _note(s, actor, member.id, 4, "Pharmacy closed; will call again.")
    with store.session() as s:
        accents = encounters.search_notes(s, "ramon pena")
        two = encounters.search_notes(s, "pharm refill")
    assert [h.encounter_id for h in accents] == [both.id]
    assert accents[0].snippet == "Spoke with [Ramón] [Peña] about the pharmacy refill."
    assert [h.encounter_id for h in two] == [both.id]


def test_a_snippet_is_cut_around_the_first_match_with_ellipses():
    text = ("Home visit. Vitals taken and recorded in the chart today. Member reports dizziness when "
            "standing up quickly in the morning; reviewed fall precautions and hydration with her daughter.")
    cut = snippet(text, ["dizz"], size=6)
    assert cut == "…Member reports [dizziness] when standing up…"
    assert snippet(text, ["home"], size=3) == "[Home] visit. Vitals…"
    assert snippet("no match at all", ["zzz"]) == "no match at all"
    assert snippet("", ["x"]) == ""
