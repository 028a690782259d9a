"""Finding and reading the definitions in resources/instruments/<id>.json."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from app.errors import NotFound
from app.instruments.instrument import SCORING_KEY, Instrument
from app.instruments.model import DefinitionError
from app.resources import resource_path

_ID = re.compile(r"[a-z][a-z0-9_]{0,39}")


def directory() -> Path:
    return resource_path("instruments")


def available() -> tuple[str, ...]:
    """The ids of every bundled instrument, sorted."""
    return tuple(sorted(p.stem for p in directory().glob("*.json")))


def definition(instrument_id: str) -> dict[str, Any]:
    """The definition as stored: a FHIR Questionnaire plus the ``carefieldScoring`` key."""
    path = directory() / f"{instrument_id}.json"
    if not _ID.fullmatch(instrument_id) or not path.is_file():
        raise NotFound("instrument", instrument_id)
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return raw


def questionnaire(instrument_id: str) -> dict[str, Any]:
    """The plain FHIR R4 Questionnaire (what an export or a FHIR validator sees)."""
    return {k: v for k, v in definition(instrument_id).items() if k != SCORING_KEY}


@cache
def load(instrument_id: str) -> Instrument:
    """The instrument, read once per process (definitions do not change while the app runs)."""
    raw = definition(instrument_id)
    instrument = Instrument.from_definition(raw)
    if instrument.id != instrument_id:
        raise DefinitionError(f"{instrument_id}.json holds the instrument {instrument.id}")
    return instrument
