"""Is the encrypted database sound? A cheap check at every unlock, the full one on demand and weekly, and
the pieces of the recovery path when it is not: salvage what can still be read, move the damaged file aside.

SQLCipher authenticates every page with an HMAC under the data key, so a page changed by a disk fault or by
someone without the key fails to read, and a row that does read is the row Carefield wrote. The reports
name pages and SQLite's own sentences, never row data.

The unlock check reads the schema and, for every table, its first and last rows (the b-tree's root and its
leftmost and rightmost paths): about 7 ms on a 5,000-member, 230 MB demo file, where
``PRAGMA quick_check`` takes 3 s and ``cipher_integrity_check`` 1 s. A page it does not read is found by
the full check, which runs weekly in the background after unlock, from Settings and from
``carefield-cli check``. When a full check fails, a marker file (no secret in it, only a time) makes the
next unlock run the full check too, so the nurse is offered the recovery path.
"""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlcipher3

from app.errors import VaultCorrupt
from app.store.state import set_state, state

log = logging.getLogger(__name__)

FULL_CHECK_EVERY = timedelta(days=7)
CHECKED_AT = "integrity_checked_at"  # sync_state key: when the last full check passed (UTC ISO)
SUSPECT_FILE = "integrity-suspect"  # in the data dir: a full check failed; holds only a time
SALVAGE_DIR = "salvage"
DAMAGED_INFIX = ".damaged-"
MAX_PROBLEMS = 100
# Tables copied by salvage, with their integer key for row-by-row reading past a bad page (None: scan only).
SALVAGED = (("outbox", "seq"), ("audit_event", "seq"), ("draft", None), ("sync_state", None))
_DB_ERRORS = (sqlcipher3.DatabaseError, MemoryError)  # SQLCipher reports a page it cannot decrypt as either


@dataclass(frozen=True, slots=True)
class Report:
    """The outcome of one check: ``kind`` is "quick" or "full"; ``problems`` empty when sound."""

    kind: str
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        if self.ok:
            return "ok"
        shown = "; ".join(self.problems[:3])
        more = len(self.problems) - 3
        return f"{len(self.problems)} problem(s): {shown}" + (f"; and {more} more" if more > 0 else "")


class DatabaseDamaged(VaultCorrupt):
    """The data key is right but pages of the database cannot be read: damaged or tampered with."""

    def __init__(self, report: Report) -> None:
        super().__init__("The database file is damaged: some of it can no longer be read "
                         f"({len(report.problems)} problem(s) found). Nothing was changed.")
        self.report = report


@dataclass(frozen=True, slots=True)
class Salvage:
    """What salvage copied into the new encrypted file, per table, and how many rows could not be read."""

    path: Path
    copied: dict[str, int] = field(default_factory=dict)
    lost: dict[str, int] = field(default_factory=dict)

    @property
    def changes(self) -> int:
        return self.copied.get("outbox", 0)


# ---- checks ----------------------------------------------------------------------------------------


def open_raw(db_path: Path, key: bytes | bytearray) -> Any:
    """A keyed connection for checking; DatabaseDamaged when not even the schema can be read.

    The key was already proven by the vault (AES-GCM), so a file it cannot open is damaged (or is not
    this vault's database).
    """
    from app.store.engine import connect

    try:
        conn = connect(db_path, key)
    except VaultCorrupt:
        raise DatabaseDamaged(Report("quick", ("the first page or the schema cannot be read",))) from None
    _quiet(conn)
    return conn


def quick_problems(conn: Any) -> list[str]:
    """The unlock check: every table's root and its first and last rows. Milliseconds, not seconds.

    Stops at the first page that fails: after that SQLCipher refuses every read on the connection.
    """
    try:
        tables = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    except _DB_ERRORS:
        return ["the schema cannot be read"]
    for name, sql in tables:
        if sql and sql.lstrip().upper().startswith("CREATE VIRTUAL"):
            continue  # its shadow tables are ordinary tables and are read below
        quoted = _quote(name)
        reads = [f"SELECT * FROM {quoted} LIMIT 1"]
        if "WITHOUT ROWID" not in (sql or "").upper():
            reads.append(f"SELECT * FROM {quoted} ORDER BY rowid DESC LIMIT 1")
        for query in reads:
            try:
                conn.execute(query).fetchall()
            except _DB_ERRORS:
                return [f"table {name}: a page cannot be read"]
    return []


