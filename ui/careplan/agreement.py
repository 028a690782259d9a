"""The member's agreement to the care plan: when, how (verbally, on paper, or signed here on the pad),
who signed, and whether a caregiver took part. An e-signature is kept as a PNG inside the encrypted
database; a keyboard cannot draw one, so the dialog says so and offers the other methods."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from app.errors import ValidationError
from app.model.enums import AgreementMethod
from app.services import careplan
from app.services.careplan import PlanView
from app.services.fields import Field, choice, day, flag, text
from ui.careplan.signature import SignaturePad
from ui.context import AppContext, Changes
from ui.i18n import arg
from ui.widgets.dates import format_date
from ui.widgets.editors import DateEdit, FlagEdit, NotesEdit, TextEdit
from ui.widgets.form import Form, error_color, message_text
from ui.widgets.form_dialog import FormDialog
from ui.widgets.text import muted, translate

_C = "AgreementDialog"
SIGNATURE = "signature_png"  # the service's name for the pad's image, should it refuse one
METHODS = {
    "verbal": QT_TRANSLATE_NOOP("AgreementDialog", "Verbal"),
    "written": QT_TRANSLATE_NOOP("AgreementDialog", "Written (signed on paper)"),
    "e_signature": QT_TRANSLATE_NOOP("AgreementDialog", "E-signature (signed here)"),
}
SPEC = {
    "agreed_on": Field(day(past_only=True), required=True),
    "method": Field(choice(AgreementMethod), required=True),
    "signer_name": Field(text(200), required=True),
    "caregiver_participated": Field(flag),
    "caregiver_name": Field(text(200)),
    "notes": Field(text(2000)),
}


def method_label(method: str) -> str:
    text_ = METHODS.get(str(method))
    return QCoreApplication.translate(_C, text_) if text_ else str(method)


class MethodEdit(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for value in AgreementMethod:
            self.addItem(method_label(value), value.value)

    def value(self) -> str:
        return str(self.currentData())

    def set_value(self, value: Any) -> None:
        self.setCurrentIndex(max(0, self.findData(str(value))))


class AgreementDialog(FormDialog):
    agreement_did_save = Signal(object)  # AgreementView

    def __init__(self, ctx: AppContext, member_id: str, plan: PlanView, member_name: str,
                 parent: QWidget | None = None) -> None:
        form = Form(SPEC)
        form.add("agreed_on", translate("AgreementDialog", "Agreed &on"), DateEdit()).set_value(date.today())
        method = form.add("method", translate("AgreementDialog", "&Method"), MethodEdit())
        signer = form.add("signer_name", translate("AgreementDialog", "Signed or agreed &by"),
                          TextEdit(max_length=200))
        signer.set_value(member_name)
        caregiver = form.add("caregiver_participated", translate("AgreementDialog", "A &caregiver took part"),
                             FlagEdit(translate("AgreementDialog", "A &caregiver took part in planning")))
        caregiver_name = form.add("caregiver_name", translate("AgreementDialog", "Care&giver's name"),
                                  TextEdit(max_length=200))
        form.add("notes", translate("AgreementDialog", "No&tes"), NotesEdit(lines=3))
        plan_id = plan.id
        title = translate("AgreementDialog", "Member's agreement to the care plan")
        super().__init__(ctx, parent, title, [("", form)], spec=SPEC,
                         submit=lambda values: self._work(plan_id, values), check=self._check,
                         changes=Changes.of("care_plan", member_id=member_id))
        self.setObjectName("agreement_dialog")
        self.form, self.member_id, self.plan = form, member_id, plan
        self.pad = SignaturePad()
        self.signature_box = self._signature_box()
        below_signer = form.layout_.getWidgetPosition(signer.parentWidget())[0] + 1
        form.layout_.insertRow(below_signer, self.signature_box)
        QWidget.setTabOrder(signer, self.pad.clear_button)  # Tab follows the page: pad under the signer
        QWidget.setTabOrder(self.pad.clear_button, caregiver)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, muted(arg(self.tr("Record how %1 agreed to the care plan started %2."),
                                         member_name, format_date(plan.started_on)), self))
        self.save_button.setText(self.tr("&Save agreement"))
        method.currentIndexChanged.connect(lambda _i: self._method_changed())
        caregiver.toggled.connect(caregiver_name.setEnabled)
        caregiver_name.setEnabled(False)
        self.pad.signature_did_change.connect(self._signature_changed)
        self.did_save.connect(self.agreement_did_save.emit)
        ctx.store_will_close.connect(self._locked)
        self.setMinimumWidth(560)
        self._method_changed()
        method.setFocus()

    def _signature_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Member's signature"))
        box.setObjectName("signature_box")
        column = QVBoxLayout(box)
        keyboard = muted(self.tr(
            "The member signs in the box with a mouse, pen or finger. A signature cannot be drawn with the "
            "keyboard: if that is all you can use, choose a verbal or written agreement instead."))
        self.signature_error = QLabel()
        self.signature_error.setObjectName("error_" + SIGNATURE)
        self.signature_error.setWordWrap(True)
        self.signature_error.hide()
        column.addWidget(keyboard)
        column.addWidget(self.pad, 1)
        column.addWidget(self.signature_error)
        return box

    def is_e_signature(self) -> bool:
        return self.form.editor("method").value() == AgreementMethod.E_SIGNATURE.value

    def _method_changed(self) -> None:
        self.signature_box.setVisible(self.is_e_signature())
        self._hide_signature_error()
        self._fit()

    def _fit(self) -> None:
        """As tall as the fields need: taller with the pad, shorter again without it."""
        self.layout().activate()
        hint = self.sizeHint()
        self.resize(max(self.width(), 640), hint.height())

    def _signature_changed(self) -> None:
        if not self.pad.is_empty():
            self._hide_signature_error()

    def _check(self, values: dict[str, Any]) -> None:
        """What the service would refuse, said before anything is sent."""
        if str(values.get("method")) == AgreementMethod.E_SIGNATURE.value and self.pad.is_empty():
            raise ValidationError(SIGNATURE, self.tr(
                "Ask the member to sign in the box, or choose a verbal or written agreement."))
        if values.get("caregiver_participated") and not values.get("caregiver_name"):
            raise ValidationError("caregiver_name", self.tr("is required when a caregiver took part"))

    def _work(self, plan_id: str, values: dict[str, Any]) -> Any:
        png = self.pad.to_png() if str(values["method"]) == AgreementMethod.E_SIGNATURE.value else None
        fields = dict(values)
        if not fields.get("caregiver_participated"):
            fields["caregiver_name"] = ""
        return lambda s, a: careplan.record_agreement(s, a, plan_id, signature_png=png, **fields)

    def show_error(self, error: ValidationError) -> None:
        if error.field in (SIGNATURE, "signature"):
            self.signature_box.show()
            self.signature_error.setText("⚠ " + message_text(error))
            self.signature_error.setStyleSheet("color: " + error_color(self) + ";")
            self.signature_error.show()
            self.pad.setAccessibleDescription(message_text(error) + " " + self.pad.how_to_sign)
            self.form.editor("method").setFocus()
            return
        super().show_error(error)

    def _clear_errors(self) -> None:
        super()._clear_errors()
        self._hide_signature_error()

    def _hide_signature_error(self) -> None:
        self.signature_error.hide()
        self.signature_error.clear()
        self.pad.setAccessibleDescription(self.pad.how_to_sign)

    def _locked(self) -> None:
        """The signature and everything typed go with the dialog when the vault locks."""
        self.saving = False
        self.pad.clear()
        self.reject()
