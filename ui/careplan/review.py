"""A progress review of one goal: what the goal is, how earlier reviews went, and today's review — the
date, the goal's status now, and a note. Saving also moves the plan's last review and next review due."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from app.model.enums import GoalStatus, GoalTerm
from app.services import careplan
from app.services.careplan import GoalView, ReviewView
from app.services.fields import Field, choice, day, text
from ui.careplan import labels as _labels  # noqa: F401  (registers the care plan's enum labels)
from ui.context import AppContext, Changes
from ui.i18n import arg
from ui.widgets.dates import format_date
from ui.widgets.editors import ChoiceEdit, DateEdit, NotesEdit
from ui.widgets.form import Form
from ui.widgets.form_dialog import FormDialog
from ui.widgets.labels import label
from ui.widgets.table_model import Column, RecordModel
from ui.widgets.table_view import RecordTable
from ui.widgets.text import heading, translate

SPEC = {
    "reviewed_on": Field(day(past_only=True), required=True),
    "status_after": Field(choice(GoalStatus), required=True),
    "note": Field(text(4000), required=True),
}


def status_change(review: ReviewView) -> str:
    """"In progress → Met", or "No change" when the review left the status as it was."""
    before, after = review.status_before, review.status_after
    if after is None or after == before:
        unchanged = translate("ReviewDialog", "No change")
        return unchanged + (" (" + label(before, GoalStatus) + ")" if before else "")
    if before is None:
        return label(after, GoalStatus)
    return arg(translate("ReviewDialog", "%1 → %2"), label(before, GoalStatus), label(after, GoalStatus))


class ReviewModel(RecordModel[ReviewView]):
    def columns(self) -> list[Column[ReviewView]]:
        return [
            Column(self.tr("Date"), lambda r: format_date(r.reviewed_on), sort=lambda r: r.reviewed_on),
            Column(self.tr("Status"), status_change),
            Column(self.tr("Note"), lambda r: " ".join(r.note.split()), tooltip=lambda r: r.note),
            Column(self.tr("By"), lambda r: r.created_by),
        ]


class ReviewDialog(FormDialog):
    review_did_save = Signal(object)  # ReviewView

    def __init__(self, ctx: AppContext, member_id: str, goal: GoalView, reviews: Sequence[ReviewView],
                 parent: QWidget | None = None) -> None:
        form = Form(SPEC)
        date_edit = form.add("reviewed_on", translate("ReviewDialog", "Review &date"), DateEdit())
        date_edit.set_value(date.today())
        status = form.add("status_after", translate("ReviewDialog", "Goal s&tatus now"),
                          ChoiceEdit(GoalStatus))
        status.set_value(goal.status)
        note = form.add("note", translate("ReviewDialog", "&Note (required)"), NotesEdit(lines=5))
        note.setPlaceholderText(
            translate("ReviewDialog", "Progress toward the goal, what the member said, next steps"))
        title = translate("ReviewDialog", "Review goal progress")
        super().__init__(ctx, parent, title, [("", form)], spec=SPEC,
                         submit=lambda values: _work(goal, values),
                         changes=Changes.of("care_plan", member_id=member_id))
        self.setObjectName("review_dialog")
        self.goal, self.member_id, self.form = goal, member_id, form
        self.save_button.setText(self.tr("&Save review"))
        self.reviews_model = ReviewModel(self)
        own = [r for r in reviews if r.goal_id == goal.id]
        self.reviews_model.set_records(sorted(own, key=lambda r: (r.reviewed_on, r.created_at), reverse=True))
        self.reviews = RecordTable(self.reviews_model, self.tr("Earlier reviews"),
                                   self.tr("No earlier reviews of this goal."), self)
        self.reviews.setMinimumHeight(110)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        _drop_stretch(layout)  # the earlier reviews take the spare height
        layout.insertWidget(0, self._goal_box(goal))
        layout.insertWidget(1, heading(self.tr("Earlier reviews"), self, scale=1.1))
        layout.insertWidget(2, self.reviews, 1)
        layout.insertWidget(3, heading(self.tr("This review"), self, scale=1.1))
        self.did_save.connect(self.review_did_save.emit)
        ctx.store_will_close.connect(self._locked)
        self.setMinimumSize(600, 560)
        self.resize(680, 640)
        self.setTabOrder(date_edit, status)
        self.setTabOrder(status, note)
        note.setFocus()

    def _goal_box(self, goal: GoalView) -> QGroupBox:
        box = QGroupBox(self.tr("Goal"), self)
        rows = QFormLayout(box)
        rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        title = QLabel(goal.text, box)
        title.setObjectName("goal_text")
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        rows.addRow(title)
        if goal.member_words:
            words = arg(self.tr("“%1”"), goal.member_words)
            rows.addRow(self.tr("In the member's words:"), _wrapped(words, box))
        measure = self._measure_text(goal)
        if measure:
            rows.addRow(self.tr("Measure:"), _wrapped(measure, box))
        rows.addRow(self.tr("Time frame:"), _wrapped(self._time_frame(goal), box))
        current = _wrapped(label(goal.status, GoalStatus), box)
        current.setObjectName("goal_status")
        rows.addRow(self.tr("Status now:"), current)
        return box

    def _measure_text(self, goal: GoalView) -> str:
        parts = [goal.measure] if goal.measure else []
        if goal.baseline:
            parts.append(arg(self.tr("baseline %1"), goal.baseline))
        if goal.target_value:
            parts.append(arg(self.tr("target %1"), goal.target_value))
        return " · ".join(parts)

    def _time_frame(self, goal: GoalView) -> str:
        term = self.tr("Short-term") if goal.term == GoalTerm.SHORT else self.tr("Long-term")
        if goal.target_on is None:
            return term
        return arg(self.tr("%1, target date %2"), term, format_date(goal.target_on))

    def _locked(self) -> None:
        """Nothing the nurse typed or read stays on screen once the vault locks."""
        self.saving = False
        self.reviews_model.clear()
        self.reject()


def _work(goal: GoalView, values: dict[str, Any]) -> Any:
    """The status is sent only when the nurse changed it, so "no change" reads as such in the history."""
    after = values["status_after"]
    status_after = None if str(after) == str(goal.status) else after
    reviewed_on, note = values["reviewed_on"], values["note"]
    return lambda s, a: careplan.add_review(s, a, goal.id, reviewed_on=reviewed_on, note=note,
                                            status_after=status_after)


def _drop_stretch(layout: QVBoxLayout) -> None:
    for index in range(layout.count()):
        if layout.itemAt(index).spacerItem() is not None:
            layout.takeAt(index)
            return


def _wrapped(value: str, parent: QWidget) -> QLabel:
    line = QLabel(value, parent)
    line.setWordWrap(True)
    line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return line

