"""The Care plan tab, driven like a nurse: a plan written by keyboard alone (start it, a problem, a goal in
the member's words with a target date, an intervention, a barrier, two problems put in order) lands in
the database; undo and redo bring back exactly the plan as it was, field for field; a reload keeps the
selection; a lock leaves no plan text in any widget; a refused value stays in its field with the reason
beside it; the tree model holds up; and the tab is rendered, light and dark, for a look."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from app.services import careplan
from ui.careplan.chart_part import CarePlanPart
from ui.careplan.side_panel import ItemPanel
from ui.context import ALL_CHANGED, AppContext, Changes
from ui.shell.window import MainWindow
from ui.widgets.form_dialog import FormDialog

TIMEOUT = 10000
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


# ---- helpers ----------------------------------------------------------------------------------------


def open_part(qtbot, window: MainWindow, member) -> CarePlanPart:
    """Open the chart and go to the Care plan tab with the arrow keys, as a nurse would."""
    window.open_chart(member.id)
    chart = window.charts.charts()[0]
    qtbot.waitUntil(lambda: chart.data is not None, timeout=TIMEOUT)
    part = chart.careplan
    qtbot.waitUntil(chart.tabs.tabBar().hasFocus, timeout=TIMEOUT)
    for _ in range(chart.tabs.count()):
        if chart.tabs.currentIndex() == part.index:
            break
        qtbot.keyClick(focused(), Qt.Key.Key_Right)  # the chart's tab bar has the focus
    assert chart.tabs.currentWidget() is part.tab  # made when shown, and read then
    qtbot.waitUntil(lambda: part.loaded, timeout=TIMEOUT)
    return part


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(qtbot, k: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), k, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def plan_of(ctx: AppContext, member) -> careplan.PlanTree:
    with ctx.store.transaction(ctx.actor) as s:
        return careplan.current(s, member.id)


def wait_tree(qtbot, part: CarePlanPart, check) -> None:
    """Until the tab shows a plan for which ``check(tree)`` holds (the reload after a DbOp)."""
    qtbot.waitUntil(lambda: part.tab.tree_data is not None and check(part.tab.tree_data), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not part.editor.pending and part._load_op is None, timeout=TIMEOUT)


def dialog(qtbot) -> FormDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), FormDialog), timeout=TIMEOUT)
    found = QApplication.activeModalWidget()
    assert isinstance(found, FormDialog)
    qtbot.waitUntil(lambda: found.isAncestorOf(focused()), timeout=TIMEOUT)
    return found


def save_dialog(qtbot, part: CarePlanPart, found: FormDialog, check) -> None:
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not isValid(found) or not found.isVisible(), timeout=TIMEOUT)
    wait_tree(qtbot, part, check)
    back_to_main_window(qtbot, part)
    qtbot.waitUntil(lambda: part.tab.tree.hasFocus(), timeout=TIMEOUT)


def back_to_main_window(qtbot, part: CarePlanPart) -> None:
    """The offscreen platform does not give the main window back its activation when a dialog closes,
    as a desktop does."""
    main = part.tab.window()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=TIMEOUT)


def add_by_menu(qtbot, part: CarePlanPart, mnemonic: Qt.Key) -> FormDialog:
    """Ctrl+Insert opens the Add menu; the item's letter picks it."""
    key(qtbot, Qt.Key.Key_Insert, CTRL)
    qtbot.waitUntil(part.tab.add_menu.isVisible, timeout=TIMEOUT)
    qtbot.keyClick(part.tab.add_menu, mnemonic)
    return dialog(qtbot)


def current_key(part: CarePlanPart) -> str:
    return part.tab.tree.current_key()


# ---- keyboard alone ---------------------------------------------------------------------------------


