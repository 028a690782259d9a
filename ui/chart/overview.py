"""The Overview tab: who the member is, how to reach them, their plan, and what care must respect."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.model.enums import MemberStatus, RiskTier
from app.services.members import MemberView
from ui.chart.dialogs import member_dialog
from ui.context import AppContext
from ui.widgets.dates import format_date
from ui.widgets.labels import label, language_name
from ui.widgets.text import translate

Getter = Callable[[MemberView], str]


def _joined(*parts: str, sep: str = " ") -> str:
    return sep.join(p for p in parts if p)


def _address(m: MemberView) -> str:
    city_line = _joined(m.city + ("," if m.city and m.state else ""), m.state, m.postal_code)
    return _joined(m.address_line1, m.address_line2, city_line, sep="\n")


def _yes_no(flag: bool) -> str:
    return translate("Overview", "Yes") if flag else translate("Overview", "No")


class OverviewTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("tab_overview")
        self.member: MemberView | None = None
        self.values: list[tuple[QLabel, Getter]] = []
        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar())
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._body())
        layout.addWidget(scroll, 1)

    def _toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.edit_action = QAction(self.tr("&Edit details…"), self)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        # Whole window while the Overview is on screen: from the banner or the tab bar, F2 edits.
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.edit_action.triggered.connect(self.edit)
        self.edit_action.setEnabled(False)
        self.addAction(self.edit_action)
        button = QToolButton(self)
        button.setDefaultAction(self.edit_action)
        row.addWidget(button)
        row.addStretch(1)
        return row

    def _sections(self) -> list[tuple[str, list[tuple[str, Getter]]]]:
        return [
            (self.tr("Person"), [
                (self.tr("Legal name"), lambda m: _joined(m.first_name, m.middle_name, m.last_name)),
                (self.tr("Preferred name"), lambda m: m.preferred_name),
                (self.tr("Date of birth"), lambda m: format_date(m.dob)),
                (self.tr("Sex"), lambda m: label(m.sex)),
                (self.tr("Gender identity"), lambda m: m.gender_identity),
                (self.tr("Pronouns"), lambda m: m.pronouns),
            ]),
            (self.tr("Reaching them"), [
                (self.tr("Phone"), lambda m: m.phone_primary),
                (self.tr("Second phone"), lambda m: m.phone_secondary),
                (self.tr("E-mail"), lambda m: m.email),
                (self.tr("Best times"), lambda m: m.preferred_contact_times),
                (self.tr("Address"), _address),
                (self.tr("Confidential address"), lambda m: m.confidential_address),
            ]),
            (self.tr("Plan and program"), [
                (self.tr("Health plan"), lambda m: m.health_plan),
                (self.tr("Line of business"), lambda m: label(m.line_of_business)),
                (self.tr("Plan member ID"), lambda m: m.plan_member_id),
                (self.tr("Program"), lambda m: label(m.program)),
                (self.tr("Risk tier"), lambda m: label(m.risk_tier, RiskTier)),
                (self.tr("Status"), lambda m: label(m.status, MemberStatus)),
                (self.tr("Referred by"), lambda m: label(m.referral_source)),
                (self.tr("Referral reason"), lambda m: m.referral_reason),
                (self.tr("Identified on"), lambda m: format_date(m.identified_on)),
            ]),
            (self.tr("Needs and preferences"), [
                (self.tr("Language"), lambda m: language_name(m.preferred_language)),
                (self.tr("Interpreter needed"), lambda m: _yes_no(m.interpreter_needed)),
                (self.tr("Vision"), lambda m: m.vision_needs),
                (self.tr("Hearing"), lambda m: m.hearing_needs),
                (self.tr("Cultural preferences"), lambda m: m.cultural_notes),
            ]),
        ]

    def _body(self) -> QWidget:
        body = QWidget()
        grid = QGridLayout(body)
        for i, (title, fields) in enumerate(self._sections()):
            box = QGroupBox(title, body)
            form = QFormLayout(box)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            for caption, getter in fields:
                value = QLabel(box)
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                form.addRow(caption, value)
                self.values.append((value, getter))
            grid.addWidget(box, i // 2, i % 2, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(2, 1)
        return body

    def set_member(self, member: MemberView | None) -> None:
        self.member = member
        self.edit_action.setEnabled(member is not None)
        for value, getter in self.values:
            value.setText((getter(member) or "—") if member else "")

    def edit(self) -> None:
        if self.member is not None:
            member_dialog(self.ctx, self, self.member).open()
