"""Field rules shared by every service and every form: one place says what a valid value is.

A spec maps field names to ``Field`` rules; ``clean`` turns raw input (typed values, or text from a
form or the CLI) into stored values, or raises ValidationError naming the field. Messages describe
the rule, never echo the value (it may be PHI).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.errors import ValidationError

Parser = Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class Field:
    parse: Parser
    required: bool = False
    label: str = ""


def clean(spec: Mapping[str, Field], data: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """Validate ``data`` against ``spec``. ``partial`` (an update) checks only the fields given."""
    unknown = sorted(set(data) - set(spec))
    if unknown:
        raise ValidationError(unknown[0], "is not a field that can be set here")
    out: dict[str, Any] = {}
    for name, rule in spec.items():
        if name not in data:
            if rule.required and not partial:
                raise ValidationError(name, "is required")
            continue
        value = data[name]
        if _is_blank(value):
            if rule.required:
                raise ValidationError(name, "is required")
            out[name] = rule.parse(None)
            continue
        try:
            out[name] = rule.parse(value)
        except ValidationError:
            raise
        except (ValueError, TypeError, KeyError) as exc:
            raise ValidationError(name, str(exc) or "is not valid") from None
    return out


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# ---- parsers: each takes None (blank) or a raw value ---------------------------------------------


def text(max_len: int = 200) -> Parser:
    def parse(value: Any) -> str:
        if value is None:
            return ""
        if not isinstance(value, str):
            raise ValueError("must be text")
        value = " ".join(value.split()) if max_len <= 300 else value.strip()
        if len(value) > max_len:
            raise ValueError(f"must be at most {max_len} characters")
        return value

    return parse


def name(max_len: int = 100) -> Parser:
    base = text(max_len)

    def parse(value: Any) -> str:
        value = base(value)
        if value and not any(ch.isalpha() for ch in value):
            raise ValueError("must contain letters")
        return value

    return parse


def choice(enum_cls: type[enum.StrEnum]) -> Parser:
    def parse(value: Any) -> enum.StrEnum | None:
        if value is None:
            return None
        try:
            return enum_cls(value.strip().lower() if isinstance(value, str) else value)
        except ValueError:
            allowed = ", ".join(m.value for m in enum_cls)
            raise ValueError(f"must be one of: {allowed}") from None

    return parse


def flag(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in {"1", "true", "yes", "y", "on"}:
        return True
    if isinstance(value, str) and value.strip().lower() in {"0", "false", "no", "n", "off"}:
        return False
    raise ValueError("must be yes or no")


def day(*, past_only: bool = False, earliest: date = date(1900, 1, 1)) -> Parser:
    def parse(value: Any) -> date | None:
        if value is None:
            return None
        if isinstance(value, datetime):
            value = value.date()
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value.strip())
            except ValueError:
                raise ValueError("must be a date as YYYY-MM-DD") from None
        if not isinstance(value, date):
            raise ValueError("must be a date")
        if value < earliest:
            raise ValueError(f"must be on or after {earliest.isoformat()}")
        if past_only and value > date.today():
            raise ValueError("cannot be in the future")
        return value

    return parse


def moment(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValueError("must be a date and time as ISO-8601") from None
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise ValueError("must be a date and time with a UTC offset")
    return value


def integer(low: int, high: int) -> Parser:
    def parse(value: Any) -> int | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise ValueError("must be a whole number")
        try:
            number = int(value)
        except ValueError:
            raise ValueError("must be a whole number") from None
        if not low <= number <= high:
            raise ValueError(f"must be between {low} and {high}")
        return number

    return parse


_PHONE = re.compile(r"^(?P<main>[0-9+()\-.\s]+?)\s*(?:(?:x|ext\.?)\s*(?P<ext>\d{1,6}))?$", re.IGNORECASE)


def phone(value: Any) -> str:
    """A North American number, stored as (555) 123-4567; an extension is kept as " x12"."""
    if value is None:
        return ""
    match = _PHONE.match(str(value).strip())
    if not match:
        raise ValueError("must be a phone number such as (555) 123-4567")
    digits = re.sub(r"\D", "", match["main"])
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) != 10:
        raise ValueError("must have 10 digits (area code and number)")
    formatted = f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"
    return f"{formatted} x{match['ext']}" if match["ext"] else formatted


def phone_search_digits(*phones: str) -> str:
    """What full-text search indexes for phones: all ten digits, the last seven and the last four."""
    parts: list[str] = []
    for number in phones:
        digits = re.sub(r"\D", "", number.split(" x")[0])
        if digits:
            parts += [digits, digits[-7:], digits[-4:]]
    return " ".join(parts)


def npi(value: Any) -> str:
    """A National Provider Identifier: 10 digits with a Luhn check over the 80840 prefix."""
    if value is None:
        return ""
    digits = str(value).strip()
    if not re.fullmatch(r"\d{10}", digits):
        raise ValueError("must be 10 digits")
    if not _luhn_ok("80840" + digits):
        raise ValueError("is not a valid NPI (check digit)")
    return digits


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return total % 10 == 0


def email(value: Any) -> str:
    if value is None:
        return ""
    value = str(value).strip()
    if len(value) > 200 or not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
        raise ValueError("must be an e-mail address such as name@example.org")
    return value


def us_state(value: Any) -> str:
    if value is None:
        return ""
    value = str(value).strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", value):
        raise ValueError("must be a two-letter state code")
    return value


def postal_code(value: Any) -> str:
    if value is None:
        return ""
    value = str(value).strip()
    if not re.fullmatch(r"\d{5}(-\d{4})?", value):
        raise ValueError("must be a ZIP code such as 94110 or 94110-1234")
    return value


def language(value: Any) -> str:
    """A BCP-47 primary language tag such as en, es, zh, vi, tl (optionally with a region)."""
    if value is None:
        return "en"
    value = str(value).strip()
    if not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?", value):
        raise ValueError("must be a language code such as en or es")
    return value.lower() if "-" not in value else value.split("-")[0].lower() + "-" + value.split("-")[1]


def plan_member_id(value: Any) -> str:
    if value is None:
        return ""
    value = str(value).strip().upper()
    if not re.fullmatch(r"[A-Z0-9][A-Z0-9\-]{2,31}", value):
        raise ValueError("must be 3–32 letters, digits or dashes")
    return value
