"""The main window: navigation and shortcuts, global member search, lock, and forgetting on lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.services import members
from ui.context import AppContext
from ui.shell.window import MainWindow, Page

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, ctx: AppContext, member) -> MainWindow:
    with ctx.store.transaction(ctx.actor) as s:
        members.create(s, ctx.actor, plan_member_id="MCL-0077", first_name="Tomás", last_name="Benítez",
                       dob="1948-02-03", phone_primary="(555) 555-0177", line_of_business="mcl",
                       program="basic_cm", risk_tier="low", referral_source="provider",
                       identified_on="2026-09-01")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitActive(win)
    qtbot.waitUntil(lambda: win.caseload.model.rowCount() == 2, timeout=10000)
    return win


def test_the_window_is_named_and_titled_for_the_controller(qtbot, window: MainWindow) -> None:
    assert window.objectName() == "MainWindow"
    assert window.windowTitle() == "Carefield"
    qtbot.waitUntil(lambda: window.findChild(QLabel, "sync_state").text() == "Not connected to a server")


def test_ctrl_k_finds_a_member_by_phone_digits_and_enter_opens_the_chart(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    search = window.search
    assert search.isVisible() and search.edit.hasFocus()
    qtbot.keyClicks(search.edit, "0142")
    qtbot.waitUntil(lambda: search.model.rowCount() == 1, timeout=5000)
    assert "Delgado, Rosa" in search.model.index(0, 0).data()
    qtbot.keyClick(search.edit, Qt.Key.Key_Return)
    assert not search.isVisible()
    qtbot.waitUntil(lambda: window.charts.count() == 1 and window.charts.charts()[0].data is not None,
                    timeout=10000)
    assert window.charts.charts()[0].banner.name.text() == "Rosa Delgado"
    assert window.stack.currentIndex() == Page.CHARTS


def test_search_moves_with_arrows_and_escape_closes(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    search = window.search
    qtbot.keyClicks(search.edit, "555")
    qtbot.waitUntil(lambda: search.model.rowCount() == 2, timeout=5000)
    qtbot.keyClick(search.edit, Qt.Key.Key_Down)
    assert search.results.currentIndex().row() == 1
    second = search.model.record(1)
    qtbot.keyClick(search.edit, Qt.Key.Key_Escape)
    assert not search.isVisible() and window.charts.count() == 0
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    qtbot.keyClicks(search.edit, second.last_name[:4])
    qtbot.keyClick(search.edit, Qt.Key.Key_Return)  # before the results arrive: opens the first match
    qtbot.waitUntil(lambda: window.charts.count() == 1, timeout=5000)
    assert window.charts.charts()[0].member_id == second.id


def test_ctrl_l_asks_for_a_lock_and_ctrl_comma_for_settings(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.lock_requested, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    with qtbot.waitSignal(window.settings_requested, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_Comma, CTRL)


def test_go_shortcuts_show_each_page(qtbot, window: MainWindow) -> None:
    for key, page, name in ((Qt.Key.Key_3, Page.TASKS, "tasks"), (Qt.Key.Key_4, Page.CONFLICTS, "conflicts"),
                            (Qt.Key.Key_5, Page.REPORTS, "reports"), (Qt.Key.Key_1, Page.TODAY, "today"),
                            (Qt.Key.Key_2, Page.CASELOAD, "caseload")):
        qtbot.keyClick(window, key, CTRL)
        assert window.stack.currentIndex() == page
        assert window.stack.currentWidget().objectName() == name
        assert window.nav.currentRow() == page
    window.show_page(Page.REPORTS)
    texts = [label.text() for label in window.stack.currentWidget().findChildren(QLabel)]
    assert texts[0] == "Reports" and texts[1].startswith("Make a PDF")


def test_ctrl_w_closes_the_chart(qtbot, window: MainWindow, member) -> None:
    window.open_chart(member.id)
    qtbot.waitUntil(lambda: window.charts.charts()[0].data is not None, timeout=10000)
    assert not window.nav.item(Page.CHARTS).isHidden()
    qtbot.keyClick(window, Qt.Key.Key_W, CTRL)
    assert window.charts.count() == 0
    assert window.stack.currentIndex() == Page.CASELOAD
    assert window.nav.item(Page.CHARTS).isHidden()


def test_store_will_close_clears_every_model(qtbot, window: MainWindow, ctx: AppContext, member) -> None:
    window.open_chart(member.id)
    chart = window.charts.charts()[0]
    qtbot.waitUntil(lambda: chart.data is not None, timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    qtbot.keyClicks(window.search.edit, "Delgado")
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 1, timeout=5000)
    models = window.models()
    assert sum(model.rowCount() for model in models) > 0
    ctx.store_will_close.emit()
    assert [model.rowCount() for model in models] == [0] * len(models)
    assert chart.data is None and chart.banner.name.text() == ""
    assert window.charts.count() == 0


def test_the_busy_indicator_follows_slow_operations(window: MainWindow, ctx: AppContext) -> None:
    status = window.status
    assert not status.busy_bar.isVisible()
    ctx.slow_op_did_start.emit(991, "Loading the caseload")
    assert status.busy_bar.isVisible() and status.busy_label.text() == "Loading the caseload…"
    ctx.op_did_finish.emit(991)
    assert not status.busy_bar.isVisible()
