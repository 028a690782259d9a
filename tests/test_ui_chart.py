"""The member chart, driven like a nurse: click Add, type, press Save; read what the chart shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton
from sqlalchemy import select

from app.model.audit import AuditEvent
from app.model.enums import AuditAction, MedicationStatus
from app.services import clinical, members, people
from ui.chart.chart import ChartWidget
from ui.chart.record_tab import RecordTab
from ui.context import AppContext, Changes
from ui.shell.window import MainWindow
from ui.widgets.form_dialog import FormDialog


@pytest.fixture
def chart(qtbot, ctx: AppContext, member) -> ChartWidget:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitActive(window)
    window.open_chart(member.id)
    opened = window.charts.charts()[0]
    qtbot.waitUntil(lambda: opened.data is not None, timeout=10000)
    return opened


def button(tab: RecordTab, text: str) -> QToolButton:
    return next(b for b in tab.findChildren(QToolButton) if b.defaultAction().text().replace("&", "") == text)


def open_dialog(qtbot, kind: type[FormDialog] = FormDialog) -> FormDialog:
    found: list[FormDialog] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=5000)
    return found[-1]


def show_tab(qtbot, chart: ChartWidget, number: int) -> None:
    """Alt+1 … Alt+8, as a nurse switches tabs from the keyboard."""
    qtbot.keyClick(chart.tabs, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.AltModifier)
    assert chart.tabs.currentIndex() == number - 1


def test_adding_a_medication_through_the_dialog(qtbot, chart: ChartWidget, ctx: AppContext, member) -> None:
    show_tab(qtbot, chart, 3)
    qtbot.mouseClick(button(chart.medications, "Add medication…"), Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot)
    form = dialog.forms[0]
    qtbot.keyClicks(form.editor("name"), "Lisinopril")
    qtbot.keyClicks(form.editor("dose"), "10 mg")
    qtbot.keyClicks(form.editor("frequency"), "once daily")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    model = chart.medications.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    assert model.index(0, 0).data() == "Lisinopril"
    assert model.index(0, 1).data() == "10 mg"
    with ctx.store.transaction(ctx.actor) as s:
        saved = clinical.medications.list_for(s, member.id)
    assert [(m.name, m.dose, m.frequency) for m in saved] == [("Lisinopril", "10 mg", "once daily")]


def test_an_icd10_category_is_refused_next_to_the_code_and_nothing_is_saved(
    qtbot, chart: ChartWidget, ctx: AppContext, member
) -> None:
    show_tab(qtbot, chart, 2)
    qtbot.mouseClick(button(chart.conditions, "Add condition…"), Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot)
    form = dialog.forms[0]
    qtbot.keyClicks(form.editor("icd10_code"), "E11")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = form.errors["icd10_code"]
    assert error.isVisible()
    assert "more specific" in error.text()
    assert dialog.isVisible() and form.editor("icd10_code").text() == "E11"  # what she typed stays
    with ctx.store.transaction(ctx.actor) as s:
        assert clinical.conditions.list_for(s, member.id) == []


def test_the_icd10_search_fills_code_and_description(qtbot, chart: ChartWidget) -> None:
    show_tab(qtbot, chart, 2)
    qtbot.mouseClick(button(chart.conditions, "Add condition…"), Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot)
    qtbot.keyClicks(dialog.finder, "type 2 diabetes without complications")
    qtbot.waitUntil(lambda: dialog.results_model.rowCount() > 0, timeout=15000)
    qtbot.keyClick(dialog.finder, Qt.Key.Key_Return)  # picks the first match
    assert dialog.form.editor("icd10_code").text() == "E11.9"
    assert "without complications" in dialog.form.editor("description").text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: chart.conditions.model.rowCount() == 1, timeout=5000)
    assert chart.conditions.model.index(0, 0).data() == "E11.9"


def test_a_nine_digit_npi_is_refused_next_to_the_field(
    qtbot, chart: ChartWidget, ctx: AppContext, member
) -> None:
    show_tab(qtbot, chart, 6)
    qtbot.mouseClick(button(chart.people.care_team, "Add care team member…"), Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot)
    form = dialog.forms[0]
    qtbot.keyClicks(form.editor("name"), "Ana Ruiz, MD")
    qtbot.keyClicks(form.editor("npi"), "123456789")
    qtbot.keyClicks(form.editor("phone"), "555 555 0100")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert form.errors["npi"].isVisible()
    assert "10 digits" in form.errors["npi"].text()
    assert not form.errors["name"].isVisible()
    with ctx.store.transaction(ctx.actor) as s:
        assert people.care_team.list_for(s, member.id) == []


def test_opening_the_chart_is_audited_and_listed_in_the_access_log(
    qtbot, chart: ChartWidget, ctx: AppContext, member
) -> None:
    with ctx.store.transaction(ctx.actor) as s:
        views = s.scalars(select(AuditEvent).where(
            AuditEvent.member_id == member.id, AuditEvent.action == AuditAction.VIEW)).all()
    assert len(views) == 1
    show_tab(qtbot, chart, 8)
    log = chart.access_model
    assert log.index(0, 2).data() == "Viewed"  # newest first
    assert log.index(0, 1).data() == ctx.actor.user
    assert log.index(log.rowCount() - 1, 2).data() == "Added"  # the referral intake


def test_stop_and_reconcile_medications(qtbot, chart: ChartWidget, ctx: AppContext, member) -> None:
    with ctx.store.transaction(ctx.actor) as s:
        for name in ("Metformin", "Atorvastatin"):
            clinical.medications.add(s, ctx.actor, member.id, name=name)
    ctx.changes_did_happen.emit(Changes.of("medication", member_id=member.id))  # as after a sync
    tab = chart.medications
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=5000)
    show_tab(qtbot, chart, 3)
    tab.table.view.selectRow(0)
    qtbot.mouseClick(button(tab, "Stop…"), Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot)
    qtbot.keyClicks(dialog.forms[0].editor("stop_reason"), "Kidney function")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: MedicationStatus.STOPPED in {m.status for m in tab.model.records()}, timeout=5000)
    qtbot.mouseClick(button(tab, "Reconcile…"), Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot)
    assert len(dialog.forms[0].editors) == 1  # only the active medication is reviewed
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(m.last_reconciled_at for m in tab.model.records()), timeout=5000)


def test_editing_details_updates_the_banner_and_reloads_only_the_member(
    qtbot, chart: ChartWidget, ctx: AppContext, member
) -> None:
    resets: list[str] = []
    chart.medications.model.modelReset.connect(lambda: resets.append("medications"))
    show_tab(qtbot, chart, 1)
    qtbot.keyClick(chart.overview, Qt.Key.Key_F2)
    dialog = open_dialog(qtbot)
    person = dialog.forms[0]
    qtbot.keyClicks(person.editor("preferred_name"), "Rosie")
    qtbot.keyClicks(person.editor("pronouns"), "she/her")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Rosie" in chart.banner.name.text(), timeout=5000)
    assert chart.banner.pronouns.text() == "(she/her)"
    assert resets == []
    with ctx.store.transaction(ctx.actor) as s:
        assert members.get(s, ctx.actor, member.id).preferred_name == "Rosie"


def test_a_bad_phone_in_the_member_dialog_shows_on_its_tab(qtbot, chart: ChartWidget) -> None:
    qtbot.keyClick(chart.overview, Qt.Key.Key_F2)
    dialog = open_dialog(qtbot)
    reach = dialog.forms[1]
    reach.editor("phone_primary").clear()
    qtbot.keyClicks(reach.editor("phone_primary"), "555-01")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.body.currentIndex() == 1
    assert "10 digits" in reach.errors["phone_primary"].text()


def test_nkda_shows_in_the_banner(qtbot, chart: ChartWidget) -> None:
    assert "not recorded" in chart.banner.allergies.text()
    show_tab(qtbot, chart, 4)
    qtbot.mouseClick(chart.allergies.nkda, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: chart.banner.allergies.text() == "Allergies: NKDA", timeout=5000)


def test_chart_models_pass_the_model_tester(qtbot, qtmodeltester, chart: ChartWidget, ctx, member) -> None:
    with ctx.store.transaction(ctx.actor) as s:
        clinical.conditions.add(s, ctx.actor, member.id, icd10_code="I50.9")
        clinical.allergies.add(s, ctx.actor, member.id, substance="Penicillin", category="medication")
        people.contacts.add(s, ctx.actor, member.id, name="Luz Delgado", role="caregiver", phone="5555550111")
    chart.load()
    qtbot.waitUntil(lambda: chart.conditions.model.rowCount() == 1, timeout=5000)
    for model in chart.models():
        qtmodeltester.check(model)
