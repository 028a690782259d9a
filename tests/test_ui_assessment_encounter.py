"""Assessments given during a contact, driven like a nurse: a GAD-7 started from the open note shows up
checked under "Reviewed at this contact" and is linked when the note is signed; the comprehensive initial
assessment runs in the runner (typed findings and conclusions, domain headings, embedded instruments) and
is refused while a domain's conclusion is empty."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPlainTextEdit, QWidget

from app.services import assessments, encounters
from ui.assessment.picker import InstrumentPicker
from ui.assessment.question import answer_keys
from ui.assessment.runner import AssessmentRunner
from ui.context import AppContext
from ui.encounter.editor import EncounterEditor
from ui.encounter.reviewed import ID_ROLE
from ui.shell.window import MainWindow

TIMEOUT = 10000
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
DIGITS = [Qt.Key(Qt.Key.Key_0 + n) for n in range(10)]
DOMAINS = ("health_status", "clinical_history", "functional", "behavioral", "social", "life_planning",
           "cultural_linguistic", "vision_hearing", "caregiver", "benefits", "community")


def visible(kind: type[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def wait_for(qtbot, kind: type[QWidget]) -> QWidget:
    qtbot.waitUntil(lambda: bool(visible(kind)), timeout=TIMEOUT)
    return visible(kind)[-1]


def focused(window: QWidget) -> QWidget:
    return QApplication.focusWidget() or window


def pick_instrument(qtbot, down: int) -> AssessmentRunner:
    picker = wait_for(qtbot, InstrumentPicker)
    qtbot.waitUntil(lambda: picker.list.hasFocus(), timeout=TIMEOUT)
    for _ in range(down):
        qtbot.keyClick(picker.list, Qt.Key.Key_Down)
    qtbot.keyClick(picker.list, Qt.Key.Key_Return)
    runner = wait_for(qtbot, AssessmentRunner)
    assert isinstance(runner, AssessmentRunner)
    qtbot.waitUntil(runner.isActiveWindow, timeout=TIMEOUT)
    return runner


def test_a_gad7_started_from_the_note_is_checked_and_linked_when_the_note_is_signed(
    qtbot, window: MainWindow, ctx: AppContext, member
) -> None:
    window.open_chart(member.id)
    chart = window.charts.charts()[0]
    qtbot.waitUntil(lambda: chart.data is not None, timeout=TIMEOUT)
    qtbot.keyClick(chart.tabs, Qt.Key.Key_E, CTRL)  # New encounter note
    editor = wait_for(qtbot, EncounterEditor)
    assert isinstance(editor, EncounterEditor)
    qtbot.waitUntil(editor.isActiveWindow, timeout=TIMEOUT)
    assert editor.assessment_button.accessibleName() and "&" in editor.assessment_button.text()
    qtbot.keyClick(focused(editor), Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # Start new assessment…
    runner = pick_instrument(qtbot, down=2)  # PHQ-2, PHQ-9, GAD-7
    assert runner.instrument.id == "gad7"
    for _ in range(7):
        qtbot.keyClick(focused(runner), DIGITS[1])
    qtbot.keyClick(focused(runner), Qt.Key.Key_Return, CTRL)  # Complete
    qtbot.waitUntil(lambda: runner.finished, timeout=TIMEOUT)
    response_id = runner.response_id
    listed = editor.reviewed.list
    qtbot.waitUntil(lambda: listed.count() == 1, timeout=TIMEOUT)
    assert listed.item(0).data(ID_ROLE) == response_id
    assert listed.item(0).checkState() == Qt.CheckState.Checked
    qtbot.keyClick(focused(runner), Qt.Key.Key_S, CTRL)  # Close the runner
    qtbot.waitUntil(lambda: runner.closed, timeout=TIMEOUT)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=TIMEOUT)
    editor.form.note.setFocus()
    qtbot.keyClicks(editor.form.note, "GAD-7 given at the visit; mild anxiety.")
    qtbot.keyClick(editor.form.note, Qt.Key.Key_Return, CTRL)  # Sign
    box = wait_for(qtbot, QMessageBox)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.closed, timeout=TIMEOUT)
    with ctx.store.transaction(ctx.actor) as s:
        (signed,) = encounters.list_for(s, member.id)
    assert response_id in signed.linked_items


def answer_current(qtbot, runner: AssessmentRunner, leave_empty: str) -> None:
    """Answer the item on screen by keyboard: the first answer's digit, or typed text."""
    item = runner.question.item
    if item.type == "choice":
        qtbot.keyClick(focused(runner), DIGITS[answer_keys(item)[0]])  # picks and goes on
        return
    if item.link_id != leave_empty:
        qtbot.keyClicks(focused(runner), "0" if item.type == "integer" else "Reviewed with the member")
    qtbot.keyClick(focused(runner), Qt.Key.Key_Down, CTRL)  # Next, also out of a text field


