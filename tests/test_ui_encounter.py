"""Encounters in the chart, driven like a nurse: a home visit documented with the keyboard only, an
impossible vital refused next to its field, a signed note read-only with addenda, a contact attempt
logged in three keystrokes, and the lifecycle refusing a step with the service's reason."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit, QWidget
from shiboken6 import isValid

from app.services import encounters, members, outreach
from ui.context import AppContext
from ui.encounter.attempt import LogAttemptDialog
from ui.encounter.drafts import DraftRow, DraftsModel
from ui.encounter.editor import EncounterEditor
from ui.encounter.models import EncountersModel
from ui.encounter.viewer import NoteViewer
from ui.shell.window import MainWindow
from ui.widgets.form_dialog import FormDialog

TIMEOUT = 10000
NOTE_WORDS = "Member reports dizziness when standing; reviewed lisinopril timing."


def signed_note(ctx: AppContext, member_id: str, note: str = "Home visit: BP reviewed.") -> object:
    start = datetime.now(UTC) - timedelta(days=1)
    with ctx.store.transaction(ctx.actor) as s:
        draft = encounters.create(s, ctx.actor, member_id, kind="home_visit", started_at=start,
                                  ended_at=start + timedelta(minutes=40), note=note)
        return encounters.sign(s, ctx.actor, draft.id)


def open_chart_by_keys(qtbot, window: MainWindow):
    """Ctrl+2 shows the caseload; Down, Enter opens the first member's chart."""
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = window.caseload.view
    qtbot.waitUntil(lambda: window.caseload.model.rowCount() == 1, timeout=TIMEOUT)
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.charts.count() == 1, timeout=TIMEOUT)
    chart = window.charts.charts()[0]
    qtbot.waitUntil(lambda: chart.data is not None and chart.encounters.summary is not None, timeout=TIMEOUT)
    return chart


