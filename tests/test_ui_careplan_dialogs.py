"""The care-plan dialogs, driven like a nurse: type a review note, have the member sign on the pad, look
back through versions and restore one, pick a library problem, answer what assessments suggest."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QWidget

from app import careplan_library
from app.model.enums import AgreementMethod, GoalStatus
from app.services import assessments, careplan
from ui.careplan.agreement import AgreementDialog
from ui.careplan.library_picker import LibraryPicker
from ui.careplan.proposals_panel import ProposalsPanel
from ui.careplan.review import ReviewDialog
from ui.careplan.signature import SignaturePad
from ui.careplan.versions import VersionsDialog
from ui.context import AppContext

WAIT = 5000


@pytest.fixture
def host(qtbot: Any) -> QWidget:
    """A window for the dialogs to belong to, closed (with them) after each test."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def plan(store: Any, actor: Any, member: Any) -> dict[str, Any]:
    with store.transaction(actor) as s:
        view = careplan.create_plan(s, actor, member.id)
        problem = careplan.add(s, actor, "problem", view.id, domain="health_status",
                               title="Blood sugar above goal")
        goal = careplan.add(s, actor, "goal", problem.id, text="A1c below 8% by spring", term="short",
                            measure="A1c", baseline="9.1%", target_value="below 8%",
                            member_words="I want to stop feeling tired")
    return {"plan": view, "problem": problem, "goal": goal}


def current(ctx: AppContext, member_id: str) -> careplan.PlanTree:
    with ctx.store.transaction(ctx.actor) as s:  # type: ignore[union-attr]
        return careplan.current(s, member_id)


def sign(qtbot: Any, pad: SignaturePad) -> None:
    """A short stroke across the pad, as a mouse would draw it."""
    left = Qt.MouseButton.LeftButton
    qtbot.mousePress(pad, left, pos=QPoint(60, 50))
    for x, y in ((90, 70), (130, 40), (170, 75), (210, 55)):
        qtbot.mouseMove(pad, QPoint(x, y))
    qtbot.mouseRelease(pad, left, pos=QPoint(230, 60))


# ---- progress review --------------------------------------------------------------------------------------


def test_a_review_changing_the_status_saves_and_moves_the_plan_review_date(
    qtbot: Any, ctx: AppContext, member: Any, plan: dict[str, Any], host: QWidget,
) -> None:
    goal = plan["goal"]
    dialog = ReviewDialog(ctx, member.id, goal, (), host)
    dialog.open()
    assert dialog.form.editor("reviewed_on").value() == date.today()
    assert dialog.form.editor("status_after").value() == GoalStatus.NOT_STARTED.value  # unchanged by default
    status = dialog.form.editor("status_after")
    status.setCurrentIndex(status.findData(GoalStatus.IN_PROGRESS.value))
    qtbot.keyClicks(dialog.form.editor("note"), "Checks sugar twice a day; A1c 8.6 at the clinic.")
    with qtbot.waitSignal(dialog.review_did_save, timeout=WAIT) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    review = saved.args[0]
    assert (review.status_before, review.status_after) == (GoalStatus.NOT_STARTED, GoalStatus.IN_PROGRESS)
    tree = current(ctx, member.id)
    assert tree.goals[0].status == GoalStatus.IN_PROGRESS
    assert tree.plan is not None and tree.plan.last_reviewed_on == date.today()
    assert [r.note for r in tree.reviews_of(goal.id)] == ["Checks sugar twice a day; A1c 8.6 at the clinic."]


def test_a_review_without_a_note_says_so_by_the_note_and_stays_open(
    qtbot: Any, ctx: AppContext, member: Any, plan: dict[str, Any], host: QWidget,
) -> None:
    dialog = ReviewDialog(ctx, member.id, plan["goal"], (), host)
    dialog.open()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.form.errors["note"]
    assert error.isVisible() and "required" in error.text().lower()
    assert dialog.isVisible()
    assert current(ctx, member.id).reviews == ()


def test_earlier_reviews_are_listed_newest_first_with_their_status_change(
    qtbot: Any, ctx: AppContext, member: Any, plan: dict[str, Any], host: QWidget,
) -> None:
    goal = plan["goal"]
    with ctx.store.transaction(ctx.actor) as s:  # type: ignore[union-attr]
        careplan.add_review(s, ctx.actor, goal.id, reviewed_on=date.today(), note="Started walking",
                            status_after="in_progress")
    tree = current(ctx, member.id)
    dialog = ReviewDialog(ctx, member.id, tree.goals[0], tree.reviews_of(goal.id), host)
    dialog.open()
    model = dialog.reviews_model
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "Not started → In progress"
    assert model.index(0, 2).data() == "Started walking"


