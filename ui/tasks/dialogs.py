"""The task dialogs: Complete (an optional note), Snooze (a later day and a required reason), Cancel
(a manual task, with a reason) and New task (member, what, due, notes). Each checks its fields before
anything is sent, then writes in one DbOp that announces a "task" change for the member."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget
from shiboken6 import isValid

from app.errors import ValidationError
from app.services import members, tasks
from app.services.fields import Field, day, text
from app.services.members import CaseloadRow
from ui.caseload.cells import fold, member_name
from ui.context import AppContext, Changes
from ui.i18n import arg
from ui.ops import DbOp
from ui.tasks.cells import TaskRow, member_text
from ui.tasks.labels import task_what
from ui.widgets.dates import date_format, format_date, relative_day, to_qdate
from ui.widgets.editors import NotesEdit, TextEdit
from ui.widgets.form import Form
from ui.widgets.form_dialog import FormDialog
from ui.widgets.text import translate

COMPLETE_SPEC = {"note": Field(text(500))}
SNOOZE_SPEC = {"until": Field(day(), required=True), "reason": Field(text(500), required=True)}
CANCEL_SPEC = {"reason": Field(text(500), required=True)}


def _member_id(value: Any) -> str:
    return "" if value is None else str(value)


NEW_TASK_SPEC = {"member_id": Field(_member_id, required=True), "title": Field(text(200), required=True),
                 "due_on": Field(day(), required=True), "notes": Field(text(2000))}


class DayPicker(QWidget):
    """A day: typed, picked from a calendar (F4 or Alt+Down) or one of the quick choices from today."""

    def __init__(self, today: date, quick: Sequence[tuple[str, int]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_format())
        self.edit.setDate(to_qdate(today))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        self.quick_buttons: list[QPushButton] = []
        for label, days in quick:
            button = QPushButton(label, self)
            button.setAutoDefault(False)  # Enter still saves the dialog
            target = today + timedelta(days=days)
            button.setToolTip(arg(self.tr("%1 (%2)"), format_date(target), relative_day(target, today)))
            button.clicked.connect(lambda _c=False, d=target: self.set_value(d))
            row.addWidget(button)
            self.quick_buttons.append(button)
        row.addStretch(1)
        self.setFocusProxy(self.edit)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def value(self) -> date:
        return self.edit.date().toPython()  # type: ignore[no-any-return]

    def set_value(self, value: Any) -> None:
        if isinstance(value, date):
            self.edit.setDate(to_qdate(value))


class MemberPicker(QComboBox):
    """A member of the caseload, by name or plan ID: type until one member matches, or pick from the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(28)
        self.lineEdit().setPlaceholderText(self.tr("Type a name or plan ID"))

    def set_members(self, rows: Sequence[CaseloadRow]) -> None:
        typed = self.currentText()
        self.clear()
        for row in rows:
            self.addItem(arg(self.tr("%1 · %2"), member_name(row), row.plan_member_id), row.id)
        self.setEditText(typed)

    def value(self) -> str:
        typed = self.currentText().strip()
        if not typed:
            return ""
        exact = self.findText(typed, Qt.MatchFlag.MatchFixedString)
        if exact >= 0:
            return str(self.itemData(exact))
        words = fold(typed).split()
        found = [i for i in range(self.count()) if all(w in fold(self.itemText(i)) for w in words)]
        if len(found) == 1:
            return str(self.itemData(found[0]))
        if not found:
            raise ValueError(self.tr("matches no member of your caseload"))
        raise ValueError(arg(self.tr("matches %1 members: type more of the name, or pick one from the list"),
                             len(found)))

    def set_value(self, value: Any) -> None:
        index = self.findData(value)
        if index >= 0:
            self.setCurrentIndex(index)


def _about(form: Form, row: TaskRow, today: date) -> None:
    """The task the dialog acts on, as the first rows of its form."""
    due = arg(translate("TaskDialogs", "%1 (%2)"), format_date(row.task.due_on),
              relative_day(row.task.due_on, today))
    rows = ((translate("TaskDialogs", "Task:"), task_what(row.task)),
            (translate("TaskDialogs", "Member:"), member_text(row)), (translate("TaskDialogs", "Due:"), due))
    for title, value in rows:
        label = QLabel(value, form)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The form gives only growing fields its full width; a wrapped label would otherwise be squeezed.
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        form.add_widget(label, title)


def _quick_days() -> list[tuple[str, int]]:
    return [(translate("TaskDialogs", "+1 &day"), 1), (translate("TaskDialogs", "+1 &week"), 7)]


def _dialog(ctx: AppContext, parent: QWidget, title: str, form: Form, row: TaskRow, work: Any, save: str,
            **options: Any) -> FormDialog:
    """A dialog acting on one task; ``work(values)`` is what the DbOp runs."""
    dialog = FormDialog(ctx, parent, title, [("", form)], spec=form.spec, changes=Changes.of(
        "task", member_id=row.member_id), submit=lambda values: lambda s, a: work(s, a, values), **options)
    dialog.save_button.setText(save)
    return dialog


