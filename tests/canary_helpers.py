"""Canary strings and the byte scan that looks for them (test_canary, test_phi_leak)."""

from __future__ import annotations

import base64
from collections.abc import Iterable
from pathlib import Path

CANARY = "Zqxcanaryvwq"
CANARY_BYTES = [CANARY.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")] + [CANARY.lower().encode()]


def base64_forms(needle: bytes) -> list[bytes]:
    """The part of base64(…needle…) that does not depend on the bytes around it, at each of the three
    alignments the needle can have."""
    forms = []
    for shift in range(3):
        encoded = base64.b64encode(b"\0" * shift + needle)
        start = 4 if shift else 0  # the first group mixes the padding bytes with the needle's first ones
        stop = (shift + len(needle)) // 3 * 4  # the last partial group depends on what follows
        forms.append(encoded[start:stop])
    return [f for f in forms if len(f) >= 8]


def text_forms(*texts: str) -> list[bytes]:
    """UTF-8, UTF-16 (both byte orders), lower- and upper-case, and base64 of the UTF-8 and UTF-16LE."""
    forms: list[bytes] = []
    for text in texts:
        for variant in {text, text.lower(), text.upper()}:
            forms += [variant.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]
        forms += base64_forms(text.encode()) + base64_forms(text.encode("utf-16-le"))
    return forms


def files_holding(roots: Iterable[Path], needles: Iterable[bytes], *, since: float = 0.0) -> list[Path]:
    """Every file under ``roots`` (changed at or after ``since``) whose bytes contain any needle."""
    wanted = list(needles)
    hits = []
    for root in roots:
        for path in sorted(root.rglob("*")):
            try:
                if path.is_file() and path.stat().st_mtime >= since - 1:
                    data = path.read_bytes()
                    if any(needle in data for needle in wanted):
                        hits.append(path)
            except OSError:
                continue
    return hits


def files_with_canary(root: Path, since: float) -> list[Path]:
    return files_holding([root], CANARY_BYTES, since=since)
