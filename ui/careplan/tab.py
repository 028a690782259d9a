"""The chart's Care plan tab: suggestions from assessments on top, a row of commands, then the plan tree
beside the selected item's form (or, with no plan yet, a way to start one).

Keyboard: Tab goes tree → form → buttons. In the tree, Enter opens the item's form, Insert adds an item
like the selected one (a problem when the plan row or a problem is selected), Ctrl+Insert opens the Add
menu, Delete removes, Ctrl+Shift+Up/Down moves a problem or goal; Esc in the form returns to the tree.
Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y undo and redo this session's changes; Ctrl+R reviews the goal's progress.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.model.enums import CarePlanStatus
from app.services.careplan import PlanTree
from ui.careplan.rules import ITEM_KINDS, ancestor, kind_like, neighbour, parent_for
from ui.careplan.side_panel import ItemPanel
from ui.careplan.tree_model import NODE_ROLE, Node, PlanTreeModel
from ui.careplan.tree_view import PlanTreeView
from ui.i18n import arg
from ui.widgets.text import heading, muted

IN_TAB = Qt.ShortcutContext.WidgetWithChildrenShortcut


class CarePlanTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tab_care_plan")
        self.tree_data: PlanTree | None = None
        self.pending_key = ""  # select this item once a reload shows it (a new item)
        self.pending_focus = False  # and move the focus to the tree (a plan just started)
        self.model = PlanTreeModel(self)
        self.tree = PlanTreeView(self.model, self)
        self.panel = ItemPanel(self)
        self.proposals: QWidget | None = None
        self._build_actions()
        self._build_buttons()
        self._build_pages()
        self._layout()
        self.command_row.hide()
        self.tree.selectionModel().currentRowChanged.connect(lambda *_a: self._current_changed())
        self.tree.activated.connect(lambda _i: self.panel.focus_first())
        self.panel.escape_pressed.connect(self.tree.setFocus)
        self.panel.form_did_make.connect(lambda _form: self.fix_tab_order())
        self.setFocusProxy(self.tree)
        self.update_actions()

    # ---- commands --------------------------------------------------------------------------------

    def _action(self, text: str, keys: list[str] | None = None, *, on: QWidget | None = None,
                context: Qt.ShortcutContext = IN_TAB) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(context)
            native = QKeySequence.SequenceFormat.NativeText
            action.setToolTip(arg(self.tr("%1 (%2)", "command (shortcut)"), text.replace("&", ""),
                                  action.shortcut().toString(native)))
        (on or self).addAction(action)
        return action

    def _build_actions(self) -> None:
        in_tree = Qt.ShortcutContext.WidgetShortcut
        self.add_like_action = self._action(self.tr("Add"), ["Ins"], on=self.tree, context=in_tree)
        self.add_actions = {
            "problem": self._action(self.tr("&Problem…")), "goal": self._action(self.tr("&Goal…")),
            "intervention": self._action(self.tr("&Intervention…")),
            "barrier": self._action(self.tr("&Barrier…")), "referral": self._action(self.tr("&Referral…")),
        }
        self.library_action = self._action(self.tr("From the care-plan &library…"))
        self.add_menu = QMenu(self)
        self.add_menu.addActions(list(self.add_actions.values()))
        self.add_menu.addSeparator()
        self.add_menu.addAction(self.library_action)
        self.add_menu_action = self._action(self.tr("Add menu"), ["Ctrl+Ins"])
        self.add_menu_action.triggered.connect(self.popup_add_menu)
        self.remove_action = self._action(self.tr("Remove"), ["Del"], on=self.tree, context=in_tree)
        self.up_action = self._action(self.tr("Move up"), ["Ctrl+Shift+Up"], on=self.tree, context=in_tree)
        self.down_action = self._action(self.tr("Move down"), ["Ctrl+Shift+Down"], on=self.tree,
                                        context=in_tree)
        self.review_action = self._action(self.tr("Revie&w progress…"), ["Ctrl+R"])
        self.agreement_action = self._action(self.tr("Member agreeme&nt…"))
        self.versions_action = self._action(self.tr("&Versions…"))
        self.start_action = self._action(self.tr("Start a care &plan"))

    def _build_buttons(self) -> None:
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setMenu(self.add_menu)
        self.add_button.setToolTip(self.tr("Add an item (Ctrl+Ins; Ins adds one like the selected item)"))
        self.remove_button = self._tool(self.remove_action)
        self.up_button = self._tool(self.up_action)
        self.down_button = self._tool(self.down_action)
        self.review_button = self._tool(self.review_action)
        self.agreement_button = self._tool(self.agreement_action)
        self.versions_button = self._tool(self.versions_action)
        self.new_plan_button = self._tool(self.start_action)  # shown when the plan on screen is closed
        self.undo_button = QToolButton(self)
        self.redo_button = QToolButton(self)

    def _tool(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        action.setIconText(action.text())  # keeps the mnemonic and "…", which the default icon text drops
        button.setDefaultAction(action)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        return button

    def set_undo_actions(self, undo: QAction, redo: QAction) -> None:
        for action, keys, button in ((undo, ["Ctrl+Z"], self.undo_button),
                                     (redo, ["Ctrl+Shift+Z", "Ctrl+Y"], self.redo_button)):
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(IN_TAB)
            self.addAction(action)
            button.setDefaultAction(action)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def popup_add_menu(self) -> None:
        rect = self.tree.visualRect(self.tree.currentIndex())
        spot = self.tree.viewport().mapToGlobal(rect.bottomLeft() if rect.isValid() else rect.topLeft())
        self.add_menu.popup(spot)
        self.add_menu.setActiveAction(next((a for a in self.add_menu.actions() if a.isEnabled()), None))

    # ---- layout ----------------------------------------------------------------------------------

    def _build_pages(self) -> None:
        self.pages = QStackedWidget(self)
        self.empty_page = QWidget(self)
        column = QVBoxLayout(self.empty_page)
        column.addStretch(1)
        column.addWidget(heading(self.tr("No care plan yet"), self.empty_page, scale=1.2))
        column.addWidget(muted(self.tr(
            "Write the plan with the member: problems in order of priority, goals in the member's own words "
            "with target dates, who does what, the barriers and how to address them, and referrals."),
            self.empty_page))
        self.start_button = QPushButton(self.tr("Start a care &plan"), self.empty_page)
        self.start_button.clicked.connect(lambda _c=False: self.start_action.trigger())
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(2)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(self.tree)
        self.split.addWidget(self.panel)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes([600, 400])
        self.split.setChildrenCollapsible(False)
        self.message = QLabel(self.tr("Opening the care plan…"), self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        for page in (self.message, self.empty_page, self.split):
            self.pages.addWidget(page)

    def _layout(self) -> None:
        self.command_row = QWidget(self)  # only with a plan on screen: without one, nothing here applies
        self.commands = QHBoxLayout(self.command_row)
        self.commands.setContentsMargins(0, 0, 0, 0)
        for widget in (self.add_button, self.remove_button, self.up_button, self.down_button):
            self.commands.addWidget(widget)
        self.commands.addSpacing(12)
        for widget in (self.review_button, self.agreement_button, self.versions_button, self.new_plan_button):
            self.commands.addWidget(widget)
        self.commands.addStretch(1)
        self.commands.addWidget(self.undo_button)
        self.commands.addWidget(self.redo_button)
        self.column = QVBoxLayout(self)
        self.column.addWidget(self.command_row)
        self.column.addWidget(self.pages, 1)

    def set_proposals(self, panel: QWidget) -> None:
        self.proposals = panel
        self.column.insertWidget(0, panel)

    def fix_tab_order(self) -> None:
        """Tree, then the form's fields, then the buttons (the proposals, when shown, come last); again
        whenever the panel makes a form (ui/careplan/side_panel.py makes each when first needed)."""
        chain: list[QWidget] = [self.tree]
        for form in self.panel.forms.made():
            chain += list(form.editors.values())
        chain += [self.start_button, self.add_button, self.remove_button, self.up_button, self.down_button,
                  self.review_button, self.agreement_button, self.versions_button, self.new_plan_button,
                  self.undo_button, self.redo_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ---- contents --------------------------------------------------------------------------------

    def set_tree(self, tree: PlanTree) -> None:
        key, row = self.pending_key or self.tree.current_key(), self._current_row()
        self.pending_key = ""
        focus = QApplication.focusWidget()
        keep_focus = focus is not None and (focus is self.tree or self.empty_page.isAncestorOf(focus))
        self.tree_data = tree
        self.model.set_tree(tree)
        self.pages.setCurrentWidget(self.split if tree.plan is not None else self.empty_page)
        self.command_row.setVisible(tree.plan is not None)
        self.setFocusProxy(self.tree if tree.plan is not None else self.start_button)
        self.tree.after_reload(key or "plan:" + (tree.plan.id if tree.plan else ""), row)
        self.panel.set_read_only(self.closed)
        self._current_changed()
        if (keep_focus or self.pending_focus) and self.pages.currentWidget() is self.split:
            self.tree.setFocus()
        self.pending_focus = False

    def clear(self, message: str) -> None:
        self.tree_data = None
        self.pending_key = ""
        self.model.clear()
        self.panel.clear()
        self.tree.collapsed_keys.clear()
        self.message.setText(message)
        self.pages.setCurrentWidget(self.message)
        self.command_row.hide()
        self.update_actions()

    @property
    def closed(self) -> bool:
        plan = self.tree_data.plan if self.tree_data else None
        return plan is not None and plan.status == CarePlanStatus.CLOSED

    def current_node(self) -> Node | None:
        index = self.tree.currentIndex()
        return index.data(NODE_ROLE) if index.isValid() else None

    def _current_row(self) -> int:
        index = self.tree.currentIndex()
        return index.row() if index.isValid() and not index.parent().isValid() else 0

    def _current_changed(self) -> None:
        self.panel.show_node(self.current_node(), self.tree_data)
        self.update_actions()

    # ---- what can be done now --------------------------------------------------------------------

    def update_actions(self) -> None:
        node, tree = self.current_node(), self.tree_data
        plan = tree.plan if tree else None
        writable = plan is not None and not self.closed
        self.start_action.setEnabled(tree is not None and (plan is None or self.closed))
        self.start_button.setEnabled(self.start_action.isEnabled())
        self.new_plan_button.setVisible(self.closed)
        for kind, action in self.add_actions.items():
            action.setEnabled(writable and self.parent_for(kind) is not None)
        self.library_action.setEnabled(writable)
        self.add_button.setEnabled(writable)
        self.add_menu_action.setEnabled(writable)
        self.add_like_action.setEnabled(writable and node is not None)
        self.remove_action.setEnabled(writable and node is not None and node.kind in ITEM_KINDS)
        self.up_action.setEnabled(writable and self.neighbour(-1) is not None)
        self.down_action.setEnabled(writable and self.neighbour(1) is not None)
        self.review_action.setEnabled(writable and ancestor(node, "goal") is not None)
        self.agreement_action.setEnabled(writable)
        self.versions_action.setEnabled(plan is not None)

    def parent_for(self, kind: str) -> str | None:
        return parent_for(self.tree_data.plan if self.tree_data else None, self.current_node(), kind)

    def kind_like_current(self) -> str:
        return kind_like(self.current_node())

    def neighbour(self, step: int) -> Node | None:
        return neighbour(self.current_node(), step)

    def on(self, action: QAction, slot: Callable[[], Any]) -> None:
        action.triggered.connect(lambda _c=False: slot())

    def index_of_key(self, key: str) -> QModelIndex:
        return self.model.find(key)

