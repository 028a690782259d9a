"""Sync through a proxy that resets connections, truncates replies and stalls: once the faults stop,
sync finishes, and nothing is applied twice or lost."""

from __future__ import annotations

from urllib.parse import urlparse

from sqlalchemy import func, select

from app.errors import SyncError
from app.model import OutboxEntry
from app.services import access, members
from app.store.vault import KdfParams
from sync.client import SyncClient
from sync.server import admin
from tests.conftest import PASSPHRASE, SAMPLE_MEMBER
from tests.fault_proxy import PASS, RESET, STALL, TRUNCATE, fault_proxy
from tests.sync_checks import assert_laptop_matches_server

PASSWORD = "a long server password"
SCHEDULE = [PASS, RESET, TRUNCATE, STALL, RESET, TRUNCATE, PASS, TRUNCATE, RESET, STALL, TRUNCATE]


def test_sync_survives_a_faulty_network(sync_server, tmp_path):
    with sync_server.admin() as s:
        admin.add_user(s, "ana", PASSWORD, "nurse")
    from sync.server.admin_commands import demo

    class Args:
        nurse, members, seed = "ana", 6, 5

    demo(sync_server.factory, Args, lambda: "")
    store, _ = access.create(tmp_path / "laptop", PASSPHRASE, kdf=KdfParams.fast())
    actor = store.actor()
    with store.transaction(actor) as s:
        for i in range(30):
            made = members.create(s, actor, **(SAMPLE_MEMBER | {"plan_member_id": f"NET-{i:04d}",
                                                              "first_name": f"Net{i}", "last_name": "Proxy"}))
            members.update(s, actor, made.id, preferred_name=f"v2-{i:04d}")
        queued = s.scalar(select(func.count()).select_from(OutboxEntry))
    port = urlparse(sync_server.url).port
    with fault_proxy(port, SCHEDULE, stall_seconds=2.5) as proxy:
        client = SyncClient(store, f"http://127.0.0.1:{proxy.port}", timeout=1.5, retries=1)
        client.login("ana", PASSWORD)
        failures = 0
        for _ in range(20):
            try:
                client.sync()
                break
            except SyncError:
                failures += 1
        else:
            raise AssertionError("sync never finished once the faults stopped")
        assert failures >= 1 and {RESET, TRUNCATE, STALL} <= set(proxy.served)
    try:
        local = assert_laptop_matches_server(store, sync_server, queued)
    finally:
        store.close()
    names = sorted(r.preferred_name for (table, _), r in local.items()
                   if table == "member" and r.plan_member_id.startswith("NET"))
    assert names == [f"v2-{i:04d}" for i in range(30)]
