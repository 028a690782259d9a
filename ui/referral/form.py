"""The intake form: the referral, the plan, and just enough about the person to reach them."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.model import enums as e
from app.services import members
from ui.chart.forms import PHONE_HINT
from ui.widgets.editors import ChoiceEdit, DateEdit, FlagEdit, LanguageEdit, NotesEdit, TextEdit
from ui.widgets.form import Form
from ui.widgets.text import heading


class ReferralForm(Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(members.SPEC, parent)
        self.add_widget(heading(self.tr("Referral"), self, scale=1.1))
        self.add("referral_source", self.tr("Referral s&ource"), ChoiceEdit(e.ReferralSource))
        self.add("referral_reason", self.tr("&Reason"), NotesEdit(lines=2))
        self.add("identified_on", self.tr("&Identified on"), DateEdit())
        self.add("program", self.tr("&Program"), ChoiceEdit(e.Program, default=e.Program.COMPLEX_CM))
        self.add("risk_tier", self.tr("Ris&k tier"), ChoiceEdit(e.RiskTier, default=e.RiskTier.MEDIUM))
        self.add_widget(heading(self.tr("Health plan"), self, scale=1.1))
        self.add("health_plan", self.tr("&Health plan"), TextEdit())
        self.add("line_of_business", self.tr("&Line of business"), ChoiceEdit(e.LineOfBusiness))
        self.add("plan_member_id", self.tr("Plan &member ID"), TextEdit(max_length=32))
        self.add_widget(heading(self.tr("Member"), self, scale=1.1))
        self.add("first_name", self.tr("&First name"), TextEdit())
        self.add("last_name", self.tr("L&ast name"), TextEdit())
        self.add("dob", self.tr("&Date of birth"), DateEdit())
        self.add("phone_primary", self.tr("P&hone"), TextEdit(placeholder=PHONE_HINT))
        self.add("preferred_language", self.tr("Lan&guage"), LanguageEdit())
        self.add("interpreter_needed", "", FlagEdit(self.tr("I&nterpreter needed")))
