"""The server's database: SQLite file by default (one machine), PostgreSQL when given a URL."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, create_engine, event, insert, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from sync.server.models import Counter

SEQ = "seq"
COUNTERS = Counter.__table__
# Core statements built once, run on the session's connection: they take every sequence number.
_BUMP = (update(COUNTERS).where(COUNTERS.c.name == SEQ).values(value=COUNTERS.c.value + bindparam("count"))
         .returning(COUNTERS.c.value))
_COMMITTED = select(COUNTERS.c.value).where(COUNTERS.c.name == SEQ)
# Held by the transaction that migrates (released at its end); the number only has to be Carefield's own.
_MIGRATION_LOCK = text("SELECT pg_advisory_xact_lock(20261122)")
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def default_url() -> str:
    import platformdirs

    folder = platformdirs.user_data_path("CarefieldServer", appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{Path(folder) / 'server.db'}"


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, record: Any) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON", "busy_timeout=30000"):
                dbapi_conn.execute(f"PRAGMA {pragma}")

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_size=20, max_overflow=20, pool_pre_ping=True)


def init_schema(engine: Engine) -> None:
    """Bring the database to the newest revision (an empty one is built by the migrations), then make
    sure the sequence counter exists; all in one transaction.

    On PostgreSQL the transaction first takes an advisory lock, so server processes started together (a
    systemd template, after an upgrade) migrate one after the other: the first does the work, the others
    then find the schema current. Without it they raced and all but one failed at start-up. SQLite needs
    none: the transaction begins IMMEDIATE, which already admits one writer at a time."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(_MIGRATION_LOCK)
        upgrade(conn)
        if conn.execute(_COMMITTED).first() is None:
            conn.execute(insert(COUNTERS).values(name=SEQ, value=0))
    if engine.dialect.name == "sqlite":
        refresh_statistics(engine)  # SQLite has no autovacuum to do it


def refresh_statistics(engine: Engine) -> None:
    """Fresh planner statistics, after bulk changes (an import, a demo caseload, assignments) and at start.
    Which index a pull walks depends on them: without them SQLite (and PostgreSQL right after a bulk load)
    reads every row of the nurse's caseload past the cursor and sorts them for each page, instead of
    walking the sequence index one page long. PostgreSQL's autovacuum refreshes them too, within minutes."""
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA analysis_limit = 1000")  # sampled: quick on a large file
        conn.exec_driver_sql("ANALYZE")


def alembic_config(conn: Connection) -> Any:
    from alembic.config import Config

    config = Config(stdout=sys.stdout)  # today's stdout: Config's default is the one at alembic's import
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = conn
    return config


def upgrade(conn: Connection) -> None:
    from alembic import command

    command.upgrade(alembic_config(conn), "head")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def next_seqs(session: Session, count: int = 1) -> range:
    """Take ``count`` sequence numbers. Call it last in a transaction: the counter row stays locked
    until commit, so no later number can commit before an earlier one (the commit-order hazard)."""
    last = session.connection().execute(_BUMP, {"count": count}).scalar_one()
    return range(last - count + 1, last + 1)


def committed_seq(session: Session) -> int:
    return session.connection().execute(_COMMITTED).scalar_one()
