"""Alembic environment: always runs on the connection the caller opened (the keyed SQLCipher one)."""

from __future__ import annotations

from typing import Any

from alembic import context

import app.model  # noqa: F401
from app.store.base import Base
from app.store.ddl import FTS_TABLES

config = context.config


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    return not (type_ == "table" and (name in FTS_TABLES or name == "sqlite_sequence"))


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Carefield migrations run only on an open, keyed connection")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_name=include_name,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
