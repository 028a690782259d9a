"""New referral: intake of an identified member, offline.

Before saving, members already on file are looked for: the same plan member ID blocks the save
(one plan ID, one member); the same name and date of birth is shown, and the nurse either opens
that chart or confirms "This is a different person".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.errors import ValidationError
from app.services import members
from app.services.members import CaseloadRow, DuplicateMember, MemberView
from ui.context import AppContext, Changes
from ui.referral.duplicates import DuplicatesPanel
from ui.referral.form import ReferralForm
from ui.widgets.form_dialog import FormDialog
from ui.widgets.text import translate

IDENTITY_FIELDS = ("plan_member_id", "first_name", "last_name", "dob")


@dataclass(frozen=True, slots=True)
class IntakeResult:
    created: MemberView | None = None
    same_plan_id: list[CaseloadRow] = field(default_factory=list)
    same_person: list[CaseloadRow] = field(default_factory=list)


def intake(session: Any, actor: Any, values: dict[str, Any], different_person: bool) -> IntakeResult:
    """Look for the member first; create only when no one on file could be them."""
    same_id = members.find_duplicates(session, plan_member_id=values["plan_member_id"])
    if same_id:
        return IntakeResult(same_plan_id=same_id)
    if not different_person:
        same_person = members.find_duplicates(
            session, first_name=values["first_name"], last_name=values["last_name"], dob=values["dob"])
        if same_person:
            return IntakeResult(same_person=same_person)
    created = members.create(session, actor, allow_same_name_dob=different_person, **values)
    return IntakeResult(created=created)


class ReferralDialog(FormDialog):
    chart_requested = Signal(str)  # the nurse chose to open an existing member's chart

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        form = ReferralForm()
        form.editor("identified_on").set_value(date.today())
        super().__init__(ctx, parent, translate("ReferralDialog", "New referral"), [("", form)],
                         spec=members.SPEC, changes=None,
                         submit=lambda v: lambda s, a: intake(s, a, v, self.different_person))
        self.setObjectName("referral_dialog")
        self.different_person = False
        self.form = form
        self.duplicates = DuplicatesPanel(self)
        self.layout().insertWidget(1, self.duplicates)
        self.duplicates.open_requested.connect(self._open_existing)
        self.duplicates.different_person_confirmed.connect(self._save_as_different_person)
        for name in IDENTITY_FIELDS:
            editor = form.editor(name)
            editor.textChanged.connect(self._identity_changed)
        self.resize(600, self.sizeHint().height())

    def save(self) -> None:
        self.duplicates.hide()
        super().save()

    def _identity_changed(self) -> None:
        self.different_person = False
        self.duplicates.hide()

    def _saved(self, result: object) -> None:
        assert isinstance(result, IntakeResult)
        self._set_saving(False)
        if result.same_plan_id:
            message = self.tr("is already on file for another member")
            self.show_error(ValidationError("plan_member_id", message))
            self.duplicates.show_plan_id_match(result.same_plan_id)
        elif result.same_person:
            self.duplicates.show_same_person(result.same_person)
        elif result.created is not None:
            self.ctx.changes_did_happen.emit(Changes.of("member", member_id=result.created.id))
            super()._saved(result.created)

    def _failed(self, exc: BaseException) -> None:
        super()._failed(exc)
        if isinstance(exc, DuplicateMember):  # someone else's change landed between check and save
            if exc.field == "plan_member_id":
                self.duplicates.show_plan_id_match(exc.matches)
            else:
                self.duplicates.show_same_person(exc.matches)

    def _save_as_different_person(self) -> None:
        self.different_person = True
        self.save()

    def _open_existing(self, member_id: str) -> None:
        self.reject()
        self.chart_requested.emit(member_id)
