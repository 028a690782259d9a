"""A dialog around one or more Forms: validate with the service's own spec before anything is sent,
then save in a DbOp; a message from the service lands next to its field and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.services.fields import Field, clean
from ui.context import AppContext, Changes
from ui.messages import describe, show_error
from ui.ops import DbOp
from ui.widgets.form import Form, error_color

Work = Callable[[Any, Any], Any]  # (session, actor) -> result


class FormDialog(QDialog):
    """``submit(cleaned)`` returns the DbOp work; for an edit (``original`` given) only changed fields
    are sent, and nothing is sent when nothing changed."""

    did_save = Signal(object)  # the service's result

    def __init__(
        self, ctx: AppContext, parent: QWidget | None, title: str, forms: list[tuple[str, Form]], *,
        spec: Mapping[str, Field], submit: Callable[[dict[str, Any]], Work], changes: Changes | None,
        check: Callable[[dict[str, Any]], None] | None = None, original: object | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.spec, self.submit, self.changes = ctx, spec, submit, changes
        self.check, self.original = check, original
        self.forms = [form for _, form in forms]
        self.saving = False
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        self.body = self._body(forms)
        layout.addWidget(self.body)
        layout.addStretch(1)  # extra height below the fields, not inside them
        self.setMinimumWidth(480)
        self.general_error = QLabel(self)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        layout.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if original is not None:
            for form in self.forms:
                form.set_values(original)

    def _body(self, forms: list[tuple[str, Form]]) -> QWidget:
        if len(forms) == 1:
            return forms[0][1]
        tabs = QTabWidget(self)
        for title, form in forms:
            tabs.addTab(form, title)
        return tabs

    @property
    def save_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for form in self.forms:
            out |= form.values()
        return out

    def save(self) -> None:
        self._clear_errors()
        try:
            cleaned = self.validate()
        except ValidationError as exc:
            for form in self.forms:  # every field that is wrong on its own, not just the first
                form.report_field_errors(partial=self.original is not None)
            self.show_error(exc)
            return
        if self.original is not None:
            cleaned = {k: v for k, v in cleaned.items() if getattr(self.original, k, None) != v}
            if not cleaned:
                self.accept()
                return
        self._set_saving(True)
        DbOp(self.ctx, self, self.submit(cleaned), changes=self.changes).success(self._saved).failure(
            self._failed
        ).run_in_background()

    def validate(self) -> dict[str, Any]:
        """The service's rules, run here first (no database needed) so messages appear at once."""
        cleaned = clean(self.spec, self.values(), partial=self.original is not None)
        if self.check is not None:
            before = {n: getattr(self.original, n) for n in self.spec if hasattr(self.original, n)}
            self.check(before | cleaned)
        return cleaned

    def show_error(self, error: ValidationError) -> None:
        for index, form in enumerate(self.forms):
            if form.show_error(error):
                if isinstance(self.body, QTabWidget):
                    self.body.setCurrentIndex(index)
                    form.editor(error.field).setFocus()
                return
        self.general_error.setText("⚠ " + describe(error))
        self.general_error.setStyleSheet("color: " + error_color(self) + ";")
        self.general_error.show()

    def _clear_errors(self) -> None:
        for form in self.forms:
            form.clear_errors()
        self.general_error.hide()

    def _set_saving(self, saving: bool) -> None:
        """While a save is in flight the dialog stays: its result must find it (it takes milliseconds)."""
        self.saving = saving
        self.buttons.setEnabled(not saving)

    def reject(self) -> None:
        if not self.saving:
            super().reject()

    def _saved(self, result: object) -> None:
        self._set_saving(False)
        self.did_save.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        if isinstance(exc, ValidationError):
            self.show_error(exc)
        else:
            show_error(self, exc)
