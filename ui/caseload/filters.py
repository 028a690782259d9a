"""Caseload filters (tier, program, status, overdue) and search-as-you-type, all in memory.

Per keystroke the matching rows are worked out in one list pass over the model's precomputed facts (a
folded search key per row, parallel columns for the rest). Typing one more letter only looks again at
the rows the shorter text matched: every row a longer search matches, the shorter one matched too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING

from app.text import fold

if TYPE_CHECKING:
    from ui.caseload.model import Facts

_PHONE_LIKE = re.compile(r"[\d\s()+\-.]+")


@dataclass(frozen=True, slots=True)
class Filters:
    tier: str = ""  # "" means any
    program: str = ""
    status: str = ""
    overdue_only: bool = False
    search: str = ""

    @property
    def active(self) -> bool:
        return bool(self.tier or self.program or self.status or self.overdue_only or self.search.strip())

    def narrows(self, before: Filters) -> bool:
        """True when every row these filters accept, ``before`` accepted too: only the search grew, and
        neither search looks like a phone number (digits match a phone as well as the name)."""
        others = (f.name for f in fields(self) if f.name != "search")
        same = all(getattr(self, name) == getattr(before, name) for name in others)
        return (same and self.search.startswith(before.search)
                and not _phone_digits(self.search) and not _phone_digits(before.search))


def _phone_digits(search: str) -> str:
    """The digits of a search that reads like a phone number (three digits or more), else ""."""
    digits = re.sub(r"\D", "", search)
    return digits if len(digits) >= 3 and _PHONE_LIKE.fullmatch(search.strip()) else ""


def matching(facts: Facts, filters: Filters, among: Sequence[int] | None = None) -> list[int]:
    """Positions of the rows ``filters`` accept (of ``among``, if given), in order. Every search word must
    appear in the name/plan-ID key; phone-like input also matches the phone's digits."""
    rows: Sequence[int] = range(len(facts.keys)) if among is None else among
    words, keys = fold(filters.search).split(), facts.keys
    digits = _phone_digits(filters.search)
    if digits:
        phones = facts.digits
        rows = [i for i in rows if all(w in keys[i] for w in words) or digits in phones[i]]
    elif len(words) == 1:  # the usual case, without a generator per row
        word = words[0]
        rows = [i for i in rows if word in keys[i]]
    elif words:
        rows = [i for i in rows if all(w in keys[i] for w in words)]
    for wanted, column in ((filters.tier, facts.tiers), (filters.program, facts.programs),
                           (filters.status, facts.statuses)):
        if wanted:
            rows = [i for i in rows if column[i] == wanted]
    if filters.overdue_only:
        rows = [i for i in rows if facts.overdue[i]]
    return list(rows)


def changed(filters: Filters, **changes: object) -> Filters:
    return replace(filters, **changes)  # type: ignore[arg-type]