def full_problems(conn: Any) -> dict[str, list[str]]:
    """Every page's HMAC (``cipher_integrity_check``), then SQLite's ``integrity_check``."""
    return {"cipher integrity": _run(conn, cipher_problems), "integrity": _run(conn, integrity_problems)}


def quick_check(db_path: Path, key: bytes | bytearray) -> Report:
    try:
        conn = open_raw(db_path, key)
    except DatabaseDamaged as exc:
        return exc.report
    try:
        return Report("quick", tuple(quick_problems(conn)))
    finally:
        conn.close()


def full_check(db_path: Path, key: bytes | bytearray) -> Report:
    try:
        conn = open_raw(db_path, key)
    except DatabaseDamaged as exc:
        return Report("full", exc.report.problems)
    try:
        return _full_report(conn)
    finally:
        conn.close()


def full_check_store(store: Any) -> Report:
    """The full check on an open store's own keyed connection (the key itself is no longer kept)."""
    from app.errors import Locked

    if store.engine is None:
        raise Locked("The vault is locked.")
    pooled = store.engine.raw_connection()
    try:
        conn = pooled.driver_connection
        _quiet(conn)
        report = _full_report(conn)
    except BaseException:
        pooled.invalidate()
        raise
    if report.ok:
        pooled.close()
    else:
        pooled.invalidate()  # a connection that met a bad page refuses every later read
    return report


def _full_report(conn: Any) -> Report:
    problems = [f"{name}: {p}" for name, found in full_problems(conn).items() for p in found]
    return Report("full", tuple(problems[:MAX_PROBLEMS]))


def _run(conn: Any, check: Any) -> list[str]:
    try:
        return check(conn)
    except sqlcipher3.DatabaseError as exc:  # SQLite's own sentence ("database disk image is malformed")
        return [f"could not run: {exc}"]
    except MemoryError:
        return ["could not run: a page could not be decrypted"]


