"""One form per kind of plan item, with the service's field names (so a ValidationError finds its field).

The same classes fill the side panel and the Add dialogs (``adding=True`` leaves out what a new item
cannot have yet: a goal starts "not started", an intervention is not completed on day one).
Mnemonics avoid the menu bar's F, G, C, S and H, and the tab's A, N, V and W (Add, Member agreement,
Versions, Review progress).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from app.model import enums as e
from app.services import careplan
from ui.careplan import labels as _labels  # noqa: F401  (the care plan's enum labels)
from ui.widgets.editors import ChoiceEdit, DateEdit, NotesEdit, TextEdit
from ui.widgets.form import Form


class MemberPriorityEdit(QSpinBox):
    """The member's own ranking, 1 (most important to her) to 5, or not set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 5)
        self.setSpecialValueText(self.tr("Not set"))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance(self.tr("Not set")) + 48)

    def value(self) -> int | None:  # type: ignore[override]
        number = super().value()
        return number or None

    def set_value(self, value: Any) -> None:
        self.setValue(int(value or 0))


class GoalLinkEdit(QComboBox):
    """Which goal a referral serves (or none): the goals of this plan by their text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_goals(())

    def set_goals(self, goals: Sequence[Any]) -> None:
        chosen = self.value()
        self.clear()
        self.addItem(self.tr("Not linked to a goal"), None)
        for goal in goals:
            self.addItem(goal.text, goal.id)
        self.set_value(chosen)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value) if value else 0
        self.setCurrentIndex(max(index, 0))


class PlanItemForm(Form):
    kind = ""

    def __init__(self, parent: QWidget | None = None, *, adding: bool = False) -> None:
        super().__init__(careplan.KINDS[self.kind].spec if self.kind else None, parent)
        self.adding = adding
        self.build()

    def build(self) -> None:
        raise NotImplementedError

    def dialog_spec(self) -> dict[str, Any]:
        """The service's rules for exactly the fields this form shows."""
        return {name: rule for name, rule in self.spec.items() if name in self.editors}


class ProblemForm(PlanItemForm):
    kind = "problem"

    def build(self) -> None:
        self.add("title", self.tr("&Title"), TextEdit(max_length=200, placeholder=self.tr(
            "e.g. Diabetes not under control")))
        self.add("domain", self.tr("&Domain"), ChoiceEdit(e.CareDomain))
        self.add("description", self.tr("Descri&ption"), NotesEdit(lines=3))
        self.add("status", self.tr("Stat&us"), ChoiceEdit(e.ProblemStatus))


class GoalForm(PlanItemForm):
    kind = "goal"

    def build(self) -> None:
        self.add("text", self.tr("Goa&l"), NotesEdit(lines=2))
        words = self.add("member_words", self.tr("&Member's words"), NotesEdit(lines=2))
        words.setPlaceholderText(self.tr("What the member wants, in their own words"))
        self.add("term", self.tr("T&ime frame"), ChoiceEdit(e.GoalTerm))
        self.add("target_on", self.tr("&Target date"), DateEdit())
        self.add("measure", self.tr("Measu&re"), TextEdit(max_length=200, placeholder=self.tr(
            "e.g. A1c, falls per month")))
        self.add("baseline", self.tr("&Baseline"), TextEdit(max_length=100))
        self.add("target_value", self.tr("Targ&et value"), TextEdit(max_length=100))
        self.add("member_priority", self.tr("Member's &priority"), MemberPriorityEdit())
        if not self.adding:
            self.add("status", self.tr("Stat&us"), ChoiceEdit(e.GoalStatus))


class InterventionForm(PlanItemForm):
    kind = "intervention"

    def build(self) -> None:
        self.add("description", self.tr("&Description"), NotesEdit(lines=2))
        self.add("type", self.tr("T&ype"), ChoiceEdit(e.InterventionType))
        self.add("responsible", self.tr("&Responsible"), ChoiceEdit(e.ResponsibleParty))
        self.add("frequency", self.tr("Fre&quency"), TextEdit(max_length=100, placeholder=self.tr(
            "e.g. every 2 weeks by phone")))
        self.add("due_on", self.tr("Due &on"), DateEdit())
        self.add("status", self.tr("Stat&us"), ChoiceEdit(e.InterventionStatus))
        if not self.adding:
            self.add("completed_on", self.tr("Com&pleted on"), DateEdit())


class BarrierForm(PlanItemForm):
    kind = "barrier"

    def build(self) -> None:
        self.add("kind", self.tr("&Barrier"), ChoiceEdit(e.BarrierKind))
        self.add("description", self.tr("&Description"), NotesEdit(lines=2))
        self.add("plan_to_address", self.tr("&Plan to address it"), NotesEdit(lines=2))
        self.add("status", self.tr("Stat&us"), ChoiceEdit(e.BarrierStatus))


class ReferralForm(PlanItemForm):
    kind = "referral"

    def build(self) -> None:
        self.add("resource_name", self.tr("&Resource"), TextEdit(max_length=200, placeholder=self.tr(
            "e.g. Valley Food Bank")))
        self.add("resource_type", self.tr("&Type of resource"), TextEdit(max_length=60, placeholder=self.tr(
            "e.g. food, transportation")))
        self.add("resource_contact", self.tr("C&ontact"), NotesEdit(lines=2))
        self.add("goal_id", self.tr("L&inked goal"), GoalLinkEdit())
        self.add("referred_on", self.tr("Referre&d on"), DateEdit())
        self.add("status", self.tr("Stat&us"), ChoiceEdit(e.ReferralStatus))
        self.add("follow_up_on", self.tr("Fo&llow up on"), DateEdit())
        self.add("outcome", self.tr("Outco&me"), NotesEdit(lines=2))


class PlanForm(Form):
    """The plan's own fields. The self-management plan is written with the member, in her words."""

    kind = "plan"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
        self.add("status", self.tr("Stat&us"), ChoiceEdit(e.CarePlanStatus))
        self.add("review_due_on", self.tr("&Review due"), DateEdit())
        plan = self.add("self_management_plan", self.tr("Self-&management plan"), NotesEdit(lines=5))
        plan.setPlaceholderText(self.tr("In plain words, what the member will do, and what to do if …"))
        schedule = self.add("follow_up_schedule", self.tr("Follow-up sche&dule"), NotesEdit(lines=2))
        schedule.setPlaceholderText(self.tr("e.g. phone call every 2 weeks, home visit monthly"))
        self.add("caregiver_involvement", self.tr("Caregiver &involvement"), NotesEdit(lines=2))
        self.add("communicated_to_pcp_on", self.tr("Sent to &PCP on"), DateEdit())


FORMS: dict[str, type[Form]] = {"plan": PlanForm, "problem": ProblemForm, "goal": GoalForm,
                                "intervention": InterventionForm, "barrier": BarrierForm,
                                "referral": ReferralForm}
