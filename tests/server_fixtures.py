"""A real sync server on port 0 (uvicorn in a thread), on SQLite or on PostgreSQL."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import uvicorn
from sqlalchemy.orm import Session, sessionmaker

PG_URL = os.environ.get("CAREFIELD_TEST_PG_URL", "")


@dataclass
class RunningServer:
    url: str
    factory: sessionmaker[Session]
    db_url: str

    @contextmanager
    def admin(self) -> Iterator[Session]:
        with self.factory() as session, session.begin():
            yield session


def reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@contextmanager
def running_server(db_url: str) -> Iterator[RunningServer]:
    from sync.server.app import create_app

    app = create_app(db_url)
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield RunningServer(f"http://127.0.0.1:{port}", app.state.factory, db_url)
    finally:
        server.should_exit = True
        thread.join(10)
        app.state.factory.kw["bind"].dispose()


def server_url_for(backend: str, tmp_path: Path) -> str:
    if backend == "postgresql":
        reset_postgres(PG_URL)
        return PG_URL
    return f"sqlite:///{tmp_path / 'server.db'}"