def test_a_plan_is_written_by_keyboard_alone(qtbot, window: MainWindow, ctx: AppContext, member) -> None:
    part = open_part(qtbot, window, member)
    tab = part.tab
    assert tab.pages.currentWidget() is tab.empty_page
    key(qtbot, Qt.Key.Key_P, ALT)  # Start a care &plan
    wait_tree(qtbot, part, lambda t: t.plan is not None)
    qtbot.waitUntil(tab.tree.hasFocus, timeout=TIMEOUT)
    assert current_key(part).startswith("plan:")

    key(qtbot, Qt.Key.Key_Insert)  # on the plan: a problem
    found = dialog(qtbot)
    type_text(qtbot, "Diabetes: blood sugar above goal")
    save_dialog(qtbot, part, found, lambda t: len(t.problems) == 1)
    assert current_key(part) == "problem:" + tab.tree_data.problems[0].id

    found = add_by_menu(qtbot, part, Qt.Key.Key_G)
    type_text(qtbot, "A1c under 8% within 6 months")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "I want to see my grandkids graduate")
    key(qtbot, Qt.Key.Key_Tab)  # time frame
    key(qtbot, Qt.Key.Key_Down)  # long-term
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "2027-06-01")
    save_dialog(qtbot, part, found, lambda t: len(t.goals) == 1)

    found = add_by_menu(qtbot, part, Qt.Key.Key_I)
    type_text(qtbot, "Teach glucose self-checks with teach-back")
    save_dialog(qtbot, part, found, lambda t: len(t.interventions) == 1)
    found = add_by_menu(qtbot, part, Qt.Key.Key_B)  # under the intervention's goal
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "No car to get to the clinic")
    save_dialog(qtbot, part, found, lambda t: len(t.barriers) == 1)

    key(qtbot, Qt.Key.Key_Home)  # the plan row
    key(qtbot, Qt.Key.Key_Insert)
    found = dialog(qtbot)
    type_text(qtbot, "Food insecurity")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_End)  # the last domain: community resources
    save_dialog(qtbot, part, found, lambda t: len(t.problems) == 2)

    key(qtbot, Qt.Key.Key_Home)
    key(qtbot, Qt.Key.Key_Down)  # the first problem
    first = tab.tree_data.problems[0].id
    assert current_key(part) == "problem:" + first
    key(qtbot, Qt.Key.Key_Down, CTRL_SHIFT)
    wait_tree(qtbot, part, lambda t: t.problems[1].id == first)
    assert current_key(part) == "problem:" + first  # the moved problem stays selected

    stored = plan_of(ctx, member)
    assert [p.title for p in stored.problems] == ["Food insecurity", "Diabetes: blood sugar above goal"]
    assert [str(p.domain) for p in stored.problems] == ["community", "health_status"]
    (goal,) = stored.goals
    assert (goal.text, goal.member_words, str(goal.term), goal.target_on, goal.problem_id) == (
        "A1c under 8% within 6 months", "I want to see my grandkids graduate", "long", date(2027, 6, 1),
        first)
    (intervention,) = stored.interventions
    assert (intervention.description, intervention.goal_id) == ("Teach glucose self-checks with teach-back",
                                                                goal.id)
    (barrier,) = stored.barriers
    assert (str(barrier.kind), barrier.description, barrier.goal_id) == (
        "transportation", "No car to get to the clinic", goal.id)


