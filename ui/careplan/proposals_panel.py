"""What the member's completed assessments suggest for the care plan (a moderate PHQ-9 → depression, a
positive food screen → food insecurity …), each with Accept (the problem, its goals and interventions
join the plan) and Dismiss (remembered, with an optional reason, so it is not offered again).
The panel hides itself when nothing is waiting."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import careplan_library
from app.services import assessments, proposals
from app.services.assessments import SOCIAL_NEEDS_INSTRUMENTS
from app.services.proposals import ProposalView
from ui.assessment.labels import band_label, flag_label
from ui.context import AppContext, Changes
from ui.encounter.labels import instrument_label
from ui.i18n import arg
from ui.messages import show_error
from ui.ops import DbOp
from ui.widgets.dates import format_datetime
from ui.widgets.form import error_color
from ui.widgets.labels import language_name
from ui.widgets.text import heading, muted, translate


@dataclass(frozen=True, slots=True)
class Pending:
    """A proposal with the score behind it, so the finding can be put in the nurse's language."""

    proposal: ProposalView
    total: int | None
    band: str


def pending_with_scores(session: Any, member_id: str) -> tuple[Pending, ...]:
    found = proposals.pending(session, member_id)
    scores = {p.response_id: assessments.get(session, p.response_id) for p in found}
    return tuple(Pending(p, scores[p.response_id].total, scores[p.response_id].band) for p in found)


def finding_text(pending: Pending) -> str:
    """"PHQ-9 depression: total 12 (Moderate)"; a social-needs finding names the need."""
    proposal = pending.proposal
    instrument = instrument_label(proposal.instrument_id)
    if pending.total is not None and pending.band and proposal.instrument_id not in SOCIAL_NEEDS_INSTRUMENTS:
        template = translate("ProposalsPanel", "%1: total %2 (%3)")
        return arg(template, instrument, pending.total, band_label(pending.band))
    if proposal.key:
        return arg(translate("ProposalsPanel", "%1: %2"), instrument, flag_label(proposal.key))
    return proposal.finding


def problem_title(proposal: ProposalView, language: str) -> str:
    try:
        return careplan_library.problem(proposal.library_key).title.text(language)
    except KeyError:
        return proposal.title


