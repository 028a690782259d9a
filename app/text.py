"""Text matching the app and its screens share: folding for accent- and case-insensitive comparison, and
the bracketed snippet a note search shows."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+", flags=re.UNICODE)


def fold(text: str) -> str:
    """Case- and accent-insensitive form: "Peña" and "pena" match."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _starts(word: str, folded_prefixes: list[str]) -> bool:
    folded = word.casefold() if word.isascii() else fold(word)  # most words: no normalisation needed
    return folded.startswith(tuple(folded_prefixes))


def snippet(text: str, prefixes: list[str], *, size: int = 12, mark: tuple[str, str] = ("[", "]")) -> str:
    """About ``size`` words of ``text`` around its first match, each word starting with one of ``prefixes``
    (folded, as FTS5's unicode61 tokenizer with remove_diacritics matches) bracketed; "…" where cut."""
    folded = [fold(p) for p in prefixes]
    tokens = list(_WORD.finditer(text))
    if not tokens:
        return ""
    hits = [_starts(t.group(), folded) for t in tokens]
    first = hits.index(True) if any(hits) else 0
    start = max(0, min(first - 2, len(tokens) - size))
    end = min(len(tokens), start + size)
    out, cursor = [], tokens[start].start() if start else 0
    for token, hit in zip(tokens[start:end], hits[start:end], strict=True):
        out.append(text[cursor:token.start()])
        out.append(f"{mark[0]}{token.group()}{mark[1]}" if hit else token.group())
        cursor = token.end()
    cut = end < len(tokens)
    return ("…" if start else "") + "".join(out) + ("…" if cut else text[cursor:])
