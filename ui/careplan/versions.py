"""Every saved version of a member's care plan: who saved it, when and why; the plan as that version
held it; what changed since the last progress review; how a version differs from the plan now; and
restoring a version (itself saved as a new version, so a restore can be undone the same way)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model.enums import (
    BarrierKind,
    BarrierStatus,
    CareDomain,
    CarePlanStatus,
    GoalStatus,
    InterventionStatus,
    InterventionType,
    ProblemStatus,
    ReferralStatus,
    ResponsibleParty,
)
from app.services import careplan
from app.services.careplan import PlanChange, PlanTree, VersionView
from ui.careplan import labels as _labels  # noqa: F401  (registers the care plan's enum labels)
from ui.context import AppContext, Changes
from ui.i18n import arg
from ui.messages import show_error
from ui.ops import DbOp
from ui.widgets.dates import format_date, format_datetime
from ui.widgets.labels import label
from ui.widgets.table_model import Column, RecordModel
from ui.widgets.table_view import RecordTable
from ui.widgets.text import heading, muted

_C = "PlanVersions"
REASONS = {
    "baseline": QT_TRANSLATE_NOOP("PlanVersions", "As it was before the first change"),
    "edit": QT_TRANSLATE_NOOP("PlanVersions", "Plan edited"),
    "review": QT_TRANSLATE_NOOP("PlanVersions", "Progress review"),
    "agreement": QT_TRANSLATE_NOOP("PlanVersions", "Member's agreement"),
    "restore": QT_TRANSLATE_NOOP("PlanVersions", "Earlier version restored"),
}
KINDS = {
    "plan": QT_TRANSLATE_NOOP("PlanVersions", "Plan"),
    "problem": QT_TRANSLATE_NOOP("PlanVersions", "Problem"),
    "goal": QT_TRANSLATE_NOOP("PlanVersions", "Goal"),
    "intervention": QT_TRANSLATE_NOOP("PlanVersions", "Intervention"),
    "barrier": QT_TRANSLATE_NOOP("PlanVersions", "Barrier"),
    "referral": QT_TRANSLATE_NOOP("PlanVersions", "Referral"),
}
CHANGES = {
    "added": QT_TRANSLATE_NOOP("PlanVersions", "Added"),
    "removed": QT_TRANSLATE_NOOP("PlanVersions", "Removed"),
    "changed": QT_TRANSLATE_NOOP("PlanVersions", "Changed"),
}
# The care plan's fields as a nurse names them (PlanChange.fields carries the stored names).
FIELDS = {
    "status": QT_TRANSLATE_NOOP("PlanVersions", "status"),
    "title": QT_TRANSLATE_NOOP("PlanVersions", "title"),
    "description": QT_TRANSLATE_NOOP("PlanVersions", "description"),
    "domain": QT_TRANSLATE_NOOP("PlanVersions", "domain"),
    "priority": QT_TRANSLATE_NOOP("PlanVersions", "priority"),
    "text": QT_TRANSLATE_NOOP("PlanVersions", "goal"),
    "member_words": QT_TRANSLATE_NOOP("PlanVersions", "member's words"),
    "term": QT_TRANSLATE_NOOP("PlanVersions", "short or long term"),
    "target_on": QT_TRANSLATE_NOOP("PlanVersions", "target date"),
    "measure": QT_TRANSLATE_NOOP("PlanVersions", "measure"),
    "baseline": QT_TRANSLATE_NOOP("PlanVersions", "baseline"),
    "target_value": QT_TRANSLATE_NOOP("PlanVersions", "target"),
    "member_priority": QT_TRANSLATE_NOOP("PlanVersions", "member's priority"),
    "type": QT_TRANSLATE_NOOP("PlanVersions", "type"),
    "responsible": QT_TRANSLATE_NOOP("PlanVersions", "who is responsible"),
    "frequency": QT_TRANSLATE_NOOP("PlanVersions", "how often"),
    "due_on": QT_TRANSLATE_NOOP("PlanVersions", "due date"),
    "completed_on": QT_TRANSLATE_NOOP("PlanVersions", "completed on"),
    "kind": QT_TRANSLATE_NOOP("PlanVersions", "type"),
    "plan_to_address": QT_TRANSLATE_NOOP("PlanVersions", "plan to address it"),
    "goal_id": QT_TRANSLATE_NOOP("PlanVersions", "goal"),
    "resource_name": QT_TRANSLATE_NOOP("PlanVersions", "resource"),
    "resource_type": QT_TRANSLATE_NOOP("PlanVersions", "resource type"),
    "resource_contact": QT_TRANSLATE_NOOP("PlanVersions", "resource contact"),
    "referred_on": QT_TRANSLATE_NOOP("PlanVersions", "referred on"),
    "follow_up_on": QT_TRANSLATE_NOOP("PlanVersions", "follow-up date"),
    "outcome": QT_TRANSLATE_NOOP("PlanVersions", "outcome"),
    "started_on": QT_TRANSLATE_NOOP("PlanVersions", "start date"),
    "review_due_on": QT_TRANSLATE_NOOP("PlanVersions", "review due"),
    "last_reviewed_on": QT_TRANSLATE_NOOP("PlanVersions", "last reviewed"),
    "self_management_plan": QT_TRANSLATE_NOOP("PlanVersions", "self-management plan"),
    "follow_up_schedule": QT_TRANSLATE_NOOP("PlanVersions", "follow-up schedule"),
    "caregiver_involvement": QT_TRANSLATE_NOOP("PlanVersions", "caregiver involvement"),
    "communicated_to_pcp_on": QT_TRANSLATE_NOOP("PlanVersions", "sent to PCP on"),
}


def _word(table: dict[str, str], key: str) -> str:
    text = table.get(key)
    return QCoreApplication.translate(_C, text) if text else key.replace("_", " ")


def reason_text(reason: str) -> str:
    text = _word(REASONS, reason)
    return text[:1].upper() + text[1:]


class VersionModel(RecordModel[VersionView]):
    def columns(self) -> list[Column[VersionView]]:
        return [
            Column(self.tr("No."), lambda v: str(v.number), sort=lambda v: v.number, numeric=True),
            Column(self.tr("Saved"), lambda v: format_datetime(v.taken_at), sort=lambda v: v.taken_at),
            Column(self.tr("By"), lambda v: v.taken_by),
            Column(self.tr("Why"), lambda v: reason_text(v.reason)),
        ]


class _ReadOnlyTree(QTreeWidget):
    """Rows with some air; a long text is cut to fit, and read whole in its tooltip (or under the tree)."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setAlternatingRowColors(True)
        self.setStyleSheet("QTreeView::item { padding-top: 3px; padding-bottom: 3px; }")

    def add(self, parent: QTreeWidget | QTreeWidgetItem, title: str, *details: str) -> QTreeWidgetItem:
        detail = " · ".join(d for d in details if d)
        item = QTreeWidgetItem(parent, [" ".join(title.split()), detail])
        item.setToolTip(0, title)
        item.setToolTip(1, detail)
        return item


