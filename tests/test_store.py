"""The encrypted store: keyed connections, what a wrong key does, and what reaches the disk."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from app.errors import VaultCorrupt, WrongPassphrase
from app.services import access, clinical, members
from app.store.engine import connect
from app.store.store import Store
from app.store.vault import KdfParams, Vault
from tests.conftest import PASSPHRASE, SAMPLE_MEMBER


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_database_file_is_encrypted(store, member, data_dir):
    store.close()
    db = data_dir / "carefield.db"
    assert not db.read_bytes().startswith(b"SQLite format 3")
    with sqlite3.connect(db) as plain, pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_pragmas_are_applied_on_every_connection(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY


def test_wrong_passphrase_fails_is_recorded_and_changes_no_byte(data_dir, store, member, actor):
    access.lock(store, actor)
    db = data_dir / "carefield.db"
    before = digest(db)
    with pytest.raises(WrongPassphrase):
        access.unlock(data_dir, "not the right passphrase at all")
    assert digest(db) == before
    reopened = access.unlock(data_dir, PASSPHRASE)
    try:
        with reopened.transaction(reopened.actor()) as s:
            actions = s.execute(text("SELECT action FROM audit_event ORDER BY seq")).scalars().all()
        assert actions[-2:] == ["failed_unlock", "unlock"]
    finally:
        reopened.close()


def test_wrong_key_is_refused_by_the_engine(store, data_dir):
    store.close()
    with pytest.raises(VaultCorrupt):
        connect(data_dir / "carefield.db", b"\x01" * 32)


def test_recovery_code_unlocks_and_passphrase_change_keeps_data(tmp_path):
    data_dir = tmp_path / "vault"
    store, code = access.create(data_dir, PASSPHRASE, kdf=KdfParams.fast())
    actor = store.actor()
    with store.transaction(actor) as s:
        member = members.create(s, actor, **SAMPLE_MEMBER)
        clinical.medications.add(s, actor, member.id, name="Lisinopril", dose="10 mg")
    access.change_passphrase(data_dir, store, actor, PASSPHRASE, "a brand new passphrase for Rosa's nurse")
    access.lock(store, actor)

    with pytest.raises(WrongPassphrase):
        access.unlock(data_dir, PASSPHRASE)
    for opened in (
        access.unlock(data_dir, "a brand new passphrase for Rosa's nurse"),
        access.unlock_with_recovery_code(data_dir, code.lower()),
    ):
        with opened.transaction(opened.actor()) as s:
            meds = clinical.medications.list_for(s, member.id)
        opened.close()
        assert [m.name for m in meds] == ["Lisinopril"]


@pytest.mark.parametrize(
    "passphrase",
    [
        'quote " and \' apostrophe',
        "semi; colon; DROP TABLE member; --",
        "back\\slash\\x00\\n path",
        "ñandú corazón Ünïcødé 看護師",
    ],
)
def test_awkward_passphrases_work(tmp_path, passphrase):
    store, _ = access.create(tmp_path / "v", passphrase, kdf=KdfParams.fast())
    store.close()
    access.unlock(tmp_path / "v", passphrase).close()


def test_reopening_at_head_changes_nothing(store, data_dir):
    key = Vault(data_dir).unlock(PASSPHRASE)
    store.close()
    reopened = Store.open(data_dir / "carefield.db", key)
    assert reopened.schema_action == "current"
    reopened.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_database_files_are_readable_by_their_owner_only(store, data_dir) -> None:
    import stat

    files = [p for p in data_dir.iterdir() if p.name.startswith("carefield.db")]
    assert files
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path.name
