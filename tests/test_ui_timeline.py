"""The chart's Timeline tab and note search, as a nurse uses them: newest first, kinds switched off and
on, words from a signed note found from the tab and from Ctrl+K."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services import clinical, encounters, outreach
from ui.context import AppContext
from ui.encounter.viewer import NoteViewer
from ui.shell.window import MainWindow
from ui.timeline.models import KindFilter, NoteHitsModel, TimelineModel
from ui.timeline.search import NoteResultsModel
from ui.widgets.table_model import ROW_ROLE

TIMEOUT = 10000
NOW = datetime.now(UTC)


@pytest.fixture
def history(ctx: AppContext, member) -> dict[str, str]:
    """A week of a member's care: an ED visit, a failed call, a home visit with a signed note."""
    actor = ctx.actor
    with ctx.store.transaction(actor) as s:
        ed = clinical.utilization.add(s, actor, member.id, kind="ed_visit", facility="County General",
                                      admitted_on=date.today() - timedelta(days=6))
        attempt = outreach.log_attempt(s, actor, member.id, "phone", "no_answer", at=NOW - timedelta(days=4))
        start = NOW - timedelta(days=2)
        visit = encounters.create(s, actor, member.id, kind="home_visit", started_at=start,
                                  ended_at=start + timedelta(minutes=50),
                                  note="Installed a wheelchair ramp at the back door; fall risk reviewed.")
        encounters.sign(s, actor, visit.id)
    return {"ed": ed.id, "attempt": attempt.id, "visit": visit.id}


@pytest.fixture
def window(qtbot, ctx: AppContext, member, history) -> MainWindow:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(main.isActiveWindow, timeout=TIMEOUT)
    return main


