"""Starting an assessment from an open encounter note: the same picker and runner the chart uses, for the
note's member. When the runner completes (or saves) the response, the note hears its id so the
"Reviewed at this contact" checklist can show it checked and link it when the note is signed."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from ui.assessment.picker import InstrumentPicker
from ui.assessment.runner import AssessmentRunner
from ui.context import AppContext
from ui.ops import DbOp

log = logging.getLogger(__name__)


def member_language(session: Any, member_id: str) -> str:
    from app.services import members

    return members.peek(session, member_id).preferred_language or "en"


class EncounterAssessments(QObject):
    response_did_store = Signal(str)  # the response id, saved or completed

    def __init__(self, ctx: AppContext, member_id: str, member_name: str, window: QWidget) -> None:
        super().__init__(window)
        self.ctx, self.member_id, self.member_name, self.window = ctx, member_id, member_name, window
        self.picker: InstrumentPicker | None = None
        self.runner: AssessmentRunner | None = None

    def start(self) -> InstrumentPicker:
        """Pick an instrument; the runner opens once the member's reading language is known."""
        picker = InstrumentPicker(self.member_name, self.window)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.accepted.connect(lambda: self._chosen(picker.chosen()))
        self.picker = picker
        picker.open()
        return picker

    def _chosen(self, instrument_id: str | None) -> None:
        if not instrument_id:
            return
        member_id = self.member_id
        DbOp(self.ctx, self.window, lambda s, _a: member_language(s, member_id)).success(
            lambda language: self._open(instrument_id, language)).failure(
            lambda exc: log.info("member language not read: %s", type(exc).__name__)).run_in_background()

    def _open(self, instrument_id: str, language: str) -> None:
        # Owned by the main window, like the chart's runners: closing the note must not lose answers.
        owner = self.window.parentWidget() or self.window
        runner = AssessmentRunner(self.ctx, self.member_id, self.member_name, instrument_id, language, owner)
        runner.assessment_did_complete.connect(lambda result: self._stored(result.assessment.id))
        runner.assessment_did_save.connect(self._stored)
        self.runner = runner
        runner.show()
        runner.activateWindow()

    def _stored(self, response_id: str) -> None:
        if isValid(self):  # the note may have been closed while the runner stayed open
            self.response_did_store.emit(response_id)
