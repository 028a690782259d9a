"""Concurrent writers against a puller: no row is ever skipped by a cursor (the PostgreSQL commit-order
hazard), and two server processes on one database serve the same laptops consistently."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import requests
from sqlalchemy import select

from app.services import access, members
from app.store.base import new_id
from app.store.hlc import format_hlc
from app.store.vault import KdfParams
from sync.client import SyncClient
from sync.protocol import API
from sync.server import admin
from sync.server.models import Record
from tests.conftest import PASSPHRASE, SAMPLE_MEMBER

PASSWORD = "a long server password"
WRITERS, CHANGES_EACH = 4, 40


def token(url: str, user: str, device: str) -> str:
    answer = requests.post(f"{url}{API}/auth/login", timeout=10,
                           json={"username": user, "password": PASSWORD, "device_id": device})
    return answer.json()["token"]


def writer(url: str, device: str, member_id: str, errors: list[str]) -> None:
    bearer = {"Authorization": f"Bearer {token(url, 'ana', device)}"}
    for i in range(CHANGES_EACH):
        row = new_id()
        change = {"change_id": new_id(), "table": "task", "row_id": row, "member_id": member_id,
                  "op": "insert",
                  "fields": {"id": row, "member_id": member_id, "kind": "manual", "title": f"{device}-{i}",
                             "due_on": "2026-12-01"},
                  "base_version": 0, "hlc": format_hlc(int(time.time() * 1000), i, device)}
        answer = requests.post(f"{url}{API}/sync/push", headers=bearer, timeout=30,
                               json={"device_id": device, "changes": [change]})
        if answer.status_code != 200 or answer.json()["results"][0]["result"] != "applied":
            errors.append(answer.text[:200])


def test_a_cursor_never_skips_a_row_committed_late(sync_server):
    with sync_server.admin() as s:
        admin.add_user(s, "ana", PASSWORD, "nurse")
        admin.server_rows(s, [("member", {"id": "m1", "member_id": "m1", "plan_member_id": "C1"})])
        admin.assign(s, "m1", "ana")
    bearer = {"Authorization": f"Bearer {token(sync_server.url, 'ana', 'reader')}"}
    errors: list[str] = []
    threads = [threading.Thread(target=writer, args=(sync_server.url, f"w{i}", "m1", errors))
               for i in range(WRITERS)]
    for thread in threads:
        thread.start()
    seen, cursor = set(), 0
    while any(t.is_alive() for t in threads) or cursor == 0:
        page = requests.get(f"{sync_server.url}{API}/sync/pull?cursor={cursor}&limit=7", headers=bearer,
                            timeout=30).json()
        seen |= {row["id"] for row in page["rows"]}
        cursor = page["next_cursor"]
    for thread in threads:
        thread.join()
    while True:  # catch up after the writers stopped
        page = requests.get(f"{sync_server.url}{API}/sync/pull?cursor={cursor}&limit=50", headers=bearer,
                            timeout=30).json()
        seen |= {row["id"] for row in page["rows"]}
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert errors == []
    with sync_server.admin() as s:
        stored = set(s.scalars(select(Record.id)))
    assert len(stored) == WRITERS * CHANGES_EACH + 1 and seen == stored


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def server_process(db_url: str):
    port = free_port()
    process = subprocess.Popen([sys.executable, "-c", "import sys; from sync.server.cli import main; "
                                "sys.exit(main(sys.argv[1:]))", "--db", db_url, "serve", "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ))
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                requests.get(f"{url}{API}/health", timeout=1)
                break
            except requests.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(10)


def test_two_server_processes_on_one_database(sync_server, tmp_path: Path):
    with sync_server.admin() as s:
        admin.add_user(s, "ana", PASSWORD, "nurse")
        admin.add_user(s, "ben", PASSWORD, "nurse")
    with server_process(sync_server.db_url) as first, server_process(sync_server.db_url) as second:
        a, _ = access.create(tmp_path / "a", PASSPHRASE, kdf=KdfParams.fast())
        b, _ = access.create(tmp_path / "b", PASSPHRASE, kdf=KdfParams.fast())
        client_a, client_b = SyncClient(a, first), SyncClient(b, second)
        client_a.login("ana", PASSWORD)
        client_b.login("ben", PASSWORD)
        actor = a.actor()
        with a.transaction(actor) as s:
            made = members.create(s, actor, **SAMPLE_MEMBER)
        client_a.sync()
        with sync_server.admin() as s:
            admin.assign(s, made.id, "ben")
        client_b.sync()  # through the other process
        with b.session() as s:
            assert members.peek(s, made.id).last_name == "Delgado"
        SyncClient(a, second).sync()  # the same token works on either process
        a.close()
        b.close()
