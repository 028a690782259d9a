"""Store figures: key derivation, and encryption overhead on Carefield's own query mix."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import sqlcipher3
from sqlalchemy import create_engine, event, select
from sqlalchemy.pool import QueuePool

from app.model import Member
from app.services import clinical, members
from app.store.engine import PRAGMAS, make_engine
from app.store.hlc import HybridClock
from app.store.schema import ensure_schema
from app.store.store import Store
from app.store.vault import KdfParams
from tests.bench.harness import Figure, median_time


def _plain_engine(path: Path):  # the same build and pragmas, no key: the reference for overhead
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


def _workload(store: Store, n: int) -> None:
    actor = store.actor()
    for i in range(n):
        with store.transaction(actor) as s:
            m = members.create(s, actor, plan_member_id=f"BENCH-{i:05d}", first_name=f"Ana{i}",
                               last_name=f"Lopez{i % 97}", dob="1950-01-01", line_of_business="ma",
                               program="complex_cm", risk_tier="high", referral_source="provider",
                               identified_on="2026-01-01", phone_primary=f"555555{i % 10000:04d}")
            clinical.medications.add(s, actor, m.id, name="Metformin", dose="500 mg")
    for i in range(n):
        with store.transaction(actor) as s:
            members.search(s, f"lopez{i % 97}")
            members.get(s, actor, s.scalars(select(Member.id).limit(1)).one())
    with store.transaction(actor) as s:
        members.caseload(s)


def figures(quick: bool) -> list[Figure]:
    n = 40 if quick else 300
    kdf = median_time(lambda: KdfParams().derive(b"a passphrase for timing", os.urandom(16)), runs=3)
    out = [Figure("unlock key derivation (Argon2id)", kdf, None, "", 0.5)]

    def run(keyed: bool, memory_security: bool = False) -> float:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "w.db"
            key = os.urandom(32)
            engine = make_engine(path, key, memory_security=memory_security) if keyed else _plain_engine(path)
            store = _store(engine)
            try:
                return median_time(lambda: _workload(store, n), runs=1)
            finally:
                store.close()

    keyed = min(run(True) for _ in range(2 if quick else 3))
    plain = min(run(False) for _ in range(2 if quick else 3))
    out.append(Figure(f"encryption overhead ({n} intakes+reads)", keyed, plain, "same build unkeyed", 1.15))
    secured = min(run(True, memory_security=True) for _ in range(2 if quick else 3))
    # Informative: DESIGN.md §2 turns cipher_memory_security on only if this fits the encryption budget.
    out.append(Figure("cipher_memory_security=ON vs OFF", secured, keyed, "keyed, memory security off", 1.15))
    return out