# ---- agreement and signature ------------------------------------------------------------------------------


def open_agreement(ctx: AppContext, member: Any, plan: dict[str, Any], host: QWidget) -> AgreementDialog:
    dialog = AgreementDialog(ctx, member.id, plan["plan"], "Rosa Delgado", host)
    dialog.open()
    return dialog


def choose_method(dialog: AgreementDialog, method: AgreementMethod) -> None:
    combo = dialog.form.editor("method")
    combo.setCurrentIndex(combo.findData(method.value))


def test_an_e_signature_drawn_on_the_pad_is_stored_as_a_png_with_ink(
    qtbot: Any, ctx: AppContext, member: Any, plan: dict[str, Any], host: QWidget,
) -> None:
    dialog = open_agreement(ctx, member, plan, host)
    assert dialog.form.editor("signer_name").text() == "Rosa Delgado"
    assert not dialog.signature_box.isVisible()  # verbal by default: no pad
    choose_method(dialog, AgreementMethod.E_SIGNATURE)
    assert dialog.signature_box.isVisible()
    sign(qtbot, dialog.pad)
    assert not dialog.pad.is_empty()
    with qtbot.waitSignal(dialog.agreement_did_save, timeout=WAIT) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    agreement = saved.args[0]
    assert agreement.method == AgreementMethod.E_SIGNATURE and agreement.has_signature
    with ctx.store.transaction(ctx.actor) as s:  # type: ignore[union-attr]
        png = careplan.signature(s, agreement.id)
    assert png is not None and png.startswith(b"\x89PNG")
    image = QImage.fromData(png, "PNG")
    assert not image.isNull() and image.width() <= 600 and image.height() <= 200
    white = QColor("white").rgb()
    inked = sum(image.pixel(x, y) != white for x in range(image.width()) for y in range(image.height()))
    assert inked > 50


def test_an_e_signature_with_an_empty_pad_is_refused(
    qtbot: Any, ctx: AppContext, member: Any, plan: dict[str, Any], host: QWidget,
) -> None:
    dialog = open_agreement(ctx, member, plan, host)
    choose_method(dialog, AgreementMethod.E_SIGNATURE)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.signature_error.isVisible() and "sign" in dialog.signature_error.text().lower()
    assert dialog.isVisible()
    assert current(ctx, member.id).agreements == ()
    sign(qtbot, dialog.pad)  # signing clears the message; Clear empties the pad again
    assert not dialog.signature_error.isVisible()
    qtbot.mouseClick(dialog.pad.clear_button, Qt.MouseButton.LeftButton)
    assert dialog.pad.is_empty() and dialog.pad.to_png() == b""


def test_a_verbal_agreement_saves_without_a_signature_and_names_the_caregiver(
    qtbot: Any, ctx: AppContext, member: Any, plan: dict[str, Any], host: QWidget,
) -> None:
    dialog = open_agreement(ctx, member, plan, host)
    caregiver = dialog.form.editor("caregiver_participated")
    name = dialog.form.editor("caregiver_name")
    assert not name.isEnabled()
    qtbot.mouseClick(caregiver, Qt.MouseButton.LeftButton, pos=QPoint(8, caregiver.height() // 2))
    assert caregiver.isChecked() and name.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # a caregiver who took part is named
    assert dialog.form.errors["caregiver_name"].isVisible()
    qtbot.keyClicks(name, "Luis Delgado")
    with qtbot.waitSignal(dialog.agreement_did_save, timeout=WAIT) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    agreement = saved.args[0]
    assert (agreement.method, agreement.has_signature) == (AgreementMethod.VERBAL, False)
    assert (agreement.caregiver_participated, agreement.caregiver_name) == (True, "Luis Delgado")
    with ctx.store.transaction(ctx.actor) as s:  # type: ignore[union-attr]
        assert careplan.signature(s, agreement.id) is None


# ---- versions ---------------------------------------------------------------------------------------------


@pytest.fixture
def reviewed_then_changed(ctx: AppContext, plan: dict[str, Any]) -> dict[str, Any]:
    """A plan reviewed once, then given a new intervention: three versions (edit, review, edit)."""
    with ctx.store.transaction(ctx.actor) as s:  # type: ignore[union-attr]
        careplan.add_review(s, ctx.actor, plan["goal"].id, reviewed_on=date.today(), note="Baseline review")
        careplan.add(s, ctx.actor, "intervention", plan["goal"].id, type="education", responsible="nurse",
                     description="Teach how to read the glucose meter", frequency="weekly")
        return {**plan, "versions": careplan.versions(s, plan["plan"].id)}


def open_versions(qtbot: Any, ctx: AppContext, member: Any, plan: dict[str, Any],
                  host: QWidget) -> VersionsDialog:
    dialog = VersionsDialog(ctx, member.id, plan["plan"].id, host)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0 and dialog.plan.topLevelItemCount() > 0, timeout=WAIT)
    return dialog


def texts(tree: Any) -> list[list[str]]:
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
            for i in range(tree.topLevelItemCount())]


