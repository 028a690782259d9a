"""The forms for a chart's records, one class per kind. Field names are the services' own, so a
``ValidationError.field`` finds its widget. Mnemonics avoid S and C (Save, Cancel)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.model import enums as e
from app.services import clinical, people
from ui.widgets.editors import ChoiceEdit, DateEdit, FlagEdit, LanguageEdit, NotesEdit, TextEdit
from ui.widgets.form import Form

PHONE_HINT = "(555) 123-4567"


class MedicationForm(Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(clinical.medications.spec, parent)
        self.add("name", self.tr("Na&me"), TextEdit(placeholder=self.tr("e.g. Metformin"), max_length=200))
        self.add("dose", self.tr("&Dose"), TextEdit(placeholder=self.tr("e.g. 500 mg"), max_length=100))
        self.add("route", self.tr("&Route"), ChoiceEdit(e.MedicationRoute))
        self.add("frequency", self.tr("&Frequency"),
                 TextEdit(placeholder=self.tr("e.g. twice daily with meals")))
        self.add("indication", self.tr("&Indication"), TextEdit())
        self.add("prescriber", self.tr("&Prescriber"), TextEdit())
        self.add("started_on", self.tr("S&tarted"), DateEdit())
        active_or_held = [e.MedicationStatus.ACTIVE, e.MedicationStatus.ON_HOLD]
        self.add("status", self.tr("Stat&us"), ChoiceEdit(e.MedicationStatus, only=active_or_held))
        self.add("adherence", self.tr("&Adherence"), ChoiceEdit(e.Adherence, default=e.Adherence.UNKNOWN))
        self.add("notes", self.tr("N&otes"), NotesEdit())


class StopMedicationForm(Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(clinical.medications.spec, parent)
        self.add("stopped_on", self.tr("&Stopped on"), DateEdit())
        self.add("stop_reason", self.tr("&Reason"), NotesEdit(lines=2))


class ConditionFields(Form):
    """The fields after the code; the condition dialog puts its ICD-10 search above them."""

    def add_condition_fields(self) -> None:
        self.add("description", self.tr("Descri&ption"), TextEdit(max_length=300))
        self.add("status", self.tr("Stat&us"), ChoiceEdit(e.ConditionStatus))
        self.add("onset_on", self.tr("&Onset"), DateEdit())
        self.add("is_primary", "", FlagEdit(self.tr("Primary co&ndition")))
        self.add("notes", self.tr("&Notes"), NotesEdit())


class AllergyForm(Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(clinical.allergies.spec, parent)
        self.add("substance", self.tr("Su&bstance"), TextEdit(placeholder=self.tr("e.g. Penicillin")))
        self.add("category", self.tr("&Type"), ChoiceEdit(e.AllergyCategory))
        self.add("reaction", self.tr("&Reaction"), TextEdit(placeholder=self.tr("e.g. hives")))
        self.add("severity", self.tr("Se&verity"), ChoiceEdit(e.Severity, default=e.Severity.UNKNOWN))
        self.add("status", self.tr("Stat&us"), ChoiceEdit(e.AllergyStatus))
        self.add("noted_on", self.tr("&Noted on"), DateEdit())


class UtilizationForm(Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(clinical.utilization.spec, parent)
        self.add("kind", self.tr("&Type"), ChoiceEdit(e.UtilizationKind))
        self.add("facility", self.tr("&Facility"), TextEdit())
        self.add("admitted_on", self.tr("&Admitted or seen on"), DateEdit())
        self.add("discharged_on", self.tr("&Discharged on"), DateEdit())
        self.add("diagnosis_code", self.tr("Diagnosis c&ode (ICD-10)"), TextEdit(placeholder="I50.9"))
        self.add("diagnosis_text", self.tr("Diagnosis &text"), TextEdit())
        self.add("notes", self.tr("&Notes"), NotesEdit())


class ContactForm(Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(people.contacts.spec, parent)
        self.add("name", self.tr("&Name"), TextEdit())
        self.add("role", self.tr("&Role"), ChoiceEdit(e.ContactRole))
        self.add("relationship", self.tr("Re&lationship"), TextEdit(placeholder=self.tr("e.g. daughter")))
        self.add("phone", self.tr("&Phone"), TextEdit(placeholder=PHONE_HINT))
        self.add("email", self.tr("&E-mail"), TextEdit())
        self.add("address", self.tr("A&ddress"), NotesEdit(lines=2))
        self.add("preferred_language", self.tr("Lan&guage"), LanguageEdit())
        self.add("is_primary_caregiver", "", FlagEdit(self.tr("Primary careg&iver")))
        self.add("hipaa_authorized", "", FlagEdit(self.tr("&HIPAA authorization on file")))
        self.add("hipaa_authorized_on", self.tr("Authori&zed on"), DateEdit())
        self.add("notes", self.tr("N&otes"), NotesEdit())


class CareTeamForm(Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(people.care_team.spec, parent)
        self.add("role", self.tr("&Role"), ChoiceEdit(e.CareTeamRole))
        self.add("name", self.tr("&Name"), TextEdit())
        self.add("organization", self.tr("&Organization"), TextEdit())
        self.add("specialty", self.tr("Specialt&y"), TextEdit())
        self.add("npi", self.tr("N&PI"), TextEdit(placeholder=self.tr("10 digits"), max_length=10))
        self.add("phone", self.tr("P&hone"), TextEdit(placeholder=PHONE_HINT))
        self.add("fax", self.tr("&Fax"), TextEdit())
        self.add("email", self.tr("&E-mail"), TextEdit())
        self.add("is_medical_home", "", FlagEdit(self.tr("&Medical home (the member's PCP)")))
        self.add("active", "", FlagEdit(self.tr("Ac&tive on the team"))).set_value(True)  # type: ignore[attr-defined]


class ConsentForm(Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(clinical.consents.spec, parent)
        self.add("kind", self.tr("&Type of consent"), ChoiceEdit(e.ConsentKind))
        self.add("decision", self.tr("&Decision"), ChoiceEdit(e.ConsentDecision))
        self.add("decided_on", self.tr("Decided &on"), DateEdit())
        self.add("method", self.tr("&Method"), ChoiceEdit(e.ConsentMethod))
        self.add("expires_on", self.tr("&Expires on"), DateEdit())
        self.add("notes", self.tr("&Notes"), NotesEdit())


FORMS: dict[str, type[Form]] = {
    "medications": MedicationForm, "allergies": AllergyForm, "utilization": UtilizationForm,
    "contacts": ContactForm, "care_team": CareTeamForm, "consents": ConsentForm,
}