def test_enter_opens_the_form_and_escape_returns_with_the_field_saved(
    qtbot, window: MainWindow, ctx: AppContext, member
) -> None:
    with ctx.store.transaction(ctx.actor) as s:
        plan = careplan.create_plan(s, ctx.actor, member.id)
        problem = careplan.add(s, ctx.actor, "problem", plan.id, domain="social", title="Housing unstable")
    part = open_part(qtbot, window, member)
    tab = part.tab
    tab.tree.setFocus()
    key(qtbot, Qt.Key.Key_Down)
    assert current_key(part) == "problem:" + problem.id
    key(qtbot, Qt.Key.Key_Return)
    title = tab.panel.forms["problem"].editor("title")
    qtbot.waitUntil(title.hasFocus, timeout=TIMEOUT)
    type_text(qtbot, "Housing: at risk of eviction")  # the text was selected: typing replaces it
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(tab.tree.hasFocus, timeout=TIMEOUT)
    wait_tree(qtbot, part, lambda t: t.problems[0].title == "Housing: at risk of eviction")
    assert tab.panel.state.text().startswith("✓")
    assert part.undo_stack.undoText() == "Edit problem"
    key(qtbot, Qt.Key.Key_Tab)  # tree → form
    assert focused() is title
    for _ in range(3):  # domain, description, status
        key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)  # form → buttons
    assert focused() is tab.add_button
    key(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is tab.panel.forms["problem"].editor("status")


# ---- undo and redo ----------------------------------------------------------------------------------


def demo_plan(ctx: AppContext, member) -> careplan.PlanTree:
    """Three problems, goals, interventions, a barrier and referrals, as a nurse's plan reads."""
    s_actor = ctx.actor
    with ctx.store.transaction(s_actor) as s:
        plan = careplan.create_plan(s, s_actor, member.id, self_management_plan=(
            "Check your blood sugar every morning and write it down.\n"
            "Call the nurse line if you feel dizzy."),
            follow_up_schedule="Phone call every 2 weeks; home visit monthly")
        diabetes = careplan.add(s, s_actor, "problem", plan.id, domain="health_status",
                                title="Diabetes: blood sugar above goal")
        a1c = careplan.add(s, s_actor, "goal", diabetes.id, text="Lower A1c to under 8% within 6 months",
                           member_words="I want to feel well enough to cook for my family", term="long",
                           target_on=date(2027, 6, 1), measure="A1c (%)", baseline="9.4", target_value="< 8",
                           member_priority=1)
        careplan.add(s, s_actor, "intervention", a1c.id, type="education", responsible="nurse",
                     description="Teach glucose self-checks with teach-back", frequency="First visit")
        careplan.add(s, s_actor, "intervention", a1c.id, type="monitoring", responsible="member",
                     description="Check blood sugar before breakfast and log it", frequency="Daily")
        careplan.add(s, s_actor, "barrier", a1c.id, kind="transportation",
                     description="No car to get to the lab", plan_to_address="Schedule plan-covered rides")
        food = careplan.add(s, s_actor, "problem", plan.id, domain="social", title="Food insecurity")
        meals = careplan.add(s, s_actor, "goal", food.id, text="Enough food every day of the month",
                             term="short", target_on=date(2027, 3, 1), member_priority=2)
        careplan.add(s, s_actor, "referral", plan.id, goal_id=meals.id, resource_name="Valley Food Bank",
                     resource_type="food", status="sent", follow_up_on=date(2027, 2, 1))
        falls = careplan.add(s, s_actor, "problem", plan.id, domain="functional", title="Falls at home")
        careplan.add(s, s_actor, "goal", falls.id, text="No falls in the next 3 months", term="short",
                     target_on=date(2027, 2, 15))
        careplan.add(s, s_actor, "referral", plan.id, resource_name="Senior center exercise class",
                     resource_type="fitness")
        return careplan.current(s, member.id)


def select(qtbot, part: CarePlanPart, item_key: str) -> None:
    """Arrow down the tree to the item, as a nurse would."""
    tree = part.tab.tree
    tree.setFocus()
    key(qtbot, Qt.Key.Key_Home)
    for _ in range(len(part.tab.model.nodes())):
        if current_key(part) == item_key:
            return
        key(qtbot, Qt.Key.Key_Down)
    raise AssertionError("not in the tree: " + item_key)


def settle(qtbot, part: CarePlanPart, ctx: AppContext, member, expected: careplan.PlanTree) -> None:
    """Until the stored plan and the tree both equal ``expected`` (every view, field for field)."""
    qtbot.waitUntil(lambda: plan_of(ctx, member) == expected, timeout=TIMEOUT)
    wait_tree(qtbot, part, lambda t: t == expected)


def undo_and_redo(qtbot, part, ctx, member, before, after, text: str) -> None:
    assert part.undo_stack.undoText() == text
    assert part.tab.undo_button.text() == "Undo " + text
    part.tab.tree.setFocus()
    key(qtbot, Qt.Key.Key_Z, CTRL)
    settle(qtbot, part, ctx, member, before)
    key(qtbot, Qt.Key.Key_Z, CTRL_SHIFT)
    settle(qtbot, part, ctx, member, after)
    key(qtbot, Qt.Key.Key_Z, CTRL)
    settle(qtbot, part, ctx, member, before)
    key(qtbot, Qt.Key.Key_Y, CTRL)
    settle(qtbot, part, ctx, member, after)


def test_undo_and_redo_bring_back_exactly_the_plan_as_it_was(
    qtbot, window: MainWindow, ctx: AppContext, member
) -> None:
    start = demo_plan(ctx, member)
    part = open_part(qtbot, window, member)
    diabetes, food, falls = start.problems
    a1c = start.goals[0]

    # add: a goal under Food insecurity
    select(qtbot, part, "problem:" + food.id)
    found = add_by_menu(qtbot, part, Qt.Key.Key_G)
    type_text(qtbot, "Sign up for CalFresh")
    save_dialog(qtbot, part, found, lambda t: len(t.goals) == 4)
    added = plan_of(ctx, member)
    undo_and_redo(qtbot, part, ctx, member, start, added, "Add goal")

    # edit: the goal's member words, through its form
    select(qtbot, part, "goal:" + a1c.id)
    key(qtbot, Qt.Key.Key_Return)
    words = part.tab.panel.forms["goal"].editor("member_words")
    key(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(words.hasFocus, timeout=TIMEOUT)
    qtbot.keyClick(words, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "I want to dance at my granddaughter's graduation")
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: plan_of(ctx, member).goals[0].member_words.startswith("I want to dance"),
                    timeout=TIMEOUT)
    edited = plan_of(ctx, member)
    wait_tree(qtbot, part, lambda t: t == edited)
    undo_and_redo(qtbot, part, ctx, member, added, edited, "Edit goal")
    assert words.toPlainText() == "I want to dance at my granddaughter's graduation"

    # reorder: Falls at home above Food insecurity (Ctrl+Shift+Up)
    select(qtbot, part, "problem:" + falls.id)
    key(qtbot, Qt.Key.Key_Up, CTRL_SHIFT)
    wait_tree(qtbot, part, lambda t: t.problems[1].id == falls.id)
    moved = plan_of(ctx, member)
    assert [p.priority for p in moved.problems] == [1, 2, 3]
    undo_and_redo(qtbot, part, ctx, member, edited, moved, "Move problem")

    # remove with children: the diabetes problem (a goal, two interventions, a barrier under it)
    select(qtbot, part, "problem:" + diabetes.id)
    key(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=TIMEOUT)
    box = QApplication.activeModalWidget()
    assert "4 items under it" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    wait_tree(qtbot, part, lambda t: len(t.problems) == 2)
    removed = plan_of(ctx, member)
    assert [p.id for p in removed.problems] == [falls.id, food.id] and len(removed.interventions) == 0
    back_to_main_window(qtbot, part)
    undo_and_redo(qtbot, part, ctx, member, moved, removed, "Remove problem")

    # and all the way back to the start
    for _ in range(4):
        key(qtbot, Qt.Key.Key_Z, CTRL)
    settle(qtbot, part, ctx, member, start)


def test_a_library_entry_is_added_in_the_members_language_and_undone_as_one_step(
    qtbot, window: MainWindow, ctx: AppContext, member
) -> None:
    from app.dates import add_months
    from ui.careplan.library_picker import LibraryPicker

    start = demo_plan(ctx, member)
    part = open_part(qtbot, window, member)
    select(qtbot, part, "plan:" + start.plan.id)
    key(qtbot, Qt.Key.Key_Insert, CTRL)
    qtbot.waitUntil(part.tab.add_menu.isVisible, timeout=TIMEOUT)
    qtbot.keyClick(part.tab.add_menu, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), LibraryPicker), timeout=TIMEOUT)
    picker = QApplication.activeModalWidget()
    assert picker.current_language() == "es"  # Rosa prefers Spanish
    qtbot.keyClicks(picker.find, "asma")
    qtbot.keyClick(picker.find, Qt.Key.Key_Return)
    wait_tree(qtbot, part, lambda t: len(t.problems) == 4)
    added = plan_of(ctx, member)
    problem = added.problems[-1]
    assert problem.source == "library:asthma" and "asma" in problem.title.lower()
    assert current_key(part) == "problem:" + problem.id
    goals = added.goals_of(problem.id)
    assert goals and all(g.target_on and g.target_on > date.today() for g in goals)
    assert goals[0].target_on in {add_months(date.today(), m) for m in range(1, 25)}
    assert any(added.interventions_of(g.id) for g in goals)
    assert len(added.plan.self_management_plan) > len(start.plan.self_management_plan)
    back_to_main_window(qtbot, part)
    undo_and_redo(qtbot, part, ctx, member, start, added, "Add from library")


