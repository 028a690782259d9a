"""A signed note, read-only, with its history: addenda, late entries and corrections in the order they
were signed, the original always visible, an entered-in-error mark with its reason (nothing hidden)."""

from __future__ import annotations

import html
import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui.context import AppContext, Changes
from ui.encounter.addenda import addendum_dialog, entered_in_error_dialog
from ui.encounter.labels import (
    addendum_label,
    kind_label,
    participant_label,
    status_icon,
    status_label,
    vital_label,
    vital_unit,
)
from ui.encounter.vitals import number
from ui.i18n import arg
from ui.ops import DbOp
from ui.widgets.dates import format_date, format_datetime
from ui.widgets.labels import language_name

log = logging.getLogger(__name__)
AMENDABLE = {"signed", "amended"}


def _p(label: str, value: str) -> str:
    return "<p><b>" + html.escape(label) + "</b> " + html.escape(value) + "</p>" if value else ""


def _text(text: str) -> str:
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


class NoteViewer(QDialog):
    def __init__(self, ctx: AppContext, encounter: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.encounter = ctx, encounter
        self.setObjectName("note_viewer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        self.status_icon = QLabel(self)
        self.status_text = QLabel(self)
        self.status_text.setObjectName("note_status")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("note_text")
        self.browser.setAccessibleName(self.tr("Note and its history"))
        self.browser.setOpenLinks(False)
        self.addendum_button = self._button(self.tr("Add &addendum…"), "addendum")
        self.late_button = self._button(self.tr("&Late entry…"), "late_entry")
        self.correction_button = self._button(self.tr("&Correction…"), "correction")
        self.error_button = QPushButton(self.tr("Mark entered in &error…"), self)
        self.error_button.clicked.connect(self.mark_entered_in_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        for button in (self.addendum_button, self.late_button, self.correction_button, self.error_button):
            button.setAutoDefault(False)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        status = QHBoxLayout()
        status.addWidget(self.status_icon)
        status.addWidget(self.status_text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(status)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 640)
        ctx.changes_did_happen.connect(self._changes_did_happen)
        ctx.store_will_close.connect(self.close)
        self.show_encounter(encounter)
        self.browser.setFocus()

    def _button(self, text: str, kind: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName("addendum_" + kind)
        button.clicked.connect(lambda: self.add(kind))
        return button

    def show_encounter(self, e: Any) -> None:
        self.encounter = e
        self.setWindowTitle(arg(self.tr("%1 — %2"), kind_label(e.kind), format_datetime(e.started_at)))
        self.status_icon.setPixmap(status_icon(str(e.status)).pixmap(16, 16))
        self.status_text.setText(self._status_line(e))
        amendable = str(e.status) in AMENDABLE
        for button in (self.addendum_button, self.late_button, self.correction_button, self.error_button):
            button.setEnabled(amendable)
        position = self.browser.verticalScrollBar().value()
        self.browser.setHtml(self._document(e))
        self.browser.verticalScrollBar().setValue(position)

    def _status_line(self, e: Any) -> str:
        text = status_label(e.status)
        if e.signed_at is not None:
            text = arg(self.tr("%1 — signed by %2 on %3"), text, e.signed_by, format_datetime(e.signed_at))
        return text + "  ·  " + self.tr("Signed notes are read-only; changes are added below.")

    def _document(self, e: Any) -> str:
        parts = ["<h2>" + html.escape(arg(self.tr("%1, %2"), kind_label(e.kind), self._when(e))) + "</h2>"]
        if str(e.status) == "entered_in_error":
            parts.append("<p><b>⚠ " + html.escape(self.tr("Entered in error")) + "</b> — "
                         + html.escape(arg(self.tr("reason: %1"), e.error_reason)) + "</p>")
        parts += [
            _p(self.tr("Minutes:"), str(e.minutes)),
            _p(self.tr("Location:"), e.location),
            _p(self.tr("Who took part:"), self._participants(e)),
            _p(self.tr("Written by:"), e.created_by),
            self._vitals(e),
            "<h3>" + html.escape(self.tr("Original note")) + "</h3>",
            _text(e.note or self.tr("(no note)")),
        ]
        if e.addenda:
            parts.append("<h3>" + html.escape(self.tr("History")) + "</h3>")
            parts += [self._addendum(a) for a in e.addenda]
        return "".join(parts)

    def _when(self, e: Any) -> str:
        start = format_datetime(e.started_at)
        return arg(self.tr("%1 to %2"), start, format_datetime(e.ended_at)) if e.ended_at else start

    def _participants(self, e: Any) -> str:
        names = [participant_label(p) for p in e.participants]
        if e.interpreter_language:
            names.append(arg(self.tr("language: %1"), language_name(e.interpreter_language)))
        return ", ".join(names)

    def _vitals(self, e: Any) -> str:
        if not e.vitals:
            return ""
        items = []
        for key, value in e.vitals.items():
            item = " ".join(p for p in (vital_label(key), number(value), vital_unit(key)) if p)
            if key in e.abnormal:
                item += " ⚠ " + self.tr("abnormal")
            items.append(html.escape(item))
        return "<p><b>" + html.escape(self.tr("Vitals:")) + "</b> " + " · ".join(items) + "</p>"

    def _addendum(self, a: Any) -> str:
        head = arg(self.tr("%1 — %2, signed %3"), addendum_label(a.kind), a.signed_by,
                   format_datetime(a.signed_at))
        lines = ["<h4>" + html.escape(head) + "</h4>"]
        if a.service_date is not None:
            lines.append(_p(self.tr("About the date of service:"), format_date(a.service_date)))
        if a.reason:
            lines.append(_p(self.tr("Reason:"), a.reason))
        lines.append(_text(a.text))
        return "".join(lines)

    # ---- actions ---------------------------------------------------------------------------------

    def add(self, kind: str) -> None:
        dialog = addendum_dialog(self.ctx, self, self.encounter, kind)
        dialog.did_save.connect(self.show_encounter)
        dialog.open()

    def mark_entered_in_error(self) -> None:
        dialog = entered_in_error_dialog(self.ctx, self, self.encounter)
        dialog.did_save.connect(self.show_encounter)
        dialog.open()

    def _changes_did_happen(self, changes: Changes) -> None:
        """A sync or another window changed this note: read it again (listing is not audited)."""
        if not changes.touches("encounter", self.encounter.member_id) or not self.ctx.is_unlocked:
            return
        from app.services import encounters

        member_id, encounter_id = self.encounter.member_id, self.encounter.id

        def find(s: Any, _a: Any) -> Any:
            return next((e for e in encounters.list_for(s, member_id) if e.id == encounter_id), None)

        DbOp(self.ctx, None, find).success(self._reloaded).failure(
            lambda exc: log.info("note not reloaded: %s", type(exc).__name__)).run_in_background()

    def _reloaded(self, encounter: Any) -> None:
        if encounter is not None and isValid(self) and self.isVisible():
            self.show_encounter(encounter)


def open_note(ctx: AppContext, parent: QWidget, encounter_id: str) -> None:
    """Open one note read-only: ``encounters.get`` writes the audited view."""
    from app.services import encounters

    def show(view: Any) -> None:
        if not isValid(parent):
            return
        viewer = NoteViewer(ctx, view, parent)
        viewer.show()

    DbOp(ctx, parent, lambda s, a: encounters.get(s, a, encounter_id)).success(show).run_in_background()
