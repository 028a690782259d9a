"""Completed assessments: a QuestionnaireResponse each, and an Observation for each score with a total.

Answers follow the instrument's item tree (groups hold their answered children). A total is coded with
the LOINC code the instrument definition names (PHQ-9 44261-6, GAD-7 70274-6, PHQ-2 55758-7) and with
a local code otherwise; its band is the interpretation.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.errors import NotFound
from app.fhir.common import (
    Collector,
    coding,
    concept,
    derived_id,
    instant,
    local,
    local_concept,
)
from app.instruments import Instrument, load
from app.instruments.model import Item
from app.model.assessment import AssessmentResponse

OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"


def assessment(c: Collector, row: AssessmentResponse) -> None:
    """The response and its score Observation (when the instrument has a total). Unknown instruments
    (a definition this build does not ship) still export their answers, without item structure."""
    try:
        instrument: Instrument | None = load(row.instrument_id)
    except NotFound:
        instrument = None
    response = c.add(row.id, {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": f"{instrument.url}|{row.instrument_version}" if instrument else None,
        "status": "completed",
        "subject": c.patient,
        "encounter": _encounter(c, row.encounter_id),
        "authored": instant(row.completed_at),
        "author": c.user(row.completed_by),
        "language": row.language,
        "item": _items(instrument.items, row.answers) if instrument else _flat(row.answers),
    }, row)
    if row.total is not None:
        _score(c, row, instrument, response)


def _score(c: Collector, row: AssessmentResponse, instrument: Instrument | None,
           response: dict[str, str]) -> None:
    total_code = instrument.scoring.total_code if instrument else None
    code = coding(total_code["system"], total_code["code"]) if total_code else local(
        "score", f"{row.instrument_id}_total", f"{row.instrument_id} total score")
    c.add(derived_id("score", row.id), {
        "resourceType": "Observation",
        "status": "final",
        "category": [concept(coding(OBSERVATION_CATEGORY, "survey", "Survey"))],
        "code": concept(code),
        "subject": c.patient,
        "encounter": _encounter(c, row.encounter_id),
        "effectiveDateTime": instant(row.completed_at),
        "performer": [p] if (p := c.user(row.completed_by)) else [],
        "valueInteger": row.total,
        "interpretation": [local_concept("score-band", row.band)] if row.band else [],
        "derivedFrom": [response],
        "component": [{"code": local_concept("score", f"{row.instrument_id}_{name}"), "valueInteger": value}
                      for name, value in sorted((row.subscores or {}).items()) if isinstance(value, int)],
    }, row)


def _encounter(c: Collector, encounter_id: str | None) -> dict[str, str] | None:
    """Only an exported Encounter (a contact attempt became a Communication, a draft was left out)."""
    resource = c.resources.get(encounter_id or "")
    return {"reference": f"urn:uuid:{encounter_id}"} if resource and resource["resourceType"] == "Encounter" \
        else None


def _items(items: tuple[Item, ...], answers: Mapping[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for item in items:
        if item.type == "group":
            children = _items(item.children, answers)
            if children:
                found.append({"linkId": item.link_id, "text": item.text.en, "item": children})
        elif item.answerable and item.link_id in answers:
            values = [_answer(item, v) for v in _as_list(answers[item.link_id])]
            found.append({"linkId": item.link_id, "text": item.text.en,
                          "answer": [v for v in values if v]})
    return [f for f in found if f.get("item") or f.get("answer")]


def _answer(item: Item, value: Any) -> dict[str, Any] | None:
    if item.type == "choice":
        option = item.option(str(value)) if isinstance(value, str) else item.option_scored(int(value))
        if option is None:
            return None
        return {"valueCoding": {"system": option.system or None, "code": option.code,
                                "display": option.text.en}}
    key = {"boolean": "valueBoolean", "decimal": "valueDecimal", "integer": "valueInteger",
           "date": "valueDate"}.get(item.type, "valueString")
    return {key: value if key != "valueString" else str(value)}


def _flat(answers: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [{"linkId": k, "answer": [{"valueString": str(v)} for v in _as_list(value)]}
            for k, value in answers.items()]


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]
