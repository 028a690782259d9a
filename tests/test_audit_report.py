"""The whole audit trail read back: filters alone and together, the review audited, the PDF audit report."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.actor import Actor
from app.model import AuditEvent
from app.model.enums import AuditAction, DataCategory
from app.services import audit_log, members
from app.services.audit_log import AuditFilter
from app.store import audit

T0 = datetime(2026, 11, 2, 15, 0, tzinfo=UTC)
ANA = Actor("ana.ruiz", "LAPTOP-A")
BO = Actor("bo.smith", "LAPTOP-B")
BULK = 30_000  # the service was measured on 100,000: ~350 ms for the newest 10,000, ~25 ms to count


@pytest.fixture
def trail(store: Any, actor: Any, member: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """A second member, then six events at known times by two users about both members and neither."""
    with store.transaction(actor) as s:
        other = members.create(s, actor, plan_member_id="MCL-0077", first_name="Tomás", last_name="Ibarra",
                               dob="1960-02-01", line_of_business="mcl", program="basic_cm", risk_tier="low",
                               referral_source="self", identified_on="2026-10-01")
    events = [  # (day offset, who, action, category, member)
        (0, ANA, AuditAction.VIEW, DataCategory.CHART, member.id),
        (1, ANA, AuditAction.UPDATE, DataCategory.MEDICATIONS, member.id),
        (2, BO, AuditAction.VIEW, DataCategory.CHART, other.id),
        (3, BO, AuditAction.PRINT, DataCategory.CARE_PLAN, member.id),
        (4, ANA, AuditAction.VIEW, DataCategory.CHART, other.id),
        (5, BO, AuditAction.LOCK, DataCategory.SYSTEM, None),
    ]
    with store.transaction(actor) as s:
        for offset, who, action, category, mid in events:
            monkeypatch.setattr(audit, "utcnow", lambda o=offset: T0 + timedelta(days=o))
            audit.record(s, who, action, category, entity_type="member" if mid else "", entity_id=mid or "",
                         member_id=mid,
                         details={"fields": ["dose"]} if action == AuditAction.UPDATE else None)
    monkeypatch.undo()
    yield {"store": store, "actor": actor, "rosa": member.id, "tomas": other.id}


def read(trail: dict[str, Any], **criteria: Any) -> list[audit_log.AuditRow]:
    with trail["store"].session(trail["actor"]) as s:
        rows = audit_log.query(s, **criteria)
    return [r for r in rows if T0 <= r.at < T0 + timedelta(days=6)]  # not the setup's own events


def test_each_criterion_narrows_the_trail_newest_first(trail: dict[str, Any]) -> None:
    assert [r.at.day for r in read(trail)] == [7, 6, 5, 4, 3, 2]
    window = {"since": T0 + timedelta(days=1), "until": T0 + timedelta(days=3)}
    assert [r.at.day for r in read(trail, **window)] == [4, 3]
    assert {r.user for r in read(trail, user="bo.smith")} == {"bo.smith"}
    assert len(read(trail, user="bo.smith")) == 3
    assert [r.at.day for r in read(trail, member_id=trail["tomas"])] == [6, 4]
    assert [r.at.day for r in read(trail, action="view")] == [6, 4, 2]
    assert [r.at.day for r in read(trail, category=DataCategory.SYSTEM)] == [7]
    assert [r.at.day for r in read(trail, limit=2)] == [7, 6]


def test_criteria_combine(trail: dict[str, Any]) -> None:
    assert [r.at.day for r in read(trail, user="ana.ruiz", action=AuditAction.VIEW)] == [6, 2]
    assert [r.at.day for r in read(trail, member_id=trail["rosa"], user="bo.smith")] == [5]
    assert read(trail, member_id=trail["rosa"], category="chart", since=T0 + timedelta(days=1)) == []
    assert [r.at.day for r in read(trail, action="view", category="chart", since=T0 + timedelta(days=2),
                                   until=T0 + timedelta(days=5))] == [6, 4]


def test_a_row_names_the_member_from_the_member_table_and_the_details(trail: dict[str, Any]) -> None:
    changed = read(trail, action="update")[0]
    assert (changed.member_name, changed.plan_member_id, changed.member_id) == (
        "Delgado, Rosa", "MCL-0042", trail["rosa"])
    assert (changed.user, changed.device, changed.category, changed.entity_type) == (
        "ana.ruiz", "LAPTOP-A", DataCategory.MEDICATIONS, "member")
    assert changed.details_text == "fields: dose"
    locked = read(trail, action="lock")[0]
    assert (locked.member_name, locked.plan_member_id, locked.member_id) == ("", "", None)
    with trail["store"].session(trail["actor"]) as s:  # the trail itself holds no name
        stored = s.execute(select(AuditEvent.details).where(AuditEvent.member_id == trail["rosa"])).scalars()
        assert "Rosa" not in repr(list(stored))


def test_users_members_and_local_days(trail: dict[str, Any]) -> None:
    with trail["store"].session(trail["actor"]) as s:
        assert {"ana.ruiz", "bo.smith"} <= set(audit_log.users(s))
        seen = audit_log.members_seen(s)
    assert [(m.name, m.plan_member_id) for m in seen] == [("Delgado, Rosa", "MCL-0042"),
                                                          ("Ibarra, Tomás", "MCL-0077")]
    since, until = audit_log.local_days(date(2026, 11, 3), date(2026, 11, 4))
    assert since is not None and until is not None and until - since == timedelta(days=2)
    assert since.astimezone().date() == date(2026, 11, 3) and since.astimezone().hour == 0


def test_reviewing_is_audited_as_a_view_of_system_data_with_the_count(trail: dict[str, Any]) -> None:
    wanted = AuditFilter(user="bo.smith", member_id=trail["tomas"])
    with trail["store"].transaction(trail["actor"]) as s:
        rows, total = audit_log.review(s, trail["actor"], wanted, limit=10)
    assert (len(rows), total) == (1, 1)
    with trail["store"].transaction(trail["actor"]) as s:
        _rows, total = audit_log.review(s, trail["actor"], AuditFilter(action=AuditAction.VIEW), limit=1)
        assert total >= 4  # more match than were read: the count says so
        last = s.execute(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(2)).scalars().all()
    assert [(e.action, e.category, e.entity_type) for e in last] == [
        (AuditAction.VIEW, DataCategory.SYSTEM, "audit_log")] * 2
    assert last[1].details["filter"] == {"user": "bo.smith", "member_id": trail["tomas"]}
    assert "Ibarra" not in repr(last[1].details)


def test_a_large_trail_reads_with_a_limit_quickly(store: Any, actor: Any) -> None:
    from time import perf_counter

    from sqlalchemy import insert

    rows = [dict(id=f"bulk-{i}", at=T0 + timedelta(minutes=i), user=("ana", "bo")[i % 2], device="d",
                 action=AuditAction.VIEW, entity_type="", entity_id="", member_id=None,
                 category=DataCategory.CHART, details={}, prev_hash="0", hash="0") for i in range(BULK)]
    with store.transaction(actor) as s:
        s.execute(insert(AuditEvent), rows)
    with store.session(actor) as s:
        started = perf_counter()
        found, total = audit_log.read(s, AuditFilter(user="bo", since=T0 + timedelta(days=10)), limit=500)
        elapsed = perf_counter() - started
    assert len(found) == 500 and total == sum(1 for i in range(BULK) if i % 2 and i >= 10 * 24 * 60)
    assert elapsed < 1.0


# ---- the PDF report ------------------------------------------------------------------------------------


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)


def test_the_audit_report_prints_the_filtered_events(trail: dict[str, Any], tmp_path: Path) -> None:
    from app.reports.kinds import KINDS, export

    assert KINDS["audit-log"].category == DataCategory.SYSTEM
    out = tmp_path / "audit.pdf"
    with trail["store"].transaction(trail["actor"]) as s:
        export(s, trail["actor"], "audit-log", out, member_id=trail["rosa"], user="ana.ruiz",
               since=date(2026, 11, 1), until="2026-11-30", lang="en")
    text = pdf_text(out.read_bytes())
    assert "Audit log" in text and all(h in text for h in ("Time", "Action", "Record", "Details"))
    assert "ana.ruiz" in text and "Changed" in text and "Medications" in text  # an event
    assert "bo.smith" not in text.split("Details", 1)[1]  # filtered out of the table
    assert "Delgado, Rosa · MCL-0042" in text and "Events" in text
    assert "Page 1 of" in text
    assert out.stat().st_mode & 0o077 == 0
    with trail["store"].session(trail["actor"]) as s:
        event = s.execute(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).scalar_one()
    assert (event.action, event.category, event.details["report"]) == (
        AuditAction.EXPORT, DataCategory.SYSTEM, "audit-log")


def test_the_audit_report_in_spanish_and_empty(trail: dict[str, Any]) -> None:
    from app.reports.kinds import render

    with trail["store"].transaction(trail["actor"]) as s:
        data = render(s, trail["actor"], "audit-log", lang="es", action="lock")
        empty = render(s, trail["actor"], "audit-log", lang="es", since="2030-01-01")
    text = pdf_text(data)
    assert "Registro de auditoría" in text and "Bloqueó" in text and "Sistema" in text
    assert "Ningún evento coincide." in pdf_text(empty)
