"""An instrument's items, read once from its FHIR Questionnaire JSON into frozen values.

Only the parts of the Questionnaire the engine uses are read: linkId, type, text and its translations,
required, repeats, maxLength, min/max value, answer options with their scores, enableWhen, nested items,
and the SDC sub-questionnaire reference that embeds one instrument in another.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation"
ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue"
OPTION_EXCLUSIVE = "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive"
MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue"
MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue"
SUB_QUESTIONNAIRE = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-subQuestionnaire"

# Item types a person answers; "group" and "display" only hold or show other things.
ANSWERABLE = frozenset({"boolean", "decimal", "integer", "date", "string", "text", "choice"})


class DefinitionError(ValueError):
    """An instrument definition the engine cannot use (a packaging bug, not a user's mistake)."""


@dataclass(frozen=True, slots=True)
class Text:
    """One text in English and its translations, keyed by language code."""

    en: str
    translations: Mapping[str, str]

    def in_language(self, language: str) -> str:
        return self.translations.get(language) or self.en


@dataclass(frozen=True, slots=True)
class Option:
    code: str
    system: str
    text: Text
    score: int | None  # the ordinalValue; None for an option that is recorded, not scored
    exclusive: bool = False  # e.g. "None of the above": no other option may be chosen with it


@dataclass(frozen=True, slots=True)
class Condition:
    """One enableWhen: the item shows when ``question``'s answer compares to ``answer`` by ``operator``."""

    question: str
    operator: str
    answer: Any  # an option code, a bool, a number or a string


@dataclass(frozen=True, slots=True)
class Item:
    link_id: str
    type: str
    text: Text
    required: bool = False
    repeats: bool = False
    options: tuple[Option, ...] = ()
    enable_when: tuple[Condition, ...] = ()
    enable_any: bool = False  # enableBehavior "any" (else "all")
    children: tuple[Item, ...] = ()
    code: str | None = None  # LOINC, where the instrument has one
    min_value: int | None = None
    max_value: int | None = None
    max_length: int | None = None
    embeds: str | None = None  # the id of an instrument this display item stands for

    @property
    def answerable(self) -> bool:
        return self.type in ANSWERABLE

    @property
    def scored(self) -> bool:
        """Its options carry scores, so a number can stand for an answer (the CLI, the runner's digits)."""
        return bool(self.options) and all(o.score is not None for o in self.options)

    def option(self, code: str) -> Option | None:
        return next((o for o in self.options if o.code == code), None)

    def option_scored(self, score: int) -> Option | None:
        """The first option worth ``score``: several Lawton options share a score, any of them will do."""
        return next((o for o in self.options if o.score == score), None)

    def walk(self) -> Iterator[Item]:
        yield self
        for child in self.children:
            yield from child.walk()


def parse_items(raw_items: list[dict[str, Any]]) -> tuple[Item, ...]:
    return tuple(_item(raw) for raw in raw_items)


def text_of(element: Mapping[str, Any], key: str) -> Text:
    """``element[key]`` with the translations the FHIR translation extension on ``_key`` carries."""
    translations: dict[str, str] = {}
    for ext in element.get(f"_{key}", {}).get("extension", []):
        if ext.get("url") == TRANSLATION:
            parts = {p["url"]: p.get("valueCode") or p.get("valueString") for p in ext.get("extension", [])}
            translations[str(parts["lang"])] = str(parts["content"])
    return Text(en=str(element.get(key, "")), translations=translations)


def _item(raw: dict[str, Any]) -> Item:
    ext = _extensions(raw)
    codes = raw.get("code") or [{}]
    return Item(
        link_id=raw["linkId"],
        type=raw["type"],
        text=text_of(raw, "text"),
        required=bool(raw.get("required", False)),
        repeats=bool(raw.get("repeats", False)),
        options=tuple(_option(o) for o in raw.get("answerOption", [])),
        enable_when=tuple(_condition(c) for c in raw.get("enableWhen", [])),
        enable_any=raw.get("enableBehavior") == "any",
        children=parse_items(raw.get("item", [])),
        code=codes[0].get("code"),
        min_value=ext.get(MIN_VALUE, {}).get("valueInteger"),
        max_value=ext.get(MAX_VALUE, {}).get("valueInteger"),
        max_length=raw.get("maxLength"),
        embeds=_embedded_id(ext.get(SUB_QUESTIONNAIRE, {}).get("valueCanonical")),
    )


def _option(raw: dict[str, Any]) -> Option:
    coding = raw.get("valueCoding")
    if coding is None:
        raise DefinitionError("answer options must be codings (valueCoding)")
    ext = _extensions(raw)
    score = ext.get(ORDINAL_VALUE, {}).get("valueDecimal")
    if score is not None and score != int(score):
        raise DefinitionError(f"option {coding['code']}: scores are whole numbers")
    return Option(
        code=coding["code"],
        system=coding.get("system", ""),
        text=text_of(coding, "display"),
        score=None if score is None else int(score),
        exclusive=bool(ext.get(OPTION_EXCLUSIVE, {}).get("valueBoolean", False)),
    )


def _condition(raw: dict[str, Any]) -> Condition:
    answer_keys = [k for k in raw if k.startswith("answer")]
    if len(answer_keys) != 1:
        raise DefinitionError(f"enableWhen on {raw.get('question')} needs exactly one answer[x]")
    answer = raw[answer_keys[0]]
    if answer_keys[0] == "answerCoding":
        answer = answer["code"]
    return Condition(question=raw["question"], operator=raw["operator"], answer=answer)


def _extensions(raw: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    return {e["url"]: e for e in raw.get("extension", [])}


def instrument_id_of(fhir_id: str) -> str:
    """Carefield ids use ``_`` (``katz_adl``), which a FHIR id may not hold: there it is ``katz-adl``."""
    return fhir_id.replace("-", "_")


def fhir_id_of(instrument_id: str) -> str:
    return instrument_id.replace("_", "-")


def _embedded_id(canonical: str | None) -> str | None:
    """``https://…/Questionnaire/katz-adl|1.0`` → ``katz_adl``."""
    if not canonical:
        return None
    return instrument_id_of(canonical.split("|", 1)[0].rstrip("/").rsplit("/", 1)[-1])
