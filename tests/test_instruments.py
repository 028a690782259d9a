"""Instrument definitions and the scoring engine: published bands and flags, refusals that name the item,
enableWhen, and every definition a valid FHIR Questionnaire with complete Spanish text."""

from __future__ import annotations

from typing import Any

import pytest
from fhir.resources.R4B.questionnaire import Questionnaire

from app.errors import NotFound, ValidationError
from app.instruments import DefinitionError, Instrument, InvalidAnswers, available, load, questionnaire
from app.instruments.model import ORDINAL_VALUE, TRANSLATION
from app.model.enums import CareDomain

IDS = ("phq2", "phq9", "gad7", "katz_adl", "lawton_iadl", "steadi", "ahc_hrsn", "med_adherence", "caregiver",
       "initial_assessment")


def spread(prefix: str, count: int, total: int, top: int = 3, last_zero: bool = False) -> dict[str, int]:
    """Answers to ``prefix-1 … prefix-count`` adding up to ``total``, each at most ``top``."""
    answers, left = {}, total
    for n in range(1, count + 1):
        answers[f"{prefix}-{n}"] = 0 if (last_zero and n == count) else min(top, left)
        left -= answers[f"{prefix}-{n}"]
    assert left == 0, "total out of reach"
    return answers


def steadi_yes(*yes: int) -> dict[str, int]:
    return {f"steadi-{n}": int(n in yes) for n in range(1, 13)}


AHC_CLEAR = {"ahc-1": 0, "ahc-2": ["ahc-home-none"], "ahc-3": 0, "ahc-4": 0, "ahc-5": 0, "ahc-6": 0,
             "ahc-7": 1, "ahc-8": 1, "ahc-9": 1, "ahc-10": 1}


# --- definitions -------------------------------------------------------------------------------------

def test_every_instrument_is_bundled():
    assert set(available()) == set(IDS)


@pytest.mark.parametrize("instrument_id", IDS)
def test_definition_is_a_valid_fhir_questionnaire(instrument_id):
    resource = Questionnaire.model_validate(questionnaire(instrument_id))
    instrument = load(instrument_id)
    assert resource.status == "active" and resource.version == instrument.version
    assert "carefieldScoring" not in questionnaire(instrument_id)
    assert [i.linkId for i in _walk(resource.item)] == list(instrument.by_id)


@pytest.mark.parametrize("instrument_id", IDS)
def test_every_text_and_answer_has_spanish(instrument_id):
    raw = questionnaire(instrument_id)
    untranslated = [f"title of {instrument_id}"] if not _spanish(raw, "title") else []
    for item in _walk_raw(raw["item"]):
        if not _spanish(item, "text"):
            untranslated.append(item["linkId"])
        untranslated += [f"{item['linkId']} option {o['valueCoding']['code']}"
                         for o in item.get("answerOption", []) if not _spanish(o["valueCoding"], "display")]
    assert untranslated == []
    instrument = load(instrument_id)
    assert instrument.languages == ("en", "es")
    for item in instrument.by_id.values():
        assert item.text.in_language("es") != "" and item.text.in_language("fr") == item.text.en


def test_loinc_codes_where_the_instrument_has_them():
    phq9 = load("phq9")
    assert questionnaire("phq9")["code"][0]["code"] == "44249-1"
    assert [phq9.by_id[f"phq9-{n}"].code for n in range(1, 10)] == [
        "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8"]
    assert phq9.scoring.total_code == {"system": "http://loinc.org", "code": "44261-6"}
    assert questionnaire("phq2")["code"][0]["code"] == "55757-9"
    assert load("phq2").scoring.total_code["code"] == "55758-7"
    assert questionnaire("gad7")["code"][0]["code"] == "69737-5"
    assert load("gad7").scoring.total_code["code"] == "70274-6"
    assert "code" not in questionnaire("caregiver") and "code" not in questionnaire("med_adherence")


