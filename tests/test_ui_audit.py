"""The Audit log window, driven from the keyboard: filter, sort, export CSV and PDF, and lock."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QFileDialog, QLabel, QLineEdit, QWidget
from sqlalchemy import select

from app.actor import Actor
from app.model.audit import AuditEvent
from app.model.enums import AuditAction, DataCategory
from app.services import members
from app.store import audit
from ui.audit.window import AuditWindow
from ui.widgets.table_model import ROW_ROLE, SORT_ROLE

NOW = datetime.now(UTC)
ANA = Actor("ana.ruiz", "LAPTOP-A")
BO = Actor("bo.smith", "LAPTOP-B")


@pytest.fixture
def trail(store: Any, actor: Any, member: Any, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    with store.transaction(actor) as s:
        other = members.create(s, actor, plan_member_id="MCL-0077", first_name="Tomás", last_name="Ibarra",
                               dob="1960-02-01", line_of_business="mcl", program="basic_cm", risk_tier="low",
                               referral_source="self", identified_on="2026-10-01")
    events = [  # (days ago, who, action, category, member)
        (60, BO, AuditAction.VIEW, DataCategory.CHART, other.id),
        (3, ANA, AuditAction.UPDATE, DataCategory.MEDICATIONS, member.id),
        (2, BO, AuditAction.PRINT, DataCategory.CARE_PLAN, member.id),
        (1, ANA, AuditAction.VIEW, DataCategory.CHART, other.id),
        (1, ANA, AuditAction.FAILED_UNLOCK, DataCategory.SYSTEM, None),
    ]
    with store.transaction(actor) as s:
        for ago, who, action, category, mid in events:
            monkeypatch.setattr(audit, "utcnow", lambda a=ago: NOW - timedelta(days=a, hours=1))
            audit.record(s, who, action, category, entity_type="member" if mid else "", entity_id=mid or "",
                         member_id=mid)
    monkeypatch.undo()
    return {"rosa": member.id, "tomas": other.id}


@pytest.fixture
def audit_window(qtbot: Any, ctx: Any, trail: dict[str, str]) -> AuditWindow:
    window = AuditWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and window.filters.user.count() > 2, timeout=10000)
    return window


def shown(window: AuditWindow) -> list[Any]:
    return [window.table.proxy.index(r, 0).data(ROW_ROLE) for r in range(window.table.proxy.rowCount())]


def settle(qtbot: Any, window: AuditWindow) -> None:
    """Wait for the read the last filter change started (the count says "N events" when it lands)."""
    qtbot.waitUntil(lambda: not window._settle.isActive(), timeout=5000)
    qtbot.waitUntil(lambda: window.count.text().endswith("events"), timeout=10000)


def pick(qtbot: Any, combo: QComboBox, data: str) -> None:
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data


def last_events(store: Any, actor: Any, n: int = 1) -> list[AuditEvent]:
    with store.transaction(actor) as s:
        events = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(n)).all()
        for event in events:
            s.expunge(event)
        return list(events)


def test_opening_shows_the_last_30_days_and_is_audited(audit_window: AuditWindow, store, actor) -> None:
    rows = shown(audit_window)
    assert {r.user for r in rows} >= {"ana.ruiz", "bo.smith"}
    assert all(r.at > NOW - timedelta(days=31) for r in rows)  # the 60-day-old view is not shown
    assert audit_window.count.text() == f"{len(rows)} events"
    printed = next(r for r in rows if r.action == AuditAction.PRINT)
    assert (printed.member_name, printed.plan_member_id) == ("Delgado, Rosa", "MCL-0042")
    view = last_events(store, actor)[0]
    assert (view.action, view.category, view.entity_type) == (AuditAction.VIEW, DataCategory.SYSTEM,
                                                              "audit_log")


def test_filters_by_user_action_data_member_and_dates(qtbot, audit_window: AuditWindow) -> None:
    filters = audit_window.filters
    pick(qtbot, filters.user, "bo.smith")
    settle(qtbot, audit_window)
    assert [r.action for r in shown(audit_window)] == [AuditAction.PRINT]
    qtbot.mouseClick(filters.quick_buttons[2], Qt.MouseButton.LeftButton)  # All dates
    settle(qtbot, audit_window)
    assert [r.action for r in shown(audit_window)] == [AuditAction.PRINT, AuditAction.VIEW]
    pick(qtbot, filters.user, "")
    pick(qtbot, filters.action, "view")
    pick(qtbot, filters.category, "chart")
    filters.member.setFocus()
    qtbot.keyClicks(filters.member, "ibarra")
    popup = filters.member.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    settle(qtbot, audit_window)
    rows = shown(audit_window)
    assert [(r.user, r.plan_member_id) for r in rows] == [("ana.ruiz", "MCL-0077"), ("bo.smith", "MCL-0077")]
    qtbot.mouseClick(filters.quick_buttons[0], Qt.MouseButton.LeftButton)  # Last 7 days
    settle(qtbot, audit_window)
    assert [r.user for r in shown(audit_window)] == ["ana.ruiz"]


def test_text_naming_no_member_is_explained_not_applied(qtbot, audit_window: AuditWindow) -> None:
    before = shown(audit_window)
    audit_window.filters.member.setFocus()
    qtbot.keyClicks(audit_window.filters.member, "nobody at all")
    qtbot.waitUntil(lambda: "No member in the audit log matches" in audit_window.count.text(), timeout=5000)
    assert shown(audit_window) == before


def test_every_column_sorts(qtbot, qtmodeltester, audit_window: AuditWindow) -> None:
    qtmodeltester.check(audit_window.model)
    view, proxy = audit_window.table.view, audit_window.table.proxy
    for column in range(audit_window.model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            view.sortByColumn(column, order)
            keys = [proxy.index(r, column).data(SORT_ROLE) for r in range(proxy.rowCount())]
            assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder), column
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [r.seq for r in shown(audit_window)] == sorted(r.seq for r in shown(audit_window))


@pytest.fixture
def save_to(monkeypatch, tmp_path: Path) -> dict[str, Any]:
    answer: dict[str, Any] = {}

    def ask(parent, caption, default_name, file_filter):
        answer["default"] = default_name
        return str(tmp_path / answer["name"]), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    return answer


def test_csv_export_writes_the_shown_rows_and_is_audited(qtbot, audit_window, save_to, tmp_path, store,
                                                         actor) -> None:
    pick(qtbot, audit_window.filters.user, "ana.ruiz")
    settle(qtbot, audit_window)
    audit_window.table.view.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # by action
    expected = [audit_window.model.csv_cells(r) for r in shown(audit_window)]
    save_to["name"] = "trail"
    audit_window.csv_button.setFocus()
    qtbot.keyClick(audit_window.csv_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: audit_window.count.text().startswith("Saved"), timeout=10000)
    out = tmp_path / "trail.csv"
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark, for Excel
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert lines[0][:4] == ["Time", "User", "Device", "Action"] and lines[0][-1] == "Member record ID"
    assert lines[1:] == expected and {line[1] for line in lines[1:]} == {"ana.ruiz"}
    assert [line[3] for line in lines[1:]] == sorted(line[3] for line in lines[1:])
    assert "Ibarra, Tomás" in raw.decode("utf-8-sig")
    assert out.stat().st_mode & 0o077 == 0
    assert save_to["default"].startswith("audit-log-") and save_to["default"].endswith(".csv")
    event = last_events(store, actor)[0]
    assert (event.action, event.category, event.entity_type) == (AuditAction.EXPORT, DataCategory.SYSTEM,
                                                                 "audit_log")
    assert event.details["format"] == "csv" and event.details["rows"] == len(expected)
    assert event.details["filter"]["user"] == "ana.ruiz"
    assert "Tomás" not in repr(event.details) and "Ibarra" not in repr(event.details)


def test_pdf_export_uses_the_report_framework(qtbot, audit_window, save_to, tmp_path, store, actor) -> None:
    pick(qtbot, audit_window.filters.action, "print")
    settle(qtbot, audit_window)
    save_to["name"] = "trail.pdf"
    qtbot.mouseClick(audit_window.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: audit_window.count.text().startswith("Saved the report"), timeout=15000)
    text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "trail.pdf").pages)
    assert "Audit log" in text and "Details" in text  # the title and the table's header
    assert "bo.smith" in text and "Printed" in text and "MCL-0042" in text  # the event
    assert "ana.ruiz" not in text
    event = last_events(store, actor)[0]
    assert (event.action, event.category) == (AuditAction.EXPORT, DataCategory.SYSTEM)
    assert event.details["report"] == "audit-log"


def test_lock_empties_and_closes_the_window(qtbot, audit_window: AuditWindow, ctx) -> None:
    audit_window.filters.member.setFocus()
    qtbot.keyClicks(audit_window.filters.member, "Delgado, Rosa · MCL-0042")
    settle(qtbot, audit_window)
    assert audit_window.model.rowCount() > 0
    ctx.detach()
    assert audit_window.model.rowCount() == 0 and audit_window.filters.member_names.rowCount() == 0
    assert audit_window.isHidden()
    texts: list[str] = []
    for widget in audit_window.findChildren(QWidget):
        if isinstance(widget, QLineEdit | QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    joined = "\n".join(texts)
    assert "Delgado" not in joined and "Rosa" not in joined and "Ibarra" not in joined
    assert "MCL-00" not in joined and "ana.ruiz" not in joined


def test_the_file_menu_opens_one_audit_window(qtbot, window, trail) -> None:
    window.audit_action.trigger()
    first = window.audit_window
    assert first is not None and first.isVisible()
    qtbot.waitUntil(lambda: first.model.rowCount() > 0, timeout=10000)
    assert first.model in window.models()
    window.audit_action.trigger()
    assert window.audit_window is first
