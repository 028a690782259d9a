"""Opening and closing the vault: create, unlock (passphrase or recovery code), lock, change passphrase.

Failed unlocks cannot be written to the locked database, so the vault keeps them in vault.json and
they are moved into the audit trail at the next successful unlock.
"""

from __future__ import annotations

from pathlib import Path

from app.actor import Actor
from app.model.enums import AuditAction, DataCategory
from app.store import audit
from app.store.store import Store
from app.store.vault import KdfParams, Vault, wipe


def open_store(vault: Vault, key: bytearray, *, method: str) -> Store:
    try:
        store = Store.open(vault.db_path, key)
    finally:
        wipe(key)
    actor = store.actor()
    with store.transaction(actor) as s:
        for failure in vault.take_failed_unlocks():
            audit.record(s, actor, AuditAction.FAILED_UNLOCK, DataCategory.SYSTEM,
                         details={"method": failure.method, "at": failure.at.isoformat()})
        audit.record(s, actor, AuditAction.UNLOCK, DataCategory.SYSTEM, details={"method": method})
    return store


def create(data_dir: Path, passphrase: str, *, kdf: KdfParams | None = None) -> tuple[Store, str]:
    """A new vault and database; returns the open store and the one-time recovery code."""
    vault = Vault(data_dir)
    key, recovery_code = vault.create(passphrase, kdf=kdf)
    return open_store(vault, key, method="create"), recovery_code


def unlock(data_dir: Path, passphrase: str) -> Store:
    vault = Vault(data_dir)
    return open_store(vault, vault.unlock(passphrase), method="passphrase")


def unlock_with_recovery_code(data_dir: Path, code: str) -> Store:
    vault = Vault(data_dir)
    return open_store(vault, vault.unlock_with_recovery_code(code), method="recovery_code")


def change_passphrase(data_dir: Path, store: Store, actor: Actor, current: str, new: str) -> None:
    """Rewraps the data key under the new passphrase; the database is not re-encrypted."""
    vault = Vault(data_dir)
    key = vault.unlock(current)
    try:
        vault.change_passphrase(key, new)
    finally:
        wipe(key)
    with store.transaction(actor) as s:
        audit.record(s, actor, AuditAction.PASSPHRASE_CHANGED, DataCategory.SYSTEM)


def lock(store: Store, actor: Actor, *, reason: str = "manual") -> None:
    if store.is_open:
        with store.transaction(actor) as s:
            audit.record(s, actor, AuditAction.LOCK, DataCategory.SYSTEM, details={"reason": reason})
        store.close()