def test_the_initial_assessment_needs_every_domain_conclusion_and_then_completes(
    qtbot, window: MainWindow, ctx: AppContext, member
) -> None:
    window.open_chart(member.id)
    chart = window.charts.charts()[0]
    qtbot.waitUntil(lambda: chart.data is not None, timeout=TIMEOUT)
    chart.tabs.setCurrentIndex(chart.assessments.index)  # the tab is made, and read, when first shown
    qtbot.waitUntil(lambda: chart.assessments.loaded, timeout=TIMEOUT)
    qtbot.keyClick(chart.tabs, Qt.Key.Key_S, CTRL_SHIFT)
    runner = pick_instrument(qtbot, down=9)
    assert runner.instrument.id == "initial_assessment"
    language = runner.shown_language
    health = runner.instrument.by_id["health_status"].text.in_language(language)
    assert health in runner.section.text() and "Embedded: STEADI" in runner.section.text()
    assert runner.progress.text().startswith("Item 1 of ")
    qtbot.keyClick(runner, Qt.Key.Key_F, CTRL_SHIFT)  # the full form: headings and embedded lines too
    texts = [label.text() for label in runner.form.widget().findChildren(QLabel)]
    assert health in texts and any(t.startswith("Embedded: PHQ-9") for t in texts)
    qtbot.keyClick(runner, Qt.Key.Key_F, CTRL_SHIFT)
    last = "community.conclusion"
    for _ in range(80):
        at_end = runner.current_id == runner.visible()[-1].link_id
        answer_current(qtbot, runner, leave_empty=last)
        if at_end:
            break
    qtbot.keyClick(focused(runner), Qt.Key.Key_Return, CTRL)  # Complete: refused
    assert not runner.finished and runner.current_id == last
    item = runner.instrument.by_id[last].text.in_language(language)
    domain = runner.instrument.by_id["community"].text.in_language(language)
    assert item in runner.message.text() and domain in runner.message.text()
    field = runner.question.field
    assert isinstance(field, QPlainTextEdit)
    qtbot.waitUntil(field.hasFocus, timeout=TIMEOUT)
    progress = runner.progress.text()
    qtbot.keyClicks(field, "Food bank 2 times a month")  # digits stay in the text
    qtbot.keyClick(field, Qt.Key.Key_Return)  # a new line, not the next item
    qtbot.keyClicks(field, "Follow up in 30 days")
    assert field.toPlainText() == "Food bank 2 times a month\nFollow up in 30 days"
    assert runner.progress.text() == progress and runner.current_id == last
    qtbot.keyClick(field, Qt.Key.Key_Return, CTRL)  # Complete
    qtbot.waitUntil(lambda: runner.finished, timeout=TIMEOUT)
    with ctx.store.transaction(ctx.actor) as s:
        view = assessments.get(s, runner.response_id)
    assert str(view.status) == "completed" and view.instrument_id == "initial_assessment"
    assert set(view.conclusions) == set(DOMAINS)
    assert view.conclusions["community"] == "Food bank 2 times a month\nFollow up in 30 days"
    runner.may_close = True
    runner.close()
