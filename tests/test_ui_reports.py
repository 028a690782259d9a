"""The Reports screen, driven the way a nurse would: choose a report and a member, save it as a PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from app.model.audit import AuditEvent
from app.model.enums import AuditAction
from ui.reports.page import ReportsPage


@pytest.fixture
def page(qtbot, ctx, member) -> ReportsPage:
    widget = ReportsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.member.model.rowCount() == 1, timeout=10000)
    return widget


@pytest.fixture
def save_dialog(monkeypatch, tmp_path: Path) -> dict[str, object]:
    """The save dialog answers with a path in tmp_path and remembers what it was offered."""
    seen: dict[str, object] = {"calls": 0}

    def answer(parent, caption, default_name, file_filter):
        seen["calls"] = int(seen["calls"]) + 1  # type: ignore[arg-type]
        seen["default"] = default_name
        return str(tmp_path / "out" / "plan"), file_filter

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return seen


def choose(qtbot, page: ReportsPage, kind: str) -> None:
    page.kind.setFocus()
    while page.kind.currentData() != kind:
        qtbot.keyClick(page.kind, Qt.Key.Key_Down)


def pick_member(qtbot, page: ReportsPage, typed: str) -> None:
    """Type part of the name, then take the first suggestion with the keyboard."""
    qtbot.keyClicks(page.member, typed)
    popup = page.member.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def last_audit(store, actor) -> AuditEvent:
    with store.transaction(actor) as s:
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).one()
        s.expunge(event)
        return event


def test_saving_a_care_plan_pdf_writes_the_file_and_audits_the_export(qtbot, page, save_dialog, store, actor,
                                                                      member, tmp_path) -> None:
    choose(qtbot, page, "careplan")
    pick_member(qtbot, page, "delg")
    assert page.member.member_id() == member.id
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "out" / "plan.pdf"
    qtbot.waitUntil(lambda: page.result.text().startswith("Saved to"), timeout=10000)
    assert save_dialog["default"] == "care-plan.pdf"  # the suggested name holds no PHI
    assert page.result.text() == f"Saved to {saved}"
    assert saved.read_bytes().startswith(b"%PDF")
    event = last_audit(store, actor)
    assert event.action == AuditAction.EXPORT and event.member_id == member.id
    assert event.details["report"] == "careplan"


def test_a_member_report_needs_a_member(qtbot, page, save_dialog) -> None:
    choose(qtbot, page, "outreach-log")
    qtbot.keyClicks(page.member, "nobody")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert save_dialog["calls"] == 0
    assert "Choose a member" in page.result.text()


def test_passwords_must_match_before_anything_is_saved(qtbot, page, save_dialog, tmp_path) -> None:
    choose(qtbot, page, "caseload")
    assert not page.member.isEnabled() and page.status.isEnabled()
    assert page.language.findData("") == -1  # no "member's preferred language" for a caseload report
    assert not page.password.isEnabled()
    page.protect.setFocus()
    qtbot.keyClick(page.protect, Qt.Key.Key_Space)
    assert page.password.isEnabled() and page.password.echoMode() == page.password.EchoMode.Password
    qtbot.keyClicks(page.password, "blue heron 7")
    qtbot.keyClicks(page.confirm, "blue heron 8")
    assert page.password_error.text() == "The passwords do not match."
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert save_dialog["calls"] == 0
    page.confirm.clear()
    qtbot.keyClicks(page.confirm, "blue heron 7")
    assert page.password_error.isHidden()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.text().startswith("Saved to"), timeout=10000)
    reader = PdfReader(tmp_path / "out" / "plan.pdf")
    assert reader.is_encrypted and reader.decrypt("blue heron 7")
    assert save_dialog["default"] == "caseload-report.pdf"


def test_lock_clears_the_screen(qtbot, page, save_dialog, ctx) -> None:
    choose(qtbot, page, "careplan")
    pick_member(qtbot, page, "rosa")
    page.protect.setFocus()
    qtbot.keyClick(page.protect, Qt.Key.Key_Space)
    qtbot.keyClicks(page.password, "secret words")
    qtbot.keyClicks(page.confirm, "secret words")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.text().startswith("Saved to"), timeout=10000)
    ctx.detach()
    assert page.member.model.rowCount() == 0 and page.member.text() == ""
    assert page.password.text() == "" and page.confirm.text() == "" and not page.protect.isChecked()
    assert page.result.text() == ""
    assert not page.save_button.isEnabled()


def test_the_window_shows_reports_and_a_chart_opens_them_for_its_member(qtbot, window, member) -> None:
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.reports
    assert not window.report_action.isEnabled()
    window.open_chart(member.id)
    qtbot.waitUntil(lambda: window.reports.member.model.rowCount() == 1, timeout=10000)
    window.report_action.trigger()
    assert window.stack.currentWidget() is window.reports
    assert window.reports.kind.currentData() == "careplan"
    assert window.reports.member.member_id() == member.id
    assert window.reports.member.model in window.models()


def test_the_page_reads_its_lists_only_when_shown(qtbot, ctx, member) -> None:
    """Hidden behind Today at unlock, the page reads nothing; shown, it lists the caseload."""
    from ui.ops import _live_ops

    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not _live_ops, timeout=10000)
    assert page.member.model.rowCount() == 0
    page.show()
    qtbot.waitUntil(lambda: page.member.model.rowCount() == 1, timeout=10000)
