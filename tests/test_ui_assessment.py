"""Assessments in the UI, driven like a nurse: a PHQ-9 given by keyboard in the runner scores, stores and
raises the self-harm alert that will not close without an action; an assessment saved halfway resumes
where it stopped; a Spanish-speaking member reads Spanish; Today lists open alerts; the models and the
trend chart hold up."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from app.instruments import load
from app.model.assessment import SafetyAlert
from app.model.audit import AuditEvent
from app.services import assessments, members
from ui.assessment.models import AlertRow, AlertsModel, HistoryModel, InProgressModel
from ui.assessment.picker import InstrumentPicker
from ui.assessment.runner import AssessmentRunner
from ui.assessment.trend import TrendChart
from ui.context import AppContext
from ui.shell.window import MainWindow

TIMEOUT = 10000
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
DIGITS = [Qt.Key(Qt.Key.Key_0 + n) for n in range(10)]  # the key printed beside each score
# PHQ-9 scores 2,2,1,1,1,0,0,0,2: the digit printed beside an answer is its score.
PHQ9_KEYS = [DIGITS[score] for score in (2, 2, 1, 1, 1, 0, 0, 0, 2)]


def visible(kind: type[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def wait_for(qtbot, kind: type[QWidget]) -> QWidget:
    qtbot.waitUntil(lambda: bool(visible(kind)), timeout=TIMEOUT)
    return visible(kind)[-1]


def open_chart(qtbot, window: MainWindow, member):
    window.open_chart(member.id)
    chart = window.charts.charts()[0]
    qtbot.waitUntil(lambda: chart.data is not None, timeout=TIMEOUT)
    chart.tabs.setCurrentIndex(chart.assessments.index)  # the tab is made, and read, when first shown
    qtbot.waitUntil(lambda: chart.assessments.loaded, timeout=TIMEOUT)
    return chart


def start_by_keys(qtbot, window: MainWindow, down: int) -> AssessmentRunner:
    """Ctrl+Shift+S, Down to the instrument, Enter."""
    qtbot.keyClick(window.charts.charts()[0].tabs, Qt.Key.Key_S, CTRL_SHIFT)
    picker = wait_for(qtbot, InstrumentPicker)
    qtbot.waitUntil(lambda: picker.list.hasFocus(), timeout=TIMEOUT)
    for _ in range(down):
        qtbot.keyClick(picker.list, Qt.Key.Key_Down)
    qtbot.keyClick(picker.list, Qt.Key.Key_Return)
    runner = wait_for(qtbot, AssessmentRunner)
    assert isinstance(runner, AssessmentRunner)
    qtbot.waitUntil(runner.isActiveWindow, timeout=TIMEOUT)
    return runner


def press(qtbot, runner: AssessmentRunner, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or runner, key, modifier)


def test_a_phq9_completed_by_keyboard_stores_the_score_and_raises_the_self_harm_alert(
    qtbot, window: MainWindow, ctx: AppContext, member
) -> None:
    open_chart(qtbot, window, member)
    runner = start_by_keys(qtbot, window, down=1)  # PHQ-2, then PHQ-9
    assert runner.instrument.id == "phq9"
    assert runner.progress.text() == "Item 1 of 10"
    for number, key in enumerate(PHQ9_KEYS, start=1):
        press(qtbot, runner, key)
        if number == 3:
            assert runner.progress.text() == "Item 4 of 10"
            assert runner.score.text() == "Score so far: 5"
    assert runner.progress.text() == "Item 10 of 10"  # the unscored difficulty item
    assert runner.score.text() == "Score: 9 · Mild"
    assert "self-harm" in runner.flags.text()
    press(qtbot, runner, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: runner.alert_dialog is not None and runner.alert_dialog.isVisible(),
                    timeout=TIMEOUT)
    dialog = runner.alert_dialog
    assert dialog.title.text() == "⚠ Possible risk of self-harm (PHQ-9 item 9)"
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    with ctx.store.transaction(ctx.actor) as s:
        (point,) = assessments.history(s, member.id, "phq9")
        assert (point.total, point.band, point.flags) == (9, "mild", ("self_harm_risk",))
        assert len(assessments.open_alerts(s, member.id)) == 1
    qtbot.waitUntil(dialog.action.hasFocus, timeout=TIMEOUT)
    qtbot.keyClick(dialog.action, Qt.Key.Key_Return)  # an empty action is refused
    qtbot.keyClick(dialog.action, Qt.Key.Key_Escape)  # and it cannot be dismissed
    assert dialog.isVisible() and "Record" in dialog.error.text()
    runner.close()
    assert runner.isVisible()  # the runner waits for the alert too
    qtbot.keyClicks(dialog.action, "988 Suicide & Crisis Lifeline given; PCP notified")
    qtbot.keyClick(dialog.action, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT)
    with ctx.store.transaction(ctx.actor) as s:
        alert = s.scalars(select(SafetyAlert)).one()
        assert str(alert.status) == "acknowledged"
        assert alert.action_taken == "988 Suicide & Crisis Lifeline given; PCP notified"
        events = s.scalars(select(AuditEvent).where(AuditEvent.entity_type == "safety_alert")).all()
        assert len(events) == 2  # raised, then acknowledged
    assert "Completed" in runner.message.text()
    qtbot.waitUntil(runner.isActiveWindow, timeout=TIMEOUT)
    qtbot.keyClick(runner, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Close
    qtbot.waitUntil(lambda: runner.closed, timeout=TIMEOUT)


def test_an_assessment_saved_after_three_items_resumes_at_item_four(
    qtbot, window: MainWindow, ctx: AppContext, member
) -> None:
    chart = open_chart(qtbot, window, member)
    runner = start_by_keys(qtbot, window, down=2)  # GAD-7
    for key in (DIGITS[1], DIGITS[2], DIGITS[0]):
        press(qtbot, runner, key)
    assert runner.progress.text() == "Item 4 of 7"
    press(qtbot, runner, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Save & close
    qtbot.waitUntil(lambda: runner.closed, timeout=TIMEOUT)
    tab = chart.assessments.tab
    qtbot.waitUntil(lambda: tab.in_progress_model.rowCount() == 1, timeout=TIMEOUT)
    assert tab.in_progress_model.index(0, 2).data() == "3 of 7"
    chart.tabs.setCurrentWidget(tab)
    tab.in_progress.view.setFocus()
    tab.in_progress.view.selectRow(0)
    qtbot.keyClick(tab.in_progress.view, Qt.Key.Key_Return)
    resumed = wait_for(qtbot, AssessmentRunner)
    assert resumed is not runner
    assert resumed.progress.text() == "Item 4 of 7"
    assert resumed.score.text() == "Score so far: 3"
    press(qtbot, resumed, Qt.Key.Key_Backspace)
    assert resumed.progress.text() == "Item 3 of 7"
    assert resumed.question.buttons()[0].isChecked()  # the saved answer is shown


def test_a_spanish_speaking_member_reads_the_questions_in_spanish(
    qtbot, window: MainWindow, member
) -> None:
    assert member.preferred_language == "es"
    open_chart(qtbot, window, member)
    runner = start_by_keys(qtbot, window, down=1)
    assert "Poco interés o placer en hacer cosas" in runner.question.label.text()
    assert "Ningún día" in runner.question.buttons()[0].text()
    assert runner.language_button.isVisible()
    press(qtbot, runner, Qt.Key.Key_L, CTRL_SHIFT)
    assert "Little interest or pleasure in doing things" in runner.question.label.text()
    runner.may_close = True
    runner.close()


def test_the_full_form_hides_items_enable_when_hides(qtbot, ctx: AppContext, member) -> None:
    runner = AssessmentRunner(ctx, member.id, "Rosa Delgado", "caregiver", "en")
    qtbot.addWidget(runner)
    runner.show()
    runner.activateWindow()
    qtbot.waitUntil(runner.isActiveWindow, timeout=TIMEOUT)
    qtbot.keyClick(runner, Qt.Key.Key_F, CTRL_SHIFT)
    assert not runner.one_at_a_time
    before = sum(w.isVisibleTo(runner) for w in runner.form_questions.values())
    runner.form_questions["cg-1"].pick(0)
    after = sum(w.isVisibleTo(runner) for w in runner.form_questions.values())
    assert before != after and runner.progress.text().startswith("1 of ")
    runner.may_close = True
    runner.close()


def test_today_lists_open_alerts_and_acknowledges_them(qtbot, window: MainWindow, ctx: AppContext,
                                                      member) -> None:
    with ctx.store.transaction(ctx.actor) as s:
        view = assessments.start(s, ctx.actor, member.id, "phq9")
        answers = {f"phq9-{n}": 1 for n in range(1, 10)}
        assessments.complete(s, ctx.actor, view.id, answers=answers)
    alerts = window.today.alerts
    alerts.reload()
    qtbot.waitUntil(lambda: alerts.model.rowCount() == 1, timeout=TIMEOUT)
    assert alerts.model.index(0, 0).data() == "Rosa Delgado"
    assert "self-harm" in alerts.model.index(0, 1).data()
    dialog = alerts.acknowledge_current()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT)
    dialog.suggestion_buttons[1].click()  # the "PCP notified" suggestion
    assert dialog.action.text() == "PCP notified"
    qtbot.keyClick(dialog.action, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: alerts.model.rowCount() == 0, timeout=TIMEOUT)


def test_models_pass_qtmodeltester(qtmodeltester, ctx: AppContext, member) -> None:
    with ctx.store.transaction(ctx.actor) as s:
        for score in (1, 2):
            view = assessments.start(s, ctx.actor, member.id, "gad7")
            assessments.complete(s, ctx.actor, view.id, answers={f"gad7-{n}": score for n in range(1, 8)})
        assessments.save_answers(s, ctx.actor, assessments.start(s, ctx.actor, member.id, "phq9").id,
                                 {"phq9-1": 1})
        history = assessments.history(s, member.id, "gad7")
        in_progress = assessments.in_progress(s, member.id)
        open_alerts = assessments.open_alerts(s)
        name = members.peek(s, member.id).first_name
    history_model = HistoryModel()
    history_model.set_records(history)
    assert history_model.index(1, 3).data() == "▲ 7 higher than last time"
    progress_model = InProgressModel()
    progress_model.set_records(in_progress)
    alerts_model = AlertsModel()
    now = datetime.now(UTC)
    alerts_model.set_records([AlertRow("a1", member.id, name, "self_harm_risk", now, None), *[
        AlertRow(a.id, a.member_id, name, a.kind, a.raised_at, a) for a in open_alerts]])
    for model in (history_model, progress_model, alerts_model):
        qtmodeltester.check(model)


@pytest.mark.parametrize("count", [0, 1, 5])
def test_the_trend_chart_paints_any_number_of_points(qtbot, count: int) -> None:
    chart = TrendChart()
    qtbot.addWidget(chart)
    start = datetime(2026, 1, 5, tzinfo=UTC)
    points = [(start + timedelta(days=40 * n), (n * 5) % 28) for n in range(count)]
    chart.set_data(load("phq9"), points)
    chart.resize(480, 220)
    image = chart.grab()
    assert not image.isNull()
    assert ("No completed results" in chart.accessibleDescription()) == (count == 0)
