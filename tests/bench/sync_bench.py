"""Sync figures (DESIGN.md §7): first sync of a caseload against bulk-inserting the same rows locally
plus moving the same bytes over loopback; a no-change sync; 1,000 offline changes pushed."""

from __future__ import annotations

import json
import socket
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

from app import demo
from app.services import access, members
from app.store.codec import encode
from app.store.vault import KdfParams
from sync.client import SyncClient
from sync.server import admin
from tests.bench.harness import Figure, median_time
from tests.server_fixtures import running_server

PASSWORD = "a long server password"
PASSPHRASE = "lavender tractor under moonlight"


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


def figures(quick: bool) -> list[Figure]:
    caseload, years = (20, 3) if quick else (150, 10)
    data = _caseload(caseload, years)
    rows = [(table, {k: encode(v) for k, v in row.items() if k != "version"})
            for table, table_rows in data.non_empty() for row in table_rows]
    out: list[Figure] = []
    with tempfile.TemporaryDirectory() as tmp, running_server(f"sqlite:///{Path(tmp) / 's.db'}") as server:
        with server.admin() as s:
            admin.add_user(s, "ana", PASSWORD, "nurse")
            admin.server_rows(s, rows)
            for member in data.members:
                admin.assign(s, member["id"], "ana")
        store, _ = access.create(Path(tmp) / "laptop", PASSPHRASE, kdf=KdfParams.fast())
        client = SyncClient(store, server.url)
        client.login("ana", PASSWORD)
        first = median_time(client.sync, runs=1)
        payload = json.dumps([r for _, r in rows]).encode()
        reference = _bulk_insert_seconds(data, Path(tmp) / "bulk") + _loopback_seconds(payload)
        out.append(Figure(f"first sync, {caseload} members ({len(rows):,} rows)", first, reference,
                          "bulk insert + loopback", 2.0))
        out.append(Figure("no-change sync", median_time(client.sync, runs=5), None, "", 0.150))
        actor = store.actor()
        with store.transaction(actor) as s:
            for i in range(250):
                made = members.create(s, actor, plan_member_id=f"PUSH-{i:05d}", first_name="Pat",
                                      last_name=f"Bench{i}", dob="1950-01-01", line_of_business="ma",
                                      program="basic_cm", risk_tier="low", referral_source="provider",
                                      identified_on="2026-01-01")
                members.update(s, actor, made.id, preferred_name="P")
                members.update(s, actor, made.id, city="Fresno")
        out.append(Figure("1,000 offline changes pushed", median_time(client.push, runs=1), None, "", 3.0))
        store.close()
    return out
