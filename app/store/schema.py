"""Bringing an open database to the current schema: create a new file, upgrade an old one."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import Connection, text

import app.model
import app.store.ddl  # noqa: F401  (FTS and trigger DDL on create_all)
from app.errors import VaultCorrupt
from app.store.base import Base

# The newest migration. A test checks it against Alembic's own idea of head.
SCHEMA_HEAD = "20261122_0004"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def current_revision(conn: Connection) -> str | None:
    has_table = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).first()
    if not has_table:
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def ensure_schema(conn: Connection) -> str:
    """A new file gets create_all + stamp; an old one is upgraded on this same connection.

    Returns what was done: "created", "upgraded" or "current".
    """
    revision = current_revision(conn)
    if revision == SCHEMA_HEAD:
        return "current"
    if revision is None:
        Base.metadata.create_all(conn)
        conn.exec_driver_sql(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
            "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
        )
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": SCHEMA_HEAD})
        return "created"
    if revision not in known_revisions():
        raise VaultCorrupt(
            "This data was written by a newer version of Carefield. Install the newer version to open it."
        )
    upgrade(conn)
    return "upgraded"


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return {rev.revision for rev in script.walk_revisions()}


def alembic_config(conn: Connection) -> object:
    from alembic.config import Config

    config = Config(stdout=sys.stdout)  # today's stdout: Config's default is the one at alembic's import
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = conn
    return config


def upgrade(conn: Connection, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(conn), revision)  # type: ignore[arg-type]
