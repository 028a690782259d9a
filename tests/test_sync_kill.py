"""SIGKILL the syncing client at random points of its push and pull, again and again, then let it
finish: the laptop and the server end equal, no change applied twice, none lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from app.model import OutboxEntry
from app.services import access, members
from app.store.vault import KdfParams
from sync.client import SyncClient
from sync.server import admin
from sync.server.models import AppliedChange, Record
from tests.conftest import PASSPHRASE, SAMPLE_MEMBER
from tests.sync_checks import assert_laptop_matches_server

PASSWORD = "a long server password"
ROUNDS = 10
LOCAL_MEMBERS = 100  # x4 outbox entries each: a push of ~4 s on the SQLite server
SYNC = "import sys; from sync.cli import main; sys.exit(main(sys.argv[1:]))"
# The same sync, telling the test where it is (on stdout, flushed) so a kill can land inside a phase.
TRACED_SYNC = """
import os, sys
from pathlib import Path
from app.services import access
from sync import local
from sync.client import SyncClient
store = access.unlock(Path(sys.argv[1]), os.environ["CAREFIELD_PASSPHRASE"])
with store.session() as s:
    url = local.state(s, "server_url")
client = SyncClient(store, url)
call = client._call
def traced(method, path, *args, **kwargs):
    print("call", path.split("?")[0], flush=True)
    return call(method, path, *args, **kwargs)
client._call = traced
client.sync(lambda stage, done, total: print("progress", stage, done, flush=True))
print("done", flush=True)
"""
# Where each round's kill lands: in flight of a push request (the server applies what the laptop has not
# yet recorded), just after a pulled page was stored (the next page is not), or at a random moment.
MOMENTS = ("call /sync/push", "progress pull", None)


def make_local_changes(store, count: int) -> None:
    actor = store.actor()
    with store.transaction(actor) as s:
        for i in range(count):
            made = members.create(s, actor, **(SAMPLE_MEMBER | {
                "plan_member_id": f"KILL-{i:04d}", "first_name": f"Kim{i}", "last_name": f"Test{i}"}))
            members.update(s, actor, made.id, preferred_name=f"v1-{i}")
            members.update(s, actor, made.id, preferred_name=f"v2-{i:04d}")


def keep_working(data_dir: Path, round_no: int, expected: dict[str, str], rng: random.Random) -> int:
    """The nurse edits between interrupted syncs: 40 more changes to push each round."""
    store = access.unlock(data_dir, PASSPHRASE)
    actor = store.actor()
    try:
        with store.transaction(actor) as s:
            ids = [row.id for row in members.caseload(s) if row.plan_member_id.startswith("KILL")]
            for member_id in rng.sample(ids, 40):
                expected[member_id] = f"r{round_no}-{member_id[-4:]}"
                members.update(s, actor, member_id, preferred_name=expected[member_id])
    finally:
        store.close()
    return 40


def run_and_kill(data_dir: Path, env: dict[str, str], rng: random.Random, moment: str | None) -> bool:
    """Start a sync and SIGKILL it at ``moment`` (plus a little jitter) or after a random delay;
    True if it was killed (not finished)."""
    process = subprocess.Popen([sys.executable, "-c", TRACED_SYNC, str(data_dir)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    if moment is None:
        time.sleep(rng.uniform(0.6, 6.0))  # start-up and unlock take ~0.8 s; a full sync a few seconds
    else:
        for line in process.stdout:  # type: ignore[union-attr]
            if line.startswith(moment) or line.startswith("done"):
                break
        time.sleep(rng.uniform(0.0, 0.08))
    killed = process.poll() is None
    if killed:
        process.send_signal(signal.SIGKILL)
    process.wait(30)
    return killed


def more_server_rows(server, round_no: int) -> None:
    """Work written elsewhere for this nurse's members, so every pull has more than one page."""
    from datetime import date

    from app.model import Task
    from app.store.codec import full_row

    with server.admin() as s:
        member_id = s.scalars(select(Record.member_id).where(Record.table_name == "member")).first()
        admin.server_rows(s, [
            ("task", full_row(Task, {"member_id": member_id, "kind": "manual", "title": f"r{round_no}-{i}",
                                     "due_on": date(2026, 12, 1)}, author="server"))
            for i in range(700)
        ])


def progress_of(data_dir: Path) -> tuple[int, int]:
    """(changes still waiting, pull cursor) as the laptop has them."""
    from sync import local

    store = access.unlock(data_dir, PASSPHRASE)
    try:
        with store.session() as s:
            waiting = s.scalar(select(func.count()).select_from(OutboxEntry))
            return waiting, int(local.state(s, "pull_cursor", "0"))
    finally:
        store.close()


def test_sigkill_during_sync_loses_and_duplicates_nothing(sync_server, tmp_path):
    with sync_server.admin() as s:
        admin.add_user(s, "ana", PASSWORD, "nurse")
    from sync.server.admin_commands import demo  # server-side rows so that pulls have work to do

    class Args:
        nurse, members, seed = "ana", 25, 3

    demo(sync_server.factory, Args, lambda: "")
    data_dir = tmp_path / "laptop"
    store, _ = access.create(data_dir, PASSPHRASE, kdf=KdfParams.fast())
    make_local_changes(store, LOCAL_MEMBERS)
    with store.session() as s:
        pushed_changes = s.scalar(select(func.count()).select_from(OutboxEntry))
    SyncClient(store, sync_server.url).login("ana", PASSWORD)
    store.close()

    env = dict(os.environ, CAREFIELD_PASSPHRASE=PASSPHRASE)
    rng = random.Random(20261122)
    seen, expected = [], {}
    for round_no in range(ROUNDS):
        pushed_changes += keep_working(data_dir, round_no, expected, rng)
        more_server_rows(sync_server, round_no)
        if run_and_kill(data_dir, env, rng, MOMENTS[round_no % len(MOMENTS)]):
            with sync_server.admin() as s:
                applied = s.scalar(select(func.count()).select_from(AppliedChange))
            waiting, cursor = progress_of(data_dir)
            seen.append((waiting, cursor, applied - (pushed_changes - waiting)))
    with sync_server.admin() as s:
        final_seq = s.scalar(select(func.max(Record.seq)))
    # killed after the server applied changes the laptop had not yet recorded: the dangerous moment
    assert any(unrecorded > 0 for _, _, unrecorded in seen), seen
    assert any(waiting == 0 and cursor < final_seq for waiting, cursor, _ in seen), seen  # mid-pull
    finished = subprocess.run([sys.executable, "-c", SYNC, "--data-dir", str(data_dir), "sync"], env=env,
                              capture_output=True, text=True, timeout=120)
    assert finished.returncode == 0, finished.stderr

    store = access.unlock(data_dir, PASSPHRASE)
    try:
        assert_equal(store, sync_server, pushed_changes, expected)
    finally:
        store.close()


def assert_equal(store, server, pushed_changes: int, expected: dict[str, str]) -> None:
    local = assert_laptop_matches_server(store, server, pushed_changes)
    kim = [r for (table, _), r in local.items() if table == "member" and r.plan_member_id.startswith("KILL")]
    assert len(kim) == LOCAL_MEMBERS
    assert all(r.preferred_name == expected.get(r.id, f"v2-{r.plan_member_id[-4:]}") for r in kim)
