"""The caseload screen, driven the way a nurse uses it: typing, choosing filters, clicking headers, Enter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from app.model.enums import RiskTier
from app.services import members
from ui.caseload.cells import Col, fold
from ui.context import AppContext
from ui.shell.window import MainWindow
from ui.widgets.table_model import ROW_ROLE, SORT_ROLE

DEMO_MEMBERS = 60


@pytest.fixture(scope="module")
def demo_ctx(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppContext]:
    """One demo caseload for the module: generating it takes seconds, and these tests only read."""
    from app import demo
    from app.services import access
    from app.store.vault import KdfParams
    from tests.conftest import PASSPHRASE

    data_dir = Path(tmp_path_factory.mktemp("demo")) / "data"
    store, _ = access.create(data_dir, PASSPHRASE, kdf=KdfParams.fast())
    demo.generate(store, store.actor(), members=DEMO_MEMBERS, seed=1)
    ctx = AppContext(data_dir)
    ctx.attach(store)
    yield ctx
    ctx.detach()
    ctx.shutdown()
    store.close()


@pytest.fixture
def window(qtbot, demo_ctx: AppContext) -> MainWindow:
    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitActive(win)
    qtbot.waitUntil(lambda: win.caseload.model.rowCount() == DEMO_MEMBERS, timeout=10000)
    qtbot.keyClick(win, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Go › Caseload
    assert win.stack.currentWidget() is win.caseload
    return win


def shown_rows(window: MainWindow) -> list[members.CaseloadRow]:
    model = window.caseload.model
    return [model.index(row, 0).data(ROW_ROLE) for row in range(model.rowCount())]


def test_the_table_shows_every_member_of_the_caseload(window: MainWindow) -> None:
    assert window.caseload.model.rowCount() == DEMO_MEMBERS
    assert window.caseload.count.text() == "60 members"


def test_typing_part_of_a_last_name_filters_accent_and_case_insensitively(qtbot, window: MainWindow) -> None:
    target = next(r for r in shown_rows(window) if fold(r.last_name) != r.last_name.lower())  # has an accent
    typed = fold(target.last_name)[:5].upper()
    qtbot.keyClicks(window.caseload.search, typed)
    rows = shown_rows(window)
    assert target in rows
    assert 0 < len(rows) < DEMO_MEMBERS
    keys = [fold(" ".join((r.last_name, r.first_name, r.preferred_name, r.plan_member_id))) for r in rows]
    assert all(typed.lower() in key for key in keys)
    assert window.caseload.count.text() == f"{len(rows)} of 60 members"


def test_typing_phone_digits_finds_the_member(qtbot, window: MainWindow) -> None:
    target = next(r for r in shown_rows(window) if r.phone_primary)
    qtbot.keyClicks(window.caseload.search, target.phone_primary[-8:])  # "555-0158" as typed from a note
    assert target in shown_rows(window)


def test_the_tier_filter_keeps_only_that_tier(qtbot, window: MainWindow) -> None:
    combo = window.caseload.tier
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # "All tiers" → "High"
    rows = shown_rows(window)
    assert combo.currentText() == "High"
    assert rows and all(r.risk_tier == RiskTier.HIGH for r in rows)
    assert len(rows) < DEMO_MEMBERS
    qtbot.mouseClick(window.caseload.clear_button, Qt.MouseButton.LeftButton)
    assert window.caseload.model.rowCount() == DEMO_MEMBERS


def test_clicking_the_age_header_sorts_numerically(qtbot, window: MainWindow) -> None:
    header = window.caseload.view.horizontalHeader()
    x = header.sectionViewportPosition(Col.AGE) + header.sectionSize(Col.AGE) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    ages = [r.age for r in shown_rows(window)]
    assert ages == sorted(ages)
    assert isinstance(window.caseload.model.index(0, Col.AGE).data(SORT_ROLE), int)  # not the text
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert [r.age for r in shown_rows(window)] == sorted(ages, reverse=True)


def test_ctrl_f_focuses_search_and_enter_opens_the_chart(qtbot, window: MainWindow) -> None:
    view = window.caseload.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.caseload.search.hasFocus()
    view.setFocus()
    view.selectRow(2)
    chosen = shown_rows(window)[2]
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.charts.count() == 1 and window.charts.charts()[0].data is not None,
                    timeout=10000)
    banner = window.charts.charts()[0].banner
    assert banner.name.text().startswith(f"{chosen.first_name} {chosen.last_name}")
    assert window.charts.tabText(0) == f"{chosen.last_name}, {chosen.first_name}"


def test_double_click_opens_the_chart(qtbot, window: MainWindow) -> None:
    view = window.caseload.view
    rect = view.visualRect(view.model().index(0, Col.NAME))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double click's
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # first press
    qtbot.waitUntil(lambda: window.charts.count() == 1, timeout=5000)
    qtbot.waitUntil(lambda: window.charts.charts()[0].data is not None, timeout=10000)


def test_caseload_models_pass_the_model_tester(qtmodeltester, window: MainWindow) -> None:
    qtmodeltester.check(window.caseload.model)
    window.caseload.model.set_search("a")
    qtmodeltester.check(window.caseload.model)


def test_chart_tab_models_pass_the_model_tester(qtbot, qtmodeltester, window: MainWindow) -> None:
    richest = max(shown_rows(window), key=lambda r: (r.status == "enrolled", r.age))
    window.open_chart(richest.id)
    chart = window.charts.charts()[0]
    qtbot.waitUntil(lambda: chart.data is not None, timeout=10000)
    assert chart.access_model.rowCount() > 0
    for model in chart.models():
        qtmodeltester.check(model)


def test_today_lists_due_tasks_and_enter_opens_the_chart(qtbot, window: MainWindow) -> None:
    today = window.today
    tables = [table for _title, table in today.sections()]
    qtbot.waitUntil(lambda: sum(t.model.rowCount() for t in tables) > 0, timeout=10000)
    overdue, due_today = tables[0].model.records(), tables[1].model.records()
    assert overdue and all(r.task.overdue and r.task.status == "open" for r in overdue)
    assert all(not r.task.overdue and r.task.due_on <= tables[1].model.today for r in due_today)
    assert all(r.member is not None for table in tables for r in table.model.records())  # risk, phone
    table = next(t for t in tables if t.model.rowCount())
    table.view.setFocus()
    table.view.selectRow(0)
    qtbot.keyClick(table.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.charts.count() == 1, timeout=5000)
    qtbot.waitUntil(lambda: window.charts.charts()[0].data is not None, timeout=10000)


def test_typing_on_and_back_gives_the_same_rows_as_a_fresh_search(qtbot, window: MainWindow) -> None:
    """Each added letter filters only what the shorter text matched; deleting letters widens again."""
    model = window.caseload.model
    everyone = model.rows()

    def expected(text: str) -> list[members.CaseloadRow]:
        return [r for r in everyone
                if all(w in fold(" ".join((r.last_name, r.first_name, r.preferred_name, r.plan_member_id)))
                       for w in fold(text).split())]

    name, initial = fold(everyone[0].last_name), fold(everyone[0].first_name)[:1]
    for text in (name[:1], name[:2], name[:3], f"{name[:3]} {initial}", name[:2], ""):
        window.caseload.search.setText(text)
        assert shown_rows(window) == expected(text), text


def test_the_selected_member_stays_selected_through_filtering_and_sorting(qtbot, window: MainWindow) -> None:
    view, model = window.caseload.view, window.caseload.model
    view.selectRow(5)
    chosen = shown_rows(window)[5]
    window.caseload.search.setText(fold(chosen.last_name)[:3])
    assert view.currentIndex().data(ROW_ROLE) == chosen
    model.sort(Col.AGE, Qt.SortOrder.DescendingOrder)
    assert view.currentIndex().data(ROW_ROLE) == chosen
    window.caseload.search.setText("")
    assert view.currentIndex().data(ROW_ROLE) == chosen
    assert model.rowCount() == model.total == DEMO_MEMBERS


def test_a_phone_like_search_is_never_narrowed_from_the_name_matches() -> None:
    from ui.caseload.filters import Filters

    assert Filters(search="garc").narrows(Filters(search="gar"))
    assert not Filters(search="555").narrows(Filters(search="55"))  # digits start matching phones
    assert not Filters(search="gar", tier="high").narrows(Filters(search="ga"))
    assert not Filters(search="ga").narrows(Filters(search="gar"))