def all_items(tree: Any) -> list[str]:
    """Every line of a tree, depth first: "Problem: …", then its goals, their interventions …"""
    out: list[str] = []

    def walk(item: Any) -> None:
        out.append(item.text(0))
        for index in range(item.childCount()):
            walk(item.child(index))

    for index in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(index))
    return out


def test_the_versions_dialog_lists_versions_and_restoring_one_makes_it_the_plan(
    qtbot: Any, ctx: AppContext, member: Any, reviewed_then_changed: dict[str, Any], host: QWidget,
) -> None:
    versions = reviewed_then_changed["versions"]
    assert len(versions) >= 3
    dialog = open_versions(qtbot, ctx, member, reviewed_then_changed, host)
    model = dialog.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [str(v.number) for v in versions]
    assert model.index(1, 3).data() == "Progress review"
    assert not dialog.restore_button.isEnabled()  # the newest version is the plan as it is
    newest = all_items(dialog.plan)
    assert newest[:1] + newest[-3:] == ["Plan", "Problem: Blood sugar above goal",
                                        "Goal: A1c below 8% by spring",
                                        "Intervention: Teach how to read the glucose meter"]
    review_version = versions[1]
    qtbot.keyClick(dialog.table.view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: dialog.version_title.text().startswith(f"Version {review_version.number}")
                    and not any(line.startswith("Intervention") for line in all_items(dialog.plan)),
                    timeout=WAIT)
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.compared.topLevelItemCount() > 0, timeout=WAIT)
    assert ["Added", "Intervention", "Teach how to read the glucose meter"] in texts(dialog.compared)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox) and "new version" in box.informativeText()
    restore = next(b for b in box.buttons() if b.text().replace("&", "").startswith("Restore"))
    with qtbot.waitSignal(dialog.plan_did_restore, timeout=WAIT):
        qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    with ctx.store.transaction(ctx.actor) as s:  # type: ignore[union-attr]
        wanted = careplan.version_tree(s, review_version.id)
        now = careplan.current(s, member.id)
    assert now.interventions == () and now.plan == wanted.plan
    assert (now.problems, now.goals, now.barriers, now.referrals) == (
        wanted.problems, wanted.goals, wanted.barriers, wanted.referrals)
    qtbot.waitUntil(lambda: model.rowCount() == len(versions) + 1, timeout=WAIT)
    assert model.index(0, 3).data() == "Earlier version restored"
    assert "restored" in dialog.status.text()


