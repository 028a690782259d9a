"""Choosing a starter problem from the care-plan library: find it as you type, read what it holds (its
goals, each with its interventions and barriers, a referral, a self-management line), untick the goals
that do not fit, and pick the language the plan is written in. Nothing is written here: after
``accepted``, ``chosen()`` says what the nurse picked and the caller adds it."""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import careplan_library
from app.careplan_library import LibraryGoal, LibraryProblem
from app.model.enums import BarrierKind, CareDomain, GoalTerm, InterventionType, ResponsibleParty
from ui.careplan import labels as _labels  # noqa: F401  (registers the care plan's enum labels)
from ui.i18n import LANGUAGES, arg
from ui.widgets.labels import label
from ui.widgets.text import heading, muted

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
Choice = tuple[str, tuple[str, ...], str]


def folded(text: str) -> str:
    """Lower case without accents, so "depresion" finds "Depresión"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class _ClickLabel(QLabel):
    """A wrapped goal text that ticks its check box when clicked, as a check box's own text would."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.box = box
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.toggle()
        super().mouseReleaseEvent(event)


class LibraryPicker(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library_picker")
        self.setWindowTitle(self.tr("Add a problem from the library"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # deleted later: chosen() works in `accepted`
        self.problems: Sequence[LibraryProblem] = careplan_library.library()
        self.goal_boxes: dict[str, QCheckBox] = {}
        self._checked: dict[str, set[str]] = {}  # unticked goals survive a language switch
        self.language = QComboBox(self)
        self.language.setObjectName("library_language")
        for code in careplan_library.LANGUAGES:
            self.language.addItem(LANGUAGES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.find = QLineEdit(self)
        self.find.setObjectName("library_find")
        self.find.setClearButtonEnabled(True)
        self.find.setPlaceholderText(self.tr("Type part of a problem, e.g. diabetes or food"))
        self.list = QTreeWidget(self)
        self.list.setObjectName("library_list")
        self.list.setAccessibleName(self.tr("Library problems"))
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels([self.tr("Problem"), self.tr("Domain")])
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = muted(self.tr("No library problem matches what you typed."), self)
        self.empty.hide()
        self.detail = QWidget(self)
        self.detail_layout = QVBoxLayout(self.detail)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        accept_role = QDialogButtonBox.ButtonRole.AcceptRole
        self.add_button = self.buttons.addButton(self.tr("&Add to plan"), accept_role)
        self.add_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._build()
        self._fill_list()
        self.find.textChanged.connect(lambda _t: self._filter())
        self.find.installEventFilter(self)
        self.list.currentItemChanged.connect(lambda *_a: self._show_current())
        self.list.itemActivated.connect(lambda _i, _c: self.accept())
        self.language.currentIndexChanged.connect(lambda _i: self._language_changed())
        self.setMinimumSize(820, 520)
        self.resize(960, 620)
        self.find.setFocus()

    def _build(self) -> None:
        language_label = QLabel(self.tr("Write the plan in &language:"), self)
        language_label.setBuddy(self.language)
        find_label = QLabel(self.tr("&Find:"), self)
        find_label.setBuddy(self.find)
        top = QHBoxLayout()
        top.addWidget(find_label)
        top.addWidget(self.find, 1)
        top.addSpacing(16)
        top.addWidget(language_label)
        top.addWidget(self.language)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list, 1)
        column.addWidget(self.empty)
        scroll = self.scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setWidget(self.detail)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(scroll)
        split.setSizes([380, 560])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)

    # ---- what the nurse picked -------------------------------------------------------------------------

    def current_language(self) -> str:
        return str(self.language.currentData())

    def current_problem(self) -> LibraryProblem | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        key = item.data(0, KEY_ROLE)
        return next((p for p in self.problems if p.key == key), None)

    def checked_goals(self) -> tuple[str, ...]:
        return tuple(key for key, box in self.goal_boxes.items() if box.isChecked())

    def chosen(self) -> Choice | None:
        """(problem key, goal keys ticked, language) once accepted; None otherwise."""
        problem = self.current_problem()
        if self.result() != QDialog.DialogCode.Accepted or problem is None:
            return None
        return problem.key, self.checked_goals(), self.current_language()

    def accept(self) -> None:
        if self.current_problem() is None:
            return
        super().accept()

    # ---- the list ---------------------------------------------------------------------------------------

    def _fill_list(self) -> None:
        language = self.current_language()
        current = self.current_problem()
        self.list.clear()
        for problem in self.problems:
            texts = [problem.title.text(language), label(problem.domain, CareDomain)]
            item = QTreeWidgetItem(self.list, texts)
            item.setData(0, KEY_ROLE, problem.key)
            item.setToolTip(0, problem.description.text(language))
        self._filter(keep=current.key if current else None)

    def _matches(self, problem: LibraryProblem, words: list[str]) -> bool:
        haystack = folded(" ".join([
            problem.title.text(self.current_language()), problem.title.text("en"), problem.key,
            problem.description.text(self.current_language()), label(problem.domain, CareDomain)]))
        return all(word in haystack for word in words)

    def _filter(self, keep: str | None = None) -> None:
        words = folded(self.find.text()).split()
        first_visible: QTreeWidgetItem | None = None
        keep = keep or (self.list.currentItem().data(0, KEY_ROLE) if self.list.currentItem() else None)
        chosen: QTreeWidgetItem | None = None
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            problem = self.problems[index]
            item.setHidden(not self._matches(problem, words))
            if not item.isHidden():
                first_visible = first_visible or item
                if problem.key == keep:
                    chosen = item
        self.empty.setVisible(first_visible is None)
        self.list.setCurrentItem(chosen or first_visible)  # type: ignore[arg-type]
        self._show_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys in the find box move through the list, so typing and choosing need no Tab."""
        if watched is self.find and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._step(1 if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) else -1)
                return True
        return super().eventFilter(watched, event)

    def _step(self, direction: int) -> None:
        visible = [self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())
                   if not self.list.topLevelItem(i).isHidden()]
        if not visible:
            return
        current = self.list.currentItem()
        index = visible.index(current) if current in visible else -1
        self.list.setCurrentItem(visible[max(0, min(len(visible) - 1, index + direction))])

    def _language_changed(self) -> None:
        self._remember_checks()
        self._fill_list()

    # ---- the detail ---------------------------------------------------------------------------------------

    def _remember_checks(self) -> None:
        shown = self.detail.property("problem_key")
        if shown:
            self._checked[str(shown)] = set(self.checked_goals())

    def _show_current(self) -> None:
        self._remember_checks()
        self._clear_detail()
        problem = self.current_problem()
        self.add_button.setEnabled(problem is not None)
        self.detail.setProperty("problem_key", problem.key if problem else "")
        if problem is None:
            self.detail_layout.addWidget(muted(self.tr("Choose a problem to see its goals."), self.detail))
            self.detail_layout.addStretch(1)
            return
        self._show_problem(problem, self.current_language())
        self.scroll.verticalScrollBar().setValue(0)
        self._chain_tabs()

    def _chain_tabs(self) -> None:
        """Find → list → language → the goals' boxes → Add, so Tab walks the dialog as it reads."""
        chain = [self.find, self.list, self.language, *self.goal_boxes.values(), self.add_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _clear_detail(self) -> None:
        self.goal_boxes = {}
        while self.detail_layout.count():
            item = self.detail_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # out of findChild's reach at once, not at the next event loop
                widget.deleteLater()

    def _show_problem(self, problem: LibraryProblem, language: str) -> None:
        add = self.detail_layout.addWidget
        title = heading(problem.title.text(language), self.detail, scale=1.3)
        title.setObjectName("library_title")
        title.setWordWrap(True)
        add(title)
        add(muted(label(problem.domain, CareDomain), self.detail))
        description = QLabel(problem.description.text(language), self.detail)
        description.setObjectName("library_description")
        description.setWordWrap(True)
        add(description)
        add(heading(self.tr("Goals to add"), self.detail, scale=1.1))
        ticked = self._checked.get(problem.key)
        for goal in problem.goals:
            add(self._goal_row(goal, language, ticked is None or goal.key in ticked))
        if problem.referral is not None:
            referral = problem.referral.description.text(language)
            add(_line(arg(self.tr("Referral: %1"), referral), self.detail))
        if problem.self_management is not None:
            own = problem.self_management.text(language)
            add(_line(arg(self.tr("Self-management: %1"), own), self.detail))
        self.detail_layout.addStretch(1)

    def _goal_row(self, goal: LibraryGoal, language: str, checked: bool) -> QWidget:
        row = QWidget(self.detail)
        grid = QHBoxLayout(row)
        grid.setContentsMargins(0, 4, 0, 4)
        box = QCheckBox(row)
        box.setObjectName("goal_" + goal.key)
        box.setChecked(checked)
        box.setAccessibleName(goal.text.text(language))
        self.goal_boxes[goal.key] = box
        text = QVBoxLayout()
        text.setSpacing(2)
        goal_text = _ClickLabel(goal.text.text(language), box, row)
        font = goal_text.font()
        font.setBold(True)
        goal_text.setFont(font)
        text.addWidget(goal_text)
        text.addWidget(muted(self._goal_facts(goal, language), row))
        for step in goal.interventions:
            what = _with_frequency(step.description.text(language), step.frequency.text(language))
            kind, who = label(step.type, InterventionType), label(step.responsible, ResponsibleParty)
            text.addWidget(_line("• " + arg(self.tr("%1 (%2): %3"), kind, who, what), row))
        for barrier in goal.barriers:
            text.addWidget(_line("• " + arg(self.tr("Barrier, %1: %2"), label(barrier.kind, BarrierKind),
                                            barrier.plan_to_address.text(language)
                                            or barrier.description.text(language)), row))
        grid.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(text, 1)
        return row

    def _goal_facts(self, goal: LibraryGoal, language: str) -> str:
        parts = [label(goal.term, GoalTerm), arg(self.tr("target date in %1 months"), goal.months)]
        if goal.measure.text(language):
            parts.append(arg(self.tr("measure: %1"), goal.measure.text(language)))
        if goal.target_value.text(language):
            parts.append(arg(self.tr("target: %1"), goal.target_value.text(language)))
        return " · ".join(parts)


def _with_frequency(description: str, frequency: str) -> str:
    return f"{description} — {frequency}" if frequency else description


def _line(text: str, parent: QWidget) -> QLabel:
    line = QLabel(text, parent)
    line.setWordWrap(True)
    return line
