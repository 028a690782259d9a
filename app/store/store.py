"""An open, keyed local store: the engine, the session factory, this device's id and clock."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session, sessionmaker

from app.actor import Actor
from app.errors import Locked
from app.model.local import SyncState
from app.store import outbox
from app.store.base import new_id
from app.store.engine import make_engine
from app.store.hlc import HybridClock
from app.store.schema import ensure_schema

DEFAULT_USER = "local"
DEFAULT_ROLE = "nurse"


class Store:
    def __init__(
        self, engine: Engine, device_id: str, clock: HybridClock, schema_action: str,
        db_path: Path | None = None,
    ) -> None:
        self.engine: Engine | None = engine
        self.db_path = db_path or Path()
        self.device_id = device_id
        self.clock = clock
        self.schema_action = schema_action
        self._factory = sessionmaker(engine, expire_on_commit=False)
        outbox.install(self._factory)
        self._lock = threading.Lock()
        self._user = (DEFAULT_USER, DEFAULT_ROLE)

    @classmethod
    def open(cls, db_path: Path, key: bytes | bytearray, *, memory_security: bool = False) -> Store:
        engine = make_engine(db_path, key, memory_security=memory_security)
        try:
            with engine.begin() as conn:
                action = ensure_schema(conn)
                device_id = _state(conn, "device_id") or _init_state(conn, "device_id", new_id())
                last_hlc = conn.execute(text("SELECT max(hlc) FROM outbox")).scalar()
                user = (_state(conn, "user_name") or DEFAULT_USER, _state(conn, "user_role") or DEFAULT_ROLE)
        except BaseException:
            engine.dispose()
            raise
        store = cls(engine, device_id, HybridClock(device_id, last_hlc), action, db_path)
        store._user = user
        return store

    @property
    def is_open(self) -> bool:
        return self.engine is not None

    def session(self, actor: Actor | None = None, *, from_server: bool = False) -> Session:
        """A new session; the caller owns the transaction (``with store.session(a) as s, s.begin():``)."""
        if self.engine is None:
            raise Locked("The vault is locked.")
        session = self._factory()
        session.info.update(actor=actor, clock=self.clock, from_server=from_server)
        return session

    @contextmanager
    def transaction(self, actor: Actor | None = None, *, from_server: bool = False) -> Iterator[Session]:
        with self.session(actor, from_server=from_server) as session, session.begin():
            yield session

    def actor(self) -> Actor:
        """Who works on this laptop: the server account once signed in (name and role), else a local
        placeholder. Kept in memory, so asking costs no query (the GUI thread asks)."""
        name, role = self._user
        return Actor(user=name, device=self.device_id, role=role)

    def set_user(self, name: str, role: str = DEFAULT_ROLE) -> Actor:
        """Remember the server account this laptop signs in as; returns the new actor."""
        with self.transaction(self.actor()) as s:
            s.merge(SyncState(key="user_name", value=name))
            s.merge(SyncState(key="user_role", value=role))
        self._user = (name, role)
        return self.actor()

    def close(self) -> None:
        if self.engine is not None:
            self.engine.dispose()
            self.engine = None


def _state(conn: object, key: str) -> str | None:
    return conn.execute(select(SyncState.value).where(SyncState.key == key)).scalar()  # type: ignore[attr-defined]


def _init_state(conn: object, key: str, value: str) -> str:
    conn.execute(SyncState.__table__.insert().values(key=key, value=value))  # type: ignore[attr-defined]
    return value
