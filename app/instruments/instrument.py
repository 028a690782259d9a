"""An instrument: its items, which of them show, and the score a set of answers earns."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.instruments.answers import MISSING, UNKNOWN, InvalidAnswers, Problem, clean
from app.instruments.enable_when import enabled_ids
from app.instruments.model import DefinitionError, Item, Text, instrument_id_of, parse_items, text_of
from app.instruments.scoring import Score, Scoring, parse_scoring

SCORING_KEY = "carefieldScoring"


@dataclass(frozen=True, slots=True)
class Instrument:
    id: str
    version: str
    url: str
    title: Text
    items: tuple[Item, ...]
    scoring: Scoring
    by_id: Mapping[str, Item]
    parents: Mapping[str, str | None]

    @classmethod
    def from_definition(cls, raw: Mapping[str, Any]) -> Instrument:
        items = parse_items(raw["item"])
        by_id: dict[str, Item] = {}
        parents: dict[str, str | None] = {}
        for top in items:
            _index(top, None, by_id, parents)
        return cls(
            id=instrument_id_of(raw["id"]), version=raw["version"], url=raw["url"],
            title=text_of(raw, "title"), items=items, scoring=parse_scoring(raw.get(SCORING_KEY), by_id),
            by_id=by_id, parents=parents,
        )

    @property
    def questions(self) -> tuple[Item, ...]:
        """Every item a person answers, in the order they are asked."""
        return tuple(i for i in self.by_id.values() if i.answerable)

    @property
    def languages(self) -> tuple[str, ...]:
        return ("en", *sorted(self.title.translations))

    @property
    def embedded(self) -> Mapping[str, tuple[str, ...]]:
        """For each group (domain) that embeds standard instruments, their ids, in order."""
        found: dict[str, tuple[str, ...]] = {}
        for item in self.by_id.values():
            if item.embeds:
                group = self.parents[item.link_id] or ""
                found[group] = (*found.get(group, ()), item.embeds)
        return found

    def enabled(self, answers: Mapping[str, Any]) -> frozenset[str]:
        """The linkIds that show, given (already checked) answers."""
        return enabled_ids(self.items, self.parents, answers)

    def check(self, answers: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
        """The answers in stored form (choice codes; blanks dropped), or ``InvalidAnswers`` naming each
        bad one. ``partial`` (an assessment still in progress) does not ask for missing answers."""
        cleaned, problems = self._clean(answers)
        if not partial:
            bad = {link_id for link_id, _ in problems}
            problems += [(link_id, MISSING) for link_id in self.missing(cleaned) if link_id not in bad]
        if problems:
            order = {link_id: n for n, link_id in enumerate(self.by_id)}
            raise InvalidAnswers(self.id, sorted(problems, key=lambda p: order.get(p[0], len(order))))
        return cleaned

    def missing(self, cleaned: Mapping[str, Any]) -> list[str]:
        """Required questions that show and have no answer yet; hidden ones are never required."""
        shown = self.enabled(cleaned)
        return [q.link_id for q in self.questions
                if q.required and q.link_id in shown and q.link_id not in cleaned]

    def kept(self, cleaned: Mapping[str, Any]) -> dict[str, Any]:
        """Only the answers to items that show: what a completed response keeps."""
        shown = self.enabled(cleaned)
        return {k: v for k, v in cleaned.items() if k in shown}

    def score(self, answers: Mapping[str, Any], *, partial: bool = False) -> Score:
        """Score the answers (keyed by linkId). Missing or invalid answers raise ``InvalidAnswers``;
        with ``partial``, missing ones are allowed and the score is the running one, without a band."""
        cleaned = self.check(answers, partial=partial)
        shown = self.enabled(cleaned)
        item_scores = {
            link_id: self.item_score(link_id, value)
            for link_id, value in cleaned.items()
            if link_id in shown and self.by_id[link_id].scored
        }
        return self.scoring.evaluate(item_scores, complete=not self.missing(cleaned))

    def item_score(self, link_id: str, value: Any) -> int:
        item = self.by_id[link_id]
        codes = value if isinstance(value, list) else [value]
        return max(item.option(code).score or 0 for code in codes)  # type: ignore[union-attr]

    def _clean(self, answers: Mapping[str, Any]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
        cleaned: dict[str, Any] = {}
        problems: list[tuple[str, str]] = []
        for link_id, value in answers.items():
            item = self.by_id.get(link_id)
            if item is None:
                problems.append((link_id, UNKNOWN))
                continue
            try:
                value = clean(item, value)
            except Problem as problem:
                problems.append((link_id, str(problem)))
                continue
            if value is not None:
                cleaned[link_id] = value
        return cleaned, problems


def _index(item: Item, parent: str | None, by_id: dict[str, Item], parents: dict[str, str | None]) -> None:
    if item.link_id in by_id:
        raise DefinitionError(f"linkId {item.link_id} is used twice")
    by_id[item.link_id] = item
    parents[item.link_id] = parent
    for child in item.children:
        _index(child, item.link_id, by_id, parents)
