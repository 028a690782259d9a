"""Add or edit a condition, finding its ICD-10-CM code by words or code as the nurse types.

The code tables take ~2 s to load the first time, so searches run off the GUI thread (on the
network worker: a search must not hold up the database writer) and are debounced.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView, QWidget

from app.services import clinical, icd10
from app.services.clinical import ConditionView
from app.services.icd10 import Icd10Code
from ui.chart.forms import ConditionFields
from ui.context import AppContext, Changes
from ui.ops import Op
from ui.widgets.editors import TextEdit
from ui.widgets.form import Form
from ui.widgets.form_dialog import FormDialog
from ui.widgets.table_model import ROW_ROLE, Column, RecordModel
from ui.widgets.table_view import setup_table
from ui.widgets.text import translate

SEARCH_DELAY_MS = 200


class Icd10ResultsModel(RecordModel[Icd10Code]):
    def columns(self) -> list[Column[Icd10Code]]:
        return [Column(self.tr("Code"), lambda c: c.code),
                Column(self.tr("Description"), lambda c: c.description)]


class ConditionDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None, member_id: str,
                 original: ConditionView | None = None) -> None:
        form = self._build_form()
        kind = clinical.conditions
        super().__init__(
            ctx, parent, translate("ConditionDialog", "Edit condition") if original
            else translate("ConditionDialog", "Add a condition"), [("", form)],
            spec=kind.spec, check=kind.check, original=original,
            changes=Changes.of("condition", member_id=member_id),
            submit=lambda v: (lambda s, a: kind.update(s, a, original.id, **v)) if original
            else (lambda s, a: kind.add(s, a, member_id, **v)),
        )
        self.form = form
        self.results_model.setParent(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.finder.textChanged.connect(lambda _t: self._timer.start())
        self.finder.installEventFilter(self)
        self.results.activated.connect(self._pick)
        self._pending: Op[list[Icd10Code]] | None = None
        self.resize(680, 640)
        Op(ctx, self, lambda: icd10.search("a", limit=1), pool="net").run_in_background()  # warm up

    def _build_form(self) -> Form:
        form = ConditionFields(clinical.conditions.spec)
        self.finder = QLineEdit()
        self.finder.setObjectName("icd10_search")
        self.finder.setPlaceholderText(
            translate("ConditionDialog", "Words or a code, e.g. diabetes kidney or E11.2"))
        self.finder.setAccessibleName(translate("ConditionDialog", "Find an ICD-10 code"))
        self.results_model = Icd10ResultsModel()
        self.results = QTableView()
        self.results.setObjectName("icd10_results")
        setup_table(self.results, translate("ConditionDialog", "Matching ICD-10 codes"))
        self.results.setModel(self.results_model)
        self.results.setMinimumHeight(160)
        finder_label = QLabel(translate("ConditionDialog", "&Find a code:"))
        finder_label.setBuddy(self.finder)
        form.layout_.addRow(finder_label, self.finder)
        form.add_widget(self.results)
        form.add("icd10_code", translate("ConditionDialog", "Co&de"), TextEdit(max_length=8))
        form.add_condition_fields()
        return form

    def validate(self) -> dict[str, Any]:
        """As the service does: a code without a description takes the ICD-10 text."""
        code, description = self.form.editor("icd10_code"), self.form.editor("description")
        if code.value().strip() and not description.value().strip():
            # An invalid code is left for the spec check below, which names it next to the field.
            with contextlib.suppress(ValueError):
                description.set_value(icd10.describe(icd10.parse_code(code.value())))
        return super().validate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down from the search box goes to the results; Enter there picks the first match."""
        if watched is self.finder and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.results_model.rowCount():
                self.results.setFocus()
                self.results.selectRow(0)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.results_model.rowCount():
                self._pick(self.results_model.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    def _search(self) -> None:
        query = self.finder.text()
        if self._pending is not None:
            self._pending.cancel()  # only the latest query's results are shown
        self._pending = Op(self.ctx, self, lambda: icd10.search(query, limit=50), pool="net",
                           label=translate("ConditionDialog", "Searching ICD-10 codes"))
        self._pending.success(self._show_results).run_in_background()

    def _show_results(self, codes: list[Icd10Code]) -> None:
        self.results_model.set_records(codes)
        self.results.resizeColumnToContents(0)

    def _pick(self, index: object) -> None:
        code: Icd10Code | None = index.data(ROW_ROLE)  # type: ignore[attr-defined]
        if code is None:
            return
        self.form.editor("icd10_code").set_value(code.code)
        self.form.editor("description").set_value(code.description)
        self.form.clear_error("icd10_code")
        self.form.editor("status").setFocus()
