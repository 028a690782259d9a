"""The passphrase policy (NIST SP 800-63B style): long enough, not common, no composition rules.

The problem sentences are module constants so the UI can map each one to a translated string.
"""

from __future__ import annotations

import functools
import unicodedata

from app.errors import WeakPassphrase
from app.resources import resource_path

MIN_LENGTH = 12
COMMON_PASSWORDS_FILE = "common-passwords.txt"

TOO_SHORT = "The passphrase must be at least 12 characters long."
TOO_COMMON = "This passphrase is too common. Choose one that is harder to guess."
REPEATED_CHARACTER = "The passphrase must not be one character repeated."


def normalize(passphrase: str) -> str:
    """NFC, so the same typed text derives the same key whatever the keyboard or OS composed."""
    return unicodedata.normalize("NFC", passphrase)


@functools.cache
def common_passwords() -> frozenset[str]:
    text = resource_path(COMMON_PASSWORDS_FILE).read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return frozenset(line.lower() for line in lines if line and not line.startswith("#"))


def _is_common(passphrase: str) -> bool:
    lowered = passphrase.lower()
    known = common_passwords()
    return lowered in known or "".join(lowered.split()) in known


def check_passphrase(passphrase: str) -> list[str]:
    """The problems with a proposed passphrase, in the order to show them; empty means it is fine."""
    text = normalize(passphrase)
    problems: list[str] = []
    if len(text) < MIN_LENGTH:
        problems.append(TOO_SHORT)
    if len(set(text)) == 1:
        problems.append(REPEATED_CHARACTER)
    if _is_common(text):
        problems.append(TOO_COMMON)
    return problems


def require_strong(passphrase: str) -> None:
    """Raise WeakPassphrase naming the first problem, if any."""
    problems = check_passphrase(passphrase)
    if problems:
        raise WeakPassphrase(problems[0])
