"""After signing: an addendum, a late entry (about an earlier date of service), a correction (reason
required; the original stays visible) or marking the note entered in error (reason required)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from app.services.fields import Field, day, text
from ui.context import AppContext, Changes
from ui.widgets.editors import DateEdit, NotesEdit
from ui.widgets.form import Form
from ui.widgets.form_dialog import FormDialog
from ui.widgets.text import muted, translate

TEXT_MAX = 20000
REASON_MAX = 1000


def _titles() -> dict[str, str]:
    return {
        "addendum": translate("AddendumDialogs", "Add an addendum"),
        "late_entry": translate("AddendumDialogs", "Add a late entry"),
        "correction": translate("AddendumDialogs", "Add a correction"),
    }


def _explanations() -> dict[str, str]:
    return {
        "addendum": translate("AddendumDialogs",
                              "New information about this contact, linked to the signed note."),
        "late_entry": translate(
            "AddendumDialogs",
            "Written now about an earlier date of service. It is signed with today's time, "
                "never backdated."),
        "correction": translate(
            "AddendumDialogs",
            "The original note stays visible with your correction and its reason beside it."),
    }


def addendum_dialog(ctx: AppContext, parent: QWidget | None, encounter: Any, kind: str) -> FormDialog:
    spec = {"text": Field(text(TEXT_MAX), required=True)}
    if kind == "late_entry":
        spec["service_date"] = Field(day(past_only=True), required=True)
    if kind == "correction":
        spec["reason"] = Field(text(REASON_MAX), required=True)
    form = Form(spec)
    form.add_widget(muted(_explanations()[kind]))
    if kind == "late_entry":
        form.add("service_date", translate("AddendumDialogs", "Date of &service"), DateEdit())
    if kind == "correction":
        form.add("reason", translate("AddendumDialogs", "&Reason"), NotesEdit(lines=2))
    form.add("text", translate("AddendumDialogs", "&Text"), NotesEdit(lines=8))

    def submit(values: dict[str, Any]) -> Any:
        from app.services import encounters

        extra = {k: values[k] for k in ("reason", "service_date") if k in values}
        return lambda s, a: encounters.add_addendum(s, a, encounter.id, kind, values["text"], **extra)

    dialog = FormDialog(ctx, parent, _titles()[kind], [("", form)], spec=spec, submit=submit,
                        check=_check_late_entry if kind == "late_entry" else None,
                        changes=Changes.of("encounter", member_id=encounter.member_id))
    dialog.save_button.setText(translate("AddendumDialogs", "&Sign"))
    return dialog


def _check_late_entry(values: dict[str, Any]) -> None:
    from app.errors import ValidationError

    service_date = values.get("service_date")
    if isinstance(service_date, date) and service_date >= date.today():
        raise ValidationError("service_date", "must be before today")


def entered_in_error_dialog(ctx: AppContext, parent: QWidget | None, encounter: Any) -> FormDialog:
    spec = {"reason": Field(text(REASON_MAX), required=True)}
    form = Form(spec)
    form.add_widget(muted(translate(
        "AddendumDialogs",
        "The note stays in the record, marked entered in error with your reason. Nothing is deleted.")))
    form.add("reason", translate("AddendumDialogs", "&Reason"), NotesEdit(lines=3))

    def submit(values: dict[str, Any]) -> Any:
        from app.services import encounters

        return lambda s, a: encounters.mark_entered_in_error(s, a, encounter.id, values["reason"])

    title = translate("AddendumDialogs", "Mark entered in error")
    dialog = FormDialog(ctx, parent, title, [("", form)], spec=spec,
                        submit=submit, changes=Changes.of("encounter", member_id=encounter.member_id))
    dialog.save_button.setText(translate("AddendumDialogs", "&Mark entered in error"))
    return dialog
