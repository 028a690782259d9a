"""ICD-10-CM codes: validation, descriptions and search, from the ``simple-icd-10-cm`` tables."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Icd10Code:
    code: str
    description: str


def _lib():  # type: ignore[no-untyped-def]
    import simple_icd_10_cm  # imported late: loading its tables costs ~0.3 s

    return simple_icd_10_cm


def normalize(code: str) -> str:
    """'e119' or 'E11.9 ' → 'E11.9' (the dotted form), without judging validity."""
    compact = re.sub(r"[\s.]", "", code).upper()
    return compact if len(compact) <= 3 else f"{compact[:3]}.{compact[3:]}"


def parse_code(value: object) -> str:
    """A billable (most specific) ICD-10-CM code, or ValueError saying what is wrong."""
    if value is None:
        return ""
    code = normalize(str(value))
    if not re.fullmatch(r"[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?", code) or not _lib().is_valid_item(code):
        raise ValueError("is not an ICD-10-CM code")
    if not _lib().is_leaf(code):
        raise ValueError("is a category: choose a more specific (billable) code")
    return code


def describe(code: str) -> str:
    return str(_lib().get_description(normalize(code)))


@functools.cache
def _billable() -> tuple[tuple[str, str, str], ...]:
    lib = _lib()
    return tuple(
        (code, lib.get_description(code), lib.get_description(code).lower())
        for code in lib.get_all_codes(with_dots=True)
        if lib.is_leaf(code) and re.match(r"[A-Z]\d", code)
    )


def search(query: str, *, limit: int = 30) -> list[Icd10Code]:
    """Codes starting with the query first; then descriptions containing every word, those whose
    description starts with the query or whose words start with it ranked above mere substrings."""
    query = query.strip()
    if not query:
        return []
    code_like, lowered_query = normalize(query), query.lower()
    words = lowered_query.split()
    scored: list[tuple[int, int, str, str]] = []
    for code, description, lowered in _billable():
        if code.startswith(code_like):
            rank = 0
        elif all(word in lowered for word in words):
            rank = 1 if lowered.startswith(lowered_query) else 2 if _at_word_starts(lowered, words) else 3
        else:
            continue
        scored.append((rank, len(description), code, description))
    scored.sort()
    return [Icd10Code(code, description) for _, _, code, description in scored[:limit]]


def _at_word_starts(text: str, words: list[str]) -> bool:
    return all(re.search(r"\b" + re.escape(word), text) for word in words)
