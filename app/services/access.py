"""Opening and closing the vault: create, unlock (passphrase or recovery code), lock, change passphrase,
a new recovery code, and the recovery path for a damaged database.

Failed unlocks cannot be written to the locked database, so the vault keeps them in vault.json and
they are moved into the audit trail at the next successful unlock.

Every unlock first runs the quick integrity check (app.store.integrity); a damaged file raises
DatabaseDamaged, or, through ``unlock_checked``, comes back as ``Damaged`` holding the data key so the
nurse can choose to ``recover``: salvage, move the damaged file aside, start a fresh database.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from app.actor import Actor
from app.model.enums import AuditAction, DataCategory
from app.store import audit, integrity
from app.store.integrity import DatabaseDamaged, Report
from app.store.store import Store
from app.store.vault import KdfParams, Vault, wipe

log = logging.getLogger(__name__)
# Carried from the damaged file's sync state into the fresh one (not the token: the device id is new).
CARRIED_STATE = ("server_url", "user_name", "user_role")


def open_store(vault: Vault, key: bytearray, *, method: str) -> Store:
    """Check, open and audit the unlock; the key is wiped. DatabaseDamaged when pages cannot be read."""
    try:
        store = _open_checked(vault, key)
    finally:
        wipe(key)
    actor = store.actor()
    with store.transaction(actor) as s:
        for failure in vault.take_failed_unlocks():
            audit.record(s, actor, AuditAction.FAILED_UNLOCK, DataCategory.SYSTEM,
                         details={"method": failure.method, "at": failure.at.isoformat()})
        audit.record(s, actor, AuditAction.UNLOCK, DataCategory.SYSTEM, details={"method": method})
    return store


def _open_checked(vault: Vault, key: bytearray) -> Store:
    import sqlcipher3
    from sqlalchemy.exc import DBAPIError

    db_path = vault.db_path
    if db_path.exists():
        check = integrity.full_check if integrity.is_suspect(vault.data_dir) else integrity.quick_check
        report = check(db_path, key)
        if not report.ok:
            log.warning("database failed its %s check (%d problems)", report.kind, len(report.problems))
            raise DatabaseDamaged(report)
    try:
        return Store.open(db_path, key)
    except (DBAPIError, sqlcipher3.DatabaseError, MemoryError):
        # A page the check did not read failed while opening (schema upgrade, outbox clock).
        raise DatabaseDamaged(Report("quick", ("a page read while opening cannot be read",))) from None


@dataclass(slots=True)
class Damaged:
    """Unlocked, but the database is damaged: the data key is kept only until the nurse recovers or
    leaves (``discard`` wipes it)."""

    data_dir: Path
    key: bytearray
    report: Report
    method: str

    def discard(self) -> None:
        wipe(self.key)


@dataclass(frozen=True, slots=True)
class Recovery:
    """What ``recover`` did: the fresh open store, the salvage, where the damaged file went."""

    store: Store
    salvage: integrity.Salvage
    damaged_file: Path
    server_configured: bool
    requeued: int


def open_or_damaged(vault: Vault, key: bytearray, *, method: str) -> Store | Damaged:
    """Like open_store, but a damaged database comes back as Damaged (keeping ``key``) instead of raising."""
    try:
        store = open_store(vault, bytearray(key), method=method)  # wipes its copy
    except DatabaseDamaged as exc:
        return Damaged(vault.data_dir, key, exc.report, method)
    except BaseException:
        wipe(key)
        raise
    wipe(key)
    return store


def unlock_checked(data_dir: Path, passphrase: str) -> Store | Damaged:
    vault = Vault(data_dir)
    return open_or_damaged(vault, vault.unlock(passphrase), method="passphrase")


def recover(damaged: Damaged) -> Recovery:
    """The recovery path: (1) copy what can be read (unsynced changes, audit trail, drafts) into a new
    encrypted file under the same key in ``salvage/``; (2) rename the damaged file aside, never deleting
    it; (3) open a fresh database under the same vault key. When a server was configured, its address and
    the user name are kept and the salvaged unsynced changes are queued again, so signing in and syncing
    sends them and downloads the caseload anew. The key is not wiped here (``damaged.discard()``)."""
    vault = Vault(damaged.data_dir)
    stamp = integrity.stamp_now()
    salvage_path = vault.data_dir / integrity.SALVAGE_DIR / f"salvage-{stamp}.db"
    salvaged = integrity.salvage(vault.db_path, damaged.key, salvage_path)
    moved = integrity.move_aside(vault.db_path, stamp)
    store = Store.open(vault.db_path, damaged.key)
    try:
        server, requeued = _carry_over(store, salvage_path, damaged.key)
        actor = store.actor()
        with store.transaction(actor) as s:
            audit.record(s, actor, AuditAction.UNLOCK, DataCategory.SYSTEM,
                         details={"method": damaged.method})
            audit.record(s, actor, AuditAction.UPDATE, DataCategory.SYSTEM, entity_type="database",
                         details={"what": "recovered_damaged_database", "damaged_file": moved.name,
                                  "salvage_file": salvage_path.name, "salvaged": salvaged.copied,
                                  "lost": salvaged.lost, "requeued": requeued})
            integrity.mark_checked(s)
    except BaseException:
        store.close()
        raise
    integrity.clear_suspect(vault.data_dir)
    log.warning("database recovered: %d changes salvaged, %d queued again", salvaged.changes, requeued)
    return Recovery(store, salvaged, moved, bool(server), requeued)


def _carry_over(store: Store, salvage_path: Path, key: bytearray) -> tuple[str, int]:
    """Server address and user name from the salvage; with a server, its outbox queued again."""
    from sqlalchemy import select

    from app.model import OutboxEntry, SyncState
    from app.store.engine import make_engine

    engine = make_engine(salvage_path, key)
    try:
        with engine.connect() as conn:
            state = dict(conn.execute(select(SyncState.key, SyncState.value).where(
                SyncState.key.in_(CARRIED_STATE))).all())
            entries = conn.execute(select(OutboxEntry.__table__).order_by(OutboxEntry.seq)).mappings().all()
    finally:
        engine.dispose()
    server = state.get("server_url", "")
    if not server:
        return "", 0
    store.set_user(state.get("user_name") or store.actor().user, state.get("user_role") or "nurse")
    keep = ("change_id", "table_name", "row_id", "member_id", "op", "fields", "base_version", "hlc",
            "device_id", "created_at")
    with store.transaction(store.actor(), from_server=True) as s:
        s.merge(SyncState(key="server_url", value=server))
        for entry in entries:
            s.add(OutboxEntry(**{k: entry[k] for k in keep}))
    for entry in entries:
        store.clock.observe(entry["hlc"])
    return server, len(entries)


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


def regenerate_recovery_code(data_dir: Path, store: Store, actor: Actor, passphrase: str) -> str:
    """A new recovery code after the passphrase is confirmed; the old code stops working. Shown once."""
    vault = Vault(data_dir)
    key = vault.unlock(passphrase)
    try:
        code = vault.regenerate_recovery_code(key)
    finally:
        wipe(key)
    with store.transaction(actor) as s:
        audit.record(s, actor, AuditAction.PASSPHRASE_CHANGED, DataCategory.SYSTEM,
                     details={"what": "recovery_code"})
    return code


def full_check(store: Store, actor: Actor) -> Report:
    """The full check on the open store (Settings, the weekly schedule). Remembers a pass; a failure sets
    the marker that makes the next unlock check fully and offer recovery."""
    report = integrity.full_check_store(store)
    data_dir = store.db_path.parent
    if report.ok:
        with store.transaction(actor) as s:
            integrity.mark_checked(s)
        integrity.clear_suspect(data_dir)
    else:
        integrity.mark_suspect(data_dir)
        log.warning("database failed its full check (%d problems)", len(report.problems))
    return report


def full_check_if_due(store: Store, actor: Actor) -> Report | None:
    """The weekly full check, run in the background after unlock; None when not due."""
    with store.session(actor) as s:
        due = integrity.full_check_due(s)
    return full_check(store, actor) if due else None


def lock(store: Store, actor: Actor, *, reason: str = "manual") -> None:
    if store.is_open:
        with store.transaction(actor) as s:
            audit.record(s, actor, AuditAction.LOCK, DataCategory.SYSTEM, details={"reason": reason})
        store.close()