def test_what_changed_since_the_last_review_lists_an_item_added_after_it(
    qtbot: Any, ctx: AppContext, member: Any, reviewed_then_changed: dict[str, Any], host: QWidget,
) -> None:
    goal = reviewed_then_changed["goal"]
    with ctx.store.transaction(ctx.actor) as s:  # type: ignore[union-attr]
        careplan.update(s, ctx.actor, "goal", goal.id, status="in_progress", target_on=date(2027, 3, 1))
    dialog = open_versions(qtbot, ctx, member, reviewed_then_changed, host)
    qtbot.keyClick(dialog.tabs, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # "…since the last &review"
    assert dialog.tabs.currentWidget().isAncestorOf(dialog.since_review)
    lines = texts(dialog.since_review)
    assert ["Added", "Intervention", "Teach how to read the glucose meter"] in lines
    assert ["Changed: target date, status", "Goal", "A1c below 8% by spring"] in lines  # fields in words


# ---- library picker ---------------------------------------------------------------------------------------


def test_the_library_picker_finds_a_problem_and_returns_the_ticked_goals_in_spanish(
    qtbot: Any, host: QWidget,
) -> None:
    food = careplan_library.problem("food_insecurity")
    picker = LibraryPicker("en", host)
    picker.open()
    qtbot.keyClicks(picker.find, "food")
    assert picker.current_problem() is not None and picker.current_problem().key == "food_insecurity"
    shown = [picker.list.topLevelItem(i) for i in range(picker.list.topLevelItemCount())]
    assert sum(not item.isHidden() for item in shown) < len(shown)  # the list narrowed as she typed
    assert set(picker.goal_boxes) == {g.key for g in food.goals}
    assert all(box.isChecked() for box in picker.goal_boxes.values())  # all ticked to begin with
    dropped = food.goals[-1].key
    picker.goal_boxes[dropped].click()
    language = picker.language
    language.setCurrentIndex(language.findData("es"))
    title = picker.findChild(QWidget, "library_title")
    assert title.text() == food.title.text("es") != food.title.text("en")
    assert not picker.goal_boxes[dropped].isChecked()  # her choice survives the language switch
    qtbot.keyClick(picker.find, Qt.Key.Key_Return)
    assert picker.result() == QDialog.DialogCode.Accepted
    kept = tuple(g.key for g in food.goals if g.key != dropped)
    assert picker.chosen() == ("food_insecurity", kept, "es")


def test_the_library_picker_chooses_nothing_when_cancelled(qtbot: Any, host: QWidget) -> None:
    picker = LibraryPicker("es", host)
    picker.open()
    assert picker.current_language() == "es"
    qtbot.keyClick(picker.find, Qt.Key.Key_Escape)
    assert picker.chosen() is None


# ---- proposals --------------------------------------------------------------------------------------------


def complete_moderate_phq9(ctx: AppContext, member_id: str) -> None:
    answers = {f"phq9-{n}": 2 for n in range(1, 7)} | {"phq9-7": 0, "phq9-8": 0, "phq9-9": 0}  # total 12
    with ctx.store.transaction(ctx.actor) as s:  # type: ignore[union-attr]
        started = assessments.start(s, ctx.actor, member_id, "phq9")
        done = assessments.complete(s, ctx.actor, started.id, answers=answers)
    assert (done.assessment.total, done.assessment.band) == (12, "moderate")


def loaded_panel(qtbot: Any, ctx: AppContext, member: Any, host: QWidget) -> ProposalsPanel:
    panel = ProposalsPanel(ctx, member.id, host, language="en")
    host.show()
    panel.load()
    qtbot.waitUntil(lambda: len(panel.rows) == 1, timeout=WAIT)
    return panel


def test_a_moderate_phq9_is_proposed_and_a_dismissed_proposal_stays_gone(
    qtbot: Any, ctx: AppContext, member: Any, host: QWidget,
) -> None:
    complete_moderate_phq9(ctx, member.id)
    panel = loaded_panel(qtbot, ctx, member, host)
    assert panel.isVisible()
    [row] = panel.rows
    assert "12" in row.findChild(QWidget, "proposal_finding").text()
    assert "PHQ-9" in row.findChild(QWidget, "proposal_finding").text()
    qtbot.mouseClick(row.findChild(QWidget, "proposal_dismiss"), Qt.MouseButton.LeftButton)
    reason = panel.reason_dialog
    assert isinstance(reason, QInputDialog)
    reason.setTextValue("Already treated by her behavioral health clinician")
    reason.accept()
    qtbot.waitUntil(lambda: not panel.rows and not panel.isVisible(), timeout=WAIT)
    panel.load()
    qtbot.waitUntil(lambda: panel._load_op is None, timeout=WAIT)
    assert panel.rows == [] and not panel.isVisible()


def test_accepting_a_proposal_adds_the_problem_to_the_plan(
    qtbot: Any, ctx: AppContext, member: Any, host: QWidget,
) -> None:
    complete_moderate_phq9(ctx, member.id)
    panel = loaded_panel(qtbot, ctx, member, host)
    with qtbot.waitSignal(panel.proposal_did_accept, timeout=WAIT) as accepted:
        qtbot.mouseClick(panel.rows[0].findChild(QWidget, "proposal_accept"), Qt.MouseButton.LeftButton)
    problem = accepted.args[0]
    tree = current(ctx, member.id)
    assert problem.id in {p.id for p in tree.problems} and tree.goals_of(problem.id)
    qtbot.waitUntil(lambda: not panel.rows and not panel.isVisible(), timeout=WAIT)


def test_the_panel_forgets_everything_when_the_vault_locks(
    qtbot: Any, ctx: AppContext, member: Any, host: QWidget,
) -> None:
    complete_moderate_phq9(ctx, member.id)
    panel = loaded_panel(qtbot, ctx, member, host)
    ctx.store_will_close.emit()
    assert panel.rows == [] and panel.pending == () and not panel.isVisible()


def test_dialogs_close_when_the_vault_locks(
    qtbot: Any, ctx: AppContext, member: Any, plan: dict[str, Any], host: QWidget,
) -> None:
    review = ReviewDialog(ctx, member.id, plan["goal"], (), host)
    agreement = open_agreement(ctx, member, plan, host)
    review.open()
    ctx.store_will_close.emit()
    assert not any(isinstance(w, ReviewDialog | AgreementDialog) and w.isVisible()
                   for w in QApplication.topLevelWidgets())
    del agreement