class ChangeList(_ReadOnlyTree):
    """PlanChange lines: what happened (with the fields, in words), to what kind of item, which item."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent, name)
        self.setHeaderLabels([self.tr("Change"), self.tr("Item"), self.tr("What")])
        self.setRootIsDecorated(False)

    def columns(self, change: PlanChange) -> tuple[str, str, str]:
        """e.g. ("Changed: status, target date", "Goal", "Walk 20 minutes a day")."""
        what = _word(CHANGES, change.change)
        if change.fields:
            what = arg(self.tr("%1: %2"), what, ", ".join(_word(FIELDS, f) for f in change.fields))
        return what, _word(KINDS, change.kind), " ".join(change.title.split())

    def fill(self, changes: Sequence[PlanChange], empty: str) -> None:
        self.clear()
        if not changes:
            QTreeWidgetItem(self, ["", "", empty]).setDisabled(True)
        for change in changes:
            item = QTreeWidgetItem(self, list(self.columns(change)))
            item.setToolTip(2, change.title)
            item.setData(0, Qt.ItemDataRole.UserRole, change)
        for column in (0, 1):
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, min(self.columnWidth(column) + 12, 220))


class PlanTreeView(_ReadOnlyTree):
    """A stored plan, read-only: problems → goals → interventions and barriers, then referrals."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent, name)
        self.setHeaderLabels([self.tr("Item"), self.tr("Details")])
        self.setColumnWidth(0, 380)

    def current_text(self) -> str:
        """The current item's whole text and details, for the line under the tree."""
        item = self.currentItem()
        if item is None:
            return ""
        title, details = item.toolTip(0) or item.text(0), item.toolTip(1) or item.text(1)
        return title + ("\n" + details if details else "")

    def fill(self, plan: PlanTree) -> None:
        self.clear()
        if plan.plan is None:
            QTreeWidgetItem(self, [self.tr("This version holds no plan.")]).setDisabled(True)
            return
        self._plan(plan.plan)
        for problem in plan.problems:
            node = self.add(self, arg(self.tr("Problem: %1"), problem.title),
                            label(problem.domain, CareDomain), label(problem.status, ProblemStatus))
            for goal in plan.goals_of(problem.id):
                self._goal(node, plan, goal)
        loose = plan.referrals_of(None)
        if loose:
            node = self.add(self, self.tr("Referrals"))
            for referral in loose:
                self._referral(node, referral)
        self.expandAll()

    def _plan(self, view: Any) -> None:
        due = arg(self.tr("review due %1"), format_date(view.review_due_on)) if view.review_due_on else ""
        node = self.add(self, self.tr("Plan"), label(view.status, CarePlanStatus),
                        arg(self.tr("started %1"), format_date(view.started_on)), due)
        for title, value in ((self.tr("Self-management plan"), view.self_management_plan),
                             (self.tr("Follow-up schedule"), view.follow_up_schedule),
                             (self.tr("Caregiver involvement"), view.caregiver_involvement)):
            if value:
                self.add(node, title, " ".join(value.split()))

    def _goal(self, parent: QTreeWidgetItem, plan: PlanTree, goal: Any) -> None:
        target = arg(self.tr("target %1"), format_date(goal.target_on)) if goal.target_on else ""
        node = self.add(parent, arg(self.tr("Goal: %1"), goal.text), label(goal.status, GoalStatus), target,
                        goal.measure)
        for step in plan.interventions_of(goal.id):
            self.add(node, arg(self.tr("Intervention: %1"), step.description),
                     label(step.type, InterventionType), label(step.responsible, ResponsibleParty),
                     step.frequency, label(step.status, InterventionStatus))
        for barrier in plan.barriers_of(goal.id):
            kind = label(barrier.kind, BarrierKind)
            self.add(node, arg(self.tr("Barrier: %1"), barrier.description or kind), kind,
                     barrier.plan_to_address, label(barrier.status, BarrierStatus))
        for referral in plan.referrals_of(goal.id):
            self._referral(node, referral)

    def _referral(self, parent: QTreeWidgetItem, referral: Any) -> None:
        follow_up = referral.follow_up_on
        self.add(parent, arg(self.tr("Referral: %1"), referral.resource_name), referral.resource_type,
                 label(referral.status, ReferralStatus),
                 arg(self.tr("follow up %1"), format_date(follow_up)) if follow_up else "")


