"""The declarative scoring section (``carefieldScoring``) and what it computes.

    "carefieldScoring": {
      "total":     {"sum": ["phq9-1", …], "code": {"system": "http://loinc.org", "code": "44261-6"}}
                   or {"countFlags": ["housing", "food", …]},
      "weights":   {"steadi-1": 2},                 # multiplies an item's score in sums; default 1
      "subscores": {"phq2": {"sum": ["phq9-1", "phq9-2"]}},
      "bands":     [{"band": "minimal", "min": 0, "max": 4}, …],   # on the total, no gaps or overlaps
      "noneScored": "not_applicable",              # the band when every summed item was skipped
      "flags":     [{"flag": "self_harm_risk", "anyOf": [{"of": "item:phq9-9", "min": 1}]}]
    }

Every key is optional. An item's score is its chosen option's ordinalValue (the highest chosen, for a
question that repeats). Only shown, answered items count: a skipped item adds nothing and raises nothing.
A threshold (``of``: ``item:<linkId>``, ``subscore:<name>`` or ``total``; ``min`` and/or ``max``,
inclusive) compares the unweighted item score, the subscore or the summed total.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from app.instruments.model import DefinitionError, Item


@dataclass(frozen=True, slots=True)
class Score:
    total: int | None
    band: str | None
    flags: tuple[str, ...]
    subscores: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Band:
    name: str
    low: int
    high: int


@dataclass(frozen=True, slots=True)
class Threshold:
    of: str
    low: int | None
    high: int | None

    def met(self, value: int | None) -> bool:
        return value is not None and (self.low is None or value >= self.low) and (
            self.high is None or value <= self.high)


@dataclass(frozen=True, slots=True)
class FlagRule:
    flag: str
    any_of: tuple[Threshold, ...]


@dataclass(frozen=True, slots=True)
class Scoring:
    summed: tuple[str, ...] = ()
    counted_flags: tuple[str, ...] = ()
    total_code: Mapping[str, str] | None = None
    weights: Mapping[str, int] = field(default_factory=dict)
    subscores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    bands: tuple[Band, ...] = ()
    none_scored: str | None = None
    flags: tuple[FlagRule, ...] = ()

    @property
    def has_total(self) -> bool:
        return bool(self.summed or self.counted_flags)

    @property
    def band_names(self) -> tuple[str, ...]:
        return tuple(b.name for b in self.bands)

    def evaluate(self, item_scores: Mapping[str, int], *, complete: bool) -> Score:
        """Score the shown, answered items. Without every required answer (``complete`` false) the total
        and flags are what has been answered so far, and there is no band yet."""
        subscores = {name: s for name, ids in self.subscores.items()
                     if (s := self._sum(ids, item_scores)) is not None}
        total = self._sum(self.summed, item_scores) if self.summed else None
        values: dict[str, int | None] = {f"item:{k}": v for k, v in item_scores.items()}
        values |= {f"subscore:{k}": v for k, v in subscores.items()}
        values["total"] = total
        flags = tuple(r.flag for r in self.flags if any(t.met(values.get(t.of)) for t in r.any_of))
        if self.counted_flags:
            total = sum(1 for f in flags if f in self.counted_flags)
        band = self._band(total) if complete else None
        return Score(total=total, band=band, flags=flags, subscores=subscores)

    def _sum(self, ids: tuple[str, ...], item_scores: Mapping[str, int]) -> int | None:
        present = [item_scores[i] * self.weights.get(i, 1) for i in ids if i in item_scores]
        return sum(present) if present else None

    def _band(self, total: int | None) -> str | None:
        if total is None:
            return self.none_scored
        return next((b.name for b in self.bands if b.low <= total <= b.high), None)


def parse_scoring(raw: Mapping[str, Any] | None, items: Mapping[str, Item]) -> Scoring:
    """Read and check a scoring section against the instrument's items; a mistake is a DefinitionError."""
    if not raw:
        return Scoring()
    total = raw.get("total", {})
    scoring = Scoring(
        summed=tuple(total.get("sum", ())),
        counted_flags=tuple(total.get("countFlags", ())),
        total_code=total.get("code"),
        weights=dict(raw.get("weights", {})),
        subscores={name: tuple(s["sum"]) for name, s in raw.get("subscores", {}).items()},
        bands=tuple(Band(b["band"], b["min"], b["max"]) for b in raw.get("bands", ())),
        none_scored=raw.get("noneScored"),
        flags=tuple(
            FlagRule(f["flag"], tuple(Threshold(t["of"], t.get("min"), t.get("max")) for t in f["anyOf"]))
            for f in raw.get("flags", ())
        ),
    )
    _check(scoring, items)
    return scoring


def _check(scoring: Scoring, items: Mapping[str, Item]) -> None:
    summed = {*scoring.summed, *(i for ids in scoring.subscores.values() for i in ids)}
    for link_id in summed | {t.of[5:] for r in scoring.flags for t in r.any_of if t.of.startswith("item:")}:
        if link_id not in items or not items[link_id].scored:
            raise DefinitionError(f"scoring names {link_id}, which is not a scored item")
    if set(scoring.weights) - summed:
        raise DefinitionError("weights name items that are not summed")
    if scoring.summed and scoring.counted_flags:
        raise DefinitionError("a total is either a sum or a count of flags")
    flag_names = {r.flag for r in scoring.flags}
    if set(scoring.counted_flags) - flag_names:
        raise DefinitionError("countFlags names a flag that is not defined")
    for rule in scoring.flags:
        for t in rule.any_of:
            known = t.of.startswith("item:") or t.of.removeprefix("subscore:") in scoring.subscores or (
                t.of == "total" and bool(scoring.summed))
            if not known or (t.low is None and t.high is None):
                raise DefinitionError(f"flag {rule.flag}: bad threshold on {t.of}")
    _check_bands(scoring.bands)


def _check_bands(bands: tuple[Band, ...]) -> None:
    for band in bands:
        if band.low > band.high:
            raise DefinitionError(f"band {band.name} ends before it starts")
    for before, after in pairwise(bands):
        if after.low != before.high + 1:
            raise DefinitionError(f"bands {before.name} and {after.name} leave a gap or overlap")
