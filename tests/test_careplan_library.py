"""The care-plan library: every entry reads in English and Spanish, uses the app's enums, covers the topics a
case manager needs, and a malformed file is refused with a message naming the entry and the field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.careplan_library import (
    LANGUAGES,
    LibraryError,
    LibraryProblem,
    Text,
    library,
    load,
    problem,
)
from app.instruments.proposals import LIBRARY_KEY_OF, SOCIAL_NEEDS
from app.model.enums import BarrierKind, CareDomain, GoalTerm, InterventionType, ResponsibleParty

REQUIRED_TOPICS = (
    "diabetes", "heart_failure", "copd", "asthma", "depression", "anxiety", "falls_risk",
    "medication_adherence", "food_insecurity", "housing_instability", "transportation", "caregiver_strain",
    "advance_care_planning",
)


def texts(entry: LibraryProblem) -> list[tuple[str, Text]]:
    """Every text of an entry, named for the failure message."""
    found = [(f"{entry.key}.title", entry.title), (f"{entry.key}.description", entry.description)]
    if entry.self_management:
        found.append((f"{entry.key}.self_management", entry.self_management))
    if entry.referral:
        found.append((f"{entry.key}.referral", entry.referral.description))
    for goal in entry.goals:
        where = f"{entry.key}.{goal.key}"
        found += [(f"{where}.text", goal.text), (f"{where}.measure", goal.measure),
                  (f"{where}.target_value", goal.target_value)]
        for i in goal.interventions:
            found += [(f"{where}.intervention", i.description), (f"{where}.intervention", i.frequency)]
        for b in goal.barriers:
            found += [(f"{where}.barrier", b.description), (f"{where}.barrier", b.plan_to_address)]
    return found


def test_the_library_covers_the_required_topics_and_what_proposals_need():
    keys = [entry.key for entry in library()]
    assert len(keys) == len(set(keys))
    assert set(REQUIRED_TOPICS) <= set(keys)
    assert set(LIBRARY_KEY_OF.values()) <= set(keys)  # every finding proposes an entry that exists
    assert problem("diabetes") is library()[0]
    with pytest.raises(KeyError):
        problem("no_such_problem")


def test_every_text_is_in_english_and_spanish():
    for entry in library():
        for where, text in texts(entry):
            assert set(text.by_language) == set(LANGUAGES), where
            english, spanish = text.text("en"), text.text("es")
            assert english.strip() and spanish.strip(), where
            if len(english) > 12:  # short values ("0", "A1c (%)") read the same in both
                assert spanish != english, f"{where} is not translated"


def test_spanish_texts_hold_no_english():
    english_words = re.compile(r"\b(the|and|with|your|you|for|is|are|when)\b", re.I)
    for entry in library():
        for where, text in texts(entry):
            assert not english_words.search(text.text("es")), where


def test_values_are_the_apps_enums_and_shapes_are_kept():
    for entry in library():
        assert isinstance(entry.domain, CareDomain)
        assert 1 <= len(entry.goals) <= 3, entry.key
        for goal in entry.goals:
            assert isinstance(goal.term, GoalTerm) and 1 <= goal.months <= 24
            assert 2 <= len(goal.interventions) <= 4, f"{entry.key}.{goal.key}"
            for intervention in goal.interventions:
                assert isinstance(intervention.type, InterventionType)
                assert isinstance(intervention.responsible, ResponsibleParty)
            assert all(isinstance(b.kind, BarrierKind) for b in goal.barriers)


def test_self_management_lines_speak_to_the_member():
    for entry in library():
        if entry.self_management is None:
            continue
        english, spanish = entry.self_management.text("en"), entry.self_management.text("es")
        assert re.search(r"\byour?\b", english, re.I), entry.key
        assert not re.search(r"\b(tú|tu|tus|te)\b", spanish, re.I), entry.key  # usted, never tú
        sentences = [s for s in re.split(r"[.!?]\s*", english) if s]
        assert all(len(s.split()) <= 20 for s in sentences), entry.key  # short sentences for a 6th–8th grader


def test_a_printed_plan_never_mentions_abuse():
    assert problem("interpersonal_safety").self_management is None


def test_social_needs_referrals_match_the_screens_domains():
    assert {flag: problem(LIBRARY_KEY_OF[flag]).referral.resource_type for flag in SOCIAL_NEEDS} == {
        "housing": "housing", "food": "food", "transportation": "transportation", "utilities": "utilities",
        "safety": "interpersonal_safety"}
    assert all(problem(LIBRARY_KEY_OF[flag]).domain is CareDomain.SOCIAL for flag in SOCIAL_NEEDS)


def test_text_falls_back_to_english():
    assert problem("copd").title.text("fr") == "COPD: flare-ups and shortness of breath"
    assert problem("copd").title.text("es") == "EPOC: crisis y falta de aire"


# ---- a malformed file is refused, naming the entry ---------------------------------------------------------

VALID = '''
[[problem]]
key = "hiccups"
domain = "health_status"
title = { en = "Hiccups", es = "Hipo" }
description = { en = "Hiccups most days.", es = "Hipo casi todos los días." }

[[problem.goal]]
key = "fewer"
term = "short"
months = 1
text = { en = "Fewer hiccups", es = "Menos hipo" }
measure = { en = "Days with hiccups", es = "Días con hipo" }
target_value = { en = "0", es = "0" }

[[problem.goal.intervention]]
type = "education"
responsible = "nurse"
description = { en = "Teach slow breathing", es = "Enseñar la respiración lenta" }
frequency = { en = "Once", es = "Una vez" }

[[problem.goal.intervention]]
type = "monitoring"
responsible = "member"
description = { en = "Keep a log", es = "Llevar un registro" }
frequency = { en = "Daily", es = "Todos los días" }
'''


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "careplan_library.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_file_loads(tmp_path):
    [entry] = load(write(tmp_path, VALID))
    assert (entry.key, entry.domain, entry.referral, entry.self_management) == (
        "hiccups", CareDomain.HEALTH_STATUS, None, None)
    assert [i.type for i in entry.goals[0].interventions] == [InterventionType.EDUCATION,
                                                              InterventionType.MONITORING]


@pytest.mark.parametrize(("change", "message"), [
    (lambda t: t.replace(', es = "Hipo" ', " "), "problem 'hiccups', title: no text in Spanish ('es')"),
    (lambda t: t.replace('es = "Menos hipo"', 'es = "  "'),
     "problem 'hiccups', goal 'fewer', text: no text in Spanish"),
    (lambda t: t.replace('domain = "health_status"', 'domain = "helth"'),
     "problem 'hiccups', domain: 'helth' is not one of: health_status"),
    (lambda t: t.replace('responsible = "member"', 'responsible = "doctor"'),
     "problem 'hiccups', goal 'fewer', intervention #2, responsible: 'doctor' is not one of"),
    (lambda t: t.replace('term = "short"', 'term = "medium"'), "goal 'fewer', term: 'medium'"),
    (lambda t: t + t.replace("Hiccups most days", "Again"),
     "problem 'hiccups': the key is used by an earlier"),
    (lambda t: t.replace('months = 1', 'months = 0'), "months: must be a whole number from 1 to 24"),
    (lambda t: t.replace('key = "fewer"', 'key = "fewer"\ncolour = "red"'), "unknown field 'colour'"),
    (lambda t: t.replace('title = { en = "Hiccups", es = "Hipo" }', ""),
     "problem 'hiccups': missing 'title'"),
    (lambda t: t.replace('{ en = "Fewer hiccups", es = "Menos hipo" }',
                         '{ en = "Fewer hiccups", es = "Menos hipo", fr = "Moins" }'),
     "unknown language 'fr'"),
    (lambda t: t.split("[[problem.goal.intervention]]\ntype = \"monitoring\"")[0],
     "goal 'fewer': needs 2 to 4 [[intervention]] entries"),
    (lambda t: t.replace('{ en = "0", es = "0" }', '{ en = "' + "x" * 101 + '", es = "0" }'),
     "target_value (en): longer than 100 characters"),
    (lambda t: t.replace('months = 1', 'months = 1\nscore_of = "phq10"'), "'phq10' is not an installed"),
    (lambda t: t.replace('key = "hiccups"', 'key = "Hic cups"'), "key: must be lower-case letters"),
    (lambda t: t.replace("[[problem]]", "[problem]", 1), "the file: needs 1 to 1000 [[problem]] entries"),
    (lambda t: t + "\n[[problem\n", "cannot be read"),
])
def test_a_malformed_file_is_refused_naming_the_entry(tmp_path, change, message):
    with pytest.raises(LibraryError) as caught:
        load(write(tmp_path, change(VALID)))
    assert message in str(caught.value)
    assert "careplan_library.toml" in str(caught.value)


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(LibraryError, match="cannot be read"):
        load(tmp_path / "nowhere.toml")