def top_level(kind: type[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def wait_for(qtbot, kind: type[QWidget]) -> QWidget:
    qtbot.waitUntil(lambda: bool(top_level(kind)), timeout=TIMEOUT)
    return top_level(kind)[-1]


def tab_to(qtbot, window: QWidget, target: QWidget, limit: int = 40) -> None:
    """Press Tab until ``target`` has the focus (date fields take a Tab per section, as in any Qt app)."""
    for _ in range(limit):
        if QApplication.focusWidget() is target or target.isAncestorOf(QApplication.focusWidget()):
            return
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName() or type(target).__name__}")


def type_into(qtbot, editor: EncounterEditor, widget: QWidget, text: str) -> None:
    tab_to(qtbot, editor, widget)
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_a_nurse_documents_a_home_visit_end_to_end_with_the_keyboard_only(
    qtbot, window: MainWindow, ctx: AppContext, member
) -> None:
    chart = open_chart_by_keys(qtbot, window)
    qtbot.keyClick(chart.tabs, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # New encounter note
    editor = wait_for(qtbot, EncounterEditor)
    assert isinstance(editor, EncounterEditor)
    qtbot.waitUntil(editor.isActiveWindow, timeout=TIMEOUT)
    form = editor.form
    assert QApplication.focusWidget() is form.kind and form.kind.currentData() == "home_visit"
    type_into(qtbot, editor, form.location, "Member's home")
    tab_to(qtbot, editor, form.participants["caregiver"])
    qtbot.keyClick(form.participants["caregiver"], Qt.Key.Key_Space)
    tab_to(qtbot, editor, form.template)
    qtbot.keyClick(form.template, Qt.Key.Key_Down)  # Home visit (SOAP)
    assert form.template.currentData() == "home_visit_soap"
    assert form.note.toPlainText().startswith("S (subjective)")
    tab_to(qtbot, editor, form.note)
    qtbot.keyClick(form.note, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.note, NOTE_WORDS)
    for key, value in (("systolic", "150"), ("diastolic", "92"), ("heart_rate", "88"), ("spo2", "97"),
                       ("temperature_f", "98.6"), ("pain", "2")):
        type_into(qtbot, editor, editor.vitals.edits[key], value)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # leaving the field flags it
    assert editor.vitals.statuses["systolic"].text.text() == "High"  # words with the icon, not colour
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    box = wait_for(qtbot, QMessageBox)
    assert "cannot be edited" in box.text() and "addenda" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default button is Sign
    qtbot.waitUntil(lambda: editor.closed, timeout=TIMEOUT)
    notes = chart.encounters.notes
    qtbot.waitUntil(lambda: notes.model.rowCount() == 1, timeout=TIMEOUT)
    assert notes.model.index(0, 1).data() == "Home visit"
    assert notes.model.index(0, 2).data() == "Signed"
    assert notes.model.index(0, 2).data(Qt.ItemDataRole.DecorationRole) is not None
    with ctx.store.transaction(ctx.actor) as s:
        saved = encounters.list_for(s, member.id)
        drafts = encounters.list_drafts(s)
    assert len(saved) == 1 and str(saved[0].status) == "signed"
    assert saved[0].note.endswith(NOTE_WORDS) and saved[0].template == "home_visit_soap"
    assert saved[0].vitals["systolic"] == 150 and saved[0].vitals["temperature_f"] == 98.6
    assert set(saved[0].participants) == {"member", "caregiver"} and saved[0].location == "Member's home"
    assert "systolic" in saved[0].abnormal
    assert drafts == []  # the autosaved draft went with the signature


def test_an_impossible_vital_is_refused_next_to_its_field_and_nothing_is_signed(
    qtbot, window: MainWindow, ctx: AppContext, member
) -> None:
    chart = open_chart_by_keys(qtbot, window)
    qtbot.keyClick(chart.tabs, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = wait_for(qtbot, EncounterEditor)
    qtbot.waitUntil(editor.isActiveWindow, timeout=TIMEOUT)
    type_into(qtbot, editor, editor.form.note, "Visit note.")
    type_into(qtbot, editor, editor.vitals.edits["systolic"], "400")
    type_into(qtbot, editor, editor.vitals.edits["diastolic"], "80")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    status = editor.vitals.statuses["systolic"]
    assert status.kind == "error"
    assert "BP systolic" in status.text.text() and "300" in status.text.text()
    assert QApplication.focusWidget() is editor.vitals.edits["systolic"]
    assert editor.vitals.edits["systolic"].text() == "400"  # what she typed stays
    assert not top_level(QMessageBox)  # no confirmation: nothing to sign
    with ctx.store.transaction(ctx.actor) as s:
        assert encounters.list_for(s, member.id) == []


def test_a_rule_only_the_service_knows_lands_next_to_the_field(
    qtbot, window: MainWindow, ctx: AppContext, member
) -> None:
    """Diastolic above systolic: each value is possible, the pair is not; the service's rule says so."""
    chart = open_chart_by_keys(qtbot, window)
    editor = chart.encounters.new_note()
    qtbot.waitUntil(editor.isActiveWindow, timeout=TIMEOUT)
    qtbot.keyClicks(editor.form.note, "Visit note.")
    qtbot.keyClicks(editor.vitals.edits["systolic"], "90")
    qtbot.keyClicks(editor.vitals.edits["diastolic"], "120")
    qtbot.keyClick(editor.form.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.vitals.statuses["diastolic"].kind == "error"
    assert not top_level(QMessageBox)


def test_a_signed_note_opens_read_only_and_an_addendum_is_added(
    qtbot, window: MainWindow, ctx: AppContext, member
) -> None:
    signed_note(ctx, member.id)
    chart = open_chart_by_keys(qtbot, window)
    qtbot.keyClick(chart.tabs, Qt.Key.Key_9, Qt.KeyboardModifier.AltModifier)  # Notes
    notes = chart.encounters.notes
    assert chart.tabs.currentWidget() is notes
    qtbot.waitUntil(lambda: notes.current() is not None, timeout=TIMEOUT)  # the list is read when first shown
    qtbot.keyClick(notes.table.view, Qt.Key.Key_Return)  # the newest note is selected
    viewer = wait_for(qtbot, NoteViewer)
    assert isinstance(viewer, NoteViewer)
    assert viewer.browser.isReadOnly()
    editable = [w for w in viewer.findChildren(QLineEdit) + viewer.findChildren(QPlainTextEdit)
                if not w.isReadOnly()]
    assert editable == []  # nothing in the signed note can be typed into
    assert "Home visit: BP reviewed." in viewer.browser.toPlainText()
    assert viewer.status_text.text().startswith("Signed")
    qtbot.mouseClick(viewer.addendum_button, Qt.MouseButton.LeftButton)
    dialog = wait_for(qtbot, FormDialog)
    qtbot.keyClicks(dialog.forms[0].editor("text"), "Daughter called: dizziness resolved.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "dizziness resolved" in viewer.browser.toPlainText(), timeout=TIMEOUT)
    text = viewer.browser.toPlainText()
    assert "Home visit: BP reviewed." in text  # the original stays
    assert text.index("Original note") < text.index("Addendum")
    assert viewer.status_text.text().startswith("Amended")
    qtbot.waitUntil(lambda: notes.model.index(0, 2).data() == "Amended (1 addendum)", timeout=TIMEOUT)
    with ctx.store.transaction(ctx.actor) as s:
        saved = encounters.list_for(s, member.id)[0]
    assert [a.text for a in saved.addenda] == ["Daughter called: dizziness resolved."]


def test_a_correction_needs_a_reason_and_entered_in_error_hides_nothing(
    qtbot, window: MainWindow, ctx: AppContext, member
) -> None:
    note = signed_note(ctx, member.id, "Weight 212 lb.")
    chart = open_chart_by_keys(qtbot, window)
    chart.encounters.show_note(note.id)  # the Notes tab is made, its list read, then the note opens
    viewer = wait_for(qtbot, NoteViewer)
    qtbot.mouseClick(viewer.correction_button, Qt.MouseButton.LeftButton)
    dialog = wait_for(qtbot, FormDialog)
    qtbot.keyClicks(dialog.forms[0].editor("text"), "Weight 121 lb.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.forms[0].errors["reason"].isVisible()  # a correction needs its reason
    qtbot.keyClicks(dialog.forms[0].editor("reason"), "digits transposed")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Weight 121 lb." in viewer.browser.toPlainText(), timeout=TIMEOUT)
    qtbot.mouseClick(viewer.error_button, Qt.MouseButton.LeftButton)
    dialog = wait_for(qtbot, FormDialog)
    qtbot.keyClicks(dialog.forms[0].editor("reason"), "wrong member")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: viewer.status_text.text().startswith("Entered in error"), timeout=TIMEOUT)
    text = viewer.browser.toPlainText()
    for shown in ("Weight 212 lb.", "Weight 121 lb.", "digits transposed", "wrong member"):
        assert shown in text
    assert not viewer.addendum_button.isEnabled() and not viewer.error_button.isEnabled()


def test_a_contact_attempt_is_logged_with_three_keystrokes(
    qtbot, window: MainWindow, ctx: AppContext, member
) -> None:
    chart = open_chart_by_keys(qtbot, window)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(chart.tabs, Qt.Key.Key_A, ctrl_shift)
    dialog = wait_for(qtbot, LogAttemptDialog)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=TIMEOUT)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)  # phone
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)  # no answer
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: chart.encounters.notes.model.rowCount() == 1, timeout=TIMEOUT)
    assert "No answer" in chart.encounters.notes.model.index(0, 5).data()
    qtbot.waitUntil(lambda: "1 of 3" in chart.encounters.outreach_label.text(), timeout=TIMEOUT)
    assert "1 of 3" in chart.encounters.banner_outreach.text()  # the member is in outreach now
    with ctx.store.transaction(ctx.actor) as s:
        status = outreach.status(s, member.id)
        assert members.peek(s, member.id).status == "outreach"
    assert status.attempts == 1 and not status.unable_to_reach_candidate


def test_an_invalid_lifecycle_step_shows_the_services_reason(
    qtbot, window: MainWindow, ctx: AppContext, member
) -> None:
    chart = open_chart_by_keys(qtbot, window)
    menu = chart.encounters.status_menu
    assert not menu.unable.isEnabled()  # no candidate yet: the step is not offered
    assert menu.requests.isVisible() is False  # a nurse does not decide closure requests
    menu.close.trigger()
    dialog = wait_for(qtbot, FormDialog)
    form = dialog.forms[0]
    form.editor("reason").set_value("goals_met")  # identified, never enrolled
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    box = wait_for(qtbot, QMessageBox)
    assert "enrolled" in box.text()
    box.close()
    with ctx.store.transaction(ctx.actor) as s:
        assert members.peek(s, member.id).status == "identified"


def test_closing_for_a_decline_asks_a_supervisor(qtbot, window: MainWindow, ctx: AppContext, member) -> None:
    chart = open_chart_by_keys(qtbot, window)
    chart.encounters.status_menu.decline.trigger()
    dialog = wait_for(qtbot, FormDialog)
    qtbot.keyClicks(dialog.forms[0].editor("reason"), "not interested at this time")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: chart.encounters.member is not None
                    and chart.encounters.member.status == "declined", timeout=TIMEOUT)
    chart.encounters.status_menu.close.trigger()
    dialog = wait_for(qtbot, FormDialog)
    dialog.forms[0].editor("reason").set_value("declined")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(b.objectName() == "closure_requested" for b in top_level(QMessageBox)),
                    timeout=TIMEOUT)
    from app.services import lifecycle

    with ctx.store.transaction(ctx.actor) as s:
        assert [str(r.reason) for r in lifecycle.pending_closures(s)] == ["declined"]
        assert members.peek(s, member.id).status == "declined"  # still open: it waits for a supervisor


