"""Vital signs taken at a visit: impossible values are refused, abnormal ones flagged.

Limits are wide on purpose: they catch a slipped key (a systolic of 1200), not an alarming reading,
which is recorded and flagged so the nurse acts on it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from app.errors import ValidationError

# Outside these a value cannot be a real reading: refused.
VITAL_LIMITS: dict[str, tuple[float, float]] = {
    "systolic": (50, 300),
    "diastolic": (20, 200),
    "heart_rate": (20, 300),
    "respirations": (4, 80),
    "temperature_f": (80, 115),
    "spo2": (50, 100),
    "weight_lb": (1, 1000),
    "glucose_mg_dl": (10, 2000),
    "pain": (0, 10),
}
# Outside these a reading is abnormal: recorded and flagged. Weight has no normal range without height.
VITAL_NORMAL: dict[str, tuple[float, float]] = {
    "systolic": (90, 139),
    "diastolic": (60, 89),
    "heart_rate": (60, 100),
    "respirations": (12, 20),
    "temperature_f": (97.0, 100.3),
    "spo2": (95, 100),
    "glucose_mg_dl": (70, 180),
    "pain": (0, 3),
}
WHOLE_NUMBERS = frozenset({"systolic", "diastolic", "heart_rate", "respirations", "spo2", "pain"})


def parse_vitals(value: Any) -> dict[str, float]:
    """A mapping of vital key → number; blanks dropped. Errors name the field as ``vitals.<key>``."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ValidationError("vitals", "must map each vital sign to a number")
    out: dict[str, float] = {}
    for key, raw in value.items():
        if key not in VITAL_LIMITS:
            raise ValidationError(f"vitals.{key}", "is not a vital sign Carefield records")
        number = _number(f"vitals.{key}", raw)
        if number is not None:
            out[key] = _checked(key, number)
    _check_pressure(out)
    return out


def abnormal(vitals: Mapping[str, float]) -> tuple[str, ...]:
    """The keys whose readings fall outside the normal range, in the order VITAL_LIMITS lists them."""
    flagged = []
    for key in VITAL_LIMITS:
        if key in vitals and key in VITAL_NORMAL:
            low, high = VITAL_NORMAL[key]
            if not low <= vitals[key] <= high:
                flagged.append(key)
    return tuple(flagged)


def _number(field: str, raw: Any) -> float | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool):
        raise ValidationError(field, "must be a number")
    try:
        number = float(raw.strip().replace(",", ".")) if isinstance(raw, str) else float(raw)
    except (TypeError, ValueError):
        raise ValidationError(field, "must be a number") from None
    if not math.isfinite(number):
        raise ValidationError(field, "must be a number")
    return number


def _checked(key: str, number: float) -> float:
    low, high = VITAL_LIMITS[key]
    if not low <= number <= high:
        raise ValidationError(f"vitals.{key}", f"must be between {low:g} and {high:g}")
    if key in WHOLE_NUMBERS:
        if number != int(number):
            raise ValidationError(f"vitals.{key}", "must be a whole number")
        return int(number)
    return round(number, 1)


def _check_pressure(vitals: dict[str, float]) -> None:
    systolic, diastolic = vitals.get("systolic"), vitals.get("diastolic")
    if (systolic is None) != (diastolic is None):
        missing = "diastolic" if diastolic is None else "systolic"
        raise ValidationError(f"vitals.{missing}", "is needed with the other blood pressure value")
    if systolic is not None and diastolic is not None and diastolic >= systolic:
        raise ValidationError("vitals.diastolic", "must be lower than the systolic pressure")
