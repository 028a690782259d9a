"""The Tasks screen, Today and the chart's Tasks tab, driven the way a nurse uses them, on one member whose
record makes every kind of clock: enrolled, high risk, initial assessment done late, care plan in place on
time with a review due today, and a referral to follow up in a few days.

Dates are relative to one fixed day (the pages take it as ``today``); it is the real date because the
services stamp completions with the real time, and a completion after the as-of day reads as not yet done.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QLineEdit, QMenu, QWidget
from sqlalchemy import select

from app.model.assessment import AssessmentResponse
from app.model.careplan import CarePlan, Referral
from app.model.enums import AssessmentStatus, CarePlanStatus, ReferralStatus, TaskKind, TaskStatus
from app.model.task import Task
from app.services import lifecycle, members
from tests.conftest import SAMPLE_MEMBER
from ui.chart.chart import ChartWidget
from ui.context import AppContext, Changes
from ui.tasks.cells import Segment, TaskRow
from ui.tasks.dialogs import NewTaskDialog
from ui.tasks.page import TasksPage
from ui.today.page import TodayPage
from ui.widgets.table_model import ROW_ROLE

TODAY = date.today()
NAME = SAMPLE_MEMBER["last_name"]
WAIT = 10000


def day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def noon(on: date) -> datetime:
    return datetime(on.year, on.month, on.day, 12, tzinfo=UTC)


@pytest.fixture
def rosa(store: Any, actor: Any) -> str:
    """Identified 120 days ago (initial assessment due 90 days ago, done 75 days ago: late); enrolled 110
    days ago and never reached since (follow-up contact overdue); plan in place 60 days ago (due 45 days
    ago: on time), review due today; a food bank referral to follow up in 4 days."""
    with store.transaction(actor) as s:
        member = members.create(s, actor, **(SAMPLE_MEMBER | {"identified_on": day(-120).isoformat()}))
        lifecycle.enroll(s, actor, member.id, on=day(-110), consent_method="verbal")
        s.add(AssessmentResponse(member_id=member.id, instrument_id="initial_assessment",
                                 instrument_version="1", status=AssessmentStatus.COMPLETED,
                                 started_at=noon(day(-75)), completed_at=noon(day(-75))))
        plan = CarePlan(member_id=member.id, status=CarePlanStatus.ACTIVE, started_on=day(-60),
                        review_due_on=TODAY)
        s.add(plan)
        s.flush()
        s.add(Referral(member_id=member.id, care_plan_id=plan.id, resource_name="Valley Food Bank",
                       referred_on=day(-10), status=ReferralStatus.SENT, follow_up_on=day(4)))
        return member.id


@pytest.fixture
def page(qtbot: Any, ctx: AppContext, rosa: str) -> Iterator[TasksPage]:
    tasks_page = TasksPage(ctx, today=TODAY)
    qtbot.addWidget(tasks_page)
    tasks_page.resize(1100, 600)
    tasks_page.show()
    tasks_page.activateWindow()
    qtbot.waitUntil(tasks_page.isActiveWindow, timeout=WAIT)
    qtbot.waitUntil(lambda: tasks_page.list.model.rowCount() >= 4, timeout=WAIT)
    yield tasks_page


def shown(page: TasksPage) -> list[TaskRow]:
    return page.list.rows_shown()


def kinds(rows: list[TaskRow]) -> list[TaskKind]:
    return [r.task.kind for r in rows]


def cell(page: TasksPage, row: TaskRow, title: str, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    proxy = page.list.table.proxy
    column = next(c for c in range(proxy.columnCount())
                  if proxy.headerData(c, Qt.Orientation.Horizontal) == title)
    for r in range(proxy.rowCount()):
        if proxy.index(r, 0).data(ROW_ROLE) == row:
            return proxy.index(r, column).data(role)
    raise AssertionError("row not shown")


def pick(page: TasksPage, kind: TaskKind) -> TaskRow:
    row = next(r for r in shown(page) if r.task.kind == kind)
    assert page.list.select_task(row.task.id)
    page.list.view.setFocus()
    return row


def stored(store: Any, task_id: str) -> Task:
    with store.session() as s:
        return s.get(Task, task_id)


# ---- the Tasks page ------------------------------------------------------------------------------------


def test_the_page_lists_the_rule_tasks_by_kind_with_due_dates_and_marks_the_overdue_one(page: TasksPage):
    rows = {r.task.kind: r for r in shown(page)}  # "All open" at first
    assert rows.keys() == {TaskKind.FOLLOW_UP_CONTACT, TaskKind.CARE_PLAN_REVIEW, TaskKind.REFERRAL_FOLLOW_UP,
                           TaskKind.REASSESSMENT}
    assert rows[TaskKind.FOLLOW_UP_CONTACT].task.due_on == day(-96)  # enrolled + 14 days (high risk)
    assert rows[TaskKind.CARE_PLAN_REVIEW].task.due_on == TODAY
    assert rows[TaskKind.REFERRAL_FOLLOW_UP].task.due_on == day(4)
    late = rows[TaskKind.FOLLOW_UP_CONTACT]
    assert cell(page, late, "Member") == "Delgado, Rosa"
    assert cell(page, late, "Task") == "Follow-up contact"
    assert cell(page, late, "Due").startswith("96 days ago · ")
    assert cell(page, late, "Status") == "Overdue"  # in words, and with an icon
    assert cell(page, late, "Status", Qt.ItemDataRole.DecorationRole) is not None
    assert cell(page, rows[TaskKind.CARE_PLAN_REVIEW], "Status") == "Open"
    assert cell(page, rows[TaskKind.CARE_PLAN_REVIEW], "Status", Qt.ItemDataRole.DecorationRole) is None
    assert cell(page, rows[TaskKind.REFERRAL_FOLLOW_UP], "Task") == "Referral follow-up: Valley Food Bank"
    assert page.count.text() == "4 shown · 4 open"


def test_the_segments_search_and_kind_narrow_the_list(qtbot, page: TasksPage):
    expected = {"overdue": [TaskKind.FOLLOW_UP_CONTACT], "today": [TaskKind.CARE_PLAN_REVIEW],
                "upcoming": [TaskKind.REFERRAL_FOLLOW_UP], "done": []}
    for name, wanted in expected.items():
        button = page.findChild(QWidget, "segment_" + name)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert kinds(shown(page)) == wanted, name
    assert page.segments.button(Segment.OVERDUE).text() == "O&verdue (1)"
    assert "Nothing was completed" in page.list.table.empty.text()
    qtbot.keyClick(page, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # All open
    qtbot.waitUntil(lambda: page.segment() == Segment.OPEN, timeout=WAIT)  # a mnemonic clicks after a flash
    qtbot.keyClicks(page.search, "food")
    assert kinds(shown(page)) == [TaskKind.REFERRAL_FOLLOW_UP]
    page.search.clear()
    page.kind.setCurrentIndex(page.kind.findData(TaskKind.REASSESSMENT.value))
    assert kinds(shown(page)) == [TaskKind.REASSESSMENT]


def test_complete_takes_the_task_off_the_open_list_and_marks_it_done(qtbot, page: TasksPage, store):
    row = pick(page, TaskKind.FOLLOW_UP_CONTACT)
    qtbot.keyClick(page.list.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialog = page.list.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.forms[0].editor("note"), "Left a message with her daughter")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row.task.id not in [r.task.id for r in shown(page)], timeout=WAIT)
    done = stored(store, row.task.id)
    assert done.status == TaskStatus.DONE and "daughter" in done.notes
    page.set_segment(Segment.DONE)
    assert [r.task.id for r in shown(page)] == [row.task.id]
    assert cell(page, shown(page)[0], "Status").startswith("Done ")


def test_snooze_needs_a_reason_and_hides_the_task_until_its_day(qtbot, page: TasksPage, store):
    page.set_segment(Segment.OVERDUE)
    row = pick(page, TaskKind.FOLLOW_UP_CONTACT)
    qtbot.keyClick(page.list.view, Qt.Key.Key_D,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = page.list.dialog
    form = dialog.forms[0]
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(form.editor("until"), Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # +1 week
    qtbot.waitUntil(lambda: form.editor("until").value() == day(7), timeout=WAIT)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # refused: nothing sent
    assert form.visible_errors() == {"reason": "⚠ Is required"}
    assert stored(store, row.task.id).status == TaskStatus.OPEN
    qtbot.keyClicks(form.editor("reason"), "In hospital until next week")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shown(page), timeout=WAIT)  # no longer overdue: it waits for its day
    snoozed = stored(store, row.task.id)
    assert (snoozed.status, snoozed.snoozed_until) == (TaskStatus.SNOOZED, day(7))
    page.set_segment(Segment.OPEN)
    again = next(r for r in shown(page) if r.task.id == row.task.id)
    assert cell(page, again, "Status").startswith("Snoozed until ")
    page.list.select_task(row.task.id)  # and it can be brought back
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=WAIT)
    page.list.view.setFocus()
    qtbot.keyClick(page.list.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stored(store, row.task.id).status == TaskStatus.OPEN, timeout=WAIT)


def test_a_manual_task_is_created_with_the_keyboard_alone(qtbot, page: TasksPage, rosa: str):
    page.list.view.setFocus()
    qtbot.keyClick(page.list.view, Qt.Key.Key_Insert)
    dialog = page.list.dialog
    assert isinstance(dialog, NewTaskDialog)
    qtbot.waitUntil(lambda: dialog.picker.count() == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT)
    qtbot.keyClicks(QApplication.focusWidget(), "delgado")  # the member, by name
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Call the pharmacy about refills")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # due in a week
    qtbot.waitUntil(lambda: dialog.forms[0].editor("due_on").value() == day(7), timeout=WAIT)
    with qtbot.waitSignal(dialog.did_save, timeout=WAIT):
        qtbot.keyClick(dialog.forms[0].editor("title"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(r.task.title.startswith("Call the") for r in shown(page)), timeout=WAIT)
    row = next(r for r in shown(page) if r.task.title.startswith("Call the"))
    qtbot.waitUntil(lambda: page.list.current() == row, timeout=WAIT)  # selected, ready for the next key
    assert (row.task.kind, row.task.due_on, row.member_id) == (TaskKind.MANUAL, day(7), rosa)
    assert cell(page, row, "Task") == "Call the pharmacy about refills"
    page.set_segment(Segment.UPCOMING)
    assert row.task.id in [r.task.id for r in shown(page)]


def test_only_a_manual_task_can_be_cancelled_and_only_with_a_reason(qtbot, page: TasksPage, store, actor,
                                                                     rosa: str):
    from app.services import tasks

    with store.transaction(actor) as s:
        manual = tasks.add_manual(s, actor, rosa, title="Mail the large-print medication list", due_on=day(2))
    page.reload()
    qtbot.waitUntil(lambda: page.list.select_task(manual.id), timeout=WAIT)
    assert page.list.cancel_action.isEnabled()
    pick(page, TaskKind.FOLLOW_UP_CONTACT)
    assert not page.list.cancel_action.isEnabled()  # the rules cancel their own tasks
    page.list.select_task(manual.id)
    page.list.view.setFocus()
    qtbot.keyClick(page.list.view, Qt.Key.Key_Delete)
    dialog = page.list.dialog
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "reason" in dialog.forms[0].visible_errors()
    qtbot.keyClicks(dialog.forms[0].editor("reason"), "The daughter picked it up")
    with qtbot.waitSignal(dialog.did_save, timeout=WAIT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: manual.id not in [r.task.id for r in shown(page)], timeout=WAIT)
    assert stored(store, manual.id).status == TaskStatus.CANCELLED


def test_the_context_menu_offers_the_commands_for_the_row_under_the_pointer(qtbot, page: TasksPage):
    view = page.list.view
    view.customContextMenuRequested.emit(view.visualRect(view.model().index(1, 0)).center())
    menu = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible())
    assert [a.text() for a in menu.actions() if a.text()] == [
        "O&pen chart", "Co&mplete…", "Snoo&ze…", "Re&open", "Cance&l task…", "Ne&w task…"]
    assert page.list.current() == page.list.rows_shown()[1]  # the row under the pointer is the one acted on
    menu.close()


def test_models_pass_the_model_tester(qtmodeltester, page: TasksPage):
    qtmodeltester.check(page.list.model)
    qtmodeltester.check(page.list.table.proxy)


# ---- Today -----------------------------------------------------------------------------------------------


def test_today_shows_overdue_due_today_and_this_week_from_tasks(qtbot, ctx: AppContext, rosa: str):
    today = TodayPage(ctx, today=TODAY)
    qtbot.addWidget(today)
    today.show()
    qtbot.waitUntil(lambda: bool(today.summary.text()), timeout=WAIT)
    groups = [[r.task.kind for r in table.model.records()] for _title, table in today.sections()]
    assert groups == [[TaskKind.FOLLOW_UP_CONTACT], [TaskKind.CARE_PLAN_REVIEW],
                      [TaskKind.REFERRAL_FOLLOW_UP]]
    assert today.summary.text() == "1 overdue · 1 due today · 1 coming up this week"
    assert [title.text() for title, _table in today.sections()] == [
        "Overdue (1)", "Due today (1)", "Coming up this week (1)"]
    table = today.overdue[1]
    model = table.view.model()
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert texts[:2] == ["Delgado, Rosa", "Follow-up contact"]
    assert texts[3:5] == ["High", "(555) 555-0142"] and texts[5].startswith("Spanish")
    table.view.setFocus()
    table.view.selectRow(0)
    with qtbot.waitSignal(today.chart_requested, timeout=WAIT) as opened:
        qtbot.keyClick(table.view, Qt.Key.Key_Return)
    assert opened.args == [rosa]


def test_a_refresh_that_makes_tasks_reloads_the_other_lists_once_and_never_loops(qtbot, ctx: AppContext,
                                                                                  rosa: str):
    loads: list[tuple[str, bool]] = []
    today, page = TodayPage(ctx, today=TODAY), TasksPage(ctx, today=TODAY)
    for widget, name in ((today, "today"), (page, "tasks")):
        qtbot.addWidget(widget)
        widget.feed.did_load.connect(lambda load, n=name: loads.append((n, load.changed)))
        widget.show()  # both on screen: each starts a load
    qtbot.waitUntil(lambda: len(loads) >= 2, timeout=WAIT)
    qtbot.wait(300)
    # Today's refresh made the tasks and said so; the Tasks page loaded again (its first load was
    # superseded), found nothing more to make, and nobody reloaded for their own announcement.
    assert loads == [("today", True), ("tasks", False)]
    ctx.changes_did_happen.emit(Changes.of("care_plan", member_id=rosa))  # a deadline may have moved
    qtbot.waitUntil(lambda: len(loads) >= 4, timeout=WAIT)
    qtbot.wait(300)
    assert sorted(loads[2:]) == [("tasks", False), ("today", False)]
    ctx.changes_did_happen.emit(Changes.of("medication", member_id=rosa))  # moves no deadline
    qtbot.wait(300)
    assert len(loads) == 4


def test_a_list_out_of_sight_reads_nothing_until_it_is_shown(qtbot, ctx: AppContext, store, actor, rosa: str):
    from app.services import tasks

    loads: list[object] = []
    page = TasksPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    page.feed.did_load.connect(loads.append)
    qtbot.wait(300)
    assert loads == []  # made with the main window, behind Today: nothing read yet
    page.show()
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 4, timeout=WAIT)
    page.hide()  # the nurse went to another screen, and a task was added there
    with store.transaction(actor) as s:
        added = tasks.add_manual(s, actor, rosa, title="Bring the scale", due_on=day(1))
    ctx.changes_did_happen.emit(Changes.of("task", member_id=rosa))
    qtbot.wait(300)
    assert len(loads) == 1
    page.show()  # back on the Tasks screen: the list is current
    qtbot.waitUntil(lambda: added.id in [r.task.id for r in shown(page)], timeout=WAIT)
    page.hide()
    page.show()
    qtbot.wait(300)
    assert len(loads) == 2  # nothing changed meanwhile: nothing read again


def test_the_caseload_is_refreshed_once_then_only_the_member_whose_record_changed(
        qtbot, monkeypatch, ctx: AppContext, store, actor, rosa: str):
    from app.services import tasks

    refreshed: list[str | None] = []
    real = tasks.refresh

    def spy(session: Any, who: Any, as_of: date, member_id: str | None = None) -> tasks.RefreshResult:
        refreshed.append(member_id)
        return real(session, who, as_of, member_id)

    monkeypatch.setattr(tasks, "refresh", spy)
    today = TodayPage(ctx, today=TODAY)
    qtbot.addWidget(today)
    today.show()
    qtbot.waitUntil(lambda: today.loaded_on is not None, timeout=WAIT)
    page = TasksPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    page.show()  # the nurse opens the Tasks screen: what Today brought in line is not done again
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 4, timeout=WAIT)
    assert refreshed == [None]
    with store.transaction(actor) as s:  # the plan's review moves a week on, in the chart
        s.scalars(select(CarePlan)).one().review_due_on = day(7)
    ctx.changes_did_happen.emit(Changes.of("care_plan", member_id=rosa))
    qtbot.waitUntil(lambda: day(7) in [r.task.due_on for r in shown(page)], timeout=WAIT)
    qtbot.waitUntil(lambda: not today.due_today[1].model.rowCount(), timeout=WAIT)
    assert set(refreshed[1:]) == {rosa}  # her record alone is read again
    ctx.changes_did_happen.emit(Changes(everything=True))  # a sync brought news of anyone
    qtbot.waitUntil(lambda: refreshed.count(None) > 1, timeout=WAIT)


def test_a_change_that_comes_while_a_refresh_runs_waits_for_the_next_one(ctx: AppContext, rosa: str):
    from ui.tasks.freshness import RefreshLedger

    ledger = RefreshLedger.of(ctx)
    assert RefreshLedger.of(ctx) is ledger  # one for the app
    scope, ticket = ledger.scope(TODAY)
    assert scope is None  # nothing refreshed yet: everyone
    ctx.changes_did_happen.emit(Changes.of("encounter", member_id=rosa))  # signed while it ran
    ledger.refreshed(TODAY, scope, ticket)
    assert ledger.scope(TODAY)[0] == {rosa}
    ctx.changes_did_happen.emit(Changes.of("task", member_id=rosa))  # moves no deadline
    scope, ticket = ledger.scope(TODAY)
    ledger.refreshed(TODAY, scope, ticket)
    assert ledger.scope(TODAY)[0] == frozenset()
    assert ledger.scope(day(1))[0] is None  # a new day: everyone again
    ctx.detach()  # a lock forgets it all
    assert ledger.scope(TODAY)[0] is None


# ---- the chart's Tasks tab ---------------------------------------------------------------------------------


def test_the_compliance_panel_shows_met_late_and_open(qtbot, ctx: AppContext, rosa: str):
    chart = ChartWidget(ctx, rosa)
    qtbot.addWidget(chart)
    chart.member_tasks.today = TODAY
    chart.resize(1100, 700)
    chart.show()
    chart.load()
    part = chart.member_tasks
    qtbot.waitUntil(lambda: part.tab.clock_model.rowCount() > 0, timeout=WAIT)
    chart.tabs.setCurrentIndex(part.index)
    model = part.tab.clock_model
    states = {model.record(r).kind: [model.index(r, c).data() for c in range(model.columnCount())]
              for r in range(model.rowCount())}
    late, met = states[TaskKind.INITIAL_ASSESSMENT], states[TaskKind.CARE_PLAN]
    assert late[0] == "Initial assessment" and late[3] == "Late" and late[4]  # met, after the deadline
    assert met[0] == "Care plan" and met[3] == "Met"
    assert states[TaskKind.CARE_PLAN_REVIEW][3] == "Open"
    assert states[TaskKind.FOLLOW_UP_CONTACT][3] == "Late"
    assert states[TaskKind.REASSESSMENT][2]  # the grace: late only after it
    assert states[TaskKind.REFERRAL_FOLLOW_UP][0] == "Referral follow-up: Valley Food Bank"
    for r in range(model.rowCount()):
        assert model.index(r, 3).data(Qt.ItemDataRole.DecorationRole) is not None  # never colour alone
    tasks = part.tab.tasks
    assert {r.task.kind for r in tasks.model.records()} == {
        TaskKind.FOLLOW_UP_CONTACT, TaskKind.CARE_PLAN_REVIEW, TaskKind.REFERRAL_FOLLOW_UP,
        TaskKind.REASSESSMENT}
    assert "Member" not in [tasks.table.proxy.headerData(c, Qt.Orientation.Horizontal)
                            for c in range(tasks.table.proxy.columnCount())]
    tasks.view.setFocus()
    dialog = tasks.new_task()  # Insert: for this member, who goes without saying
    assert isinstance(dialog, NewTaskDialog)
    assert not dialog.picker.isEnabled() and dialog.picker.value() == rosa
    dialog.reject()
    ctx.detach()  # lock
    assert [m.rowCount() for m in part.models()] == [0, 0]
    assert not any(NAME in t or "Valley" in t for m in part.models() for t in texts_of(m))


# ---- lock --------------------------------------------------------------------------------------------------


def texts_of(model: Any) -> list[str]:
    """Every cell (list models keep columnCount private: walk the columns while they exist)."""
    texts = []
    for row in range(model.rowCount()):
        column = 0
        while model.hasIndex(row, column, QModelIndex()):
            texts.append(str(model.index(row, column).data() or ""))
            column += 1
    return texts


def test_lock_clears_every_list(qtbot, ctx: AppContext, rosa: str):
    from ui.shell.window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    for page in (window.today, window.tasks):
        page.today = TODAY
        page.reload()
    window.show()
    window.open_chart(rosa)
    chart = window.charts.charts()[0]
    qtbot.waitUntil(lambda: window.tasks.list.model.rowCount() >= 4, timeout=WAIT)
    qtbot.waitUntil(lambda: chart.member_tasks.tab.clock_model.rowCount() > 0, timeout=WAIT)
    qtbot.waitUntil(lambda: window.today.overdue[1].model.rowCount() == 1, timeout=WAIT)
    ctx.detach()
    for model in window.models():
        assert model.rowCount() == 0, model  # type: ignore[attr-defined]
    left: list[str] = []
    for widget in QApplication.allWidgets():
        left += [widget.windowTitle(), widget.accessibleName(), widget.toolTip()]
        if isinstance(widget, QLabel | QLineEdit):
            left.append(widget.text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            left += texts_of(widget.model())
    assert not [text for text in left if NAME in text or "Rosa" in text]