def open_timeline(qtbot, window: MainWindow, member_id: str):
    window.open_chart(member_id)
    chart = window.charts.charts()[0]
    qtbot.waitUntil(lambda: chart.data is not None, timeout=TIMEOUT)
    qtbot.keyClick(chart.tabs, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    timeline = chart.encounters.timeline
    assert chart.tabs.currentWidget() is timeline
    qtbot.waitUntil(lambda: chart.encounters.data is not None, timeout=TIMEOUT)  # read when first shown
    return timeline


def rows(timeline) -> list:
    proxy = timeline.table.proxy
    return [proxy.index(r, 0).data(ROW_ROLE) for r in range(proxy.rowCount())]


def test_the_timeline_lists_everything_newest_first(qtbot, window: MainWindow, member, history) -> None:
    timeline = open_timeline(qtbot, window, member.id)
    shown = rows(timeline)
    assert [e.at for e in shown] == sorted((e.at for e in shown), reverse=True)
    by_ref = [e.ref_id for e in shown]
    assert by_ref.index(history["visit"]) < by_ref.index(history["attempt"]) < by_ref.index(history["ed"])
    kinds = {e.kind for e in shown}
    assert {"encounter", "attempt", "utilization", "status"} <= kinds
    first = timeline.table.proxy.index(0, 0)
    assert timeline.table.proxy.index(0, 1).data() == "Encounter"
    assert timeline.table.proxy.index(0, 2).data() == "Home visit"
    assert timeline.table.proxy.index(0, 3).data() == "Signed"
    assert "wheelchair ramp" in timeline.table.proxy.index(0, 4).data()
    assert first.data()  # the local time of service
    attempt_row = by_ref.index(history["attempt"])
    assert timeline.table.proxy.index(attempt_row, 2).data() == "Phone · No answer"


def test_kind_filters_switch_kinds_off_and_on(qtbot, window: MainWindow, member, history) -> None:
    timeline = open_timeline(qtbot, window, member.id)
    alt = Qt.KeyboardModifier.AltModifier

    def press(key: Qt.Key, kind: str, checked: bool) -> None:
        qtbot.keyClick(timeline, key, alt)  # a mnemonic clicks the button (Qt animates it for ~100 ms)
        qtbot.waitUntil(lambda: timeline.buttons[kind].isChecked() is checked, timeout=TIMEOUT)

    press(Qt.Key.Key_P, "attempt", False)  # Attem&pts
    press(Qt.Key.Key_L, "utilization", False)  # Uti&lization
    press(Qt.Key.Key_U, "status", False)  # Stat&us changes
    assert {e.kind for e in rows(timeline)} == {"encounter"}
    press(Qt.Key.Key_E, "encounter", False)  # &Encounters: nothing left, and the list says why
    assert rows(timeline) == []
    assert timeline.table.currentWidget() is timeline.table.empty
    press(Qt.Key.Key_P, "attempt", True)
    assert [e.ref_id for e in rows(timeline)] == [history["attempt"]]


def test_note_search_finds_a_word_from_a_signed_note(qtbot, window: MainWindow, member, history) -> None:
    timeline = open_timeline(qtbot, window, member.id)
    qtbot.keyClick(timeline, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # Search n&otes
    assert timeline.search.hasFocus()
    qtbot.keyClicks(timeline.search, "ramp")
    qtbot.waitUntil(lambda: timeline.stack.currentWidget() is timeline.hits_table, timeout=TIMEOUT)
    assert timeline.hits.rowCount() == 1
    assert "[ramp]" in timeline.hits.index(0, 2).data()  # the match bracketed, not only coloured
    assert timeline.result_count.text() == "1 found"
    qtbot.keyClicks(timeline.search, "s zzz")  # "ramps zzz": no note has both words
    qtbot.waitUntil(lambda: timeline.hits.rowCount() == 0, timeout=TIMEOUT)
    assert timeline.hits_table.currentWidget() is timeline.hits_table.empty
    timeline.search.clear()
    qtbot.waitUntil(lambda: timeline.stack.currentWidget() is timeline.table, timeout=TIMEOUT)


def test_ctrl_k_lists_note_hits_and_opens_the_chart_at_the_note(
    qtbot, window: MainWindow, member, history
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    search = window.search
    qtbot.waitUntil(search.isVisible, timeout=TIMEOUT)
    qtbot.keyClicks(search.edit, "wheelchair")
    qtbot.waitUntil(lambda: search.notes_model.rowCount() == 1, timeout=TIMEOUT)
    assert search.notes_title.isVisible() and search.notes_title.text() == "Notes"
    assert search.model.rowCount() == 0  # no member is called "wheelchair"
    text = search.notes_model.index(0, 0).data()
    assert text.startswith("Rosa Delgado — Home visit") and "[wheelchair]" in text
    qtbot.keyClick(search.edit, Qt.Key.Key_Down)
    qtbot.keyClick(search.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(isinstance(w, NoteViewer) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=TIMEOUT)
    chart = window.charts.currentWidget()
    assert chart.member_id == member.id
    assert chart.tabs.currentWidget() is chart.encounters.notes
    assert chart.encounters.notes.current().id == history["visit"]


def test_ctrl_k_still_finds_members_first(qtbot, window: MainWindow, member, history) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    search = window.search
    qtbot.keyClicks(search.edit, "Delgado")
    qtbot.waitUntil(lambda: search.model.rowCount() == 1, timeout=TIMEOUT)
    assert not search.notes_title.isVisible()  # no note says "Delgado"
    qtbot.keyClick(search.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.charts.count() == 1, timeout=TIMEOUT)


def test_timeline_models_pass_the_model_tester(qtmodeltester, qtbot, window: MainWindow, member, ctx,
                                               history) -> None:
    timeline = open_timeline(qtbot, window, member.id)
    model = TimelineModel()
    model.set_timeline(timeline.model.records(), timeline.model.encounters.values())
    qtmodeltester.check(model)
    proxy = KindFilter()
    proxy.setSourceModel(model)
    proxy.set_kinds({"encounter"})
    qtmodeltester.check(proxy)
    with ctx.store.transaction(ctx.actor) as s:
        hits = encounters.search_notes(s, "ramp")
    notes = NoteHitsModel()
    notes.set_records(hits)
    qtmodeltester.check(notes)
    results = NoteResultsModel()
    results.set_records([(hit, "Rosa Delgado") for hit in hits])
    qtmodeltester.check(results)
