"""The chart's add/edit dialogs, each validated by its service's spec and saved in a DbOp."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from app.model.enums import Adherence, MedicationStatus
from app.services import clinical, members
from app.services.clinical import MedicationView
from app.services.fields import Field, choice
from app.services.members import MemberView
from ui.chart.condition_dialog import ConditionDialog
from ui.chart.data import KIND_OF_PART, RECORD_KINDS
from ui.chart.forms import FORMS, StopMedicationForm
from ui.chart.member_forms import member_forms
from ui.context import AppContext, Changes
from ui.i18n import arg
from ui.widgets.editors import ChoiceEdit
from ui.widgets.form import Form
from ui.widgets.form_dialog import FormDialog
from ui.widgets.text import muted, translate

_C = "ChartDialogs"
TITLES = {  # part → (add title, edit title)
    "medications": (QT_TRANSLATE_NOOP("ChartDialogs", "Add a medication"),
                   QT_TRANSLATE_NOOP("ChartDialogs", "Edit medication")),
    "allergies": (QT_TRANSLATE_NOOP("ChartDialogs", "Add an allergy"),
                 QT_TRANSLATE_NOOP("ChartDialogs", "Edit allergy")),
    "utilization": (QT_TRANSLATE_NOOP("ChartDialogs", "Add an ED visit or admission"),
                   QT_TRANSLATE_NOOP("ChartDialogs", "Edit ED visit or admission")),
    "contacts": (QT_TRANSLATE_NOOP("ChartDialogs", "Add a contact"),
                QT_TRANSLATE_NOOP("ChartDialogs", "Edit contact")),
    "care_team": (QT_TRANSLATE_NOOP("ChartDialogs", "Add a care team member"),
                 QT_TRANSLATE_NOOP("ChartDialogs", "Edit care team member")),
    "consents": (QT_TRANSLATE_NOOP("ChartDialogs", "Record a consent"),
                QT_TRANSLATE_NOOP("ChartDialogs", "Edit consent")),
}
DEFAULT_TODAY = {"consents": "decided_on", "allergies": "noted_on"}


def _title(part: str, editing: bool) -> str:
    return QCoreApplication.translate(_C, TITLES[part][1 if editing else 0])


def record_dialog(ctx: AppContext, parent: QWidget | None, part: str, member_id: str,
                  original: Any = None) -> FormDialog:
    """Add (``original`` None) or edit one of the chart's records."""
    if part == "conditions":
        return ConditionDialog(ctx, parent, member_id, original)
    kind = RECORD_KINDS[part]
    form = FORMS[part]()
    if original is None and part in DEFAULT_TODAY:
        form.editor(DEFAULT_TODAY[part]).set_value(date.today())

    def submit(values: dict[str, Any]) -> Any:
        if original is not None:
            return lambda s, a: kind.update(s, a, original.id, **values)
        return lambda s, a: kind.add(s, a, member_id, **values)

    return FormDialog(ctx, parent, _title(part, original is not None), [("", form)], spec=kind.spec,
                      check=kind.check, original=original, submit=submit,
                      changes=Changes.of(KIND_OF_PART[part], member_id=member_id))


def stop_medication_dialog(ctx: AppContext, parent: QWidget | None, med: MedicationView) -> FormDialog:
    kind = clinical.medications
    spec = {name: dataclasses.replace(kind.spec[name], required=True)
            for name in ("stopped_on", "stop_reason")}
    form = StopMedicationForm()
    form.editor("stopped_on").set_value(date.today())
    current = {f.name: getattr(med, f.name) for f in dataclasses.fields(med)}

    def check(values: dict[str, Any]) -> None:
        kind.check(current | values | {"status": MedicationStatus.STOPPED})

    return FormDialog(
        ctx, parent, arg(translate("ChartDialogs", "Stop %1"), med.name), [("", form)], spec=spec,
        check=check,
        submit=lambda v: lambda s, a: kind.stop(s, a, med.id, on=v["stopped_on"], reason=v["stop_reason"]),
        changes=Changes.of("medication", member_id=med.member_id),
    )


def reconcile_dialog(ctx: AppContext, parent: QWidget | None, member_id: str,
                     active: list[MedicationView]) -> FormDialog:
    """Every active medication reviewed with the member, each with how she is actually taking it."""
    spec = {med.id: Field(choice(Adherence), required=True) for med in active}
    form = Form(spec)
    form.add_widget(muted(translate(
        "ChartDialogs", "Review each active medication with the member: how are they taking it?")))
    for med in active:
        editor = form.add(med.id, " ".join(p for p in (med.name, med.dose) if p),
                          ChoiceEdit(Adherence, default=med.adherence))
        editor.setToolTip(med.frequency)
    dialog = FormDialog(
        ctx, parent, translate("ChartDialogs", "Reconcile medications"), [("", form)], spec=spec,
        submit=lambda v: lambda s, a: clinical.medications.reconcile(s, a, member_id, v),
        changes=Changes.of("medication", member_id=member_id),
    )
    dialog.save_button.setText(translate("ChartDialogs", "&Mark reviewed"))
    return dialog


def member_dialog(ctx: AppContext, parent: QWidget | None, member: MemberView) -> FormDialog:
    dialog = FormDialog(
        ctx, parent, translate("ChartDialogs", "Edit member details"), member_forms(),
        spec=members.DEMOGRAPHICS,
        original=member, submit=lambda v: lambda s, a: members.update(s, a, member.id, **v),
        changes=Changes.of("member", member_id=member.id),
    )
    return dialog