def test_the_initial_assessment_covers_the_eleven_domains_with_a_required_conclusion():
    ia = load("initial_assessment")
    assert [i.link_id for i in ia.items] == [d.value for d in CareDomain]
    for group in ia.items:
        conclusion = ia.by_id[f"{group.link_id}.conclusion"]
        assert conclusion.type == "text" and conclusion.required
        findings = [c for c in group.children if c.answerable and c is not conclusion]
        assert any(f.required for f in findings), group.link_id
    assert dict(ia.embedded) == {
        "health_status": ("steadi",), "clinical_history": ("med_adherence",),
        "functional": ("katz_adl", "lawton_iadl"), "behavioral": ("phq2", "phq9", "gad7"),
        "social": ("ahc_hrsn",), "caregiver": ("caregiver",),
    }
    assert all(i in IDS for ids in ia.embedded.values() for i in ids)


def test_loader_caches_and_refuses_unknown_ids():
    assert load("phq9") is load("phq9")
    for bad in ("nope", "../phq9", "PHQ9"):
        with pytest.raises(NotFound):
            load(bad)


# --- bands: both sides of every threshold -------------------------------------------------------------

PHQ9_BANDS = [(0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"), (14, "moderate"),
              (15, "moderately_severe"), (19, "moderately_severe"), (20, "severe"), (24, "severe")]


@pytest.mark.parametrize(("total", "band"), PHQ9_BANDS)
def test_phq9_bands(total, band):
    score = load("phq9").score(spread("phq9", 9, total, last_zero=True))
    assert (score.total, score.band, score.flags) == (total, band, ())


def test_phq9_top_score_and_item_9_flag():
    assert load("phq9").score(spread("phq9", 9, 27)).band == "severe"
    low = spread("phq9", 9, 0) | {"phq9-9": 1}
    assert load("phq9").score(low).flags == ("self_harm_risk",)
    assert load("phq9").score(low).band == "minimal"  # the alert does not wait for a high total
    assert load("phq9").score(spread("phq9", 9, 0)).flags == ()


GAD7_BANDS = [(0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"), (14, "moderate"),
              (15, "severe"), (21, "severe")]


@pytest.mark.parametrize(("total", "band"), GAD7_BANDS)
def test_gad7_bands(total, band):
    score = load("gad7").score(spread("gad7", 7, total))
    assert (score.total, score.band, score.flags) == (total, band, ())


@pytest.mark.parametrize(("total", "band", "flags"), [
    (0, "negative", ()), (2, "negative", ()), (3, "positive", ("administer_phq9",)),
    (6, "positive", ("administer_phq9",)),
])
def test_phq2_bands_and_the_give_phq9_flag(total, band, flags):
    score = load("phq2").score(spread("phq2", 2, total))
    assert (score.total, score.band, score.flags) == (total, band, flags)


@pytest.mark.parametrize(("total", "band"), [(6, "full_function"), (5, "moderate_impairment"),
                                             (3, "moderate_impairment"), (2, "severe_impairment"),
                                             (0, "severe_impairment")])
def test_katz_adl_bands(total, band):
    score = load("katz_adl").score(spread("katz", 6, total, top=1))
    assert (score.total, score.band) == (total, band)


@pytest.mark.parametrize("total", [0, 1, 7, 8])
def test_lawton_iadl_total_without_band(total):
    score = load("lawton_iadl").score(spread("lawton", 8, total, top=1))
    assert (score.total, score.band) == (total, None)


@pytest.mark.parametrize(("yes", "total", "band"), [
    ((), 0, "not_at_risk"),
    ((1,), 2, "not_at_risk"),  # a fall in the past year is worth 2
    ((1, 3), 3, "not_at_risk"),
    ((3, 4, 5), 3, "not_at_risk"),
    ((1, 2), 4, "at_risk"),  # cane or walker is worth 2 as well
    ((3, 4, 5, 6), 4, "at_risk"),
    ((2, 12), 3, "not_at_risk"),
    (tuple(range(1, 13)), 14, "at_risk"),
])
def test_steadi_weights_and_bands(yes, total, band):
    score = load("steadi").score(steadi_yes(*yes))
    assert (score.total, score.band) == (total, band)


@pytest.mark.parametrize(("changes", "flags"), [
    ({}, ()),
    ({"ahc-1": "ahc-housing-worried"}, ("housing",)),
    ({"ahc-1": "ahc-housing-none"}, ("housing",)),
    ({"ahc-2": ["ahc-home-mold", "ahc-home-leaks"]}, ("housing",)),
    ({"ahc-3": "LA6729-3"}, ("food",)),  # sometimes true
    ({"ahc-4": "LA28397-0"}, ("food",)),  # often true
    ({"ahc-5": "LA33-6"}, ("transportation",)),
    ({"ahc-6": "LA33-6"}, ("utilities",)),
    ({"ahc-6": "ahc-utilities-shut-off"}, ("utilities",)),
    ({"ahc-7": 3, "ahc-8": 3, "ahc-9": 2, "ahc-10": 2}, ()),  # safety 10: below the line
    ({"ahc-7": 3, "ahc-8": 3, "ahc-9": 3, "ahc-10": 2}, ("safety",)),  # safety 11
    ({"ahc-1": 2, "ahc-3": 1, "ahc-5": 1, "ahc-6": 1, "ahc-10": 5, "ahc-9": 5}, (
        "housing", "food", "transportation", "utilities", "safety")),
])
def test_ahc_hrsn_positive_domains(changes, flags):
    score = load("ahc_hrsn").score(AHC_CLEAR | changes)
    assert score.flags == flags
    assert (score.total, score.band) == (len(flags), "need" if flags else "no_need")


def test_ahc_hrsn_never_true_food_and_no_utilities_are_negative():
    score = load("ahc_hrsn").score(AHC_CLEAR | {"ahc-3": "LA28398-8", "ahc-4": 0, "ahc-6": "LA32-8"})
    assert (score.band, score.flags, score.subscores) == ("no_need", (), {"safety": 4})


@pytest.mark.parametrize(("answers", "total", "band"), [
    ({"madh-2": 0, "madh-3": 0, "madh-4": 0, "madh-5": 0, "madh-6": 0}, 0, "no_concern"),
    ({"madh-2": 1, "madh-3": 0, "madh-4": 0, "madh-5": 0, "madh-6": 0}, 1, "some_concern"),
    ({"madh-2": 2, "madh-3": 1, "madh-4": 0, "madh-5": 0, "madh-6": 0}, 3, "some_concern"),
    ({"madh-2": 2, "madh-3": 1, "madh-4": 1, "madh-5": 0, "madh-6": 0}, 4, "high_concern"),
    ({"madh-2": 3, "madh-3": 2, "madh-4": 1, "madh-5": 1, "madh-6": 1}, 8, "high_concern"),
])
def test_med_adherence_bands(answers, total, band):
    score = load("med_adherence").score({"madh-1": 1} | answers)
    assert (score.total, score.band) == (total, band)


def test_med_adherence_flags_name_what_to_work_on():
    score = load("med_adherence").score({"madh-1": 1, "madh-2": 1, "madh-3": 0, "madh-4": 0, "madh-5": 1,
                                         "madh-6": 0})
    assert score.flags == ("cost_barrier",)
    assert load("med_adherence").score({"madh-1": 1, "madh-2": 2, "madh-3": 2, "madh-4": 1, "madh-5": 0,
                                        "madh-6": 1}).flags == (
        "missed_doses", "knowledge_gap", "self_adjusting", "access_barrier")


@pytest.mark.parametrize(("answers", "total", "band"), [
    ({"cg-2": 0, "cg-3": 0, "cg-4": 0, "cg-5": 0}, 0, "adequate"),
    ({"cg-2": 1, "cg-3": 1, "cg-4": 0, "cg-5": 0}, 2, "adequate"),
    ({"cg-2": 2, "cg-3": 1, "cg-4": 0, "cg-5": 0}, 3, "limited"),
    ({"cg-2": 2, "cg-3": 1, "cg-4": 1, "cg-5": 1}, 5, "limited"),
    ({"cg-2": 3, "cg-3": 1, "cg-4": 1, "cg-5": 1}, 6, "insufficient"),
    ({"cg-2": 3, "cg-3": 2, "cg-4": 2, "cg-5": 1}, 8, "insufficient"),
])
def test_caregiver_bands_with_a_helper(answers, total, band):
    score = load("caregiver").score({"cg-1": 1} | answers)
    assert (score.total, score.band) == (total, band)


def test_caregiver_without_a_helper():
    needs = load("caregiver").score({"cg-1": 0, "cg-7": 1})
    assert (needs.total, needs.band, needs.flags) == (6, "insufficient", ("needs_help_at_home",))
    fine = load("caregiver").score({"cg-1": 0, "cg-7": 0})
    assert (fine.total, fine.band, fine.flags) == (0, "adequate", ())


# --- refusals ----------------------------------------------------------------------------------------

def test_missing_answers_are_named():
    answers = spread("phq9", 9, 5)
    del answers["phq9-4"], answers["phq9-9"]
    with pytest.raises(InvalidAnswers) as caught:
        load("phq9").score(answers)
    assert caught.value.problems == (("phq9-4", "is required"), ("phq9-9", "is required"))
    assert isinstance(caught.value, ValidationError) and "phq9-4 is required" in str(caught.value)


@pytest.mark.parametrize(("instrument_id", "link_id", "value", "problem"), [
    ("phq9", "phq9-3", 4, "must be one of: 0, 1, 2, 3"),
    ("phq9", "phq9-3", -1, "must be one of: 0, 1, 2, 3"),
    ("phq9", "phq9-3", "LA33-6", "must be one of: 0, 1, 2, 3"),
    ("phq9", "phq9-3", True, "must be one of: 0, 1, 2, 3"),
    ("phq9", "phq9-3", [1, 2], "takes one answer"),
    ("gad7", "gad7-7", 9, "must be one of: 0, 1, 2, 3"),
    ("katz_adl", "katz-2", 2, "must be one of: 0, 1"),
    ("ahc_hrsn", "ahc-7", 0, "must be one of: 1, 2, 3, 4, 5"),
    ("ahc_hrsn", "ahc-2", ["ahc-home-none", "ahc-home-mold"],
     "cannot combine “None of the above” with other answers"),
    ("phq9", "phq9-intro", 1, "takes no answer"),
    ("phq9", "phq9-99", 1, "is not an item of this instrument"),
])
def test_out_of_range_answers_are_named(instrument_id, link_id, value, problem):
    instrument = load(instrument_id)
    valid = {q.link_id: q.options[0].code for q in instrument.questions if q.required}
    with pytest.raises(InvalidAnswers) as caught:
        instrument.score(valid | {link_id: value})
    assert caught.value.problems == ((link_id, problem),)


def test_every_problem_is_listed_in_item_order():
    with pytest.raises(InvalidAnswers) as caught:
        load("gad7").score({"gad7-7": 5, "gad7-1": 0, "gad7-2": 0, "gad7-3": 0, "gad7-4": 0, "gad7-6": "x"})
    assert caught.value.link_ids == ("gad7-5", "gad7-6", "gad7-7")


def test_typed_findings_are_checked():
    ia = load("initial_assessment")
    with pytest.raises(InvalidAnswers) as caught:
        ia.check({"health_status.pain": 11, "clinical_history.admissions": "two",
                  "health_status.conditions": "x" * 4001}, partial=True)
    assert caught.value.problems == (
        ("health_status.conditions", "must be at most 4000 characters"),
        ("health_status.pain", "must be between 0 and 10"),
        ("clinical_history.admissions", "must be a whole number"),
    )


def test_codes_and_scores_are_the_same_answer():
    by_score = load("phq9").score({f"phq9-{n}": 1 for n in range(1, 10)})
    by_code = load("phq9").score({f"phq9-{n}": "LA6569-3" for n in range(1, 10)})
    assert by_score == by_code
    assert load("phq9").check({"phq9-1": 2}, partial=True) == {"phq9-1": "LA6570-1"}


def test_a_partial_score_runs_without_a_band():
    partial = load("phq9").score({"phq9-1": 3, "phq9-9": 1}, partial=True)
    assert (partial.total, partial.band, partial.flags) == (4, None, ("self_harm_risk",))


# --- enableWhen ----------------------------------------------------------------------------------------

def test_a_no_hides_the_rest_of_the_medication_check():
    med = load("med_adherence")
    assert med.enabled({"madh-1": "LA32-8"}) == {"madh-1"}
    # answers left on hidden items are neither required nor scored
    score = med.score({"madh-1": 0, "madh-2": 3, "madh-5": 1})
    assert (score.total, score.band, score.flags) == (None, "not_applicable", ())
    assert med.kept(med.check({"madh-1": 0, "madh-2": 3})) == {"madh-1": "LA32-8"}


def test_a_yes_shows_and_requires_the_rest():
    with pytest.raises(InvalidAnswers) as caught:
        load("med_adherence").score({"madh-1": 1, "madh-2": 0})
    assert caught.value.link_ids == ("madh-3", "madh-4", "madh-5", "madh-6")


def test_caregiver_branches_show_one_side_only():
    cg = load("caregiver")
    assert "cg-7" not in cg.enabled(cg.check({"cg-1": 1}, partial=True))
    assert cg.enabled(cg.check({"cg-1": 0}, partial=True)) == {"cg-1", "cg-7"}
    with pytest.raises(InvalidAnswers) as caught:
        cg.score({"cg-1": 0})
    assert caught.value.link_ids == ("cg-7",)


def test_phq9_difficulty_shows_only_when_a_problem_was_checked():
    phq9 = load("phq9")
    none = phq9.check(spread("phq9", 9, 0))
    assert "phq9-10" not in phq9.enabled(none)
    some = phq9.check(spread("phq9", 9, 1))
    assert "phq9-10" in phq9.enabled(some)
    assert phq9.score(some | {"phq9-10": "very-difficult"}).total == 1  # recorded, not scored


def test_enable_behaviour_any_all_and_cascades_in_the_initial_assessment():
    ia = load("initial_assessment")

    def shown(**answers: Any) -> frozenset[str]:
        return ia.enabled(ia.check({k.replace("__", "."): v for k, v in answers.items()}, partial=True))

    assert "vision_hearing.accommodations" not in shown(vision_hearing__vision="LA32-8",
                                                        vision_hearing__hearing="LA32-8")
    assert "vision_hearing.accommodations" in shown(vision_hearing__vision="LA32-8",
                                                    vision_hearing__hearing="LA33-6")
    assert "behavioral.cognition_notes" not in shown(behavioral__cognition="cognition-none")
    assert "behavioral.cognition_notes" in shown(behavioral__cognition="cognition-some")
    discussed = shown(life_planning__status="life-planning-discussed", life_planning__surrogate="LA33-6")
    assert {"life_planning.advance_directive", "life_planning.surrogate_name"} <= discussed
    # deferring hides the surrogate question, and with it the name that depended on it
    deferred = shown(life_planning__status="life-planning-deferred", life_planning__surrogate="LA33-6")
    hidden = {"life_planning.advance_directive", "life_planning.surrogate", "life_planning.surrogate_name"}
    assert not hidden & deferred


def test_the_initial_assessment_requires_every_conclusion():
    ia = load("initial_assessment")
    with pytest.raises(InvalidAnswers) as caught:
        ia.score({})
    missing = set(caught.value.link_ids)
    assert {f"{d.value}.conclusion" for d in CareDomain} <= missing
    assert "life_planning.advance_directive" not in missing  # hidden until life planning is discussed


# --- definition mistakes are caught at load -----------------------------------------------------------

@pytest.mark.parametrize(("scoring", "message"), [
    ({"total": {"sum": ["q-9"]}}, "not a scored item"),
    ({"total": {"sum": ["q-1"]},
      "bands": [{"band": "a", "min": 0, "max": 1}, {"band": "b", "min": 3, "max": 3}]}, "gap or overlap"),
    ({"total": {"sum": ["q-1"]}, "weights": {"q-2": 2}}, "not summed"),
    ({"flags": [{"flag": "f", "anyOf": [{"of": "subscore:none", "min": 1}]}]}, "bad threshold"),
])
def test_scoring_mistakes_are_definition_errors(scoring, message):
    options = [{"valueCoding": {"system": "x", "code": str(n)},
                "extension": [{"url": ORDINAL_VALUE, "valueDecimal": n}]} for n in range(2)]
    items = [{"linkId": f"q-{n}", "type": "choice", "text": "?", "answerOption": options} for n in (1, 2)]
    raw = {"id": "q", "version": "1", "url": "u", "title": "Q", "carefieldScoring": scoring, "item": items}
    with pytest.raises(DefinitionError, match=message):
        Instrument.from_definition(raw)


def _spanish(element: dict[str, Any], key: str) -> str:
    for ext in element.get(f"_{key}", {}).get("extension", []):
        if ext["url"] == TRANSLATION:
            parts = {p["url"]: p.get("valueCode") or p.get("valueString") for p in ext["extension"]}
            if parts.get("lang") == "es":
                return str(parts.get("content") or "").strip()
    return ""


def _walk_raw(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [x for i in items for x in (i, *_walk_raw(i.get("item", [])))]


def _walk(items: Any) -> list[Any]:
    return [x for i in items or [] for x in (i, *_walk(i.item))]
