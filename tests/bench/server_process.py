"""The sync server as the benchmarks run it: real ``carefield-server serve`` processes on loopback ports,
as deployed (one process per port behind nginx, docs/deploy.md §4), not a thread inside the benchmark.
In a thread the server would share the laptop's interpreter lock, and a figure would mix the two."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import requests
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from sync.protocol import API
from sync.server.db import init_schema, make_engine, refresh_statistics, session_factory

LOCAL_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
START_TIMEOUT = 30.0


def postgres_url() -> str | None:
    """CAREFIELD_BENCH_PG_URL, else CAREFIELD_TEST_PG_URL, else the local test database if it answers.
    Its public schema is dropped and rebuilt: never point this at a database you keep."""
    url = os.environ.get("CAREFIELD_BENCH_PG_URL") or os.environ.get("CAREFIELD_TEST_PG_URL") or LOCAL_PG
    try:
        engine = create_engine(url, connect_args={"connect_timeout": 3})
    except ImportError:  # no driver installed
        return None
    try:
        with engine.connect():
            return url
    except OperationalError:
        return None
    finally:
        engine.dispose()


def empty_database(backend: str, folder: Path) -> str:
    """A fresh database URL: an SQLite file in ``folder``, or PostgreSQL with its schema dropped."""
    if backend == "sqlite":
        return f"sqlite:///{folder / 'server.db'}"
    url = postgres_url()
    if url is None:
        raise RuntimeError("PostgreSQL is not reachable")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


@dataclass
class Database:
    url: str
    engine: Engine
    factory: sessionmaker[Session]

    @contextmanager
    def admin(self) -> Iterator[Session]:
        with self.factory() as session, session.begin():
            yield session

    def settle(self) -> None:
        """Planner statistics after a bulk load, as the admin commands leave them (refresh_statistics)
        and PostgreSQL's autovacuum would within a minute."""
        refresh_statistics(self.engine)


@contextmanager
def database(url: str) -> Iterator[Database]:
    engine = make_engine(url)
    init_schema(engine)
    try:
        yield Database(url, engine, session_factory(engine))
    finally:
        engine.dispose()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_healthy(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server process exited with {process.returncode}")
        with suppress(requests.RequestException):
            if requests.get(f"{url}{API}/health", timeout=1).ok:
                return
        time.sleep(0.05)
    raise RuntimeError("the server process did not answer in time")


@contextmanager
def serving(db_url: str, processes: int = 1) -> Iterator[list[str]]:
    """``processes`` servers on the database, each on its own port; yields their base URLs. They start
    one after another, so only the first may bring the schema up to date."""
    running: list[subprocess.Popen[bytes]] = []
    urls: list[str] = []
    with tempfile.TemporaryFile() as log:
        try:
            for _ in range(processes):
                port = _free_port()
                command = [sys.executable, "-m", "sync.server.cli", "--db", db_url, "serve",
                           "--host", "127.0.0.1", "--port", str(port)]
                running.append(subprocess.Popen(command, stdout=log, stderr=log))
                urls.append(f"http://127.0.0.1:{port}")
                _wait_healthy(urls[-1], running[-1])
            yield urls
        except RuntimeError:
            log.seek(0)
            sys.stderr.write(log.read().decode("utf-8", "replace")[-4000:])
            raise
        finally:
            for process in running:
                process.terminate()
            for process in running:
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