def test_encounter_models_pass_the_model_tester(qtmodeltester, ctx: AppContext, member) -> None:
    note = signed_note(ctx, member.id)
    model = EncountersModel()
    model.set_records([note])
    qtmodeltester.check(model)
    with ctx.store.transaction(ctx.actor) as s:
        draft = encounters.save_draft(s, ctx.actor, member.id, {"kind": "home_visit", "note": "typed"})
    drafts = DraftsModel()
    drafts.set_records([DraftRow(draft, "Rosa Delgado")])
    qtmodeltester.check(drafts)
    assert drafts.index(0, 3).data() == "typed"


def drafts_in_db(ctx: AppContext) -> list:
    with ctx.store.transaction(ctx.actor) as s:
        return encounters.list_drafts(s)


def test_ctrl_s_and_a_coming_lock_save_one_draft(qtbot, window: MainWindow, ctx: AppContext, member) -> None:
    chart = open_chart_by_keys(qtbot, window)
    editor = chart.encounters.new_note()
    qtbot.waitUntil(editor.isActiveWindow, timeout=TIMEOUT)
    qtbot.keyClicks(editor.form.note, "First words.")
    qtbot.keyClick(editor.form.note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: [d.payload["note"] for d in drafts_in_db(ctx)] == ["First words."],
                    timeout=TIMEOUT)
    qtbot.waitUntil(lambda: editor.saved_label.text().startswith("Draft saved at"), timeout=TIMEOUT)
    qtbot.keyClicks(editor.form.note, " More.")
    qtbot.keyClicks(editor.vitals.edits["systolic"], "4000")  # even a wrong value is kept in the draft
    ctx.lock_will_happen.emit("idle")
    qtbot.waitUntil(lambda: [d.payload["note"] for d in drafts_in_db(ctx)] == ["First words. More."],
                    timeout=TIMEOUT)
    (draft,) = drafts_in_db(ctx)
    assert draft.payload["vitals"] == {"systolic": "4000"} and draft.id == editor.ref.id