class ProposalsPanel(QFrame):
    proposal_did_accept = Signal(object)  # ProblemView, the problem now on the plan
    proposal_did_dismiss = Signal(str, str)  # source, key

    def __init__(self, ctx: AppContext, member_id: str, parent: QWidget | None = None,
                 language: str = "en") -> None:
        super().__init__(parent)
        self.ctx, self.member_id = ctx, member_id
        self.language = language if language in careplan_library.LANGUAGES else "en"
        self.busy = False
        self.rows: list[QWidget] = []
        self.pending: tuple[Pending, ...] = ()
        self.reason_dialog: QInputDialog | None = None
        self._load_op: DbOp[Any] | None = None
        self.setObjectName("proposals_panel")
        self.setAccessibleName(self.tr("Suggested by assessments"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = heading("", self, scale=1.1)
        self.intro = muted("", self)
        self.list = QVBoxLayout()
        self.list.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(self.list)
        self.loaded_once = False
        ctx.store_will_close.connect(self.clear)
        ctx.changes_did_happen.connect(self._changed)
        self.hide()

    def _changed(self, changes: Changes) -> None:
        """A newly completed assessment may suggest something; care-plan changes are the tab's to reload."""
        if self.loaded_once and changes.touches("assessment", self.member_id):
            self.load()

    # ---- loading -------------------------------------------------------------------------------------

    def load(self) -> None:
        self.loaded_once = True
        if self._load_op is not None:
            self._load_op.cancel()
        member_id = self.member_id
        op: DbOp[tuple[Pending, ...]] = DbOp(self.ctx, self, lambda s, a: pending_with_scores(s, member_id))
        self._load_op = op
        op.success(self._loaded).run_in_background()

    def _loaded(self, pending: tuple[Pending, ...]) -> None:
        self._load_op = None
        self._show(pending)

    def clear(self) -> None:
        self.loaded_once = False
        if self._load_op is not None:
            self._load_op.cancel()
            self._load_op = None
        if self.reason_dialog is not None:
            self.reason_dialog.reject()
        self.busy = False
        self._show(())

    def _show(self, pending: tuple[Pending, ...]) -> None:
        self.pending = pending
        for row in self.rows:
            self.list.removeWidget(row)
            row.deleteLater()
        self.rows = [self._row(p) for p in pending]
        for row in self.rows:
            self.list.addWidget(row)
        self.title.setText(arg(self.tr("Suggested by assessments (%1)"), len(pending)))
        self.title.setAccessibleName(self.title.text())
        self.intro.setText(arg(self.tr(
            "Accept adds the problem with its suggested goals and interventions to the care plan, written in "
            "%1. Dismiss if it does not fit; it will not be suggested again."), language_name(self.language)))
        self.setVisible(bool(pending))

    def _row(self, pending: Pending) -> QWidget:
        proposal = pending.proposal
        row = QFrame(self)
        row.setObjectName("proposal_" + proposal.key)
        row.setFrameShape(QFrame.Shape.StyledPanel)
        text = QVBoxLayout()
        text.setSpacing(2)
        title = problem_title(proposal, self.language)
        if proposal.urgent:
            urgent = QLabel("⚠ " + self.tr("Urgent: act on this today"), row)
            urgent.setObjectName("proposal_urgent")
            urgent.setStyleSheet("color: " + error_color(self) + "; font-weight: bold;")
            text.addWidget(urgent)
        name = QLabel(title, row)
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        name.setWordWrap(True)
        text.addWidget(name)
        finding = QLabel(finding_text(pending), row)
        finding.setObjectName("proposal_finding")
        finding.setWordWrap(True)
        text.addWidget(finding)
        text.addWidget(muted(arg(self.tr("From the assessment completed %1"),
                                 format_datetime(proposal.completed_at)), row))
        accept = self._button(row, self.tr("Accept"), arg(self.tr("Accept: add %1 to the care plan"), title),
                              lambda: self.accept(proposal))
        accept.setObjectName("proposal_accept")
        dismiss = self._button(row, self.tr("Dismiss…"), arg(self.tr("Dismiss the suggestion %1"), title),
                               lambda: self.ask_dismiss(proposal))
        dismiss.setObjectName("proposal_dismiss")
        line = QHBoxLayout(row)
        line.addLayout(text, 1)
        line.addWidget(accept, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _button(self, row: QWidget, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, row)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.setAutoDefault(False)
        button.setEnabled(not self.busy)
        button.clicked.connect(lambda _c=False: slot())
        return button

    # ---- the nurse's answer -----------------------------------------------------------------------------

    def accept(self, proposal: ProposalView) -> None:
        if self.busy:
            return
        member_id, language = self.member_id, self.language
        self._act(lambda s, a: proposals.accept(s, a, member_id, proposal.source, proposal.key,
                                                language=language), self.proposal_did_accept.emit)

    def ask_dismiss(self, proposal: ProposalView) -> None:
        if self.busy:
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("dismiss_reason")
        dialog.setWindowTitle(self.tr("Dismiss suggestion"))
        dialog.setLabelText(arg(self.tr("Why does “%1” not belong in the plan? (optional)"),
                                problem_title(proposal, self.language)))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setOkButtonText(self.tr("&Dismiss"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda reason: self.dismiss(proposal, reason))
        dialog.finished.connect(lambda _r: setattr(self, "reason_dialog", None))
        dialog.resize(460, dialog.sizeHint().height())
        self.reason_dialog = dialog
        dialog.open()

    def dismiss(self, proposal: ProposalView, reason: str = "") -> None:
        if self.busy:
            return
        member_id, note = self.member_id, reason.strip()
        self._act(lambda s, a: proposals.dismiss(s, a, member_id, proposal.source, proposal.key, note=note),
                  lambda _r: self.proposal_did_dismiss.emit(proposal.source, proposal.key))

    def _act(self, work: Any, done: Any) -> None:
        self._set_busy(True)
        DbOp(self.ctx, self, work, changes=Changes.of("care_plan", member_id=self.member_id)).success(
            lambda result: self._acted(done, result)).failure(self._failed).run_in_background()

    def _acted(self, done: Any, result: Any) -> None:
        self._set_busy(False)
        done(result)
        self.load()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        show_error(self, exc)
        self.load()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in self.findChildren(QPushButton):
            button.setEnabled(not busy)
