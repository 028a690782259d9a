"""The issue's journey through the real app: unlock, open a chart from the caseload, add a medication,
lock, unlock again, and the medication is still there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_ui_chart import button, open_dialog, show_tab
from test_ui_lock import MEMBER
from test_ui_login import PASSPHRASE, TIMEOUT, controllers, new_vault

from app.services import access, members
from ui.app import default_main_window


def unlock(qtbot, app) -> None:
    field = app.login_window.passphrase.field.edit
    qtbot.keyClicks(field, PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.main_window is not None, timeout=TIMEOUT)


def open_first_chart(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Go › Caseload
    view = window.caseload.view
    qtbot.waitUntil(lambda: view.model().rowCount() == 1, timeout=TIMEOUT)
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.charts.count() == 1 and window.charts.charts()[0].data is not None,
                    timeout=TIMEOUT)
    return window.charts.charts()[0]


def test_a_medication_added_in_the_chart_is_there_after_lock_and_unlock(qtbot, tmp_path, data_dir):
    new_vault(data_dir)
    store = access.unlock(data_dir, PASSPHRASE)
    actor = store.actor()
    with store.transaction(actor) as s:
        members.create(s, actor, **MEMBER)
    access.lock(store, actor)
    with controllers(tmp_path) as make:
        app = make(data_dir, default_main_window)
        unlock(qtbot, app)
        chart = open_first_chart(qtbot, app.main_window)
        show_tab(qtbot, chart, 3)
        qtbot.mouseClick(button(chart.medications, "Add medication…"), Qt.MouseButton.LeftButton)
        dialog = open_dialog(qtbot)
        qtbot.keyClicks(dialog.forms[0].editor("name"), "Furosemide")
        qtbot.keyClicks(dialog.forms[0].editor("dose"), "40 mg")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: chart.medications.model.rowCount() == 1, timeout=TIMEOUT)

        window = app.main_window
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: app.main_window is None and app.ctx.store is None, timeout=TIMEOUT)
        unlock(qtbot, app)
        chart = open_first_chart(qtbot, app.main_window)
        show_tab(qtbot, chart, 3)
        qtbot.waitUntil(lambda: chart.medications.model.rowCount() == 1, timeout=TIMEOUT)
        assert chart.medications.model.index(0, 0).data() == "Furosemide"
