"""The member's demographics, split the way a nurse thinks about them: the person, how to reach
them, their plan, and what care must respect (language, vision, hearing, culture)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.model import enums as e
from app.services import members
from ui.chart.forms import PHONE_HINT
from ui.widgets.editors import ChoiceEdit, DateEdit, FlagEdit, LanguageEdit, NotesEdit, TextEdit
from ui.widgets.form import Form

SPEC = members.DEMOGRAPHICS


class PersonForm(Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(SPEC, parent)
        self.title = self.tr("Person")
        self.add("first_name", self.tr("&First name"), TextEdit())
        self.add("middle_name", self.tr("&Middle name"), TextEdit())
        self.add("last_name", self.tr("&Last name"), TextEdit())
        self.add("preferred_name", self.tr("P&referred name"), TextEdit())
        self.add("dob", self.tr("&Date of birth"), DateEdit())
        self.add("sex", self.tr("Se&x"), ChoiceEdit(e.Sex))
        self.add("gender_identity", self.tr("&Gender identity"), TextEdit())
        self.add("pronouns", self.tr("Pr&onouns"), TextEdit(placeholder=self.tr("e.g. she/her")))


class ReachForm(Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(SPEC, parent)
        self.title = self.tr("Reaching them")
        self.add("phone_primary", self.tr("&Phone"), TextEdit(placeholder=PHONE_HINT))
        self.add("phone_secondary", self.tr("Second p&hone"), TextEdit())
        self.add("email", self.tr("&E-mail"), TextEdit())
        self.add("preferred_contact_times", self.tr("Best &times to reach"),
                 TextEdit(placeholder=self.tr("e.g. weekday mornings")))
        self.add("address_line1", self.tr("&Address"), TextEdit())
        self.add("address_line2", self.tr("Address line &2"), TextEdit())
        self.add("city", self.tr("Cit&y"), TextEdit())
        self.add("state", self.tr("State"), TextEdit(placeholder="CA", max_length=2))
        self.add("postal_code", self.tr("&ZIP code"), TextEdit(max_length=10))
        self.add("confidential_address", self.tr("Confidential &mailing address"), NotesEdit(lines=2))


class PlanForm(Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(SPEC, parent)
        self.title = self.tr("Plan")
        self.add("health_plan", self.tr("&Health plan"), TextEdit())
        self.add("line_of_business", self.tr("&Line of business"), ChoiceEdit(e.LineOfBusiness))
        self.add("program", self.tr("&Program"), ChoiceEdit(e.Program))
        self.add("risk_tier", self.tr("&Risk tier"), ChoiceEdit(e.RiskTier))


class NeedsForm(Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(SPEC, parent)
        self.title = self.tr("Needs and preferences")
        self.add("preferred_language", self.tr("Preferred lan&guage"), LanguageEdit())
        self.add("interpreter_needed", "", FlagEdit(self.tr("&Interpreter needed")))
        self.add("vision_needs", self.tr("&Vision needs"), NotesEdit(lines=2))
        self.add("hearing_needs", self.tr("&Hearing needs"), NotesEdit(lines=2))
        self.add("cultural_notes", self.tr("C&ultural preferences"), NotesEdit())


def member_forms() -> list[tuple[str, Form]]:
    forms = [PersonForm(), ReachForm(), PlanForm(), NeedsForm()]
    return [(form.title, form) for form in forms]
