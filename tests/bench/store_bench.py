"""Store figures: key derivation, and encryption overhead on Carefield's own query mix.

The mix is a nurse's session on a demo caseload, one transaction per step as the app's DbOps run them:
the caseload list, member and note searches, charts opened (the audited view, notes, alerts, care plan,
medications), notes written and signed, a member's phone changed. It runs once on the encrypted vault
and once on the same rows exported to a plain SQLite file (``sqlcipher_export``), through the same
build and pragmas: the difference is the encryption.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import shutil
import statistics
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlcipher3
from sqlalchemy import create_engine, event, select
from sqlalchemy.pool import QueuePool

from app.errors import NotFound
from app.model import Member
from app.services import assessments, careplan, clinical, encounters, members
from app.store.engine import PRAGMAS, make_engine
from app.store.hlc import HybridClock
from app.store.schema import ensure_schema
from app.store.store import Store
from app.store.vault import KdfParams
from tests.bench import caseloads
from tests.bench.harness import Figure, median_time

SEARCHES = ("garcia", "maria", "lopez m")
NOTE_SEARCHES = ("reviewed", "insulin", "pharmacy refill")


def _plain_engine(path: Path):  # the same build and pragmas, no key
    def connect():
        conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
        for pragma in PRAGMAS:
            conn.execute(pragma)
        return conn

    engine = create_engine("sqlite://", module=sqlcipher3, creator=connect, poolclass=QueuePool)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
    return engine


def _store(engine) -> Store:
    with engine.begin() as conn:
        ensure_schema(conn)
    return Store(engine, "bench-device", HybridClock("bench-device"), "created")


def _export_plain(keyed: Path, key: bytes, plain: Path) -> None:
    conn = sqlcipher3.connect(str(keyed))
    conn.execute("PRAGMA key = \"x'" + key.hex() + "'\"")
    conn.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()


def _session(store: Store, charts: int) -> None:
    """What a nurse does in an hour, one transaction per step."""
    actor = store.actor()
    with store.transaction(actor) as s:
        everyone = members.caseload(s)
        ids = list(s.scalars(select(Member.id).order_by(Member.id)))
    for query in SEARCHES:
        with store.transaction(actor) as s:
            members.search(s, query)
    for query in NOTE_SEARCHES:
        with store.transaction(actor) as s:
            encounters.search_notes(s, query)
    start = datetime.now(UTC) - timedelta(hours=2)
    for member_id in ids[:: max(1, len(ids) // charts)][:charts]:
        with store.transaction(actor) as s:
            members.get(s, actor, member_id)  # the audited view
            clinical.medications.list_for(s, member_id)
        with store.transaction(actor) as s:
            encounters.list_for(s, member_id)
        with store.transaction(actor) as s:
            assessments.open_alerts(s, member_id)
            with contextlib.suppress(NotFound):  # not every member has a plan
                careplan.current(s, member_id)
        with store.transaction(actor) as s:
            made = encounters.create(s, actor, member_id, kind="telephonic", started_at=start,
                                     ended_at=start + timedelta(minutes=12),
                                     note="Called to review medications; no changes. Member reports "
                                          "good adherence and knows when to call.")
        with store.transaction(actor) as s:
            encounters.sign(s, actor, made.id)
        with store.transaction(actor) as s:
            members.update(s, actor, member_id, phone_secondary="(555) 555-0199")
    assert everyone


def _run_session(folder: Path, key: bytes, charts: int, keyed: bool,
                 memory_security: bool) -> tuple[float, float]:
    """One nurse's session on a fresh copy of the keyed or plain file: (wall, CPU) seconds."""
    work = Path(tempfile.mkdtemp(dir=folder))
    path = work / "w.db"
    shutil.copy(folder / ("keyed.db" if keyed else "plain.db"), path)
    engine = make_engine(path, key, memory_security=memory_security) if keyed else _plain_engine(path)
    session_store = _store(engine)
    try:
        cpu, wall = time.process_time(), time.perf_counter()
        _session(session_store, charts)
        return time.perf_counter() - wall, time.process_time() - cpu
    finally:
        session_store.close()
        shutil.rmtree(work, ignore_errors=True)


def figures(quick: bool) -> list[Figure]:
    kdf = median_time(lambda: KdfParams().derive(b"a passphrase for timing", os.urandom(16)), runs=3)
    out = [Figure("unlock key derivation (Argon2id)", kdf, None, "", 0.5)]
    size, charts, runs = (20, 8, 3) if quick else (150, 30, 5)
    key = os.urandom(32)
    with tempfile.TemporaryDirectory() as tmp:
        master = Path(tmp) / "keyed.db"
        store = Store(make_engine(master, key), "bench-device", HybridClock("bench-device"), "created")
        with store.engine.begin() as conn:  # type: ignore[union-attr]
            ensure_schema(conn)
        from app import demo

        demo.generate(store, store.actor(), members=size, seed=caseloads.SEED, history_years=3)
        store.close()
        _export_plain(master, key, Path(tmp) / "plain.db")

        def run(keyed: bool, memory_security: bool = False) -> tuple[float, float]:
            # A fresh process each time: cipher_memory_security is process-wide in SQLCipher (once on, every
            # connection after it pays for it), so one run must not leak it into the next.
            with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
                return pool.submit(_run_session, Path(tmp), key, charts, keyed, memory_security).result()

        keyed, plain, secured = [], [], []
        for _ in range(runs):  # interleaved: a busy moment hits both sides
            keyed.append(run(True))
            plain.append(run(False))
            secured.append(run(True, memory_security=True))

    def median(samples: list[tuple[float, float]], which: int = 0) -> float:
        return statistics.median(sample[which] for sample in samples)

    name = f"encryption overhead (a nurse's session, {size})"
    out += [
        Figure(name, median(keyed), median(plain), "same build unkeyed", 1.15),
        # The same, in CPU time: what encryption itself costs, without the disk's fsync latency (identical
        # work on both sides, but noisy on a shared machine).
        Figure(f"{name}, CPU time", median(keyed, 1), median(plain, 1), "same build unkeyed", 1.15),
        # Informative: DESIGN.md §2 turns cipher_memory_security on only if this fits the encryption budget.
        Figure("cipher_memory_security=ON vs OFF", median(secured), median(keyed),
               "keyed, memory security off", 1.15),
    ]
    return out