def complete_dialog(ctx: AppContext, parent: QWidget, row: TaskRow, today: date) -> FormDialog:
    form = Form(COMPLETE_SPEC)
    _about(form, row, today)
    form.add("note", translate("TaskDialogs", "&Note (optional):"), TextEdit(
        form, placeholder=translate("TaskDialogs", "What was done, if worth saying"), max_length=500))
    task_id = row.task.id
    dialog = _dialog(ctx, parent, translate("TaskDialogs", "Complete task"), form, row,
                     lambda s, a, v: tasks.complete(s, a, task_id, note=v["note"]),
                     translate("TaskDialogs", "&Complete"))
    dialog.setObjectName("complete_task_dialog")
    return dialog


def snooze_dialog(ctx: AppContext, parent: QWidget, row: TaskRow, today: date) -> FormDialog:
    form = Form(SNOOZE_SPEC)
    _about(form, row, today)
    picker = DayPicker(today, _quick_days(), form)
    picker.edit.setMinimumDate(to_qdate(today + timedelta(days=1)))
    picker.set_value(max(row.task.snoozed_until or today, today) + timedelta(days=1))
    form.add("until", translate("TaskDialogs", "Snooze &until:"), picker)
    form.add("reason", translate("TaskDialogs", "&Reason:"), TextEdit(
        form, placeholder=translate("TaskDialogs", "Why it waits (required)"), max_length=500))

    def check(values: dict[str, Any]) -> None:
        if values.get("until") is not None and values["until"] <= today:
            raise ValidationError("until", translate("TaskDialogs", "must be a day after today"))

    task_id = row.task.id
    dialog = _dialog(ctx, parent, translate("TaskDialogs", "Snooze task"), form, row,
                     lambda s, a, v: tasks.snooze(s, a, task_id, until=v["until"], reason=v["reason"],
                                                  as_of=today),
                     translate("TaskDialogs", "&Snooze"), check=check)
    dialog.setObjectName("snooze_task_dialog")
    form.editor("reason").setFocus()
    return dialog


def cancel_dialog(ctx: AppContext, parent: QWidget, row: TaskRow, today: date) -> FormDialog:
    form = Form(CANCEL_SPEC)
    _about(form, row, today)
    form.add("reason", translate("TaskDialogs", "&Reason:"), TextEdit(
        form, placeholder=translate("TaskDialogs", "Why this task is no longer needed (required)"),
        max_length=500))
    task_id = row.task.id
    dialog = _dialog(ctx, parent, translate("TaskDialogs", "Cancel task"), form, row,
                     lambda s, a, v: tasks.cancel(s, a, task_id, reason=v["reason"]),
                     translate("TaskDialogs", "Cancel &task"))
    dialog.setObjectName("cancel_task_dialog")
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).setText(translate("TaskDialogs", "&Keep it"))
    return dialog


class NewTaskDialog(FormDialog):
    """A task the nurse writes herself: for a member of the caseload (or the open chart's member)."""

    def __init__(self, ctx: AppContext, parent: QWidget, today: date, *,
                 member: tuple[str, str] | None = None) -> None:
        form = Form(NEW_TASK_SPEC)
        self.picker = MemberPicker(form)
        form.add("member_id", translate("TaskDialogs", "&Member:"), self.picker)
        form.add("title", translate("TaskDialogs", "&Task:"), TextEdit(form, placeholder=translate(
            "TaskDialogs", "What to do, e.g. Call the pharmacy about refills"), max_length=200))
        form.add("due_on", translate("TaskDialogs", "D&ue:"), DayPicker(today, _quick_days(), form))
        form.add("notes", translate("TaskDialogs", "&Notes:"), NotesEdit(form))
        super().__init__(ctx, parent, translate("TaskDialogs", "New task"), [("", form)], spec=NEW_TASK_SPEC,
                         submit=self._work, changes=None)
        self.setObjectName("new_task_dialog")
        self.save_button.setText(translate("TaskDialogs", "&Add task"))
        if member is not None:  # from a chart: the member goes without saying
            member_id, label = member
            self.picker.addItem(label, member_id)
            self.picker.setEnabled(False)
            form.editor("title").setFocus()
        else:
            self.picker.setFocus()
            DbOp(ctx, self, lambda s, _a: members.caseload(s)).success(self._members_loaded) \
                .run_in_background()

    def _members_loaded(self, rows: Sequence[CaseloadRow]) -> None:
        if isValid(self.picker):  # the dialog may have been closed meanwhile
            self.picker.set_members(rows)

    def validate(self) -> dict[str, Any]:
        cleaned = super().validate()
        self.changes = Changes.of("task", member_id=cleaned["member_id"])
        return cleaned

    @staticmethod
    def _work(values: dict[str, Any]) -> Any:
        return lambda s, a: tasks.add_manual(s, a, values["member_id"], title=values["title"],
                                             due_on=values["due_on"], notes=values["notes"])
