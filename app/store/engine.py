"""The SQLCipher engine: every connection keyed with the raw data key, verified, then tuned.

The key goes in through ``creator=`` as hex, so no passphrase text is ever spliced into SQL and no
key derivation runs per connection (DESIGN.md §2).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from app.errors import VaultCorrupt

PRAGMAS: tuple[str, ...] = (
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA cache_size = -32768",
    "PRAGMA busy_timeout = 10000",
)


def connect(db_path: Path, key: bytes | bytearray, *, memory_security: bool = False) -> Any:
    """One keyed DB-API connection; raises VaultCorrupt if the key does not open the file."""
    conn = sqlcipher3.connect(str(db_path), check_same_thread=False, isolation_level=None)
    try:
        conn.execute("PRAGMA key = \"x'" + bytes(key).hex() + "'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        conn.close()
        raise VaultCorrupt("The database cannot be opened with this vault's key.") from None
    if memory_security:
        conn.execute("PRAGMA cipher_memory_security = ON")
    for pragma in PRAGMAS:
        conn.execute(pragma)
    _owner_only(db_path)
    return conn


def _owner_only(db_path: Path) -> None:
    """The database (and the WAL and shared-memory files SQLite makes with the same mode) readable by its
    owner only, whatever the umask; ciphertext, but nobody else's business."""
    try:
        if db_path.exists() and db_path.stat().st_mode & 0o077:
            os.chmod(db_path, 0o600)
    except OSError:  # a filesystem without POSIX modes: the data directory's own protection stands
        pass


def make_engine(db_path: Path, key: bytes | bytearray, *, memory_security: bool = False) -> Engine:
    key_copy = bytes(key)
    engine = create_engine(
        "sqlite://",
        module=sqlcipher3,
        creator=lambda: connect(db_path, key_copy, memory_security=memory_security),
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
    )

    @event.listens_for(engine, "begin")
    def _begin_immediate(conn: Any) -> None:
        # Take the write lock up front: every user action writes at least an audit event, and a
        # deferred transaction that upgrades later can fail with SQLITE_BUSY_SNAPSHOT under WAL.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
