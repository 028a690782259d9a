"""The server under load (DESIGN.md §7): 200 simulated devices syncing concurrently, PostgreSQL behind it;
p99 request latency ≤ 500 ms with no errors.

What runs: ``carefield-server serve`` processes on loopback ports (as deployed, one process per port
behind nginx; the devices are spread over them as nginx would), on a fresh PostgreSQL schema (see
server_process.postgres_url). Every device is a nurse's laptop with its own account, three members of
her own and one shared with the next nurse (so some pulls carry another device's changes, and some
pushes merge or conflict). Set-up, not timed: the caseloads, each device's sign-in and first pull.

Then every device runs ROUNDS sync cycles the way the laptop does one — health check, push a small
batch (a member edited, a visit and two tasks written, one task then closed), push its audit events,
pull until nothing is left — starting at a random moment within RAMP seconds and thinking THINK seconds
between cycles: the whole fleet syncs within a few seconds of each other, about 60 times as often as the
laptop's ten-minute timer. The load generator is one process (asyncio, one connection per device) on
the same 2-core machine as the servers and PostgreSQL: it competes with them for the CPU, so the figures
are pessimistic. Every request's latency is recorded; any non-2xx answer, transport failure, rejected
change or refused audit chain counts as an error.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import random
import statistics
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from app import demo
from app.store.audit import GENESIS, event_hash
from app.store.base import new_id
from app.store.codec import encode
from app.store.hlc import HybridClock
from sync.protocol import API
from sync.server import admin
from tests.bench.harness import Figure
from tests.bench.server_process import database, empty_database, postgres_url, serving

PASSWORD = "a long server password"
P99_BUDGET = 0.500
OWN_MEMBERS = 3
SETUP_CONCURRENCY = 8  # sign-ins are Argon2id on purpose: a few at a time
TIMEOUT = 60.0


@dataclass(frozen=True, slots=True)
class Load:
    devices: int
    rounds: int
    ramp: float  # seconds over which the devices start
    think: tuple[float, float]  # seconds between one device's cycles
    processes: int  # server processes


FULL = Load(devices=200, rounds=3, ramp=10.0, think=(5.0, 15.0), processes=2)
QUICK = Load(devices=10, rounds=1, ramp=1.0, think=(0.5, 1.0), processes=1)
# Then the worst moment: every device starts a sync cycle at once (the whole team's laptops reconnecting
# together, say after an outage), every request of the first round queued on the servers together.
FULL_BURST = Load(devices=200, rounds=1, ramp=0.0, think=(0.0, 0.0), processes=2)
QUICK_BURST = Load(devices=10, rounds=1, ramp=0.0, think=(0.0, 0.0), processes=1)


@dataclass
class Device:
    """One laptop: what it knows of the server, and its audit chain."""

    nurse: str
    device_id: str
    url: str
    members: list[str]
    clock: HybridClock
    token: str = ""
    cursor: int = 0
    versions: dict[str, int] = field(default_factory=dict)  # row id -> server version last seen
    audit_seq: int = 0
    audit_head: str = GENESIS
    written: int = 0


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    cycles: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    in_flight: int = 0
    most_in_flight: int = 0

    @property
    def requests(self) -> list[float]:
        return [s for samples in self.latencies.values() for s in samples]


# ---- the server's data --------------------------------------------------------------------------------


def _caseloads(db: Any, load: Load) -> list[list[str]]:
    """Each nurse's members (her own three and the next nurse's first); returns them per nurse."""
    data = demo.build(11, load.devices * OWN_MEMBERS, date.today(), 2, nurse="load")
    rows = [(table, {k: encode(v) for k, v in row.items() if k != "version"})
            for table, table_rows in data.non_empty() for row in table_rows]
    ids = [member["id"] for member in data.members]
    own = [ids[i * OWN_MEMBERS:(i + 1) * OWN_MEMBERS] for i in range(load.devices)]
    caseloads = [[*mine, own[(i + 1) % load.devices][0]] for i, mine in enumerate(own)]
    with db.admin() as s:
        for i in range(load.devices):
            admin.add_user(s, _nurse(i), PASSWORD, "nurse")
        admin.server_rows(s, rows)
    with db.admin() as s:
        for i, members in enumerate(caseloads):
            for member_id in members:
                admin.assign(s, member_id, _nurse(i))
    db.settle()
    return caseloads


def _nurse(i: int) -> str:
    return f"nurse{i:03d}"


# ---- one device's requests ----------------------------------------------------------------------------


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _change(device: Device, table: str, row_id: str, member_id: str, op: str, fields: dict[str, Any],
            ) -> dict[str, Any]:
    return {"change_id": new_id(), "table": table, "row_id": row_id, "member_id": member_id, "op": op,
            "fields": fields, "base_version": device.versions.get(row_id, 0), "hlc": device.clock.now()}


def _batch(device: Device) -> list[dict[str, Any]]:
    """What a nurse leaves after a visit: the member edited, the visit written, two tasks, one closed."""
    member = device.members[device.written % len(device.members)]
    device.written += 1
    now, who = _now(), device.nurse
    edited = {"updated_at": now, "updated_by": who}
    stamp = {"created_at": now, "updated_at": now, "created_by": who, "updated_by": who, "deleted": False}
    visit, first, second = new_id(), new_id(), new_id()
    due = (date.today() + timedelta(days=14)).isoformat()
    return [
        _change(device, "member", member, member, "update",
                {"phone_secondary": f"(555) 555-01{device.written % 100:02d}", **edited}),
        _change(device, "encounter", visit, member, "insert",
                {"id": visit, "member_id": member, "kind": "home_visit", "direction": "outbound",
                 "channel": "in_person", "started_at": now, "minutes": 45, "status": "draft",
                 "note": "Reviewed medications and the care plan at home (load test).", **stamp}),
        _change(device, "task", first, member, "insert",
                {"id": first, "member_id": member, "kind": "manual", "title": "Call about the refill",
                 "due_on": due, "status": "open", **stamp}),
        _change(device, "task", second, member, "insert",
                {"id": second, "member_id": member, "kind": "manual", "title": "Check the scale arrived",
                 "due_on": due, "status": "open", **stamp}),
        _change(device, "task", first, member, "update", {"status": "done", **edited}),
    ]


def _audit(device: Device, member: str) -> list[dict[str, Any]]:
    events = []
    for action, category in (("view", "demographics"), ("update", "encounters"), ("sync", "system")):
        fields = {"id": new_id(), "at": _now(), "user": device.nurse, "device": device.device_id,
                  "action": action, "entity_type": "member", "entity_id": member,
                  "member_id": member if category != "system" else None, "category": category, "details": {}}
        device.audit_seq += 1
        digest = event_hash(device.audit_head, fields)
        events.append(fields | {"seq": device.audit_seq, "prev_hash": device.audit_head, "hash": digest})
        device.audit_head = digest
    return events


async def _call(http: httpx.AsyncClient, tally: Tally, name: str, method: str, path: str,
                device: Device | None = None, body: dict[str, Any] | None = None) -> dict[str, Any] | None:
    headers = {"Accept-Encoding": "gzip"}
    content = None
    if device is not None:
        headers["Authorization"] = f"Bearer {device.token}"
    if body is not None:  # as the laptop sends it
        content = gzip.compress(json.dumps(body).encode(), compresslevel=5)
        headers |= {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    tally.in_flight += 1
    tally.most_in_flight = max(tally.most_in_flight, tally.in_flight)
    start = time.perf_counter()
    try:
        response = await http.request(method, API + path, content=content, headers=headers)
    except httpx.HTTPError as exc:
        tally.errors[f"{name}: {type(exc).__name__}"] += 1
        return None
    finally:
        tally.in_flight -= 1
    tally.latencies[name].append(time.perf_counter() - start)
    if response.status_code >= 300:
        tally.errors[f"{name}: HTTP {response.status_code}"] += 1
        return None
    return response.json()


async def _pull(http: httpx.AsyncClient, tally: Tally, device: Device) -> bool:
    while True:
        path = f"/sync/pull?cursor={device.cursor}&limit=1000"
        page = await _call(http, tally, "pull", "GET", path, device)
        if page is None:
            return False
        for row in page["rows"]:
            device.versions[row["id"]] = row["version"]
            for stamp in row["field_hlc"].values():
                device.clock.observe(stamp)
        device.cursor = page["next_cursor"]
        if not page["has_more"]:
            return True


async def _cycle(http: httpx.AsyncClient, tally: Tally, device: Device) -> None:
    start = time.perf_counter()
    if await _call(http, tally, "health", "GET", "/health") is None:
        return
    changes = _batch(device)
    answer = await _call(http, tally, "push", "POST", "/sync/push", device,
                         {"device_id": device.device_id, "changes": changes, "pending": 0})
    if answer is None:
        return
    for change, result in zip(changes, answer["results"], strict=True):
        if result["result"] == "rejected":
            tally.errors["push: rejected change"] += 1
        device.versions[change["row_id"]] = max(device.versions.get(change["row_id"], 0), result["version"])
    events = _audit(device, changes[0]["member_id"])
    accepted = await _call(http, tally, "audit", "POST", "/audit/push", device,
                           {"device_id": device.device_id, "events": events})
    if accepted is None:
        return
    if not accepted["chain_ok"] or accepted["accepted_through"] != device.audit_seq:
        tally.errors["audit: chain refused"] += 1
    if await _pull(http, tally, device):
        tally.cycles.append(time.perf_counter() - start)


# ---- the fleet ------------------------------------------------------------------------------------------


def _client(url: str) -> httpx.AsyncClient:
    # One connection per laptop, as a laptop has; no retries: a failure is counted, not hidden.
    return httpx.AsyncClient(base_url=url, timeout=TIMEOUT, limits=httpx.Limits(max_connections=1))


async def _sign_in(devices: list[Device], clients: list[httpx.AsyncClient]) -> None:
    """Each device signs in and pulls its caseload once (set-up: not measured)."""
    gate = asyncio.Semaphore(SETUP_CONCURRENCY)
    setup = Tally()

    async def one(device: Device, http: httpx.AsyncClient) -> None:
        async with gate:
            answer = await _call(http, setup, "login", "POST", "/auth/login", body={
                "username": device.nurse, "password": PASSWORD, "device_id": device.device_id,
                "device_name": "load test"})
            if answer is None:
                raise RuntimeError(f"sign-in failed: {dict(setup.errors)}")
            device.token = answer["token"]
            if not await _pull(http, setup, device):
                raise RuntimeError(f"first pull failed: {dict(setup.errors)}")

    await asyncio.gather(*(one(d, c) for d, c in zip(devices, clients, strict=True)))


async def _run(phases: list[Load], urls: list[str], caseloads: list[list[str]], seed: int = 7,
               ) -> list[tuple[Tally, float]]:
    """Sign every device in, then run each phase in turn (the same devices, tokens and cursors)."""
    devices = [Device(_nurse(i), f"load-device-{i:03d}", urls[i % len(urls)], members,
                      HybridClock(f"load-device-{i:03d}")) for i, members in enumerate(caseloads)]
    clients = [_client(device.url) for device in devices]
    try:
        await _sign_in(devices, clients)
        rng = random.Random(seed)
        return [await _phase(load, devices, clients, rng) for load in phases]
    finally:
        await asyncio.gather(*(client.aclose() for client in clients))


async def _phase(load: Load, devices: list[Device], clients: list[httpx.AsyncClient], rng: random.Random,
                 ) -> tuple[Tally, float]:
    tally = Tally()
    plans = [(rng.uniform(0, load.ramp), [rng.uniform(*load.think) for _ in range(load.rounds - 1)])
             for _ in devices]

    async def live(device: Device, http: httpx.AsyncClient, start: float, pauses: list[float]) -> None:
        await asyncio.sleep(start)
        for pause in [*pauses, None]:
            await _cycle(http, tally, device)
            if pause is not None:
                await asyncio.sleep(pause)

    began = time.perf_counter()
    await asyncio.gather(*(live(d, c, start, pauses)
                           for d, c, (start, pauses) in zip(devices, clients, plans, strict=True)))
    return tally, time.perf_counter() - began


def _percentile(samples: list[float], q: float) -> float:
    if not samples:
        return float("nan")
    if len(samples) == 1:
        return samples[0]
    return statistics.quantiles(samples, n=100, method="inclusive")[round(q) - 1]


def _summary(what: str, load: Load, backend: str, tally: Tally, seconds: float) -> None:
    requests = tally.requests
    per_endpoint = ", ".join(f"{name} p99 {_percentile(samples, 99) * 1000:.0f} ms"
                             for name, samples in sorted(tally.latencies.items()))
    print(f"server load, {what} ({backend}, {load.processes} server process(es)): {len(requests)} requests "
          f"and {len(tally.cycles)} sync cycles in {seconds:.1f} s "
          f"({len(requests) / seconds:.0f} requests/s); "
          f"at most {tally.most_in_flight} requests in flight; "
          f"cycle p50 {_percentile(tally.cycles, 50) * 1000:.0f} ms, "
          f"p99 {_percentile(tally.cycles, 99) * 1000:.0f} ms; "
          f"{per_endpoint}; errors {dict(tally.errors) or 0}")


def figures(quick: bool) -> list[Figure]:
    load, burst = (QUICK, QUICK_BURST) if quick else (FULL, FULL_BURST)
    backend = "postgresql" if postgres_url() else "sqlite"
    label = f"{load.devices} devices syncing"
    if backend != "postgresql" and not quick:
        return [Figure(f"{label}, p99 request", float("nan"), None, "", P99_BUDGET,
                       skipped="PostgreSQL not reachable (set CAREFIELD_BENCH_PG_URL)")]
    with tempfile.TemporaryDirectory() as tmp, database(empty_database(backend, Path(tmp))) as db:
        caseloads = _caseloads(db, load)
        with serving(db.url, load.processes) as urls:
            (tally, seconds), (herd, herd_seconds) = asyncio.run(_run([load, burst], urls, caseloads))
    _summary(f"steady, {load.rounds} cycle(s) per device, starting within {load.ramp:.0f} s", load, backend,
             tally, seconds)
    _summary("all at once", burst, backend, herd, herd_seconds)
    requests, together = tally.requests, herd.requests
    return [
        Figure(f"{label}, p99 request, {backend}", _percentile(requests, 99), None, "", P99_BUDGET),
        Figure(f"{label}, p50 request (info)", _percentile(requests, 50), None, "", P99_BUDGET),
        Figure(f"{label}, errors", float(sum(tally.errors.values())), None, "", 0, unit="errors"),
        Figure(f"{burst.devices} devices starting at once, p99 request", _percentile(together, 99), None,
               "", P99_BUDGET),
        Figure(f"{burst.devices} devices starting at once, errors", float(sum(herd.errors.values())), None,
               "", 0, unit="errors"),
    ]