def cipher_problems(conn: Any) -> list[str]:
    # SQLCipher returns a row only for a page whose HMAC fails, so no rows means every page is intact.
    return [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check").fetchmany(MAX_PROBLEMS)]


def integrity_problems(conn: Any) -> list[str]:
    rows = conn.execute(f"PRAGMA integrity_check({MAX_PROBLEMS})").fetchall()
    lines = [line for row in rows for line in str(row[0]).splitlines()]
    return [line for line in lines if line not in ("ok", "*** in database main ***")]


def _quiet(conn: Any) -> None:
    # SQLCipher logs each bad page to stderr; the report says it in one line instead.
    with contextlib.suppress(sqlcipher3.DatabaseError):
        conn.execute("PRAGMA cipher_log_level = NONE")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# ---- schedule ---------------------------------------------------------------------------------------


def full_check_due(session: Any, now: datetime | None = None) -> bool:
    last = state(session, CHECKED_AT)
    if not last:
        return True
    try:
        return (now or datetime.now(UTC)) - datetime.fromisoformat(last) >= FULL_CHECK_EVERY
    except ValueError:
        return True


def mark_checked(session: Any, now: datetime | None = None) -> None:
    set_state(session, CHECKED_AT, (now or datetime.now(UTC)).isoformat(timespec="seconds"))


def mark_suspect(data_dir: Path) -> None:
    """A full check failed: the next unlock runs the full check as well, and offers recovery."""
    path = Path(data_dir) / SUSPECT_FILE
    path.write_text(datetime.now(UTC).isoformat(timespec="seconds") + "\n", encoding="ascii")
    os.chmod(path, 0o600)


def is_suspect(data_dir: Path) -> bool:
    return (Path(data_dir) / SUSPECT_FILE).is_file()


def clear_suspect(data_dir: Path) -> None:
    (Path(data_dir) / SUSPECT_FILE).unlink(missing_ok=True)


# ---- recovery pieces ----------------------------------------------------------------------------------


def salvage(db_path: Path, key: bytes | bytearray, dest: Path) -> Salvage:
    """Copy the readable outbox (unsynced changes), audit trail, drafts and sync state into a new
    SQLCipher file under the same key. Rows on a page that fails its HMAC are skipped and counted."""
    from sqlalchemy.schema import CreateTable

    from app.model import AuditEvent, Draft, OutboxEntry, SyncState
    from app.store.engine import make_engine

    dest.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    copied: dict[str, int] = {}
    lost: dict[str, int] = {}
    engine = make_engine(dest, key)
    try:
        with engine.begin() as conn:
            for model in (OutboxEntry, AuditEvent, Draft, SyncState):
                # The bare tables: no indexes, and none of the schema's FTS triggers (they need member).
                conn.execute(CreateTable(model.__table__))
        source = _Reader(db_path, key)
        try:
            for table, key_column in SALVAGED:
                copied[table], lost[table] = _copy_table(source, engine, table, key_column)
        finally:
            source.close()
    finally:
        engine.dispose()
    log.info("salvage copied %s", copied)
    return Salvage(dest, copied, lost)


class _Reader:
    """Reads from the damaged file, opening a new connection after each failure: once SQLCipher meets a
    bad page it refuses every later read on that connection."""

    def __init__(self, db_path: Path, key: bytes | bytearray) -> None:
        self.db_path, self.key = db_path, bytes(key)
        self.conn: Any = None

    def execute(self, query: str, params: tuple[Any, ...] = ()) -> Any:
        if self.conn is None:
            self.conn = open_raw(self.db_path, self.key)  # DatabaseDamaged: nothing can be read at all
        return self.conn.execute(query, params)

    def failed(self) -> None:
        self.close()

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def _copy_table(source: _Reader, engine: Any, table: str, key_column: str | None) -> tuple[int, int]:
    try:
        columns = [row[1] for row in source.execute(f"PRAGMA table_info({_quote(table)})")]
    except DatabaseDamaged:
        return 0, 0
    except _DB_ERRORS:
        source.failed()
        return 0, 0
    with engine.connect() as conn:
        dest_columns = {row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({_quote(table)})")}
    columns = [c for c in columns if c in dest_columns]
    if not columns:
        return 0, 0
    rows, lost = _readable_rows(source, table, columns, key_column)
    if rows:
        names = ", ".join(_quote(c) for c in columns)
        marks = ", ".join("?" for _ in columns)
        with engine.begin() as conn:
            conn.exec_driver_sql(f"INSERT OR IGNORE INTO {_quote(table)} ({names}) VALUES ({marks})", rows)
    return len(rows), lost


def _readable_rows(source: _Reader, table: str, columns: list[str], key_column: str | None
                   ) -> tuple[list[tuple[Any, ...]], int]:
    """Scan in key order; past a bad page, read the remaining keys one by one (each lookup walks only
    the b-tree path to its own row, so rows on intact pages still read)."""
    names = ", ".join(_quote(c) for c in columns)
    order = f" ORDER BY {_quote(key_column)}" if key_column else ""
    rows: list[tuple[Any, ...]] = []
    try:
        for row in source.execute(f"SELECT {names} FROM {_quote(table)}{order}"):
            rows.append(tuple(row))
        return rows, 0
    except _DB_ERRORS:
        source.failed()
    if key_column is None:
        return rows, 1  # at least one row lost; how many cannot be known
    index = columns.index(key_column)
    last = rows[-1][index] if rows else 0
    lost = 0
    query = f"SELECT {names} FROM {_quote(table)} WHERE {_quote(key_column)} = ?"
    for key in range(int(last) + 1, _upper_key(source, table, key_column) + 1):
        try:
            found = source.execute(query, (key,)).fetchone()
        except _DB_ERRORS:
            source.failed()
            lost += 1
            continue
        if found is not None:
            rows.append(tuple(found))
    return rows, lost


def _upper_key(source: _Reader, table: str, key_column: str) -> int:
    queries = (("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)),
               (f"SELECT max({_quote(key_column)}) FROM {_quote(table)}", ()))
    for query, params in queries:
        try:
            value = source.execute(query, params).fetchone()
        except _DB_ERRORS:
            source.failed()
            continue
        if value and isinstance(value[0], int):
            return value[0]
    return 0


def move_aside(db_path: Path, stamp: str) -> Path:
    """Rename the damaged file (with its WAL and shared-memory files) beside itself; nothing is deleted."""
    moved = db_path.with_name(db_path.stem + DAMAGED_INFIX + stamp + db_path.suffix)
    for suffix in ("-wal", "-shm", "-journal"):
        part = db_path.with_name(db_path.name + suffix)
        if part.exists():
            os.replace(part, moved.with_name(moved.name + suffix))
    if db_path.exists():
        os.replace(db_path, moved)
    log.warning("damaged database moved aside")
    return moved


def stamp_now() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
