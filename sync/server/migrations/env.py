"""Alembic environment of the sync server: runs on the connection the caller opened."""

from __future__ import annotations

from alembic import context

from sync.server.models import ServerBase

config = context.config


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("server migrations run on an open connection (see sync.server.db.init_schema)")
    context.configure(connection=connection, target_metadata=ServerBase.metadata, render_as_batch=True,
                      compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