# ---- reload, lock, refused values -------------------------------------------------------------------


def test_a_reload_keeps_the_selection_what_was_folded_and_what_is_being_typed(
    qtbot, window: MainWindow, ctx: AppContext, member
) -> None:
    start = demo_plan(ctx, member)
    part = open_part(qtbot, window, member)
    tab = part.tab
    diabetes, food, _falls = start.problems
    select(qtbot, part, "problem:" + diabetes.id)
    key(qtbot, Qt.Key.Key_Left)  # fold the diabetes problem
    assert not tab.tree.isExpanded(tab.model.find("problem:" + diabetes.id))
    goal = start.goals_of(food.id)[0]
    select(qtbot, part, "goal:" + goal.id)
    key(qtbot, Qt.Key.Key_Return)
    measure = tab.panel.forms["goal"].editor("measure")
    measure.setFocus()
    type_text(qtbot, "Days without enough food")  # typed, not saved yet: the focus is still there

    with ctx.store.transaction(ctx.actor) as s:  # another window changes the same goal
        careplan.update(s, ctx.actor, "goal", goal.id, baseline="10 days a month")
    ctx.changes_did_happen.emit(Changes.of("care_plan", member_id=member.id))
    wait_tree(qtbot, part, lambda t: t.goals_of(food.id)[0].baseline == "10 days a month")

    assert current_key(part) == "goal:" + goal.id
    assert not tab.tree.isExpanded(tab.model.find("problem:" + diabetes.id))
    assert tab.tree.isExpanded(tab.model.find("problem:" + food.id))
    assert tab.panel.forms["goal"].editor("baseline").text() == "10 days a month"
    assert measure.text() == "Days without enough food"
    assert measure.hasFocus()


