"""What every command shares: reading passphrases without echo, and an unlocked store that always locks.

Only the standard library and app.errors are imported at module level; the store and services load
inside the functions, so ``carefield-cli --help`` starts quickly.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import VaultMissing

if TYPE_CHECKING:
    from app.actor import Actor
    from app.store.store import Store

PASSPHRASE_ENV = "CAREFIELD_PASSPHRASE"
NEW_PASSPHRASE_ENV = "CAREFIELD_NEW_PASSPHRASE"
FAST_KDF_ENV = "CAREFIELD_FAST_KDF"

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_USER_ERROR = 2
EXIT_INTERNAL = 70  # EX_SOFTWARE from sysexits.h
EXIT_INTERRUPTED = 130


class CliError(Exception):
    """A problem the user can fix, told in one sentence (never PHI, never a secret)."""

    def __init__(self, message: str, code: int = EXIT_USER_ERROR) -> None:
        super().__init__(message)
        self.code = code


def stdin_is_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def read_secret(env: str, prompt: str) -> str:
    """The secret from ``env`` when set, else typed at the terminal without echo, else one line of stdin.

    Reading a piped line (``--password-stdin`` style) keeps scripts off the environment, and avoids
    getpass's "input may be echoed" warnings when there is no terminal.
    """
    value = os.environ.get(env)
    if value:
        return value
    try:
        value = getpass.getpass(prompt) if stdin_is_terminal() else sys.stdin.readline().rstrip("\r\n")
    except EOFError:
        value = ""
    if not value:
        raise CliError(f"No passphrase given: set {env}, pipe it on stdin, or run in a terminal.")
    return value


def read_new_secret(env: str, prompt: str) -> str:
    """A new passphrase, checked against the policy; typed twice when it comes from the terminal."""
    from app.store.passphrase import require_strong

    prompted = not os.environ.get(env) and stdin_is_terminal()
    value = read_secret(env, prompt)
    require_strong(value)
    if prompted and read_secret(env, "Type it again: ") != value:
        raise CliError("The two passphrases did not match. Nothing was changed.")
    return value


def require_vault(data_dir: Path) -> None:
    from app.store.vault import Vault

    if not Vault(data_dir).exists():
        raise VaultMissing("There is no vault in this data directory.")


@contextmanager
def unlocked(data_dir: Path, passphrase: str | None = None) -> Iterator[tuple[Store, Actor]]:
    """Unlock with the passphrase, yield the open store and its actor, and always lock again."""
    from app.services import access

    require_vault(data_dir)
    store = access.unlock(data_dir, passphrase or read_secret(PASSPHRASE_ENV, "Passphrase: "))
    try:
        actor = store.actor()
    except BaseException:
        store.close()
        raise
    try:
        yield store, actor
    finally:
        try:
            access.lock(store, actor, reason="cli")
        finally:
            store.close()  # a no-op after a clean lock; closes the database if auditing the lock failed

