"""Data written by Carefield's first schema revisions opens after an upgrade.

``tests/fixtures/vault_rev0001`` (a laptop's vault) and ``tests/fixtures/server_s001`` (a sync server's
SQLite database) were made by the first releases' own code (see the make_*.py scripts beside them). Each
test copies one, opens it the way the app or the server does, and checks that the data came through the
migrations whole and that the app or the server works on it afterwards.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import Connection, create_engine, func, select

from app.model import AuditEvent, OutboxEntry
from app.model.emergency import EmergencyAccess
from app.model.enums import (
    AssessmentStatus,
    AuditAction,
    EncounterStatus,
    MemberStatus,
    TaskKind,
)
from app.programs import rules_for
from app.services import (
    access,
    assessments,
    audit_log,
    careplan,
    drafts,
    emergency_access,
    encounter_reports,
    encounters,
    members,
    tasks,
    timeline,
)
from app.store import audit
from app.store.engine import make_engine
from app.store.schema import SCHEMA_HEAD, current_revision
from app.store.store import Store
from app.store.vault import Vault

FIXTURE = Path(__file__).parent / "fixtures" / "vault_rev0001"
MANIFEST: dict[str, Any] = json.loads((FIXTURE / "fixture.json").read_text())
FIRST_REVISION = "20261122_0001"
ADDED_SINCE = ("care_plan_version", "plan_proposal", "emergency_access")
FTS_SHADOW = ("_data", "_idx", "_content", "_docsize", "_config")


@dataclass(frozen=True)
class Snapshot:
    """Every row of every ordinary table, as the file holds it."""

    revision: str | None
    tables: dict[str, list[tuple[Any, ...]]]
    columns: dict[str, list[str]]

    def column(self, table: str, name: str) -> list[Any]:
        at = self.columns[table].index(name)
        return [row[at] for row in self.tables[table]]


def snapshot(data_dir: Path, only: set[str] | None = None) -> Snapshot:
    key = Vault(data_dir).unlock(MANIFEST["passphrase"])
    engine = make_engine(data_dir / "carefield.db", key)
    try:
        with engine.connect() as conn:
            names = only or set(_tables(conn))
            return Snapshot(current_revision(conn), {n: _rows(conn, n) for n in sorted(names)},
                            {n: _columns(conn, n) for n in sorted(names)})
    finally:
        engine.dispose()


def _tables(conn: Connection) -> list[str]:
    names = conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
        "AND name NOT LIKE 'sqlite_%'").scalars()
    return [n for n in names if not n.endswith(FTS_SHADOW)]


def _columns(conn: Connection, table: str) -> list[str]:
    return [c[1] for c in conn.exec_driver_sql(f"PRAGMA table_info('{table}')")]


def _rows(conn: Connection, table: str) -> list[tuple[Any, ...]]:
    # By every column, not rowid: revision 0002 rebuilds the task table, which renumbers its rowids.
    by_all = ", ".join(str(n) for n in range(1, len(_columns(conn, table)) + 1))
    return [tuple(r) for r in conn.exec_driver_sql(f'SELECT * FROM "{table}" ORDER BY {by_all}')]


@pytest.fixture
def old_dir(tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    shutil.copytree(FIXTURE, data_dir, ignore=shutil.ignore_patterns("fixture.json"))
    return data_dir


@pytest.fixture
def before(old_dir: Path) -> Snapshot:
    return snapshot(old_dir)


@pytest.fixture
def upgraded(old_dir: Path, before: Snapshot):
    opened = access.unlock_checked(old_dir, MANIFEST["passphrase"])
    assert isinstance(opened, Store), "the first release's vault was reported damaged"
    yield opened
    opened.close()


def test_the_fixture_is_a_small_first_revision_vault(before):
    assert before.revision == FIRST_REVISION == MANIFEST["revision"]
    assert not set(ADDED_SINCE) & before.tables.keys()
    assert len(before.tables["member"]) == MANIFEST["demo"]["members"] + 1
    for table in ("encounter", "assessment_response", "care_plan", "problem", "goal", "task", "outbox",
                  "audit_event", "draft"):
        assert before.tables[table], f"the fixture has no {table} rows"
    assert sum(p.stat().st_size for p in FIXTURE.iterdir()) < 1024 * 1024


def test_unlock_upgrades_to_head_and_keeps_every_row(old_dir, before, upgraded):
    assert upgraded.schema_action == "upgraded"
    with upgraded.engine.connect() as conn:
        assert current_revision(conn) == SCHEMA_HEAD
    after = snapshot(old_dir, set(before.tables))
    assert after.revision == SCHEMA_HEAD
    for table, rows in before.tables.items():
        if table not in ("audit_event", "alembic_version"):
            assert after.tables[table] == rows, f"{table} changed in the upgrade"
    # The audit trail only grew: the first-release events as they were, then this unlock.
    old_events = before.tables["audit_event"]
    assert after.tables["audit_event"][:len(old_events)] == old_events
    assert len(after.tables["audit_event"]) == len(old_events) + 1


def test_the_upgrade_queues_nothing_to_push(before, upgraded):
    """Existing rows were written under the first revision; moving them to the new schema is not an edit,
    so the outbox holds exactly the changes the nurse left unsent, and nothing for the demo rows."""
    with upgraded.session() as s:
        entries = s.execute(select(OutboxEntry.change_id, OutboxEntry.table_name, OutboxEntry.row_id)).all()
    assert len(entries) == len(before.tables["outbox"])
    assert {e.change_id for e in entries} == set(before.column("outbox", "change_id"))
    assert MANIFEST["edited_demo_member_id"] in {e.row_id for e in entries}


def test_the_records_read_through_the_services(upgraded):
    actor = upgraded.actor()
    referral = MANIFEST["referral_member_id"]
    with upgraded.transaction(actor) as s:
        caseload = members.caseload(s)
        chart = members.get(s, actor, referral)
        visit = encounters.get(s, actor, MANIFEST["signed_encounter_id"])
        phq9 = assessments.get(s, MANIFEST["assessment_id"])
        found = members.search(s, "FIX-0001")
        edited = members.peek(s, MANIFEST["edited_demo_member_id"])
        notes = encounter_reports.search_notes(s, "synthetic")
        entries = timeline.for_member(s, referral)
        kept_drafts = drafts.list_drafts(s, member_id=referral)
        plans = [careplan.current(s, row.id) for row in caseload]
        stored_tasks = tasks.list_tasks(s, date(2026, 11, 1), include_closed=True)
    assert actor.user == "fixture.nurse"
    assert len(caseload) == MANIFEST["demo"]["members"] + 1
    assert all(row.plan_member_id.startswith("DEMO-") for row in caseload if row.id != referral)
    assert (chart.plan_member_id, chart.first_name, chart.status) == ("FIX-0001", "Fixture",
                                                                     MemberStatus.IDENTIFIED)
    assert visit.status == EncounterStatus.SIGNED and visit.note.startswith("Synthetic visit note")
    assert (phq9.status, phq9.total) == (AssessmentStatus.COMPLETED, MANIFEST["assessment_total"])
    assert [row.id for row in found] == [referral]
    assert edited.preferred_name == "Fixture edit"
    assert [hit.encounter_id for hit in notes] == [MANIFEST["signed_encounter_id"]]
    assert {e.ref_id for e in entries} >= {MANIFEST["signed_encounter_id"], MANIFEST["assessment_id"]}
    assert [d.id for d in kept_drafts] == [MANIFEST["draft_id"]]
    with_plans = [tree for tree in plans if tree.plan is not None]
    assert with_plans and all(tree.problems and tree.goals for tree in with_plans)
    assert stored_tasks


def test_the_new_tables_work_on_the_upgraded_file(upgraded):
    """Revision 0002's plan versions and participation-review task kind, 0003's emergency access."""
    actor = upgraded.actor()
    with upgraded.transaction(actor) as s:
        enrolled = [members.peek(s, row.id) for row in members.caseload(s, status=MemberStatus.ENROLLED)]
        member = next(m for m in enrolled if rules_for(m.program).minimum_participation_days > 0)
        plan = careplan.current(s, member.id).plan
        assert plan is not None and careplan.versions(s, plan.id) == ()
        careplan.update_plan(s, actor, plan.id, self_management_plan="Walk daily (fixture).")
        versions = careplan.versions(s, plan.id)
        due = member.enrolled_on + timedelta(days=rules_for(member.program).minimum_participation_days)
        tasks.refresh(s, actor, due - timedelta(days=1), member.id)
        kinds = {t.kind for t in tasks.list_tasks(s, due - timedelta(days=1), member_id=member.id)}
    # The first edit keeps the plan as the first release left it, then the edit itself.
    assert sorted((v.number, v.reason) for v in versions) == [(1, "baseline"), (2, "edit")]
    assert TaskKind.PARTICIPATION_REVIEW in kinds
    now = datetime.now(UTC)
    with upgraded.transaction(actor, from_server=True) as s:  # as a pull applies it
        s.add(EmergencyAccess(member_id=member.id, granted_to="sup.fixture", reason="fixture test",
                              granted_at=now, expires_at=now + timedelta(hours=4), version=1))
    with upgraded.session() as s:
        assert [e.granted_to for e in emergency_access.for_member(s, member.id)] == ["sup.fixture"]


def test_a_write_after_the_upgrade_is_audited_queued_and_the_chain_holds(upgraded):
    actor = upgraded.actor()
    referral = MANIFEST["referral_member_id"]
    with upgraded.session() as s:
        last_seq = s.scalar(select(func.max(AuditEvent.seq)))
        queued = s.scalar(select(func.count()).select_from(OutboxEntry))
    with upgraded.transaction(actor) as s:
        members.update(s, actor, referral, preferred_name="Fix")
    with upgraded.session() as s:
        new_events = s.scalars(select(AuditEvent).where(AuditEvent.seq > last_seq)).all()
        new_entries = s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).all()[queued:]
        chain = audit.verify(s)
        total = s.scalar(select(func.count()).select_from(AuditEvent))
        access_log = audit_log.for_member(s, referral)
    assert [(e.action, e.entity_id) for e in new_events] == [(AuditAction.UPDATE, referral)]
    assert [(e.table_name, e.row_id, e.op) for e in new_entries] == [("member", referral, "update")]
    assert new_entries[0].fields["preferred_name"] == "Fix"
    assert chain.ok and chain.checked == total, chain.reason
    assert access_log, "the member's access log is empty after the upgrade"


def test_the_upgraded_vault_passes_the_full_integrity_check(upgraded):
    report = access.full_check(upgraded, upgraded.actor())
    assert report.ok, report.summary()


# ---- the sync server: a database from its first schema revision ---------------------------------------

SERVER_FIXTURE = Path(__file__).parent / "fixtures" / "server_s001"
SERVER_MANIFEST: dict[str, Any] = json.loads((SERVER_FIXTURE / "fixture.json").read_text())


def server_rows(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    engine = create_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as conn:
            return {n: _rows(conn, n) for n in _tables(conn)}
    finally:
        engine.dispose()


@pytest.fixture
def old_server(tmp_path: Path) -> tuple[Path, dict[str, list[tuple[Any, ...]]]]:
    db = tmp_path / "server.db"
    shutil.copy2(SERVER_FIXTURE / "server.db", db)
    return db, server_rows(db)


@pytest.fixture
def server(old_server, monkeypatch):
    """The current server, on a loopback port, over the old database; its clock at the fixture's making
    (the laptop's token was issued then and would otherwise expire)."""
    import functools

    from sync.server import app as server_app
    from tests.server_fixtures import running_server

    now = datetime.fromisoformat(SERVER_MANIFEST["made_at"]) + timedelta(hours=1)
    monkeypatch.setattr(server_app, "create_app", functools.partial(server_app.create_app, clock=lambda: now))
    with running_server(f"sqlite:///{old_server[0]}") as running:
        yield running


def call(server, method: str, path: str, token: str | None = None, **kw: Any) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return requests.request(method, f"{server.url}/api/v1{path}", headers=headers, timeout=10, **kw)


def login(server, who: str, device_id: str) -> str:
    answer = call(server, "POST", "/auth/login", json={
        "username": SERVER_MANIFEST[who], "password": SERVER_MANIFEST[f"{who}_password"],
        "device_id": device_id, "device_name": "fixture"})
    assert answer.status_code == 200, answer.text
    return answer.json()["token"]


def server_head() -> str:
    from alembic.script import ScriptDirectory

    from sync.server.db import MIGRATIONS_DIR

    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


def test_a_first_revision_server_database_upgrades_and_keeps_every_row(old_server):
    from sync.server.db import init_schema, make_engine

    db, before = old_server
    assert before["alembic_version"] == [(SERVER_MANIFEST["revision"],)]
    assert not {"emergency_designations", "emergency_grants"} & before.keys()
    engine = make_engine(f"sqlite:///{db}")
    try:
        init_schema(engine)
    finally:
        engine.dispose()
    after = server_rows(db)
    assert after["alembic_version"] == [(server_head(),)] != before["alembic_version"]
    for table, rows in before.items():
        if table != "alembic_version":
            width = len(rows[0]) if rows else 0  # later revisions may add columns at the end (s003)
            assert [row[:width] for row in after[table]] == rows, f"{table} changed in the upgrade"
    assert after["emergency_designations"] == after["emergency_grants"] == []
    # s003 filled records.field_hlc (the last column) from field_meta (the seventh)
    assert all(json.loads(row[-1]) == {name: meta["hlc"] for name, meta in json.loads(row[6]).items()}
               for row in after["records"])


def test_the_upgraded_server_serves_the_laptop_that_synced_with_the_old_one(old_server, server):
    page = call(server, "GET", "/sync/pull", SERVER_MANIFEST["token"], params={"cursor": 0, "limit": 500})
    assert page.status_code == 200, page.text
    rows = page.json()["rows"]
    assert len(rows) == len(old_server[1]["records"])
    visit = next(r for r in rows if r["id"] == SERVER_MANIFEST["signed_encounter_id"])
    assert (visit["table"], visit["fields"]["status"]) == ("encounter", "signed")
    assert login(server, "nurse", SERVER_MANIFEST["device_id"])  # the first release's password hash


def test_break_glass_works_on_the_upgraded_server_and_the_audit_chains_hold(server):
    """Revision s002's emergency tables, used through the API; the laptop's audit chain from the first
    release still verifies next to the server's own new events."""
    from sync.server import audit_query, emergency

    with server.admin() as s:
        emergency.designate(s, SERVER_MANIFEST["supervisor"], True)
    token = login(server, "supervisor", "fixture-supervisor-laptop")
    granted = call(server, "POST", "/emergency-access", token, json={
        "member": SERVER_MANIFEST["visited_member_id"], "reason": "fixture: covering for the nurse",
        "minutes": 30})
    assert granted.status_code == 200, granted.text
    page = call(server, "GET", "/sync/pull", token, params={"cursor": 0, "limit": 500})
    assert SERVER_MANIFEST["signed_encounter_id"] in {r["id"] for r in page.json()["rows"]}
    with server.factory() as s:
        grants = emergency.grants(s, member_id=SERVER_MANIFEST["visited_member_id"])
        report = audit_query.query(s)
    assert [g.username for g in grants] == [SERVER_MANIFEST["supervisor"]]
    assert SERVER_MANIFEST["device_id"] in {c.device_id for c in report.chains}
    assert not report.broken, report.broken