class VersionsDialog(QDialog):
    plan_did_restore = Signal(object)  # PlanTree, the plan as it is after the restore

    def __init__(self, ctx: AppContext, member_id: str, plan_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.member_id, self.plan_id = ctx, member_id, plan_id
        self.busy = False
        self._ops: dict[str, DbOp[Any]] = {}
        self.setObjectName("versions_dialog")
        self.setWindowTitle(self.tr("Care plan versions"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.model = VersionModel(self)
        self.table = RecordTable(self.model, self.tr("Versions"), self.tr("No saved versions yet."), self)
        self.tabs = QTabWidget(self)
        self.version_title = QLabel(self)
        self.version_title.setWordWrap(True)
        self.plan = PlanTreeView(self, self.tr("The plan in this version"))
        self.plan_item = QLabel(self)
        self.plan_item.setObjectName("version_item")
        self.plan_item.setWordWrap(True)
        self.plan_item.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.plan_item.setFrameShape(QFrame.Shape.StyledPanel)
        self.plan_item.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.plan_item.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.plan_item.setMargin(6)
        self.since_review = ChangeList(self, self.tr("What changed since the last review"))
        self.compared = ChangeList(self, self.tr("Compared with the current plan"))
        self.compare_note = muted("", self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("versions_status")
        self._build()
        self.table.view.selectionModel().selectionChanged.connect(lambda *_a: self._selected())
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())
        self.table.view.activated.connect(lambda _i: self.compare())
        self.plan.currentItemChanged.connect(lambda *_a: self.plan_item.setText(self.plan.current_text()))
        ctx.store_will_close.connect(self._locked)
        self.setMinimumSize(860, 520)
        self.resize(1100, 660)
        self.load()

    def _build(self) -> None:
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        versions_label = QLabel(self.tr("&Versions, newest first"), left)
        versions_label.setBuddy(self.table.view)
        column.addWidget(versions_label)
        column.addWidget(self.table, 1)
        self.tabs.addTab(self._page(self.version_title, self.plan, self.plan_item),
                         self.tr("&Plan in this version"))
        self.tabs.addTab(self._page(muted(self.tr(
            "Items added, removed or changed in the plan since its last progress review."), self),
            self.since_review), self.tr("What changed since the last &review"))
        self.tabs.addTab(self._page(self.compare_note, self.compared), self.tr("Compared with c&urrent plan"))
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([360, 720])
        split.setChildrenCollapsible(False)
        self.compare_button = self._button(self.tr("&Compare with current plan"), self.compare)
        self.restore_button = self._button(self.tr("Re&store this version…"), self.confirm_restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)  # Enter on a version compares it; Escape closes
        close.setDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.compare_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Care plan versions"), self, scale=1.3))
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self._update_buttons()

    def _page(self, top: QWidget, body: QWidget, bottom: QWidget | None = None) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.addWidget(top)
        column.addWidget(body, 1)
        if bottom is not None:
            column.addWidget(bottom)
        return page

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _c=False: slot())
        return button

    # ---- loading -------------------------------------------------------------------------------------

    def _run(self, name: str, work: Any, done: Any, changes: Changes | None = None) -> None:
        """One op per purpose: a newer request replaces an older one still in flight."""
        old = self._ops.pop(name, None)
        if old is not None:
            old.cancel()
        op: DbOp[Any] = DbOp(self.ctx, self, work, changes=changes)
        self._ops[name] = op
        op.success(lambda result: self._finished(name, op, done, result)).failure(
            lambda exc: self._op_failed(name, op, exc)).run_in_background()

    def _finished(self, name: str, op: DbOp[Any], done: Any, result: Any) -> None:
        if self._ops.get(name) is op:
            del self._ops[name]
        done(result)

    def _op_failed(self, name: str, op: DbOp[Any], exc: BaseException) -> None:
        if self._ops.get(name) is op:
            del self._ops[name]
        self.busy = False
        self._update_buttons()
        show_error(self, exc)

    def load(self) -> None:
        plan_id = self.plan_id
        self._run("list", lambda s, a: (careplan.versions(s, plan_id),
                                        careplan.changes_since_review(s, plan_id)), self._loaded)

    def _loaded(self, result: tuple[Sequence[VersionView], Sequence[PlanChange]]) -> None:
        versions, since = result
        self.model.set_records(versions)
        self.since_review.fill(since, self.tr("Nothing has changed since the last review."))
        self.table.select_first()
        self._selected()

    def selected(self) -> VersionView | None:
        current = self.table.current()
        return current if isinstance(current, VersionView) else None

    def is_newest(self, version: VersionView) -> bool:
        records = self.model.records()
        return bool(records) and version.id == max(records, key=lambda v: v.number).id

    def _selected(self) -> None:
        version = self.selected()
        self.compared.clear()
        self.compare_note.setText(self.tr("Choose “Compare with current plan” to see what differs."))
        self._update_buttons()
        if version is None:
            self.plan.clear()
            self.version_title.clear()
            self.plan_item.clear()
            return
        self.version_title.setText(arg(self.tr("Version %1 · saved %2 by %3 · %4"), version.number,
                                       format_datetime(version.taken_at), version.taken_by,
                                       reason_text(version.reason)))
        version_id = version.id
        self._run("tree", lambda s, a: careplan.version_tree(s, version_id), self._tree_loaded)
        if self.tabs.currentIndex() == 2:
            self.compare()

    def _tree_loaded(self, tree: PlanTree) -> None:
        self.plan.fill(tree)
        first = self.plan.topLevelItem(0)
        if first is not None:
            self.plan.setCurrentItem(first)

    def _tab_changed(self) -> None:
        if self.tabs.currentIndex() == 2 and self.compared.topLevelItemCount() == 0:
            self.compare()

    # ---- compare -------------------------------------------------------------------------------------

    def compare(self) -> None:
        version = self.selected()
        if version is None:
            return
        self.tabs.setCurrentIndex(2)
        version_id, member_id = version.id, self.member_id
        self.compare_note.setText(arg(self.tr("What differs in the current plan from version %1."),
                                      version.number))
        self._run("compare", lambda s, a: careplan.diff(careplan.version_tree(s, version_id),
                                                        careplan.current(s, member_id)), self._compared)

    def _compared(self, changes: Sequence[PlanChange]) -> None:
        self.compared.fill(changes, self.tr("The current plan is the same as this version."))

    # ---- restore -------------------------------------------------------------------------------------

    def confirm_restore(self) -> None:
        version = self.selected()
        if version is None or self.busy or self.is_newest(version):
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore this version?"), arg(self.tr(
            "Restore version %1, saved %2?"), version.number, format_datetime(version.taken_at)),
            QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(self.tr(
            "The care plan will be put back as it was in that version: items added since are removed, items "
            "removed since come back, and changed items get their earlier values. Progress reviews and "
            "agreements are kept. The restore is saved as a new version, so it can be undone the same way."))
        restore = box.addButton(arg(self.tr("&Restore version %1"), version.number),
                                QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(restore)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda clicked: self.restore(version) if clicked is restore else None)
        self.confirm_box = box
        box.open()

    def restore(self, version: VersionView) -> None:
        if self.busy:
            return
        self.busy = True
        self._update_buttons()
        version_id = version.id
        self._run("restore", lambda s, a: careplan.restore_version(s, a, version_id),
                  lambda tree: self._restored(version, tree),
                  changes=Changes.of("care_plan", member_id=self.member_id))

    def _restored(self, version: VersionView, tree: PlanTree) -> None:
        self.busy = False
        self.status.setText("✓ " + arg(self.tr(
            "Version %1 restored. The plan now matches it; the restore was saved as a new version."),
            version.number))
        self.plan_did_restore.emit(tree)
        self.load()

    def _update_buttons(self) -> None:
        version = self.selected()
        self.compare_button.setEnabled(version is not None)
        can_restore = version is not None and not self.busy and not self.is_newest(version)
        self.restore_button.setEnabled(can_restore)
        if version is not None and self.is_newest(version):
            self.restore_button.setToolTip(self.tr("This is the current plan."))
        else:
            self.restore_button.setToolTip("")

    # ---- lock ------------------------------------------------------------------------------------------

    def _locked(self) -> None:
        for op in self._ops.values():
            op.cancel()
        self._ops.clear()
        self.model.clear()
        for tree in (self.plan, self.since_review, self.compared):
            tree.clear()
        self.version_title.clear()
        self.plan_item.clear()
        self.reject()
