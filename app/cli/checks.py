"""carefield-cli check: is the encrypted file sound, and is its schema the one this build expects?"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import EXIT_CHECK_FAILED, EXIT_OK, PASSPHRASE_ENV, read_secret, require_vault

if TYPE_CHECKING:
    from sqlalchemy import Connection

MAX_PROBLEMS_SHOWN = 5


def check(args: argparse.Namespace, data_dir: Path) -> int:
    """Checks the file as it lies on disk, through a keyed engine of its own rather than an open Store.

    Opening a Store migrates an old schema (so the schema check could never fail) and writes audit
    events, which a damaged file may not survive; a check has to work exactly when those would not.
    A healthy file is then opened and locked, so the audit trail shows the unlock.
    """
    from app.services import access
    from app.store.vault import Vault, wipe

    require_vault(data_dir)
    vault = Vault(data_dir)
    key = vault.unlock(read_secret(PASSPHRASE_ENV, "Passphrase: "))
    try:
        results = _run_checks(vault.db_path, key)
    except BaseException:
        wipe(key)
        raise
    for name, problems in results.items():
        print(f"{name}: {_summary(problems)}")
    if results["cipher integrity"] or results["integrity"]:
        from app.store import integrity

        integrity.mark_suspect(data_dir)  # the app's next unlock checks fully and offers recovery
    if any(results.values()):
        wipe(key)
        return EXIT_CHECK_FAILED
    store = access.open_store(vault, key, method="passphrase")  # wipes the key
    _remember_pass(store)
    access.lock(store, store.actor(), reason="cli")
    return EXIT_OK


def _remember_pass(store: object) -> None:
    from app.store import integrity

    with store.transaction(store.actor()) as s:  # type: ignore[attr-defined]
        integrity.mark_checked(s)
    integrity.clear_suspect(store.db_path.parent)  # type: ignore[attr-defined]


def _run_checks(db_path: Path, key: bytearray) -> dict[str, list[str]]:
    from app.store.engine import make_engine

    checks = {"cipher integrity": _cipher_problems, "integrity": _integrity_problems,
              "foreign keys": _foreign_key_problems, "schema": _schema_problems}
    engine = make_engine(db_path, key)
    try:
        with engine.connect() as conn:
            # SQLCipher logs each bad page to stderr; the report below says it in one line instead.
            conn.exec_driver_sql("PRAGMA cipher_log_level = NONE")
            return {name: _problems_of(conn, run) for name, run in checks.items()}
    finally:
        engine.dispose()


def _problems_of(conn: Connection, run: Callable[[Connection], list[str]]) -> list[str]:
    import sqlcipher3
    from sqlalchemy.exc import DBAPIError

    try:
        return run(conn)
    except DBAPIError as exc:  # SQLite's own sentences ("database disk image is malformed"), no row data
        return [f"could not run: {exc.orig}"]
    except sqlcipher3.DatabaseError as exc:
        return [f"could not run: {exc}"]
    except MemoryError:  # SQLCipher reports a page it cannot decrypt as out of memory
        return ["could not run: a page could not be decrypted"]


def _cipher_problems(conn: Connection) -> list[str]:
    from app.store import integrity

    return integrity.cipher_problems(conn.connection.driver_connection)


def _integrity_problems(conn: Connection) -> list[str]:
    from app.store import integrity

    return integrity.integrity_problems(conn.connection.driver_connection)


def _foreign_key_problems(conn: Connection) -> list[str]:
    rows = conn.exec_driver_sql("PRAGMA foreign_key_check")
    return [f"{table} row {rowid} points to a missing {parent}" for table, rowid, parent, _fk in rows]


def _schema_problems(conn: Connection) -> list[str]:
    from app.store.schema import SCHEMA_HEAD, current_revision

    revision = current_revision(conn)
    if revision == SCHEMA_HEAD:
        return []
    return [f"revision {revision or 'none'}, expected {SCHEMA_HEAD} (unlocking upgrades it)"]


def _summary(problems: list[str]) -> str:
    if not problems:
        return "ok"
    shown = "; ".join(problems[:MAX_PROBLEMS_SHOWN])
    more = len(problems) - MAX_PROBLEMS_SHOWN
    return f"FAILED ({len(problems)}): {shown}" + (f"; and {more} more" if more > 0 else "")