def test_closing_the_editor_keeps_the_note_under_unfinished_notes(
    qtbot, window: MainWindow, ctx: AppContext, member
) -> None:
    chart = open_chart_by_keys(qtbot, window)
    editor = chart.encounters.new_note()
    qtbot.waitUntil(editor.isActiveWindow, timeout=TIMEOUT)
    qtbot.keyClicks(editor.form.note, "Half a note")
    qtbot.keyClick(editor.form.note, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # close
    qtbot.waitUntil(lambda: len(drafts_in_db(ctx)) == 1, timeout=TIMEOUT)
    window.encounter_commands.unfinished.trigger()
    from ui.encounter.drafts import UnfinishedNotes

    prompt = wait_for(qtbot, UnfinishedNotes)
    assert prompt.model.index(0, 3).data() == "Half a note"
    qtbot.keyClick(prompt.table.view, Qt.Key.Key_Return)  # Restore
    restored = wait_for(qtbot, EncounterEditor)
    assert restored.form.note.toPlainText() == "Half a note"


def test_three_failed_attempts_on_different_days_offer_unable_to_reach(
    qtbot, window: MainWindow, ctx: AppContext, member
) -> None:
    now = datetime.now(UTC)
    with ctx.store.transaction(ctx.actor) as s:
        for days in (5, 3, 1):
            outreach.log_attempt(s, ctx.actor, member.id, "phone", "no_answer", at=now - timedelta(days=days))
    chart = open_chart_by_keys(qtbot, window)
    part = chart.encounters
    banner = part.banner_outreach.text()
    assert "3 of 3" in banner and "Unable-to-reach candidate" in banner
    assert part.status_menu.unable.isEnabled()
    part.status_menu.unable.trigger()
    dialog = wait_for(qtbot, FormDialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: part.member is not None and part.member.status == "unable_to_reach",
                    timeout=TIMEOUT)
    qtbot.waitUntil(lambda: chart.banner.status.text() == "Unable to reach", timeout=TIMEOUT)
    assert not part.status_menu.unable.isEnabled()


def test_a_supervisor_approves_a_pending_closure_request(qtbot, window: MainWindow, ctx: AppContext,
                                                         member) -> None:
    import dataclasses
    from datetime import date

    from app.services import lifecycle
    from ui.encounter.closures import ClosureRequestsDialog

    with ctx.store.transaction(ctx.actor) as s:
        lifecycle.decline(s, ctx.actor, member.id, on=date.today(), reason="not interested")
        lifecycle.request_closure(s, ctx.actor, member.id, reason="declined")
    ctx.actor = dataclasses.replace(ctx.actor, role="supervisor")
    chart = open_chart_by_keys(qtbot, window)
    menu = chart.encounters.status_menu
    assert menu.requests.isVisible()
    menu.requests.trigger()
    dialog = wait_for(qtbot, ClosureRequestsDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=TIMEOUT)
    assert dialog.model.index(0, 0).data() == "Rosa Delgado"
    assert dialog.model.index(0, 1).data() == "Member declined"
    qtbot.keyClicks(dialog.note, "ICT agreed")
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: chart.banner.status.text() == "Closed", timeout=TIMEOUT)
    assert not menu.close.isEnabled()  # nothing follows a closed case
