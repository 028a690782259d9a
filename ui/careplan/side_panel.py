"""The form beside the plan tree: the selected item's fields, saved one field at a time.

The rule, shown under the form: **a field is saved when you leave it** (Tab, a click elsewhere, Escape
back to the tree), a choice as soon as it is made, and Ctrl+Enter saves the field you are in. Each save
is its own undo step (except the plan's status, a milestone). A rejected value stays in its field with
the reason under it; a reload never overwrites a field the nurse has changed and not yet saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from ui.careplan.forms import FORMS, GoalLinkEdit, ReferralForm
from ui.careplan.item_info import info_text, kind_title
from ui.i18n import arg
from ui.messages import describe
from ui.theme import success_color
from ui.widgets.form import Form, error_color
from ui.widgets.text import heading, muted

# Service rules about the plan as a whole, shown beside the field that asked for them.
FIELD_OF_RULE = {"problems": "status", "goals": "status"}
IN_PANEL = Qt.ShortcutContext.WidgetWithChildrenShortcut


@dataclass(frozen=True, slots=True)
class FieldEdit:
    kind: str  # "plan" or an item kind
    item_id: str
    name: str
    old: Any
    new: Any


def same(a: Any, b: Any) -> bool:
    blank = (None, "")
    if a in blank and b in blank:
        return True
    return a == b


class PanelForms:
    """The panel's form per item kind, each made the first time it is asked for: six forms are most of
    what the Care plan tab costs to build, and a nurse often looks at two or three kinds."""

    def __init__(self, make: Callable[[str], Form], made: Callable[[Form], None]) -> None:
        self._make, self._on_made = make, made
        self._made: dict[str, Form] = {}

    def __contains__(self, kind: object) -> bool:
        return kind in FORMS

    def __getitem__(self, kind: str) -> Form:
        if kind not in FORMS:
            raise KeyError(kind)
        if kind not in self._made:
            self._made[kind] = form = self._make(kind)
            self._on_made(form)
        return self._made[kind]

    def get(self, kind: str) -> Form | None:
        return self[kind] if kind in FORMS else None

    def made(self) -> list[Form]:
        return list(self._made.values())


class ItemPanel(QWidget):
    field_did_commit = Signal(object)  # FieldEdit
    escape_pressed = Signal()
    form_did_make = Signal(object)  # Form: its fields join the tab order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("careplan_item_panel")
        self.kind = ""
        self.item_id = ""
        self.baseline: dict[str, Any] = {}
        self.sending: dict[str, Any] = {}
        self.read_only = False
        self.title = heading("", self, scale=1.2)
        self.info = muted("", self)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.forms = PanelForms(self._make_form, self.form_did_make.emit)
        self.stack = QStackedWidget(self)
        self.empty = muted(self.tr("Choose an item in the plan to see and change it here."), self)
        self.stack.addWidget(self.empty)
        self._show_page(self.empty)
        self.general_error = QLabel(self)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.state = QLabel(self)
        self.state.setObjectName("careplan_save_state")
        self.state.setAccessibleName(self.tr("Save status"))
        self.hint = muted(self.tr("Each field is saved when you leave it; Ctrl+Enter saves at once. "
                                  "Esc goes back to the plan."), self)
        self._layout()
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self, context=IN_PANEL)
            shortcut.activated.connect(self.commit_focused)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, context=IN_PANEL)
        escape.activated.connect(self._escape)

    def _layout(self) -> None:
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(self.title)
        column.addWidget(self.info)
        column.addWidget(self.stack)
        column.addWidget(self.general_error)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.state)
        layout.addWidget(self.hint)

    def _make_form(self, kind: str) -> Form:
        form = FORMS[kind](self)
        self.stack.addWidget(form)
        self._watch(form)
        if self.read_only:
            self._enable(form, False)
        return form

    def _watch(self, form: Form) -> None:
        for name, editor in form.editors.items():
            editor.installEventFilter(self)
            if isinstance(editor, QComboBox):
                editor.activated.connect(lambda _i, n=name: self.commit(n))
            elif isinstance(editor, QLineEdit):
                editor.returnPressed.connect(lambda n=name: self.commit(n))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            name = self._name_of(watched)
            if name is not None:
                self.commit(name)
        return super().eventFilter(watched, event)

    # ---- what is shown ---------------------------------------------------------------------------

    @property
    def form(self) -> Form | None:
        return self.forms.get(self.kind)

    def show_node(self, node: Any, tree: Any) -> None:
        """Show ``node`` (a tree node, or None); the same item again only takes in what changed."""
        kind = node.kind if node is not None and node.kind in self.forms else ""
        item_id = node.id if kind else ""
        if kind == "referral":
            goal_link = self.forms["referral"].editor("goal_id")
            assert isinstance(goal_link, GoalLinkEdit)
            goal_link.set_goals(tree.goals if tree is not None else ())
        if (kind, item_id) != (self.kind, self.item_id):
            self._switch(kind, item_id, node.view if kind else None)
        elif kind:
            self._take_in(node.view)
        self.title.setText(kind_title(kind) if kind else "")
        self.info.setText(info_text(kind, node.view if kind else None, tree))
        self.info.setVisible(bool(self.info.text()))

    def _switch(self, kind: str, item_id: str, view: Any) -> None:
        self.kind, self.item_id, self.sending = kind, item_id, {}
        self.state.clear()
        self.general_error.hide()
        form = self.form
        self._show_page(form if form is not None else self.empty)
        if form is None:
            self.baseline = {}
            return
        form.clear_errors()
        self.baseline = {name: getattr(view, name) for name in form.editors}
        form.set_values(self.baseline)

    def _show_page(self, page: QWidget) -> None:
        """Only the page on show counts for the stack's size (a long form must not squeeze the info)."""
        for index in range(self.stack.count()):
            other = self.stack.widget(index)
            ignored = QSizePolicy.Policy.Ignored
            other.setSizePolicy(QSizePolicy.Policy.Preferred if other is page else ignored,
                                QSizePolicy.Policy.Preferred if other is page else ignored)
        self.stack.setCurrentWidget(page)
        self.stack.adjustSize()

    def _take_in(self, view: Any) -> None:
        """Stored values replace what is shown, except in fields changed here and not saved yet."""
        form = self.form
        assert form is not None
        for name, editor in form.editors.items():
            stored = getattr(view, name)
            try:
                shown = editor.value()
            except ValueError:
                shown = object()  # unreadable text the nurse typed: keep it
            untouched = same(shown, self.baseline.get(name)) or same(shown, self.sending.get(name, object()))
            if untouched and not same(shown, stored):
                editor.set_value(stored)
            self.baseline[name] = stored

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for form in self.forms.made():
            self._enable(form, not read_only)

    @staticmethod
    def _enable(form: Form, enabled: bool) -> None:
        for editor in form.editors.values():
            editor.setEnabled(enabled)

    def clear(self) -> None:
        """Lock: every value leaves the widgets."""
        self.kind, self.item_id, self.baseline, self.sending = "", "", {}, {}
        for form in self.forms.made():
            form.clear_errors()
            for editor in form.editors.values():
                editor.set_value(None)
            if isinstance(form, ReferralForm):
                goal_link = form.editor("goal_id")
                assert isinstance(goal_link, GoalLinkEdit)
                goal_link.set_goals(())
        self._show_page(self.empty)
        for label in (self.title, self.info, self.state, self.general_error):
            label.clear()
        self.info.hide()
        self.general_error.hide()

    def focus_first(self) -> None:
        form = self.form
        if form is not None and form.editors:
            editor = next(iter(form.editors.values()))
            editor.setFocus(Qt.FocusReason.TabFocusReason)
            if isinstance(editor, QLineEdit | QAbstractSpinBox):
                editor.selectAll()

    # ---- saving ----------------------------------------------------------------------------------

    def commit_focused(self) -> None:
        name = self._name_of(self.focusWidget())
        if name is not None:
            self.commit(name)

    def commit(self, name: str) -> None:
        form = self.form
        if form is None or self.read_only or name not in form.editors:
            return
        try:
            value = form.editor(name).value()
        except ValueError as exc:
            self._show_field_error(ValidationError(name, str(exc)))
            return
        expected = self.sending.get(name, self.baseline.get(name))
        if same(value, expected):
            if name not in self.sending:
                form.clear_error(name)
            return
        self.sending[name] = value
        self._set_state(self.tr("Saving…"), "")
        self.field_did_commit.emit(FieldEdit(self.kind, self.item_id, name, self.baseline.get(name), value))

    def saved(self, edit: FieldEdit, view: Any) -> None:
        if (edit.kind, edit.item_id) != (self.kind, self.item_id):
            return
        form = self.form
        assert form is not None
        form.clear_error(edit.name)
        self._take_in(view)
        self.sending.pop(edit.name, None)
        self.general_error.hide()
        time = QLocale().toString(datetime.now().time(), QLocale.FormatType.ShortFormat)
        self._set_state("✓ " + arg(self.tr("Saved at %1"), time), success_color())

    def failed(self, edit: FieldEdit, exc: BaseException) -> bool:
        """Show why next to the field; False when the panel has moved on to another item."""
        if (edit.kind, edit.item_id) != (self.kind, self.item_id):
            return False
        self.sending.pop(edit.name, None)
        self.state.clear()
        if isinstance(exc, ValidationError):
            field = FIELD_OF_RULE.get(exc.field, exc.field)
            if self.form is not None and field in self.form.editors:
                self._show_field_error(ValidationError(field, exc.message))
                return True
        if edit.kind == "plan" and edit.name == "status":
            self._show_field_error(ValidationError("status", describe(exc)))
            return True
        self.general_error.setText("⚠ " + describe(exc))
        self.general_error.setStyleSheet("color: " + error_color(self) + ";")
        self.general_error.show()
        return True

    def _show_field_error(self, error: ValidationError) -> None:
        form = self.form
        assert form is not None
        form._show_quietly(error)  # Form's way to mark a field without moving the focus

    def _set_state(self, text: str, color: str) -> None:
        self.state.setText(text)
        self.state.setStyleSheet("color: " + color + ";" if color else "")

    def _name_of(self, widget: QObject | None) -> str | None:
        form = self.form
        if form is None or widget is None:
            return None
        for name, editor in form.editors.items():
            if widget is editor or (isinstance(widget, QWidget) and editor.isAncestorOf(widget)):
                return name
        return None

    def _escape(self) -> None:
        self.commit_focused()
        self.escape_pressed.emit()
