"""Sync figures (DESIGN.md §7): first sync of a caseload against bulk-inserting the same rows locally
plus moving the same bytes over loopback; a no-change sync; 1,000 offline changes pushed.

Each is measured against an SQLite server and, when one answers, a PostgreSQL server (see
server_process.postgres_url: CAREFIELD_BENCH_PG_URL, else CAREFIELD_TEST_PG_URL, else the local test
database; its schema is dropped). The server is a real ``carefield-server serve`` process on loopback.

The demo generator's charts are lighter than DESIGN.md's "heavy chart" (≈ 90 rows per member over
5 years, not ≈ 330), so the full run stretches the history to 35 years: 150 members then make ≈ 50,000
rows, the caseload size the budget names. The row count is in the figure's name.
"""

from __future__ import annotations

import gc
import json
import socket
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import date
from itertools import count
from pathlib import Path
from typing import Any

from app import demo
from app.services import access, members
from app.store.codec import encode
from app.store.store import Store
from app.store.vault import KdfParams
from sync.client import SyncClient
from sync.server import admin
from tests.bench.harness import Figure, median_time
from tests.bench.server_process import Database, database, empty_database, postgres_url, serving

PASSWORD = "a long server password"
PASSPHRASE = "lavender tractor under moonlight"
FIRST_SYNC_BUDGET = 2.0  # × (bulk insert + loopback)
NO_CHANGE_BUDGET = 0.150
PUSH_BUDGET = 3.0
PUSHED = 1000


def _loopback_seconds(payload: bytes) -> float:
    """Time to move ``payload`` through a loopback TCP connection."""
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    received = bytearray()

    def sink() -> None:
        conn, _ = server.accept()
        with conn:
            while chunk := conn.recv(1 << 20):
                received.extend(chunk)

    thread = threading.Thread(target=sink)
    thread.start()
    start = time.perf_counter()
    with socket.create_connection(("127.0.0.1", port)) as client:
        client.sendall(payload)
    thread.join()
    server.close()
    return time.perf_counter() - start


def _caseload(members_count: int, years: int) -> demo.DemoData:
    return demo.build(7, members_count, date.today(), years, nurse="ana")


def _bulk_insert_seconds(data: demo.DemoData, folder: Path) -> float:
    store, _ = access.create(folder, PASSPHRASE, kdf=KdfParams.fast())
    try:
        start = time.perf_counter()
        with store.transaction(store.actor(), from_server=True) as s:
            demo._insert(s, data)
        return time.perf_counter() - start
    finally:
        store.close()


def _load(db: Database, data: demo.DemoData, rows: list[tuple[str, dict[str, Any]]]) -> None:
    with db.admin() as s:
        admin.add_user(s, "ana", PASSWORD, "nurse")
        admin.server_rows(s, rows)
        for member in data.members:
            admin.assign(s, member["id"], "ana")
    db.settle()


def _laptop(folder: Path, url: str) -> tuple[Store, SyncClient]:
    store, _ = access.create(folder, PASSPHRASE, kdf=KdfParams.fast())
    client = SyncClient(store, url)
    client.login("ana", PASSWORD)
    return store, client


def _offline_changes(store: Store, batch: Callable[[], int]) -> Callable[[], None]:
    """A setup for one push run: 250 referrals made offline, each then edited twice (1,000 changes)."""
    def write() -> None:
        actor, run = store.actor(), batch()
        with store.transaction(actor) as s:
            for i in range(PUSHED // 4):
                made = members.create(s, actor, plan_member_id=f"PUSH-{run:02d}-{i:04d}", first_name="Pat",
                                      last_name=f"Bench{run}-{i}", dob="1950-01-01", line_of_business="ma",
                                      program="basic_cm", risk_tier="low", referral_source="provider",
                                      identified_on="2026-01-01")
                members.update(s, actor, made.id, preferred_name="P")
                members.update(s, actor, made.id, city="Fresno")
    return write


def _backend_figures(backend: str, quick: bool, data: demo.DemoData, rows: list[tuple[str, dict[str, Any]]],
                     reference: float) -> list[Figure]:
    runs = 1 if quick else 3
    label = f"{len(data.members)} members ({len(rows):,} rows)"
    with tempfile.TemporaryDirectory() as tmp, database(empty_database(backend, Path(tmp))) as db:
        _load(db, data, rows)
        with serving(db.url) as (url,):
            laptops = count()
            firsts = []
            for _ in range(runs):
                store, client = _laptop(Path(tmp) / f"laptop{next(laptops)}", url)
                start = time.perf_counter()
                client.sync()
                firsts.append(time.perf_counter() - start)
                if len(firsts) < runs:
                    store.close()
            try:
                no_change = median_time(client.sync, runs=5 if quick else 9)
                batches = count()
                offline = _offline_changes(store, lambda: next(batches))
                pushed = median_time(client.push, runs=runs, setup=offline)
            finally:
                store.close()
    return [
        Figure(f"first sync, {label}, {backend}", statistics.median(firsts), reference,
               "bulk insert + loopback", FIRST_SYNC_BUDGET),
        Figure(f"no-change sync, {backend}", no_change, None, "", NO_CHANGE_BUDGET),
        Figure(f"{PUSHED:,} offline changes pushed, {backend}", pushed, None, "", PUSH_BUDGET),
    ]


def figures(quick: bool) -> list[Figure]:
    caseload, years = (20, 3) if quick else (150, 35)
    data = _caseload(caseload, years)
    rows = [(table, {k: encode(v) for k, v in row.items() if k != "version"})
            for table, table_rows in data.non_empty() for row in table_rows]
    payload = json.dumps([r for _, r in rows]).encode()
    # The benchmark's own inputs (~900,000 objects) are no part of a laptop's heap: out of the collector's
    # sight, or every full collection during a sync walks them too (0.5-1 s of a first sync).
    gc.collect()
    gc.freeze()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            bulk = [_bulk_insert_seconds(data, Path(tmp) / f"bulk{i}") for i in range(1 if quick else 3)]
        reference = statistics.median(bulk) + min(_loopback_seconds(payload) for _ in range(3))
        backends = ["sqlite", "postgresql"] if postgres_url() else ["sqlite"]
        return [figure for backend in backends
                for figure in _backend_figures(backend, quick, data, rows, reference)]
    finally:
        gc.unfreeze()
