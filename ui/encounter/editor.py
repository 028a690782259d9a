"""The encounter editor: a window of its own per note, so the chart stays usable beside it.

Autosave: 3 s after the last edit, on Ctrl+S, and when Carefield is about to lock, the form goes to
the local Draft table (``encounters.save_draft``). Signing creates the encounter, signs it and drops
the draft in one transaction. Closing the window keeps the draft; Discard deletes it.
"""

from __future__ import annotations

import itertools
import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from ui.context import AppContext, Changes
from ui.encounter.autosave import Autosave
from ui.encounter.form import EncounterForm
from ui.encounter.labels import instrument_label
from ui.encounter.reviewed import ReviewedItems
from ui.encounter.vitals import VitalsGrid
from ui.i18n import arg
from ui.messages import describe, show_error
from ui.ops import DbOp
from ui.widgets.dates import format_date, local_day
from ui.widgets.form import error_color
from ui.widgets.text import heading, muted

log = logging.getLogger(__name__)


class EncounterEditor(QWidget):
    draft_did_save = Signal(object)  # DraftView
    encounter_did_sign = Signal(object)  # EncounterView

    def __init__(self, ctx: AppContext, member_id: str, member_name: str, parent: QWidget | None = None, *,
                 draft: Any = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx, self.member_id, self.member_name = ctx, member_id, member_name
        self.setObjectName("encounter_editor")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(arg(self.tr("Note — %1"), member_name))
        self.finished = self.busy = self.closed = False
        self.confirm_box: QMessageBox | None = None
        self.assessments: Any = None  # EncounterAssessments, made on first use
        self.form = EncounterForm(self)
        self.vitals = VitalsGrid(self)
        self.reviewed = ReviewedItems(self)
        self._build()
        self.autosave = Autosave(ctx, member_id, self.payload, self, draft.id if draft is not None else None)
        self.ref = self.autosave.ref
        self.autosave.state_did_change.connect(self.saved_label.setText)
        self.autosave.draft_did_save.connect(self.draft_did_save)
        self._actions()
        if draft is not None:
            self._restore(draft)
        for signal in (self.form.form_did_change, self.vitals.vitals_did_change,
                       self.reviewed.items_did_change):
            signal.connect(self.autosave.edited)
        self._load_reviewable()
        self.resize(1100, 760)

    # ---- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        title = heading(self.member_name, self, scale=1.3)
        intro = muted(
            self.tr("Saved as you type. A signed note cannot be edited; later changes are addenda."), self)
        left = QScrollArea(self)
        left.setWidgetResizable(True)
        left.setFrameShape(QScrollArea.Shape.NoFrame)
        left.setWidget(self.form)
        right = QVBoxLayout()
        right.addWidget(self.vitals)
        right.addWidget(self.reviewed, 1)
        body = QHBoxLayout()
        body.addWidget(left, 3)
        body.addLayout(right, 2)
        self.general_error = QLabel(self)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.saved_label = QLabel(self.tr("Not saved yet"), self)
        self.saved_label.setObjectName("draft_state")
        self.save_button = QPushButton(self.tr("Sa&ve draft"), self)
        self.discard_button = QPushButton(self.tr("&Discard…"), self)
        self.sign_button = QPushButton(self.tr("&Sign…"), self)
        self.assessment_button = QPushButton(self.tr("Start ne&w assessment…"), self)
        self.assessment_button.setObjectName("start_assessment")
        self.assessment_button.setAccessibleName(self.tr("Start an assessment for this member"))
        self.sign_button.setDefault(False)
        self.sign_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.assessment_button)
        buttons.addWidget(self.saved_label, 1)
        self.assessment_button.setAutoDefault(False)
        for button in (self.save_button, self.discard_button, self.sign_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        self._tab_order()

    def _tab_order(self) -> None:
        f = self.form
        chain: list[QWidget] = [f.kind, f.started, f.ended, f.minutes, f.location, *f.participants.values(),
                                f.interpreter_language, f.template, f.note, *self.vitals.edits.values(),
                                self.reviewed.list, self.assessment_button, self.save_button,
                                self.discard_button, self.sign_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _actions(self) -> None:
        self.save_action = self._action(self.tr("Save draft"), [QKeySequence.StandardKey.Save],
                                        self.save_draft)
        ctrl = Qt.KeyboardModifier.ControlModifier
        self.sign_action = self._action(self.tr("Sign"), [QKeySequence(ctrl | Qt.Key.Key_Return),
                                                          QKeySequence(ctrl | Qt.Key.Key_Enter)], self.sign)
        self.close_action = self._action(self.tr("Close"), [QKeySequence(QKeySequence.StandardKey.Close)],
                                         self.close)
        self.assessment_action = self._action(self.tr("Start assessment"), ["Ctrl+Shift+S"],
                                              self.start_assessment)
        self.assessment_button.clicked.connect(self.start_assessment)
        self.save_button.clicked.connect(self.save_draft)
        self.discard_button.clicked.connect(self.discard)
        self.sign_button.clicked.connect(self.sign)
        native = QKeySequence.SequenceFormat.NativeText
        self.save_button.setToolTip(self.save_action.shortcut().toString(native))
        self.assessment_button.setToolTip(self.assessment_action.shortcut().toString(native))
        self.sign_button.setToolTip(self.sign_action.shortcut().toString(native))

    def _action(self, text: str, keys: list[Any], slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self.form.note.toPlainText():
            self.form.kind.setFocus()
        else:
            self.form.note.setFocus()

    # ---- drafts ----------------------------------------------------------------------------------

    def payload(self) -> dict[str, Any]:
        return self.form.payload() | {"vitals": self.vitals.raw(), "linked_items": self.reviewed.checked()}

    def _restore(self, draft: Any) -> None:
        payload = dict(draft.payload)
        self.form.set_payload(payload)
        self.vitals.set_raw(payload.get("vitals") or {})
        self.reviewed.set_checked(payload.get("linked_items") or ())
        self.autosave.show_saved(draft.saved_at)

    def save_draft(self) -> None:
        self.autosave.save()

    @property
    def dirty(self) -> bool:
        return self.autosave.dirty

    # ---- signing ---------------------------------------------------------------------------------

    def sign(self) -> None:
        if self.busy or self.finished or not self._ready_to_sign():
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Sign this note?"),
                          self.tr("Signed notes cannot be edited; later changes are addenda."),
                          QMessageBox.StandardButton.NoButton, self)
        sign = box.addButton(self.tr("&Sign"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(sign)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda clicked: self._sign_now() if clicked is sign else None)
        self.confirm_box = box
        box.open()

    def _ready_to_sign(self) -> bool:
        """The checks that need no database, with each message next to its field."""
        self._clear_errors()
        ok = self.vitals.check_all()
        form = self.form
        if form.started.dateTime() > form.ended.dateTime():
            ok = False
            form.show_error(ValidationError("ended_at", "end"),
                            self.tr("The end must not be before the start."))
        if form.kind.currentData() != "contact_attempt" and not form.note.toPlainText().strip():
            ok = False
            form.show_error(ValidationError("note", "required"), self.tr("Write the note before signing."))
        if self.vitals.errors():
            first = next(iter(self.vitals.errors()))
            self.vitals.edits[first].setFocus()
        return ok and self._service_rules_hold()

    def _fields(self) -> dict[str, Any]:
        return self.form.fields_for_service() | {"vitals": self.vitals.values(),
                                                 "linked_items": self.reviewed.checked()}

    def _service_rules_hold(self) -> bool:
        """The service's own rules (no database needed), so a refusal comes before the confirmation."""
        from app.services.encounter_fields import SPEC, complete
        from app.services.fields import clean

        try:
            complete(clean(SPEC, self._fields()), {})
        except ValidationError as exc:
            self._show_error(exc)
            return False
        return True

    def _sign_now(self) -> None:
        from app.services import encounters

        try:
            fields = self._fields()
        except ValidationError as exc:
            self._show_error(exc)
            return
        self.autosave.stop()
        ref, member_id = self.ref, self.member_id

        def work(s: Any, a: Any) -> Any:
            view = encounters.create(s, a, member_id, **fields)
            view = encounters.sign(s, a, view.id)
            if ref.id is not None:
                encounters.discard_draft(s, a, ref.id)
            return view

        self._set_busy(True)
        DbOp(self.ctx, self, work, changes=Changes.of("encounter", "member", member_id=member_id),
             label=self.tr("Signing the note")).success(self._if_open(self._signed)).failure(
            self._if_open(self._sign_failed)).run_in_background()

    def _signed(self, view: Any) -> None:
        self.finished = True
        self._set_busy(False)
        self.encounter_did_sign.emit(view)
        self.close()

    def _sign_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.autosave.resume()
        if isinstance(exc, ValidationError):
            self._show_error(exc)
        else:
            show_error(self, exc)

    def _show_error(self, error: ValidationError) -> None:
        if self.form.show_error(error) or self.vitals.show_error(error):
            return
        self.general_error.setText("⚠ " + describe(error))
        self.general_error.setStyleSheet("color: " + error_color(self) + ";")
        self.general_error.show()

    def _clear_errors(self) -> None:
        self.form.clear_errors()
        self.general_error.hide()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (self.save_button, self.discard_button, self.sign_button):
            button.setEnabled(not busy)

    # ---- discard and close -----------------------------------------------------------------------

    def discard(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Discard this note?"),
            self.tr("What you typed in this note will be deleted. This cannot be undone."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Discard:
            return
        self.finished = True
        DbOp(self.ctx, self.parentWidget(), self.autosave.discard_work()).run_in_background()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing keeps what was typed: the draft is offered again under "Unfinished notes"."""
        if self.busy and self.ctx.is_unlocked:  # a signature on its way must find the window (ms)
            event.ignore()
            return
        if not self.finished:
            self.autosave.save_and_stop()
        self.autosave.stop()
        self.finished = self.closed = True
        super().closeEvent(event)

    def _if_open(self, fn: Any) -> Any:
        """A result for this window, dropped if the window has closed meanwhile (it is deleted on close)."""

        def deliver(value: Any) -> None:
            if not self.closed:
                fn(value)

        return deliver

    # ---- assessments given at this contact ------------------------------------------------------

    def start_assessment(self) -> Any:
        """The chart's picker and runner for this note's member; what it stores is checked here."""
        if self.finished or not self.ctx.is_unlocked:
            return None
        from ui.assessment.from_encounter import EncounterAssessments

        if self.assessments is None:
            self.assessments = EncounterAssessments(self.ctx, self.member_id, self.member_name, self)
            self.assessments.response_did_store.connect(self._assessment_stored)
        return self.assessments.start()

    def _assessment_stored(self, response_id: str) -> None:
        if self.closed:
            return
        if response_id not in self.reviewed.checked():
            self.reviewed.set_checked([*self.reviewed.checked(), response_id])
            self.autosave.edited()
        self._load_reviewable()

    # ---- what can be linked ----------------------------------------------------------------------

    def _load_reviewable(self) -> None:
        if not self.ctx.is_unlocked:
            return
        from ui.encounter.data import reviewable

        member_id = self.member_id
        DbOp(self.ctx, None, lambda s, _a: reviewable(s, member_id)).success(
            self._if_open(self._show_reviewable)).failure(
            lambda exc: log.info("reviewable items not loaded: %s", type(exc).__name__)).run_in_background()

    def _show_reviewable(self, entries: list[Any]) -> None:
        items = []
        for e in entries:
            text = arg(self.tr("%1 — %2", "date — assessment"), format_date(local_day(e.at)),
                       instrument_label(e.title))
            items.append((e.ref_id, text + (" · " + e.detail if e.detail else "")))
        self.reviewed.set_candidates(items)
