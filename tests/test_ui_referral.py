"""New referral intake: duplicates are caught before saving, and a new member lands in the caseload."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services import members
from ui.context import AppContext
from ui.referral.dialog import ReferralDialog
from ui.shell.window import MainWindow


@pytest.fixture
def window(qtbot, ctx: AppContext, member) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitActive(win)
    qtbot.waitUntil(lambda: win.caseload.model.rowCount() == 1, timeout=10000)
    return win


def open_referral(qtbot, window: MainWindow) -> ReferralDialog:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    found: list[ReferralDialog] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, ReferralDialog) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=5000)
    return found[0]


def fill(qtbot, dialog: ReferralDialog, **typed: str) -> None:
    for name, text in typed.items():
        editor = dialog.form.editor(name)
        editor.clear()
        qtbot.keyClicks(editor, text)


def member_count(ctx: AppContext) -> int:
    with ctx.store.transaction(ctx.actor) as s:
        return len(members.caseload(s))


def test_a_plan_id_already_on_file_is_refused_with_the_match_shown(qtbot, window, ctx) -> None:
    dialog = open_referral(qtbot, window)
    fill(qtbot, dialog, plan_member_id="mcl-0042", first_name="Rosalind", last_name="Delacroix",
         dob="1960-01-02")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    panel = dialog.duplicates
    qtbot.waitUntil(panel.isVisible, timeout=5000)
    assert "already on file" in dialog.form.errors["plan_member_id"].text()
    assert panel.model.rowCount() == 1 and panel.model.index(0, 1).data() == "MCL-0042"
    assert not panel.different_button.isVisible()  # a plan ID match cannot be waved through
    assert dialog.isVisible() and member_count(ctx) == 1


def test_same_name_and_dob_offers_different_person_and_then_saves(qtbot, window, ctx) -> None:
    dialog = open_referral(qtbot, window)
    fill(qtbot, dialog, plan_member_id="MCL-0099", first_name="rosa", last_name="DELGADO", dob="1951-06-14",
         phone_primary="555 555 0199")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    panel = dialog.duplicates
    qtbot.waitUntil(panel.isVisible, timeout=5000)
    assert panel.different_button.isVisible()
    assert panel.model.index(0, 0).data() == "Delgado, Rosa"
    assert member_count(ctx) == 1
    qtbot.mouseClick(panel.different_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: member_count(ctx) == 2, timeout=5000)
    qtbot.waitUntil(lambda: window.charts.count() == 1, timeout=5000)  # the dialog closed, the chart opened


def test_open_existing_chart_from_a_name_and_dob_match(qtbot, window, ctx, member) -> None:
    dialog = open_referral(qtbot, window)
    fill(qtbot, dialog, plan_member_id="MCL-0100", first_name="Rosa", last_name="Delgado", dob="1951-06-14")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.duplicates.isVisible, timeout=5000)
    qtbot.mouseClick(dialog.duplicates.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.charts.count() == 1, timeout=5000)
    assert window.charts.charts()[0].member_id == member.id
    assert member_count(ctx) == 1


def test_missing_required_fields_are_named_next_to_them(qtbot, window, ctx) -> None:
    dialog = open_referral(qtbot, window)
    fill(qtbot, dialog, first_name="Ana")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    errors = dialog.form.visible_errors()
    assert set(errors) == {"last_name", "dob", "plan_member_id"}  # all at once, not one per attempt
    assert all("required" in text for text in errors.values())
    assert dialog.focusWidget() is dialog.form.editor("last_name")
    assert dialog.form.editor("first_name").text() == "Ana"
    assert member_count(ctx) == 1


def test_a_new_referral_appears_in_the_caseload_and_opens(qtbot, window, ctx) -> None:
    dialog = open_referral(qtbot, window)
    fill(qtbot, dialog, plan_member_id="MA-2024-118", first_name="Kwame", last_name="Mensah",
         dob="1957-09-30", phone_primary="(555) 555-0118", health_plan="Golden Valley")
    dialog.form.editor("referral_reason").setPlainText("Two admissions for CHF in 60 days")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.caseload.model.rowCount() == 2, timeout=5000)
    names = [row.last_name for row in window.caseload.model.rows()]
    assert "Mensah" in names
    qtbot.waitUntil(lambda: window.charts.count() == 1 and window.charts.charts()[0].data is not None,
                    timeout=10000)
    assert window.charts.charts()[0].banner.name.text() == "Kwame Mensah"
