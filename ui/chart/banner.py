"""The chart banner: what a nurse must see before anything else on every tab — who this is, how
risky, what language, what they are allergic to, who their doctor is, how to call them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.model.enums import AllergyStatus, CareTeamRole, MemberStatus, RiskTier
from app.services.clinical import AllergyView
from app.services.members import MemberView
from app.services.people import CareTeamMemberView
from ui.i18n import arg
from ui.widgets.dates import format_date
from ui.widgets.form import error_color
from ui.widgets.icons import risk_icon
from ui.widgets.labels import label, language_name


def _label(parent: QWidget, name: str, *, scale: float = 1.0, bold: bool = False) -> QLabel:
    widget = QLabel(parent)
    widget.setObjectName(name)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    widget.setFont(font)
    return widget


class ChartBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart_banner")
        self.setAccessibleName(self.tr("Member summary"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.name = _label(self, "banner_name", scale=1.6, bold=True)
        self.pronouns = _label(self, "banner_pronouns")
        self.risk_icon = QLabel(self)
        self.risk = _label(self, "banner_risk", bold=True)
        self.status = _label(self, "banner_status")
        self.facts = _label(self, "banner_facts")
        self.language = _label(self, "banner_language")
        self.allergies = _label(self, "banner_allergies")
        self.pcp = _label(self, "banner_pcp")
        self.phone = _label(self, "banner_phone")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        self.rows = [self._row(self.name, self.pronouns, None, self.risk_icon, self.risk, self.status),
                     self._row(self.facts, None),
                     self._row(self.language, self.allergies, self.pcp, self.phone, None)]
        for row in self.rows:
            layout.addLayout(row)

    def _row(self, *widgets: QWidget | None) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(16)
        for widget in widgets:
            if widget is None:
                row.addStretch(1)
            else:
                row.addWidget(widget)
        return row

    def add_to_row(self, row: int, widget: QWidget) -> None:
        """Encounters (ui/encounter/chart_part.py) add the program-status menu and the outreach line."""
        self.rows[row].addWidget(widget)

    def show_member(self, member: MemberView, allergies: Sequence[AllergyView],
                    care_team: Sequence[CareTeamMemberView]) -> None:
        name = arg(self.tr("%1 %2", "first name, last name"), member.first_name, member.last_name)
        if member.preferred_name and member.preferred_name != member.first_name:
            name += " “" + member.preferred_name + "”"
        self.name.setText(name)
        self.pronouns.setText(arg(self.tr("(%1)"), member.pronouns) if member.pronouns else "")
        self.risk_icon.setPixmap(risk_icon(str(member.risk_tier)).pixmap(16, 16))
        self.risk.setText(arg(self.tr("%1 risk"), label(member.risk_tier, RiskTier)))
        self.status.setText(label(member.status, MemberStatus))
        self.facts.setText(self._facts(member))
        self.language.setText(self._language(member))
        self._show_allergies(member, allergies)
        self.pcp.setText(self._pcp(care_team))
        self.phone.setText(arg(self.tr("Phone: %1"), member.phone_primary or self.tr("none on file")))

    def _facts(self, m: MemberView) -> str:
        plan = " — ".join(p for p in (m.health_plan, label(m.line_of_business)) if p)
        return " · ".join((
            arg(self.tr("%1 years, born %2"), m.age, format_date(m.dob)),
            arg(self.tr("Plan ID %1"), m.plan_member_id), plan, label(m.program),
        ))

    def _language(self, m: MemberView) -> str:
        text = arg(self.tr("Language: %1"), language_name(m.preferred_language))
        return text + self.tr(" · interpreter needed") if m.interpreter_needed else text

    def _show_allergies(self, m: MemberView, allergies: Sequence[AllergyView]) -> None:
        active = [a.substance for a in allergies if a.status == AllergyStatus.ACTIVE]
        if active:
            text, warn = arg(self.tr("Allergies: %1"), ", ".join(active)), True
        elif m.no_known_allergies:
            text, warn = self.tr("Allergies: NKDA"), False
        else:
            text, warn = self.tr("⚠ Allergies not recorded"), True
        self.allergies.setText(text)
        self.allergies.setProperty("warn", warn)
        self._style_warnings()

    def _style_warnings(self) -> None:
        warn = bool(self.allergies.property("warn"))
        self.allergies.setStyleSheet("color: " + error_color(self) + ";" if warn else "")

    def changeEvent(self, event: QEvent) -> None:
        """Light ↔ dark: the warning colour must stay readable on the new background."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "allergies"):
            self._style_warnings()

    def _pcp(self, care_team: Sequence[CareTeamMemberView]) -> str:
        homes = [c for c in care_team if c.active and c.is_medical_home]
        pcps = homes or [c for c in care_team if c.active and c.role == CareTeamRole.PCP]
        if not pcps:
            return self.tr("PCP: not recorded")
        pcp = pcps[0]
        return arg(self.tr("PCP: %1"), " ".join(p for p in (pcp.name, pcp.phone) if p))

    def clear(self) -> None:
        for child in self.findChildren(QLabel):
            child.clear()