def test_everything_changed_clears_undo_only_when_the_plan_is_not_the_one_on_screen(
    qtbot, window: MainWindow, ctx: AppContext, member
) -> None:
    start = demo_plan(ctx, member)
    part = open_part(qtbot, window, member)
    select(qtbot, part, "problem:" + start.problems[2].id)
    key(qtbot, Qt.Key.Key_Up, CTRL_SHIFT)
    wait_tree(qtbot, part, lambda t: t.problems[1].id == start.problems[2].id)
    assert part.undo_stack.count() == 1
    ctx.changes_did_happen.emit(ALL_CHANGED)  # e.g. a sync that brought nothing for this plan
    qtbot.waitUntil(lambda: part._load_op is None, timeout=TIMEOUT)
    assert part.undo_stack.count() == 1
    with ctx.store.transaction(ctx.actor) as s:  # a sync brings another nurse's change
        careplan.update(s, ctx.actor, "problem", start.problems[0].id, status="resolved")
    ctx.changes_did_happen.emit(ALL_CHANGED)
    wait_tree(qtbot, part, lambda t: str(t.problems[0].status) == "resolved")
    assert part.undo_stack.count() == 0
    assert not part.tab.undo_button.isEnabled()


def widget_texts(root: QWidget) -> list[str]:
    """Every text a widget under ``root`` shows or holds (fields, labels, buttons, lists, tool tips)."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QPlainTextEdit

    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLineEdit | QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    return [t for t in texts if t]


def test_a_lock_leaves_no_plan_text_in_any_widget(qtbot, window: MainWindow, ctx: AppContext, member) -> None:
    start = demo_plan(ctx, member)
    part = open_part(qtbot, window, member)
    referral = next(r for r in start.referrals if r.goal_id)
    select(qtbot, part, "referral:" + referral.id)  # its form lists the plan's goals
    select(qtbot, part, "problem:" + start.problems[0].id)
    key(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=TIMEOUT)
    qtbot.keyClick(QApplication.activeModalWidget(), Qt.Key.Key_Return)
    wait_tree(qtbot, part, lambda t: len(t.problems) == 2)
    secrets = [start.plan.self_management_plan.split("\n")[0], start.plan.follow_up_schedule, "Rosa",
               *(p.title for p in start.problems), *(g.text for g in start.goals),
               *(g.member_words for g in start.goals if g.member_words),
               *(i.description for i in start.interventions), *(b.description for b in start.barriers),
               *(r.resource_name for r in start.referrals)]
    assert any(s in t for t in widget_texts(part.tab) for s in secrets)  # the check can see them

    ctx.detach()  # lock

    assert part.tab.model.rowCount() == 0 and part.models() == [part.tab.model]
    assert part.undo_stack.count() == 0
    leaks = [t for t in widget_texts(part.tab) if any(s in t for s in secrets)]
    assert leaks == []
    assert part.tab.message.text() == "The care plan was closed when Carefield locked."


def test_a_refused_value_stays_in_its_field_with_the_reason_beside_it(
    qtbot, window: MainWindow, ctx: AppContext, member
) -> None:
    start = demo_plan(ctx, member)
    part = open_part(qtbot, window, member)
    panel: ItemPanel = part.tab.panel
    goal = start.goals[0]
    select(qtbot, part, "goal:" + goal.id)
    key(qtbot, Qt.Key.Key_Return)
    target = panel.forms["goal"].editor("target_on")
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "2020-01-15")  # before the plan started: the service refuses it
    key(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: "target_on" in panel.forms["goal"].visible_errors(), timeout=TIMEOUT)
    assert "Cannot be before" in panel.forms["goal"].visible_errors()["target_on"]
    assert target.text() == "2020-01-15"
    assert plan_of(ctx, member).goals[0].target_on == date(2027, 6, 1)
    assert part.undo_stack.count() == 0
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "2027-07-01")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: plan_of(ctx, member).goals[0].target_on == date(2027, 7, 1), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not panel.forms["goal"].visible_errors(), timeout=TIMEOUT)

    select(qtbot, part, "plan:" + start.plan.id)  # a plan cannot go back to draft once active: a rule
    key(qtbot, Qt.Key.Key_Return)
    status = panel.forms["plan"].editor("status")
    qtbot.waitUntil(status.hasFocus, timeout=TIMEOUT)
    key(qtbot, Qt.Key.Key_Down)  # Active
    wait_tree(qtbot, part, lambda t: str(t.plan.status) == "active")
    key(qtbot, Qt.Key.Key_Up)  # back to Draft: refused
    qtbot.waitUntil(lambda: "status" in panel.forms["plan"].visible_errors(), timeout=TIMEOUT)
    assert status.value() == "draft"
    assert str(plan_of(ctx, member).plan.status) == "active"


def test_the_plan_tree_model_passes_the_model_tester(qtmodeltester, qtbot, window: MainWindow, ctx, member):
    demo_plan(ctx, member)
    part = open_part(qtbot, window, member)
    qtmodeltester.check(part.tab.model)
    kinds = [node.kind for node in part.tab.model.nodes()]
    assert kinds.count("problem") == 3 and "barrier" in kinds and kinds[-2:] == ["referrals", "referral"]


def test_a_problem_dragged_below_another_is_put_in_that_order(
    qtbot, window: MainWindow, ctx: AppContext, member
) -> None:
    start = demo_plan(ctx, member)
    part = open_part(qtbot, window, member)
    model = part.tab.model
    first, second, third = (model.find("problem:" + p.id) for p in start.problems)
    goal = model.find("goal:" + start.goals[0].id)
    data = model.mimeData([first])
    root = first.parent()
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, goal)  # not into another level
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, first.row(), 0, root)  # same place
    with qtbot.waitSignal(model.drop_did_reorder, timeout=TIMEOUT) as dropped:
        assert not model.dropMimeData(data, Qt.DropAction.MoveAction, third.row() + 1, 0, root)
    ids = [p.id for p in start.problems]
    assert dropped.args == ["problem", [ids[1], ids[2], ids[0]]]
    wait_tree(qtbot, part, lambda t: [p.id for p in t.problems] == [ids[1], ids[2], ids[0]])
    assert part.undo_stack.undoText() == "Move problem"
    data = model.mimeData([model.find("problem:" + ids[0])])
    with qtbot.waitSignal(model.drop_did_reorder, timeout=TIMEOUT) as dropped:  # onto the plan row: first
        model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.find("plan:" + start.plan.id))
    assert dropped.args == ["problem", ids]
    assert second.isValid()


def test_a_closed_plan_is_read_only_and_a_new_one_can_be_started(
    qtbot, window: MainWindow, ctx: AppContext, member
) -> None:
    start = demo_plan(ctx, member)
    with ctx.store.transaction(ctx.actor) as s:
        careplan.update_plan(s, ctx.actor, start.plan.id, status="active")
        careplan.update_plan(s, ctx.actor, start.plan.id, status="closed")
    part = open_part(qtbot, window, member)
    tab = part.tab
    select(qtbot, part, "goal:" + start.goals[0].id)
    assert not tab.panel.forms["goal"].editor("text").isEnabled()
    assert not tab.add_button.isEnabled() and not tab.remove_action.isEnabled()
    assert tab.new_plan_button.isVisible()
    tab.new_plan_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    wait_tree(qtbot, part, lambda t: t.plan is not None and t.plan.id != start.plan.id)
    assert str(tab.tree_data.plan.status) == "draft" and not tab.new_plan_button.isVisible()
    assert tab.add_button.isEnabled()


# ---- how it looks -----------------------------------------------------------------------------------


def shots(tmp_path: Path) -> Path:
    """Where to save renders for a person to look at: /tmp/shots when it exists (a developer's machine)."""
    wanted = Path("/tmp/shots")
    return wanted if wanted.is_dir() else tmp_path


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_tab_renders_a_demo_plan(qtbot, window: MainWindow, ctx: AppContext, member, scheme: str,
                                     tmp_path: Path) -> None:
    from ui.theme import apply_theme

    app = QApplication.instance()
    before = app.palette()
    apply_theme(app, scheme)
    try:
        start = demo_plan(ctx, member)
        window.resize(1366, 860)
        part = open_part(qtbot, window, member)
        select(qtbot, part, "goal:" + start.goals[0].id)
        qtbot.wait(50)
        assert part.tab.grab().save(str(shots(tmp_path) / f"careplan_tab_{scheme}.png"))
        select(qtbot, part, "plan:" + start.plan.id)
        qtbot.wait(50)  # the layout settles, as between two paints
        assert part.tab.grab().save(str(shots(tmp_path) / f"careplan_plan_{scheme}.png"))
        tree = part.tab.tree
        bold = QFont(tree.font())
        bold.setBold(True)
        for node in part.tab.model.nodes():  # at this width, problem titles are read whole
            if node.kind == "problem":
                index = part.tab.model.index_of(node)
                needed = QFontMetrics(bold).horizontalAdvance(index.data()) + tree.iconSize().width() + 8
                assert tree.visualRect(index).width() > needed
        assert tree.horizontalScrollBar().maximum() == 0  # and nothing hides to the right
    finally:
        app.setPalette(before)


def test_review_agreement_and_versions_open_from_the_keyboard(
    qtbot, window: MainWindow, ctx: AppContext, member
) -> None:
    from ui.careplan.agreement import AgreementDialog
    from ui.careplan.review import ReviewDialog
    from ui.careplan.versions import VersionsDialog

    start = demo_plan(ctx, member)
    part = open_part(qtbot, window, member)

    def opened(kind: type) -> QWidget:
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=TIMEOUT)
        return QApplication.activeModalWidget()

    def close(found: QWidget) -> None:
        found.reject()
        qtbot.waitUntil(lambda: not isValid(found) or not found.isVisible(), timeout=TIMEOUT)
        back_to_main_window(qtbot, part)

    intervention = start.interventions_of(start.goals[0].id)[1]
    select(qtbot, part, "intervention:" + intervention.id)
    key(qtbot, Qt.Key.Key_R, CTRL)  # the goal above the intervention
    review = opened(ReviewDialog)
    assert review.goal == start.goals[0]
    close(review)

    key(qtbot, Qt.Key.Key_N, ALT)  # Member agreeme&nt…
    agreement = opened(AgreementDialog)
    assert agreement.plan == start.plan and agreement.form.editor("signer_name").text() == "Rosa Delgado"
    close(agreement)

    select(qtbot, part, "problem:" + start.problems[1].id)
    key(qtbot, Qt.Key.Key_Down, CTRL_SHIFT)
    wait_tree(qtbot, part, lambda t: t.problems[2].id == start.problems[1].id)
    assert part.undo_stack.count() == 1
    key(qtbot, Qt.Key.Key_V, ALT)  # &Versions…
    versions = opened(VersionsDialog)
    assert versions.plan_id == start.plan.id
    qtbot.waitUntil(lambda: versions.model.rowCount() > 0, timeout=TIMEOUT)
    versions.plan_did_restore.emit(start)  # an old version restored: the undo steps no longer fit
    assert part.undo_stack.count() == 0
    close(versions)


def test_with_no_plan_the_tab_offers_to_start_one_under_the_assessments_suggestions(
    qtbot, window: MainWindow, ctx: AppContext, member, tmp_path: Path
) -> None:
    from app.services import assessments

    answers = {"phq9-1": 3, "phq9-2": 3, "phq9-3": 3, "phq9-4": 3, "phq9-5": 0, "phq9-6": 0, "phq9-7": 0,
               "phq9-8": 0, "phq9-9": 0}  # total 12: moderate depression
    with ctx.store.transaction(ctx.actor) as s:
        started = assessments.start(s, ctx.actor, member.id, "phq9")
        assessments.complete(s, ctx.actor, started.id, answers=answers)
    window.resize(1366, 860)
    part = open_part(qtbot, window, member)
    qtbot.waitUntil(lambda: part.proposals is not None and part.proposals.isVisible(), timeout=TIMEOUT)
    assert part.tab.layout().itemAt(0).widget() is part.proposals  # above everything else
    assert part.tab.pages.currentWidget() is part.tab.empty_page and part.tab.start_button.isEnabled()
    qtbot.wait(50)
    assert part.tab.grab().save(str(shots(tmp_path) / "careplan_empty_with_suggestion.png"))
