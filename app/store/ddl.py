"""SQL the ORM cannot express: full-text indexes kept in step by triggers, and the audit guard.

``create_all`` runs these through ``after_create``; the first migration carries its own frozen copy,
and a test proves both paths build the same schema.
"""

from __future__ import annotations

from sqlalchemy import DDL, event

from app.store.base import Base

MEMBER_FTS_COLUMNS = "first_name, last_name, preferred_name, plan_member_id, phone_digits"
_NEW = ", ".join(f"new.{c.strip()}" for c in MEMBER_FTS_COLUMNS.split(","))
_OLD = ", ".join(f"old.{c.strip()}" for c in MEMBER_FTS_COLUMNS.split(","))

STATEMENTS: tuple[str, ...] = (
    f"CREATE VIRTUAL TABLE member_fts USING fts5({MEMBER_FTS_COLUMNS}, content='member', "
    "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER member_fts_ai AFTER INSERT ON member BEGIN "
    f"INSERT INTO member_fts(rowid, {MEMBER_FTS_COLUMNS}) VALUES (new.rowid, {_NEW}); END",
    f"CREATE TRIGGER member_fts_ad AFTER DELETE ON member BEGIN "
    f"INSERT INTO member_fts(member_fts, rowid, {MEMBER_FTS_COLUMNS}) "
    f"VALUES ('delete', old.rowid, {_OLD}); END",
    f"CREATE TRIGGER member_fts_au AFTER UPDATE ON member BEGIN "
    f"INSERT INTO member_fts(member_fts, rowid, {MEMBER_FTS_COLUMNS}) "
    f"VALUES ('delete', old.rowid, {_OLD}); "
    f"INSERT INTO member_fts(rowid, {MEMBER_FTS_COLUMNS}) VALUES (new.rowid, {_NEW}); END",
    "CREATE VIRTUAL TABLE note_fts USING fts5(note, content='encounter', content_rowid='rowid', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER note_fts_ai AFTER INSERT ON encounter BEGIN "
    "INSERT INTO note_fts(rowid, note) VALUES (new.rowid, new.note); END",
    "CREATE TRIGGER note_fts_ad AFTER DELETE ON encounter BEGIN "
    "INSERT INTO note_fts(note_fts, rowid, note) VALUES ('delete', old.rowid, old.note); END",
    "CREATE TRIGGER note_fts_au AFTER UPDATE OF note ON encounter BEGIN "
    "INSERT INTO note_fts(note_fts, rowid, note) VALUES ('delete', old.rowid, old.note); "
    "INSERT INTO note_fts(rowid, note) VALUES (new.rowid, new.note); END",
    "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event BEGIN "
    "SELECT RAISE(ABORT, 'audit events are append-only'); END",
    "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event BEGIN "
    "SELECT RAISE(ABORT, 'audit events are append-only'); END",
)

# Tables FTS5 creates for itself; Alembic's comparison must not see them as drift.
FTS_TABLES = frozenset(
    f"{base}{suffix}"
    for base in ("member_fts", "note_fts")
    for suffix in ("", "_data", "_idx", "_content", "_docsize", "_config")
)

for _statement in STATEMENTS:
    event.listen(Base.metadata, "after_create", DDL(_statement).execute_if(dialect="sqlite"))
