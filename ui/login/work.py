"""The slow parts of logging in, run on the DB thread through ui.ops.Op.

Every heavy import (SQLAlchemy, SQLCipher, Argon2, the services) happens inside these functions, so the
first window appears before any of them load.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.actor import Actor
    from app.services.access import Damaged, Recovery
    from app.store.integrity import Report
    from app.store.store import Store
    from app.store.vault import KdfParams

DEMO_MEMBERS = 60
FAST_KDF_ENV = "CAREFIELD_FAST_KDF"


def warm_up(data_dir: Path) -> float:
    """Load the storage modules, and the main window's (~1.5 s of imports: every screen, reportlab, the
    sync client), while the nurse types; returns the unlock throttle's seconds left. Importing defines
    classes only: no widget is made off the GUI thread.

    The first time, the objects made so far are frozen out of the garbage collector's reach: modules,
    classes and SQLAlchemy's mappers, which live as long as the process, so the collector's full passes
    while a caseload loads do not walk them again (~0.1 s each on 5,000 members). Only then: no member's
    data has been read yet, so none can be kept for good (a later lock frees everything as before)."""
    import gc

    from sqlalchemy.orm import configure_mappers

    import app.services.access  # noqa: F401  (imported for its side effect: warm caches)
    import ui.shell.window  # noqa: F401
    from app.store.vault import Vault

    configure_mappers()  # else the first query after unlock sets up every mapper (~0.1 s)
    vault = Vault(data_dir)
    if not gc.get_freeze_count():
        gc.freeze()
    return vault.throttle_seconds_left() if vault.exists() else 0.0


def throttle_seconds_left(data_dir: Path) -> float:
    from app.store.vault import Vault

    return Vault(data_dir).throttle_seconds_left()


def create_vault(data_dir: Path, passphrase: str, kdf: KdfParams | None) -> tuple[Store, str]:
    from app.services import access
    from app.store.vault import KdfParams

    if kdf is None and os.environ.get(FAST_KDF_ENV) == "1":
        kdf = KdfParams.fast()  # testing and screenshots only, like carefield-cli --fast-kdf
    return access.create(data_dir, passphrase, kdf=kdf)


def unlock(data_dir: Path, passphrase: str) -> Store | Damaged:
    """The open store, or Damaged (holding the key) when the database failed its integrity check."""
    from app.services import access

    return access.unlock_checked(data_dir, passphrase)


@dataclass(slots=True)
class Recovering:
    """After ``recover``: what was done, and, when the nurse came in with the recovery code, the store
    and key still waiting for her new passphrase."""

    recovery: Recovery
    recovered: Recovered | None


def recover(damaged: Damaged) -> Recovering:
    """The recovery path (app.services.access.recover); the damaged unlock's key is wiped either way."""
    from app.services import access

    try:
        recovery = access.recover(damaged)
        kept = bytearray(damaged.key) if damaged.method == "recovery_code" else None
    finally:
        damaged.discard()
    return Recovering(recovery, Recovered(recovery.store, kept) if kept is not None else None)


def full_check(store: Store, actor: Actor) -> Report:
    from app.services import access

    return access.full_check(store, actor)


def full_check_if_due(store: Store, actor: Actor) -> Report | None:
    from app.services import access

    return access.full_check_if_due(store, actor)


def regenerate_recovery_code(data_dir: Path, store: Store, actor: Actor, passphrase: str) -> str:
    from app.services import access

    return access.regenerate_recovery_code(data_dir, store, actor, passphrase)


@dataclass(slots=True)
class Recovered:
    """A store opened with the recovery code, and its data key, kept only until a new passphrase is set."""

    store: Store
    dek: bytearray

    def discard(self) -> None:
        from app.store.vault import wipe

        wipe(self.dek)


def unlock_with_recovery_code(data_dir: Path, code: str) -> Recovered | Damaged:
    from app.services import access
    from app.store.vault import Vault, wipe

    vault = Vault(data_dir)
    dek = vault.unlock_with_recovery_code(code)
    try:
        store = access.open_or_damaged(vault, bytearray(dek), method="recovery_code")  # keeps no copy
    except BaseException:
        wipe(dek)
        raise
    if isinstance(store, access.Damaged):
        wipe(dek)  # the Damaged holds its own copy
        return store
    return Recovered(store, dek)


def set_new_passphrase(data_dir: Path, recovered: Recovered, passphrase: str) -> Store:
    """Rewrap the data key under a new passphrase (the old one is forgotten), wipe the key, audit it."""
    from app.model.enums import AuditAction, DataCategory
    from app.store import audit
    from app.store.vault import Vault

    Vault(data_dir).change_passphrase(recovered.dek, passphrase)  # on failure the key stays for a retry
    recovered.discard()
    store = recovered.store
    actor = store.actor()
    with store.transaction(actor) as s:
        audit.record(s, actor, AuditAction.PASSPHRASE_CHANGED, DataCategory.SYSTEM,
                     details={"method": "recovery_code"})
    return store


def change_passphrase(data_dir: Path, store: Store, actor: Actor, current: str, new: str) -> None:
    from app.services import access

    access.change_passphrase(data_dir, store, actor, current, new)


def lock(store: Store, actor: Actor | None, reason: str) -> None:
    from app.services import access

    if actor is None:
        store.close()
        return
    access.lock(store, actor, reason=reason)


def save_server(store: Store, actor: Actor, url: str, user_name: str) -> Actor:
    """Remember the server and the nurse's user name for the first sync; returns the renamed actor."""
    from app.model.local import SyncState

    with store.transaction(actor) as s:
        s.merge(SyncState(key="server_url", value=url))
    return store.set_user(user_name)


def make_demo(store: Store, actor: Actor, progress: Callable[[int, int], Any]) -> object:
    from app import demo

    return demo.generate(store, actor, members=DEMO_MEMBERS, progress=progress)
