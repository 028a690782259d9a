"""Unfinished notes: drafts autosaved before a crash, a kill or a close, offered back after unlock.

Non-modal: the nurse can look at a chart first. Restore reopens the editor with exactly what was typed;
Discard deletes the draft after a confirmation.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from ui.context import AppContext
from ui.encounter.labels import kind_label
from ui.ops import DbOp
from ui.widgets.dates import format_datetime
from ui.widgets.table_model import Column, RecordModel
from ui.widgets.table_view import RecordTable
from ui.widgets.text import muted

log = logging.getLogger(__name__)
PREVIEW_CHARS = 80


@dataclass(frozen=True, slots=True)
class DraftRow:
    draft: Any  # DraftView
    member_name: str

    @property
    def id(self) -> str:
        return str(self.draft.id)


class DraftsModel(RecordModel[DraftRow]):
    def columns(self) -> list[Column[DraftRow]]:
        return [
            Column(self.tr("Member"), lambda r: r.member_name or self.tr("Unknown member")),
            Column(self.tr("Kind"), lambda r: kind_label(r.draft.payload.get("kind", ""))),
            Column(self.tr("Saved"), lambda r: format_datetime(r.draft.saved_at),
                   lambda r: r.draft.saved_at.timestamp()),
            Column(self.tr("Beginning of the note"), _preview),
        ]


def _preview(row: DraftRow) -> str:
    text = " ".join(str(row.draft.payload.get("note", "")).split())
    return text if len(text) <= PREVIEW_CHARS else text[:PREVIEW_CHARS - 1] + "…"


class UnfinishedNotes(QDialog):
    restore_requested = Signal(object, str)  # DraftView, member name

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("unfinished_notes")
        self.setWindowTitle(self.tr("Unfinished notes"))
        self.setModal(False)
        self.model = DraftsModel(self)
        self.table = RecordTable(self.model, self.tr("Unfinished notes"), self.tr("No unfinished notes."),
                                 self)
        self.table.view.activated.connect(lambda _i: self.restore())
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.discard_button = QPushButton(self.tr("&Discard…"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.restore_button.clicked.connect(self.restore)
        self.discard_button.clicked.connect(self.discard)
        buttons.rejected.connect(self.close)
        self.restore_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(muted(self.tr(
            "These notes were not signed. Restore one to go on where you stopped, or discard it."), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 320)
        ctx.store_will_close.connect(self.close)

    def set_drafts(self, drafts: Sequence[tuple[Any, str]]) -> None:
        self.model.set_records([DraftRow(d, name) for d, name in drafts])
        self.table.select_first()
        self.table.view.setFocus()

    def current(self) -> DraftRow | None:
        row = self.table.current()
        if row is None and self.model.rowCount():
            return self.model.record(0)
        return row

    def restore(self) -> None:
        row = self.current()
        if row is None:
            return
        self._remove(row)
        self.restore_requested.emit(row.draft, row.member_name)

    def discard(self) -> None:
        row = self.current()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Discard this note?"),
            self.tr("What was typed in this note will be deleted. This cannot be undone."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Discard:
            return
        from app.services import encounters

        draft_id = row.id
        DbOp(self.ctx, self.parentWidget(), lambda s, a: encounters.discard_draft(s, a, draft_id)) \
            .run_in_background()
        self._remove(row)

    def _remove(self, row: DraftRow) -> None:
        self.model.set_records([r for r in self.model.records() if r.id != row.id])
        if self.model.rowCount():
            self.table.select_first()
        else:
            self.close()


def offer_drafts(ctx: AppContext, parent: QWidget, on_restore: Any, *, when_none: bool = False) -> None:
    """Look for unfinished notes; show the prompt if there are any (or always, with ``when_none``)."""
    from ui.encounter.data import drafts_with_names

    def show(drafts: list[tuple[Any, str]]) -> None:
        if (not drafts and not when_none) or not isValid(parent):
            return
        prompt = UnfinishedNotes(ctx, parent)
        prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        prompt.restore_requested.connect(on_restore)
        prompt.set_drafts(drafts)
        prompt.show()
        prompt.raise_()
        prompt.activateWindow()

    DbOp(ctx, parent, lambda s, _a: drafts_with_names(s)).success(show).failure(
        lambda exc: log.info("drafts not listed: %s", type(exc).__name__)).run_in_background()
